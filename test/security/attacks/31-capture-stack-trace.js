require("./lib/payload.js");
var got = [];
var holder = {};
try {
  Error.prepareStackTrace = function (e, s) { got.push(s); return s; };
} catch (e) {}
Error.captureStackTrace(holder);
D("cs.example", REG, DnsProvider(DSP), function (d) { var h = {}; Error.captureStackTrace(h); got.push(h.stack); });
got.forEach(function (s, i) { if (s && typeof s === "object") for (var j = 0; j < s.length; j++) { try { PWN_FROM(s[j].getFunction && s[j].getFunction(), "cs" + i + j); } catch (e) {} } });
REPORT("cs", "frames " + got.length);
