// Mistakes the typings must catch. Each `@ts-expect-error` fails the check if its line does NOT error.
const REG = NewRegistrar('none');

// @ts-expect-error a record modifier is not a domain modifier
D('a.example', REG, TTL(300));
// @ts-expect-error a domain modifier is not a record modifier
D('b.example', REG, A('@', '192.0.2.1', NO_PURGE));
// @ts-expect-error a builder makes records: it cannot modify a record
D('c.example', REG, A('@', '192.0.2.1', SPF_BUILDER({ parts: ['v=spf1', '-all'] })));
// @ts-expect-error D() needs a registrar
D('d.example');
// @ts-expect-error MX priority is a number
D('e.example', REG, MX('@', '10', 'mail.example.com.'));
// @ts-expect-error LOC hemisphere is N or S
D('f.example', REG, LOC('@', 42, 21, 54, 'X', 71, 6, 18, 'W', -24, 30, 0, 0));
// @ts-expect-error AZURE_ALIAS targets A, AAAA or CNAME
D('g.example', REG, AZURE_ALIAS('x', 'MX', 'foo.com.'));
// @ts-expect-error DnsProvider's nameserver count is a number
D('h.example', REG, DnsProvider('bind', 'all'));
// @ts-expect-error a TTL unit must be one of s m h d w n y
D('i.example', REG, DefaultTTL('5 minutes'));
// @ts-expect-error BIND default_soa fields are numbers
NewDnsProvider('bind', { default_soa: { refresh: 'hourly' } });
// @ts-expect-error SPF_BUILDER needs parts
D('j.example', REG, SPF_BUILDER({ label: '@' }));
// @ts-expect-error DMARC policy is none, quarantine or reject
D('k.example', REG, DMARC_BUILDER({ policy: 'deny' }));
// @ts-expect-error a misspelt function
D('l.example', REG, CNAMES('www', '@'));
// @ts-expect-error M365_BUILDER needs initialDomain unless dkim is false
D('n.example', REG, M365_BUILDER({ mx: true }));
// @ts-expect-error SPF_BUILDER gives one modifier, not an array
D('o.example', REG, SPF_BUILDER({ parts: ['v=spf1', '-all'] }).concat([]));
// @ts-expect-error NAMESERVER takes the name only
D('p.example', REG, NAMESERVER('ns1.example.net.', TTL(300)));
// @ts-expect-error HASH knows SHA1, SHA256 and SHA512
HASH('MD5', 'text');
// @ts-expect-error TXT contents are strings
D('m.example', REG, TXT('@', 42));
