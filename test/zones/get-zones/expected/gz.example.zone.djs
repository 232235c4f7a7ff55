var DSP_LOCAL = NewDnsProvider("local", "BIND");
var REG_CHANGEME = NewRegistrar("none");

D("gz.example", REG_CHANGEME
	, DnsProvider(DSP_LOCAL)
	, DefaultTTL(600)
	//, SOA("@", "ns1.gz.example.", "hostmaster.gz.example.", 2024010100, 3600, 600, 604800, 1440)
	//, NAMESERVER("ns1.gz.example.")
	, A("@", "192.0.2.1")
	, CAA("@", "issue", "ca.example.net", CAA_CRITICAL)
	, TXT("@", "say \"hi\" \u003cb\u003e\u0026\u003c/b\u003e")
	, MX("@", 10, "mail.gz.example.", TTL(300))
	, CNAME("www", "gz.example.")
	, TLSA("_443._tcp", 3, 1, 1, "abcdef01")
	, NS("sub", "ns.elsewhere.example.")
)

