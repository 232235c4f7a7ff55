var REG = NewRegistrar("none");
var DSP = NewDnsProvider("bind", "BIND");
DEFAULTS(DnsProvider(DSP), DefaultTTL("5m"));
D("example.com!outside", REG, A("@", "192.0.2.1"));
D("example.com!inside", REG, INCLUDE("example.com!outside"), A("lan", "10.0.0.1"));
DEFAULTS();
D("plain.example", REG, NO_PURGE, AUTODNSSEC_ON, NAMESERVER("ns1.example.net."), NAMESERVER_TTL("2h"),
  IGNORE("keep*", "A,AAAA"), IGNORE_NAME("legacy"), IGNORE_TARGET("*.cdn.example.", "CNAME"),
  IGNORE_EXTERNAL_DNS("extdns-"), DISABLE_IGNORE_SAFETY_CHECK,
  A("gone", "192.0.2.9", ENSURE_ABSENT_REC()));
DOMAIN_ELSEWHERE("elsewhere.example", REG, ["ns1.other.example.", "ns2.other.example."]);
DOMAIN_ELSEWHERE_AUTO("auto.example", REG, "bind");
D(REV("192.0.2.0/24"), REG, DnsProvider(DSP, 2), PTR("192.0.2.5", "host.example.com."), PTR("6", "six.example.com."));
var all = getConfiguredDomains();
D("count.example", REG, TXT("n", String(all.length)));
