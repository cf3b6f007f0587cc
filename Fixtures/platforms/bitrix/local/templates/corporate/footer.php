<?if(!defined("B_PROLOG_INCLUDED") || B_PROLOG_INCLUDED!==true)die();?>
<footer><?$APPLICATION->IncludeComponent("bitrix:main.include", "", array("PATH" => "/include/copyright.php"));?></footer>
<?$APPLICATION->AddHeadScript("/local/js/footer-widgets.js");?>
</body>
</html>
