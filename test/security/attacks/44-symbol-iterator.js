require("./lib/payload.js");
var leaked = [];
var list = ["a", "b"];
list[Symbol.iterator] = function () { leaked.push(this, arguments.callee.caller); var i = 0, self = this; return { next: function (x) { leaked.push(x); return i < 2 ? { value: self[i++], done: false } : { done: true }; } }; };
var mods = [A("@", "192.0.2.1")]; mods[Symbol.iterator] = list[Symbol.iterator];
D("it.example", REG, DnsProvider(DSP), TXT("t", list), mods, SPF_BUILDER({ label: "@", parts: list }));
DOMAIN_ELSEWHERE("else.example", REG, list);
leaked.forEach(function (v, i) { if (i < 40 && v) PWN_FROM(v, "it" + i); });
