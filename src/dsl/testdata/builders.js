var REG = NewRegistrar("none");
D("example.com", REG,
  CAA_BUILDER({ iodef: "mailto:sec@example.com", iodef_critical: true, issue: ["letsencrypt.org", "example.net"], issuewild: "none", ttl: "1h" }),
  DMARC_BUILDER({ policy: "reject", subdomainPolicy: "quarantine", alignmentDKIM: "strict", percent: 50, rua: ["mailto:a@example.com"], ruf: ["mailto:f@example.com"], failureOptions: "1", reportInterval: "1d" }),
  DKIM_BUILDER({ selector: "s1", pubkey: "MIGfMA0", keytype: "rsa", flags: ["y", "s"] }),
  SPF_BUILDER({ label: "@", parts: ["v=spf1"].concat(_.range(12).map(function (i) { return "ip4:198.51.100." + i + "/32"; })).concat(["include:_spf.google.com", "~all"]), overflow: "_spf%d", txtMaxSize: 120 }),
  M365_BUILDER({ initialDomain: "example.onmicrosoft.com" }),
  LOC_BUILDER_DD({ label: "dd", x: 51.50084265331501, y: -0.12462541415599787, alt: 6 }),
  LOC_BUILDER_DMS_STR({ label: "dms", str: "33°51′31″S 151°12′51″E", alt: 4 }),
  LOC_BUILDER_STR({ label: "str", str: "44.46046°N 110.82815°W", alt: 2240 })
);
