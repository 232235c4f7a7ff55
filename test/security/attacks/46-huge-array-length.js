require("./lib/payload.js");
var fake = new Proxy([], { get: function (t, k) { return k === "length" ? 1e15 : undefined; } });
try { D("big.example", REG, DnsProvider(DSP), TXT("t", fake)); } catch (e) { REPORT("big", e.message.slice(0, 80)); }
