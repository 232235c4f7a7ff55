// @ts-check
D("example.com", REG_NONE, DnsProvider(DSP_BIND),
    A("@", "192.0.2.1"),
    CNAME("www", "@"),
);
