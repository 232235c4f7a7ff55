// expect: refused: .*symlink
require("./lib/payload.js");
require("./linkdir/secret.js");
