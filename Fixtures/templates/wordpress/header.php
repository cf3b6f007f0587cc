<?php
/**
 * The header: everything up to <div id="content">.
 */
?><!doctype html>
<html <?php language_attributes(); ?>>
<head>
	<meta charset="<?php bloginfo( 'charset' ); ?>">
	<meta name="viewport" content="width=device-width, initial-scale=1">
	<link rel="stylesheet" href="<?php echo get_stylesheet_uri(); ?>">
	<script src="<?php echo get_template_directory_uri(); ?>/js/navigation.js"></script>
	<?php if ( get_theme_mod( 'analytics_id' ) ) : ?>
	<script async src="https://www.googletagmanager.com/gtag/js?id=<?php echo esc_attr( get_theme_mod( 'analytics_id' ) ); ?>"></script>
	<?php endif; ?>
	<?php wp_head(); ?>
</head>
<body <?php body_class(); ?>>
<div id="page" class="site">
	<header class="site-header"><?php bloginfo( 'name' ); ?></header>
	<div id="content" class="site-content">
