// @ts-check
// -v variables are declared for the type checker in vars.d.ts (no run-time effect).
CLI_DEFAULTS({ env: "dev" });
var DSP_BIND = NewDnsProvider("bind", {
    "default_soa": {
        "master": "ns1.example.com.",
        "mbox": "hostmaster.example.com.",
        "refresh": 3600,
        "retry": 600,
        "expire": 604800,
        "minttl": 1440,
    },
    "default_ns": ["ns1.example.com."],
});
D("example.com", NewRegistrar("none"), DnsProvider(DSP_BIND),
    A("@", env === "prod" ? "192.0.2.1" : "192.0.2.2"),
);
