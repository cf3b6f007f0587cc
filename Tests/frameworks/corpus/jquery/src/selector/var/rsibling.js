export var rsibling = /[+~]/;
