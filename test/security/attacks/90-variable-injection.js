// args: -v evil=");process.exit(7)//
require("./lib/payload.js");
REPORT("var", typeof evil + ":" + evil);
