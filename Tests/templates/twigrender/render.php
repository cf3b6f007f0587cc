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
echo $twig->render($argv[2], []);
