<?php
/**
 * Plugin Name: scriptlint fixture
 * Description: A plugin that adds scripts through WordPress's lower-level script API.
 * Version: 1.0
 */

// The WP_Scripts object itself, on wp_default_scripts: a fifth argument of 1 is the footer.
add_action( 'wp_default_scripts', function ( $scripts ) {
	$scripts->add( 'fx-plugin-added-head', plugins_url( 'js/added-head.js', __FILE__ ), array(), '1.0' );
	$scripts->add( 'fx-plugin-added-footer', plugins_url( 'js/added-footer.js', __FILE__ ), array(), '1.0', 1 );
} );

add_action( 'wp_enqueue_scripts', function () {
	wp_enqueue_script( 'fx-plugin-added-head' );
	wp_enqueue_script( 'fx-plugin-added-footer' );

	// Registered for <head>, moved to the footer by its group data.
	wp_register_script( 'fx-plugin-grouped', plugins_url( 'js/grouped.js', __FILE__ ), [], '1.0' );
	wp_script_add_data( 'fx-plugin-grouped', 'group', 1 );
	wp_enqueue_script( 'fx-plugin-grouped' );

	// A script whose tag a filter below gives `defer`.
	wp_enqueue_script( 'fx-plugin-filtered', plugins_url( 'js/filtered.js', __FILE__ ), [], '1.0' );

	// An analytics snippet loaded without async, in the footer.
	wp_enqueue_script( 'fx-plugin-gtag', 'https://www.googletagmanager.com/gtag/js?id=G-FIXTURE', [], null, true );

	$string = "<?php wp_enqueue_script( 'fx-in-a-string', '/never.js' ); ?>";

	// A script module (6.5+): `<script type="module">` after the import map, never blocking.
	if ( function_exists( 'wp_enqueue_script_module' ) ) {
		wp_enqueue_script_module( '@scriptlint-fixture/view', plugins_url( 'js/view.js', __FILE__ ), array(), '1.0' );
	}
} );

add_filter( 'script_loader_tag', function ( $tag, $handle ) {
	if ( 'fx-plugin-filtered' === $handle ) {
		return str_replace( ' src=', ' defer src=', $tag );
	}
	return $tag;
}, 10, 2 );

// Callbacks of printing actions: their scripts land where the action prints.
function scriptlint_fixture_head_markup() { ?>
<script id="fx-hook-head-js" src="<?php echo esc_url( plugins_url( 'js/hook-head.js', __FILE__ ) ); ?>"></script>
<?php }
add_action( 'wp_head', 'scriptlint_fixture_head_markup' );

add_action( 'wp_footer', function () {
	echo '<script id="fx-hook-footer-js" src="/wp-content/plugins/scriptlint-fixture/js/hook-footer.js" async></script>';
} );

// Admin pages only: a <head> script that needs core's footer script wp-util, which moves into <head>
// there (and only there: the front end's own dependents decide for the front end).
add_action( 'admin_enqueue_scripts', function ( $hook_suffix ) {
	wp_enqueue_script( 'fx-plugin-admin', plugins_url( 'js/admin.js', __FILE__ ), array( 'wp-util' ), '1.0' );
	wp_enqueue_script( 'fx-plugin-admin-footer', plugins_url( 'js/admin-footer.js', __FILE__ ), array( 'jquery' ), '1.0', true );
} );

// Enqueued at footer time (as hCaptcha's integrations do): <head> is printed by then, so WordPress
// prints it in the footer although its group is <head>, and with it `wp-a11y`, which nothing else
// of the front end pulls in.
add_action( 'wp_print_footer_scripts', function () {
	wp_enqueue_script( 'fx-plugin-late', plugins_url( 'js/late.js', __FILE__ ), array( 'wp-a11y' ), '1.0', false );
}, 9 );
