// expect: .
require("./lib/payload.js");
try { import("node:fs").then(function (fs) { REPORT("imp", "IMPORTED " + typeof fs.readFileSync); }, function (e) { REPORT("imp", "import refused"); }); } catch (e) { REPORT("imp", "import threw"); }
try { import("node:child_process").then(function (cp) { cp.execSync("touch " + PWNED_FILE); }, function () {}); } catch (e) {}
setTimeout(function () {}, 20);
