// expect: no such file|refused
require("./lib/payload.js");
try { require("fs"); } catch (e) { REPORT("fs", e.message); }
try { require("node:child_process"); } catch (e) { REPORT("cp", e.message); }
var n = require("net");
