// IMPORT_TRANSFORM, durations, NAMESERVER(_TTL), the empty split-horizon tag, domain and record meta.
var REG = NewRegistrar("Third-Party", "NONE");
var CF = NewDnsProvider("Cloudflare", "CLOUDFLAREAPI");
var TRANSFORM_INT = [
  { low: "0.0.0.0", high: "1.1.1.1", newBase: "2.2.2.2" },
  { low: "1.1.1.2", high: IP("2.2.2.2"), newIP: ["3.3.3.3", "4.4.4.4", IP("5.5.5.5")] }
];
D("foo1.com", REG, DnsProvider(CF),
  A("one", "1.1.1.1"),
  A("two", "1.1.1.9"),
  CNAME("c", "one"),
  A("skip", "1.1.1.2", {import_transform_skip: "true"}));
D("foo2.com", REG, DnsProvider(CF), {cloudflare_proxy_default: "on", custom: 7},
  IMPORT_TRANSFORM(TRANSFORM_INT, "foo1.com", 60),
  NAMESERVER("ns1.foo2.com."), NAMESERVER("ns2"), NAMESERVER_TTL("1h"),
  DefaultTTL("2d"),
  A("d", "192.0.2.1"),
  A("w", "192.0.2.1", TTL("1w")),
  A("n", "192.0.2.1", TTL("3n")),
  A("y", "192.0.2.1", TTL("1y")),
  A("s", "192.0.2.1", TTL("90s")),
  A("m", "192.0.2.1", {cloudflare_proxy: "ON"}, CF_PROXY_OFF));
D("foo3.com!", REG, A("x", "192.0.2.1"));
