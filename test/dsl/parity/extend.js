// D_EXTEND as in DNSControl's documentation: nested subdomains, relative targets completed within the subdomain.
var REG = NewRegistrar("none"); var CF = NewDnsProvider("cf", "CLOUDFLAREAPI");
D("domain.tld", REG, DnsProvider(CF), A("@", "127.0.0.1"), CNAME("a", "b"));
D_EXTEND("domain.tld", A("aaa", "127.0.0.2"), CNAME("c", "d"));
D_EXTEND("sub.domain.tld", A("bbb", "127.0.0.3"), CNAME("e", "f"), MX("@", 10, "mx"), SRV("_s._tcp", 1, 1, 1, "srv"), NS("deleg", "ns1"));
D_EXTEND("sub.sub.domain.tld", A("ccc", "127.0.0.4"), CNAME("g", "h"), CNAME("k", "x.example.com."));
D_EXTEND("sub.domain.tld", A("ddd", "127.0.0.5"), CNAME("i", "j"), TXT("@", "t"));
