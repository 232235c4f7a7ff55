var REG = NewRegistrar("none");
var CF = NewDnsProvider("cf", "CLOUDFLAREAPI", { manage_redirects: true });
var R53 = NewDnsProvider("r53", "ROUTE53");
D("example.com", REG, DnsProvider(CF), CF_PROXY_DEFAULT_ON,
  A("@", "192.0.2.1", CF_PROXY_ON, CF_COMMENT("web"), CF_TAGS("a", "b")),
  CF_REDIRECT("old.example.com/*", "https://new.example.com/$1"),
  CF_WORKER_ROUTE("example.com/api/*", "api-worker"),
  CF_SINGLE_REDIRECT("r1", 301, "http.host eq \"x\"", "concat(\"https://y\", http.request.uri.path)", TTL(99))
);
D("example.net", REG, DnsProvider(R53), R53_ZONE("Z1"),
  R53_ALIAS("@", "A", "lb.example.net.", R53_ZONE("Z2"), R53_EVALUATE_TARGET_HEALTH(true)),
  A("w", "192.0.2.2", R53_WEIGHT(10, "one"))
);
D("example.org", REG, AZURE_ALIAS("az", "CNAME", "example.org."), AKAMAICDN("cdn", "edge.example.org"));
D("copy.example", REG, IMPORT_TRANSFORM([{ low: "192.0.2.0", high: "192.0.2.255", newBase: "198.51.100.0" }], "example.net", 60));
