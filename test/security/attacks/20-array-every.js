require("./lib/payload.js");
var leaked;
Array.prototype.every = function (fn) { leaked = leaked || fn; return true; };
D("t.example", REG, DnsProvider(DSP), TXT("@", ["a", "b"]));
PWN_FROM(leaked, "every");
