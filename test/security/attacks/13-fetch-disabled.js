// expect: FETCH is disabled
require("./lib/payload.js");
try { FETCH("http://127.0.0.1:" + PORT + "/"); } catch (e) { PWN_FROM(e, "fetch-error"); REPORT("fetch", e.message); }
// expect: FETCH is disabled
