// D_EXTEND into reverse zones (DNSControl #965, #3487): labels move under the extended subnet.
var BIND = NewDnsProvider("bind");
var REG = NewRegistrar("none");
D("6.10.in-addr.arpa", REG, DnsProvider(BIND),
  PTR("31.104", "example.site.com."),
);
D_EXTEND(REV("10.6.200.0/24"),
  PTR("50", "ip-10-6-200-50.example.com."),
  PTR("10.6.200.51", "ip-10-6-200-51.example.com."),
  PTR("@", "net-200.example.com."),
);
REVCOMPAT("rfc2317");
D_EXTEND(REV("10.6.119.0/27"),
  PTR("1", "ip-10-6-119-1.example.com."),
);
D_EXTEND(REV("10.6.7.8"),
  PTR("8", "host-8.example.com."),
);
D("8.b.d.0.1.0.0.2.ip6.arpa", REG, DnsProvider(BIND));
D_EXTEND(REV("2001:db8::1"),
  PTR("x", "v6host.example.com."),
);
D("example.com", REG, DnsProvider(BIND), A("@", "192.0.2.1"));
D_EXTEND("sub.example.com",
  A("@", "192.0.2.2"),
  A("www", "192.0.2.3"),
  CNAME("alias", "www"),
  ADGUARDHOME_A_PASSTHROUGH("pass", ""),
);
