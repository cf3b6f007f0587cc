	</div><!-- #content -->
	<footer class="site-footer">
		<?php get_template_part( 'template-parts/footer', 'widgets' ); ?>
	</footer>
</div><!-- #page -->
<script src="<?php echo get_template_directory_uri(); ?>/js/slider.js" async defer></script>
<?php wp_footer(); ?>
</body>
</html>
<?php
function theme_print_shake_js() {
	?>
	<script>document.querySelector('form').classList.add('shake');</script>
	<?php
}
