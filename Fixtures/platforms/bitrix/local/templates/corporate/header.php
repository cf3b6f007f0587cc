<?if(!defined("B_PROLOG_INCLUDED") || B_PROLOG_INCLUDED!==true)die();
use Bitrix\Main\Page\Asset;
?>
<!DOCTYPE html>
<html lang="<?=LANGUAGE_ID?>">
<head>
	<title><?$APPLICATION->ShowTitle()?></title>
	<?$APPLICATION->ShowHead();?>
	<?
	$APPLICATION->SetAdditionalCSS(SITE_TEMPLATE_PATH."/css/main.css");
	$APPLICATION->AddHeadScript(SITE_TEMPLATE_PATH."/js/jquery.min.js");
	Asset::getInstance()->addJs(SITE_TEMPLATE_PATH."/js/slick.min.js");
	?>
	<script src="<?=SITE_TEMPLATE_PATH?>/js/counters.js" data-skip-moving="true"></script>
</head>
<body>
<div id="panel"><?$APPLICATION->ShowPanel();?></div>
