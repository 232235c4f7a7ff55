require("./lib/payload.js");
var leaked = [];
var meta = {}; Object.defineProperty(meta, "cloudflare_proxy", { enumerable: true, get: function () { leaked.push(arguments.callee.caller, this); return "on"; } });
D("g.example", REG, DnsProvider(DSP), A("@", "192.0.2.1", meta), meta);
NewDnsProvider("x", "BIND", meta);
leaked.forEach(function (v, i) { if (v) PWN_FROM(v, "get" + i); });
