// expect: refused: .*symlink
require("./lib/payload.js");
require("./link-out.js");
