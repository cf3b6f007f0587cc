export var rdoubleDash = /^--/;
