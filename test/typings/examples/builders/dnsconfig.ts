// Builders return records (domain modifiers) or arrays of them; they are accepted wherever records are
// (D, D_EXTEND, DEFAULTS, arrays). DNSControl typed them as RecordModifier (DNSControl#2582).
const REG_NONE = NewRegistrar('none');
const spf: DomainModifier[] = SPF_BUILDER({
  label: '@',
  parts: ['v=spf1', 'ip4:198.51.100.0/24', 'include:_spf.google.com', '~all'],
  flatten: ['_spf.google.com'],
  overflow: '_spf%d',
  txtMaxSize: 450,
  ttl: '1h',
});

DEFAULTS(CAA_BUILDER({ issue: ['letsencrypt.org'], issuewild: 'none', iodef: 'mailto:sec@example.com' }));

D('example.com', REG_NONE,
  spf,
  CAA_BUILDER({ label: 'www', issue: ['letsencrypt.org'], issue_critical: true }),
  DMARC_BUILDER({ policy: 'quarantine', subdomainPolicy: 'reject', alignmentSPF: 'r', percent: 50, rua: ['mailto:d@example.com'], failureOptions: { SPF: true, DKIM: false } }),
  DKIM_BUILDER({ selector: 's1', pubkey: 'MIIBIjANBgkqh', hashtypes: ['sha256'], keytype: 'rsa' }),
  M365_BUILDER('@', { initialDomain: 'example.onmicrosoft.com' }),
  M365_BUILDER({ label: 'sub', mx: false, initialDomain: 'example.onmicrosoft.com' }),
  LOC_BUILDER_DD({ label: 'big-ben', x: 51.50084265331501, y: -0.12462541415599787, alt: 6 }),
  LOC_BUILDER_DMM_STR({ label: 'opera', str: '33 51.3 S 151 12.9 E', alt: 4, ttl: '5m' }),
  LOC_BUILDER_DMS_STR({ label: 'tower', str: '48°51′29″N 2°17′40″E', alt: 330 }),
  LOC_BUILDER_STR({ label: 'hawaii', str: '21.5°N 158.0°W', alt: 920 }),
  IMPORT_TRANSFORM([{ low: '192.0.2.0', high: '192.0.2.255', newBase: '198.51.100.0' }], 'example.net', 60),
  END);

D_EXTEND('sub.example.com', SPF_BUILDER({ parts: ['v=spf1', '-all'] }), ...spf);
