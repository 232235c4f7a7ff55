// Provider-specific helpers: GIDINET_PREMIUM_NS, BUNNY_DNS_PZ, MIKROTIK_*, ADGUARDHOME passthrough.
var REG = NewRegistrar("none", "NONE");
var GIDI = NewDnsProvider("gidinet", "GIDINET");
var BUNNY = NewDnsProvider("bunny", "BUNNY_DNS");
var MK = NewDnsProvider("mikrotik", "MIKROTIK");
var ADG = NewDnsProvider("adguard", "ADGUARDHOME");
D("premium.example", REG, DnsProvider(GIDI, 0),
  GIDINET_PREMIUM_NS(),
  A("test", "1.2.3.4"),
);
D("bunny.example", REG, DnsProvider(BUNNY),
  BUNNY_DNS_PZ("cdn", 12345),
  BUNNY_DNS_PZ("cdn2", "678", TTL(600)),
  BUNNY_DNS_RDR("go", "https://example.com/"),
);
D("mikrotik.example", REG, DnsProvider(MK),
  MIKROTIK_FWD("fwd", "192.0.2.53"),
  MIKROTIK_NXDOMAIN("blocked"),
  MIKROTIK_NXDOMAIN("ads", {match_subdomain: "true"}),
  MIKROTIK_NXDOMAIN("old", ""),
  MIKROTIK_FORWARDER("upstream", "192.0.2.1"),
);
D("adguard.example", REG, DnsProvider(ADG),
  ADGUARDHOME_A_PASSTHROUGH("@", ""),
  ADGUARDHOME_AAAA_PASSTHROUGH("www", ""),
);
