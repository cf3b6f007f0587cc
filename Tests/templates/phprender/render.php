<?php
// Renders a plain PHP template (a WordPress theme file) with PHP itself and a stub world: every
// function the templates call and PHP lacks returns "" (or, with TRUTH=1, true on its first call, so
// that `if (has_x())` and one turn of `while (have_posts())` render), unknown classes answer every
// call with "", and get_header()/get_footer()/get_sidebar()/get_template_part() include the theme's
// files as WordPress does. Used by Tests/templates/render_check.py --engine php.
// Usage: TRUTH=1|0 php render.php ROOT TEMPLATE > page.html
error_reporting(E_ERROR | E_PARSE);
$root = rtrim($argv[1], '/');
$truth = getenv('TRUTH') !== '0';
$GLOBALS['__sl_root'] = $root;
$GLOBALS['__sl_truth'] = $truth;
$GLOBALS['__sl_calls'] = [];

function __sl_include($file) {
    $path = $GLOBALS['__sl_root'] . '/' . $file;
    if (is_file($path)) { __sl_stub_functions($path); include $path; return true; }
    return false;
}
function get_header($name = null) { __sl_include($name ? "header-$name.php" : 'header.php'); }
function get_footer($name = null) { __sl_include($name ? "footer-$name.php" : 'footer.php'); }
function get_sidebar($name = null) { __sl_include($name ? "sidebar-$name.php" : 'sidebar.php'); }
function get_template_part($slug, $name = null, $args = []) {
    if ($name && __sl_include("$slug-$name.php")) { return; }
    __sl_include("$slug.php");
}
function __sl_answer($name) {
    $n = $GLOBALS['__sl_calls'][$name] = ($GLOBALS['__sl_calls'][$name] ?? 0) + 1;
    if (preg_match('/^(have_|is_|has_|in_the_loop|comments_open|pings_open|post_password_required)/', $name)) {
        return $GLOBALS['__sl_truth'] && $n == 1;
    }
    return '';
}
// Every function a file calls that is not defined yet becomes a stub, before the file runs.
function __sl_stub_functions($path) {
    $tokens = token_get_all(file_get_contents($path));
    $count = count($tokens);
    for ($k = 0; $k < $count; $k++) {
        if (!is_array($tokens[$k]) || $tokens[$k][0] !== T_STRING) { continue; }
        $prev = $k;
        do { $prev--; } while ($prev >= 0 && is_array($tokens[$prev]) && $tokens[$prev][0] === T_WHITESPACE);
        if ($prev >= 0 && is_array($tokens[$prev]) && in_array($tokens[$prev][0], [T_OBJECT_OPERATOR, T_DOUBLE_COLON, T_FUNCTION, T_NEW, T_NULLSAFE_OBJECT_OPERATOR])) { continue; }
        $next = $k;
        do { $next++; } while ($next < $count && is_array($tokens[$next]) && $tokens[$next][0] === T_WHITESPACE);
        if ($next < $count && $tokens[$next] === '(') {
            $name = $tokens[$k][1];
            if (!function_exists($name) && preg_match('/^[A-Za-z_][A-Za-z0-9_]*$/', $name)) {
                eval("function $name(...\$a) { return __sl_answer('$name'); }");
            }
        }
    }
}
spl_autoload_register(function ($class) {
    if (strpos($class, '\\') !== false) { return; }
    eval("class $class { public static function __callStatic(\$n, \$a) { return ''; } public function __call(\$n, \$a) { return ''; } public function __get(\$n) { return ''; } }");
});
__sl_include($argv[2]) or exit(1);
