export var cssExpand = [ "Top", "Right", "Bottom", "Left" ];
