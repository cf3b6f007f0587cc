export var rcheckableType = /^(?:checkbox|radio)$/i;
