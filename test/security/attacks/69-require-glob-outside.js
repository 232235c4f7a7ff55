// expect: refused
require("./lib/payload.js");
try { require_glob("/"); } catch (e) { REPORT("glob1", e.message.slice(0, 200)); }
try { require_glob("../outside/"); } catch (e) { REPORT("glob2", e.message.slice(0, 200)); }
require_glob("./linkdir/");
