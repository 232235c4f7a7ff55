// expect: refused: .*credentials
require("./lib/payload.js");
var c = require("creds.json"); REPORT("creds", JSON.stringify(c));
