// @ts-check
/// <reference path="types-dnscontrol.d.ts" />
var REG_NONE = NewRegistrar("none");
var DSP_BIND = NewDnsProvider("bind", "BIND");

DEFAULTS(DefaultTTL("1h"), NAMESERVER_TTL(3600));

D("example.com", REG_NONE, DnsProvider(DSP_BIND),
    A("@", "192.0.2.1", TTL("5m")),
    A("ip", IP("192.0.2.2")),
    AAAA("@", "2001:db8::1"),
    CNAME("www", "@"),
    MX("@", 10, "mail.example.com."),
    TXT("@", ["v=spf1", "-all"]),
    TXT("long", "one string", AUTOSPLIT),
    CAA("@", "issue", "letsencrypt.org", CAA_CRITICAL),
    SRV("_sip._tcp", 10, 60, 5060, "sip.example.com."),
    LOC("loc", 42, 21, 54, "N", 71, 6, 18, "W", -24, 30, 0, 0),
    NAPTR("@", 100, 10, "U", "E2U+sip", "!^.*$!sip:info@example.com!", "."),
    NS("child", "ns1.example.net."),
    DS("child", 1000, 13, 2, "AABBCCDDEEFF"), // a DS at the apex belongs in the parent zone (named refuses it)
    HTTPS("@", 1, ".", "alpn=h2"),
    SOA("@", "ns1.example.com.", "hostmaster.example.com.", 3600, 600, 604800, 1440),
    IGNORE("legacy*", "A,AAAA"),
    IGNORE_NAME("@", "TXT"),
    IGNORE_TARGET("*.cdn.example.net.", "CNAME"),
    NO_PURGE,
    { "my_meta": "value" },
END);

D_EXTEND("sub.example.com",
    A("host", "192.0.2.3", { cloudflare_proxy: "on" }, CF_PROXY_OFF),
);

D(REV("192.0.2.0/24"), REG_NONE, DnsProvider(DSP_BIND, 0),
    PTR("1", "example.com."),
);

DOMAIN_ELSEWHERE("elsewhere.com", REG_NONE, ["ns1.other.net."]);
var names = getConfiguredDomains();
if (names.length === 0) PANIC("no domains");
