// All support tests are defined in their respective modules.
export var support = {};
