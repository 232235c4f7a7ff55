// expect: refused
require("./lib/payload.js");
var s = require("../outside/secret.json"); REPORT("json", JSON.stringify(s));
