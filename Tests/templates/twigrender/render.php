<?php
// Renders a Twig template with Twig itself (Debian's php-twig) and a stub context: undefined
// variables are empty, unknown functions and filters return "" (or their input), and `app.debug`
// style lookups are false. Used by Tests/templates/render_check.py --engine twig.
// Usage: php render.php ROOT TEMPLATE > page.html
require_once '/usr/share/php/Twig/autoload.php';

$loader = new \Twig\Loader\FilesystemLoader($argv[1]);
$twig = new \Twig\Environment($loader, ['strict_variables' => false, 'autoescape' => 'html']);
$twig->registerUndefinedFunctionCallback(function ($name) {
    return new \Twig\TwigFunction($name, function () { return ''; }, ['is_safe' => ['html']]);
});
$twig->registerUndefinedFilterCallback(function ($name) {
    return new \Twig\TwigFilter($name, function ($value) { return $value; });
});
// phpMyAdmin's templates use the i18n extension's {% trans %} (Debian's php-twig-i18n-extension).
$i18n = '/usr/share/php/PhpMyAdmin/Twig/Extensions/autoload.php';
if (is_readable($i18n)) {
    require_once $i18n;
    foreach (['gettext', '_gettext', '__'] as $f) {
        if (!function_exists($f)) { eval("function $f(\$s) { return \$s; }"); }
    }
    foreach (['ngettext', '_ngettext'] as $f) {
        if (!function_exists($f)) { eval("function $f(\$s, \$p, \$n) { return \$n == 1 ? \$s : \$p; }"); }
    }
    foreach (['pgettext', '_pgettext'] as $f) {
        if (!function_exists($f)) { eval("function $f(\$c, \$s) { return \$s; }"); }
    }
    $twig->addExtension(new \PhpMyAdmin\Twig\Extensions\I18nExtension());
}
echo $twig->render($argv[2], []);
