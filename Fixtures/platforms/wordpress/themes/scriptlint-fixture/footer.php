<footer><p>Footer text</p></footer>
<?php wp_footer(); ?>
</body>
</html>
