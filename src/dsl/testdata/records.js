// Every RFC record type, with modern JS syntax (const, arrow functions, template literals, classes).
const REG = NewRegistrar("none", "NONE");
const DSP = NewDnsProvider("bind", "BIND");
const host = (n) => `${n}.example.net.`;
class Ttl { static long() { return TTL("1h"); } }

D("example.com", REG, DnsProvider(DSP),
  DefaultTTL(600),
  A("@", "192.0.2.1"),
  A("num", IP("192.0.2.1") + 1),
  AAAA("v6", "2001:DB8:0:0::1"),
  CNAME("www", "@"),
  CNAME("rel", "other"),
  CNAME("ext", host("cdn"), Ttl.long()),
  MX("@", 10, "mx"),
  SRV("_sip._tcp", 10, 20, 5060, "sip.example.net."),
  TXT("txt", ["part1", "part2"]),
  CAA("@", "issue", "letsencrypt.org", CAA_CRITICAL),
  NS("sub", "ns1.example.net."),
  PTR("ptr", "target.example.net."),
  DS("sub", 1000, 13, 2, "AABBCCDD"),
  DNSKEY("@", 257, 3, 13, "AwEAAQ=="),
  NAPTR("@", 100, 10, "U", "E2U+sip", "!^.*$!sip:a@example.com!", ""),
  SOA("@", "ns1.example.com.", "hostmaster.example.com.", 3600, 600, 604800, 1440),
  SSHFP("@", 4, 2, "abcdef0123"),
  TLSA("_443._tcp", 3, 1, 1, "abcdef"),
  SMIMEA("_smimecert", 3, 0, 1, "abcd"),
  SVCB("_svc", 1, "svc.example.net.", "alpn=h2"),
  HTTPS("@", 1, ".", "alpn=h3"),
  DHCID("dhcid", "AAIBY2/AuCccgoJbsaxcQc9TUapptP69lOjxfNuVAA2kjEA="),
  DNAME("dname", "example.org."),
  OPENPGPKEY("pgp", "mQENBFLV"),
  RP("@", "admin.example.com.", "info.example.com."),
  LOC("loc", 42, 21, 54, "N", 71, 6, 18, "W", -24, 30, 0, 0),
  { comment: "domain meta" },
  END
);
