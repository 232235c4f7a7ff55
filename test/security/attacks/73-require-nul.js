// expect: NUL
require("./lib/payload.js");
require("./lib/payload.js\u0000.json");
