<aside class="widget-area">
	<?php dynamic_sidebar( 'footer' ); ?>
</aside>
<script src="<?php echo get_template_directory_uri(); ?>/js/widgets.js"></script>
