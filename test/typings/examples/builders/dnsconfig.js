// @ts-check
// Builders return records (domain modifiers) or arrays of them; they are accepted wherever records are
// (D, D_EXTEND, DEFAULTS, arrays). DNSControl typed them as RecordModifier (DNSControl#2582).
var REG_NONE = NewRegistrar("none");

/** @type {DomainModifier} */
var spf = SPF_BUILDER({
    label: "@",
    parts: ["v=spf1", "ip4:198.51.100.0/24", "include:_spf.google.com", "~all"],
    overflow: "_spf%d",
    txtMaxSize: 450,
    ttl: "1h",
});

DEFAULTS(CAA_BUILDER({ issue: ["letsencrypt.org"], issuewild: "none", iodef: "mailto:sec@example.com" }));

D("example.com", REG_NONE,
    spf,
    CAA_BUILDER({ label: "www", issue: ["letsencrypt.org"], issue_critical: true }),
    DMARC_BUILDER({ policy: "quarantine", subdomainPolicy: "reject", alignmentSPF: "r", percent: 50, rua: ["mailto:d@example.com"], ruf: ["mailto:f@example.com"], failureOptions: { SPF: true, DKIM: false } }),
    DKIM_BUILDER({ selector: "s1", pubkey: "MIIBIjANBgkqh", hashtypes: ["sha256"], keytype: "rsa" }),
    M365_BUILDER({ initialDomain: "example.onmicrosoft.com" }),
    M365_BUILDER("sub.example.com", { label: "sub", autodiscover: false, dkim: false }),
    [CAA_BUILDER({ label: "mail", issue: ["letsencrypt.org"] }), A("extra", "192.0.2.4")],
    LOC_BUILDER_DD({ label: "big-ben", x: 51.50084265331501, y: -0.12462541415599787, alt: 6 }),
    LOC_BUILDER_DMM_STR({ label: "opera", str: "25.24°S 153.15°E", alt: 4, ttl: "5m" }),
    LOC_BUILDER_DMS_STR({ label: "tower", str: "33°51′31″S 151°12′51″E", alt: 330 }),
    LOC_BUILDER_STR({ label: "hawaii", str: "21.5°N 158.0°W", alt: 920 }),
    END);

D("example.net", REG_NONE, A("www", "192.0.2.1"));
D("imported.example", REG_NONE,
    IMPORT_TRANSFORM([{ low: "192.0.2.0", high: "192.0.2.255", newBase: "198.51.100.0" }], "example.net", 60),
);

D_EXTEND("sub.example.com", SPF_BUILDER({ parts: ["v=spf1", "-all"] }));
