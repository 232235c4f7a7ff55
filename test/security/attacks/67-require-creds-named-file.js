// expect: refused: .*credentials
require("./lib/payload.js");
var k = require("./keys/tsig.json"); REPORT("key", JSON.stringify(k));
