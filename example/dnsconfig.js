// A starter config: one zone kept as a BIND zone file in ./zones (no account needed).
var REG_NONE = NewRegistrar("none");
var DSP_BIND = NewDnsProvider("bind", {
  default_soa: { master: "ns1.example.com.", mbox: "hostmaster.example.com." },
  default_ns: ["ns1.example.com.", "ns2.example.com."],
});

D("example.com", REG_NONE, DnsProvider(DSP_BIND),
  DefaultTTL("1h"),
  A("@", "192.0.2.1"),
  AAAA("@", "2001:db8::1"),
  A("ns1", "192.0.2.53"),
  A("ns2", "198.51.100.53"),
  CNAME("www", "@"),
  MX("@", 10, "mail.example.com."),
  A("mail", "192.0.2.25"),
  TXT("@", "v=spf1 mx -all"),
  CAA("@", "issue", "letsencrypt.org"),
  SRV("_imaps._tcp", 10, 5, 993, "mail.example.com."),
);
