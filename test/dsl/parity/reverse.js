// Reverse zones from REV(): PTR names given as IPv4/IPv6 addresses or full reverse names, classless zones.
var R = NewRegistrar("none"); var B = NewDnsProvider("bind", "BIND");
D(REV("1.2.3.0/24"), R, DnsProvider(B),
  PTR("1", "foo.example.com."),
  PTR("1.2.3.2", "bar.example.com."),
  PTR(REV("1.2.3.3"), "baz.example.com."));
D(REV("2001:db8::/32"), R, DnsProvider(B),
  PTR("2001:db8::1", "v6.example.com."),
  PTR(REV("2001:db8::2"), "v6b.example.com."));
D(REV("10.0.0.0/8"), R, DnsProvider(B), PTR("10.1.2.3", "ten.example.com."));
REVCOMPAT("rfc2317");
D(REV("192.168.1.128/25"), R, DnsProvider(B), PTR("192.168.1.130", "x.example.com."));
