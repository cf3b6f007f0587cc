<?php
/**
 * Scripts of the fixture theme: each call is one form of the API.
 */

function scriptlint_fixture_scripts() {
	$uri = get_template_directory_uri();

	// Positional, no $in_footer: <head>, blocking, and it pulls jQuery (core, <head>) in.
	wp_enqueue_script( 'fx-theme-nav', $uri . '/js/nav.js', array( 'jquery' ), '1.0' );

	// $in_footer true: the footer.
	wp_enqueue_script( 'fx-theme-footer', $uri . '/js/footer.js', array(), '1.0', true );

	// Registered for the footer, but a <head> script depends on it: WordPress prints it in <head>.
	wp_register_script( 'fx-theme-lib', $uri . '/js/lib.js', array(), '1.0', true );
	wp_enqueue_script( 'fx-theme-app', $uri . '/js/app.js', array( 'fx-theme-lib' ), '1.0', false );

	// The 6.3 array form: before 6.3 any non-empty array is a true $in_footer.
	wp_enqueue_script( 'fx-theme-strategy', $uri . '/js/strategy.js', array(), '1.0', array( 'strategy' => 'defer' ) );

	// PHP 8 named arguments (not the fifth: WordPress 6.3 renamed it from $in_footer to $args, and
	// either name is a fatal "unknown named parameter" on the other releases).
	wp_enqueue_script( handle: 'fx-theme-named', src: $uri . '/js/named.js', deps: array(), ver: '1.0' );

	// A core handle, enqueued by name: comment-reply is a footer script.
	if ( is_singular() ) {
		wp_enqueue_script( 'comment-reply' );
	}

	// A core footer script that a <head> script needs: moved into <head>.
	wp_enqueue_script( 'fx-theme-util-user', $uri . '/js/util-user.js', array( 'wp-util' ) );

	// Data and inline scripts do not move anything.
	wp_localize_script( 'fx-theme-nav', 'fxNav', array( 'label' => 'Menu' ) );
	wp_add_inline_script( 'fx-theme-footer', 'window.fxFooter = true;' );

	// Inside an IE conditional comment: no current browser loads it.
	wp_enqueue_script( 'fx-theme-html5', $uri . '/js/html5.js', array(), '3.7.3' );
	wp_script_add_data( 'fx-theme-html5', 'conditional', 'lt IE 9' );

	/* A handle from a variable assigned one literal: resolved.
	   wp_enqueue_script( 'fx-commented-out', '/never.js' ); */
	$handle = 'fx-theme-dynamic';
	wp_enqueue_script( $handle, $uri . '/js/dynamic.js' );
}
add_action( 'wp_enqueue_scripts', 'scriptlint_fixture_scripts' );

// An SVG sprite printed after the footer scripts (wp_footer runs them at priority 20): they no
// longer end <body>.
function scriptlint_fixture_sprite() {
	?><svg xmlns="http://www.w3.org/2000/svg" style="display:none"><symbol id="fx-icon" viewBox="0 0 1 1"></symbol></svg><?php
}
add_action( 'wp_footer', 'scriptlint_fixture_sprite', 9999 );
