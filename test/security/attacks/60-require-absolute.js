// expect: refused: .*outside the config.s tree
require("./lib/payload.js");
require(OUTSIDE_FILE.replace(/\.txt$/, ".js"));
