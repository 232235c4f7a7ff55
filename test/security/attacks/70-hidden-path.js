// expect: refused: .*hidden path
require("./lib/payload.js");
require("./.git/config.js");
