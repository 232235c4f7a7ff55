require("./lib/payload.js");
var leaked = [];
var evil = { toString: function () { leaked.push(this, arguments.callee.caller); return "192.0.2.1"; }, valueOf: function () { leaked.push(this); return 1; } };
evil[Symbol.toPrimitive] = function (hint) { leaked.push(this, arguments.callee.caller); return "192.0.2.1"; };
D("tp.example", REG, DnsProvider(DSP), function (d) { d.name = evil; d.registrar = evil; }, A("@", "192.0.2.1", function (r) { r.name = evil; r.target = evil; r.ttl = evil; }));
try { A(evil, evil); } catch (e) {}
leaked.forEach(function (v, i) { if (i < 40 && v) PWN_FROM(v, "tp" + i); });
