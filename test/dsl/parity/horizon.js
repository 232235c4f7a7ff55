// Split horizon: tagged copies, D_EXTEND on a tag, and the empty tag ("example.net!") as the plain name.
var REG = NewRegistrar("Third-Party"); var DNS_INSIDE = NewDnsProvider("Cloudflare"); var DNS_OUTSIDE = NewDnsProvider("bind");
D("example.com!inside", REG, DnsProvider(DNS_INSIDE), A("main", "10.1.1.1"));
D("example.com!outside", REG, DnsProvider(DNS_OUTSIDE), A("main", "8.8.8.8"));
D_EXTEND("example.com!inside", A("main2", "10.1.1.2"));
D("example.net!", REG, DnsProvider(DNS_INSIDE), A("x", "1.1.1.1"));
D_EXTEND("example.net", A("y", "1.1.1.2"));
D("example.org", REG, DnsProvider(DNS_INSIDE), A("x", "1.1.1.1"));
D_EXTEND("example.org!", A("y", "1.1.1.2"));
D("list.example", REG, TXT("domains", getConfiguredDomains().join(",")));
