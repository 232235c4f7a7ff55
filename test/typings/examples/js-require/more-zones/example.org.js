// @ts-check
D("example.org", REG_NONE, DnsProvider(DSP_BIND), A("@", "192.0.2.12"));
