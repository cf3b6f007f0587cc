export var arr = [];
