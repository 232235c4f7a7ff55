// Normalisation and validation on IR values (the --ir path: no JavaScript involved).
import { describe, expect, it } from 'vitest';
import type { DNSConfig, DomainConfig, RecordConfig } from '../ir/types.js';
import { normalizeConfig } from './index.js';

function config(records: Partial<RecordConfig>[], domain: Partial<DomainConfig> = {}, providers: DNSConfig['dns_providers'] = []): DNSConfig {
  return {
    registrars: [], dns_providers: providers,
    domains: [{ name: 'example.com', registrar: 'none', dnsProviders: {}, records: records.map((r) => ({ name: '@', target: '', ttl: 0, type: 'A', ...r })), ...domain }],
  };
}

function run(records: Partial<RecordConfig>[], domain?: Partial<DomainConfig>, providers?: DNSConfig['dns_providers']) {
  const cfg = config(records, domain, providers);
  const problems = normalizeConfig(cfg);
  return { cfg, ...problems, records: cfg.domains[0]!.records };
}

describe('canonical form', () => {
  it.each<[Partial<RecordConfig>, Partial<RecordConfig>]>([
    [{ type: 'CNAME', name: 'www', target: 'host' }, { target: 'host.example.com.' }],
    [{ type: 'CNAME', name: 'www', target: '@' }, { target: 'example.com.' }],
    [{ type: 'CNAME', name: 'a.sub', target: 'b', subdomain: 'sub' }, { target: 'b.sub.example.com.' }],
    [{ type: 'MX', name: '@', target: 'mx', mxpreference: 5 }, { target: 'mx.example.com.' }],
    [{ type: 'A', name: 'WWW', target: '192.0.2.1' }, { name: 'www', ttl: 300 }],
    [{ type: 'A', name: 'example.com.', target: '192.0.2.1' }, { name: '@' }],
    [{ type: 'AAAA', name: 'v6', target: '2001:DB8:0::1' }, { target: '2001:db8::1' }],
    [{ type: 'NAPTR', name: '@', target: '', naptrorder: 1, naptrpreference: 1 }, { target: '.' }],
    [{ type: 'TXT', name: 't', target: 'x', ttl: 42 }, { ttl: 42 }],
    [{ type: 'R53_ALIAS', name: 'a', target: 'x.' }, { meta: { orig_custom_type: 'R53_ALIAS' } }],
    // DNSControl's RP completes both names with the zone, as zone files and servers read them.
    [{ type: 'RP', name: 'foo', target: 'user server' }, { target: 'user.example.com. server.example.com.' }],
    [{ type: 'RP', name: 'foo', target: 'user.example.net. @' }, { target: 'user.example.net. example.com.' }],
  ])('%j', (input, want) => {
    const r = run([input]);
    expect(r.errors).toEqual([]);
    expect(r.records[0]).toMatchObject(want);
  });

  it('reverse zones: full names and IPs become labels', () => {
    const cfg = config([{ type: 'PTR', name: '192.0.2.7', target: 'h.example.com.' }, { type: 'NS', name: '5.2.0.192.in-addr.arpa', target: 'ns.example.com.' }],
      { name: '2.0.192.in-addr.arpa' });
    expect(normalizeConfig(cfg).errors).toEqual([]);
    expect(cfg.domains[0]!.records.map((r) => r.name)).toEqual(['5', '7']);
  });

  it('sorts records in zone order and fills uniquename/meta for --ir input', () => {
    const r = run([{ type: 'A', name: 'b', target: '192.0.2.2' }, { type: 'A', name: '@', target: '192.0.2.10' }, { type: 'A', name: '@', target: '192.0.2.9' }, { type: 'MX', name: '@', target: 'mx.', mxpreference: 1 }]);
    expect(r.records.map((x) => `${x.name} ${x.type} ${x.target}`)).toEqual(['@ A 192.0.2.9', '@ A 192.0.2.10', '@ MX mx.', 'b A 192.0.2.2']);
    expect(r.cfg.domains[0]).toMatchObject({ uniquename: 'example.com', meta: { dnscontrol_tag: '', dnscontrol_uniquename: 'example.com' } });
  });
});

describe('validation', () => {
  it.each<[string, Partial<RecordConfig>[], RegExp]>([
    ['MX without priority', [{ type: 'MX', target: 'mx.' }], /MX "@" in example\.com: MX needs a priority/],
    ['CNAME at apex', [{ type: 'CNAME', target: 'x.' }], /cannot create a CNAME record at the apex/],
    ['NS at apex', [{ type: 'NS', target: 'ns.' }], /use NAMESERVER\(\) instead/],
    ['target without final dot', [{ type: 'CNAME', name: 'a', target: 'x.y' }], /must end with a dot/],
    ['bad IPv4', [{ type: 'A', target: '300.1.1.1' }], /not an IPv4 address/],
    ['bad IPv6', [{ type: 'AAAA', target: '1.2.3.4' }], /not an IPv6 address/],
    ['IPv6 with a zone ID', [{ type: 'AAAA', target: 'fe80::1%eth0' }], /not an IPv6 address/],
    ['label with the domain', [{ type: 'A', name: 'www.example.com', target: '192.0.2.1' }], /ends with the domain name/],
    ['label ending with a dot', [{ type: 'A', name: 'www.', target: '192.0.2.1' }], /ends with a dot/],
    ['SOA not at apex', [{ type: 'SOA', name: 'x', target: 'ns.', soarefresh: 1, soaretry: 1, soaexpire: 1, soaminttl: 1 }], /only allowed at the apex/],
    ['SOA zero refresh', [{ type: 'SOA', target: 'ns.', soarefresh: 0, soaretry: 1, soaexpire: 1, soaminttl: 1 }], /refresh must be a positive/],
    ['SOA mbox with @', [{ type: 'SOA', target: 'ns.', soambox: 'a@b.c', soarefresh: 1, soaretry: 1, soaexpire: 1, soaminttl: 1 }], /not an email address/],
    ['CAA tag', [{ type: 'CAA', target: 'ca.example', caatag: 'issues' }], /CAA tag "issues" is invalid/],
    ['target with "/" outside in-addr.arpa', [{ type: 'CNAME', name: 'a', target: 'x/y.example.net.' }], /includes an invalid character/],
    ['SOA without mbox', [{ type: 'SOA', target: 'ns.', soambox: '', soarefresh: 1, soaretry: 1, soaexpire: 1, soaminttl: 1 }], /mbox must be given/],
    ['SOA primary with an odd character', [{ type: 'SOA', target: 'n s.', soambox: 'h.', soarefresh: 1, soaretry: 1, soaexpire: 1, soaminttl: 1 }], /includes an invalid character/],
    ['NAPTR replacement with an odd character', [{ type: 'NAPTR', target: 'x;y.', naptrorder: 1, naptrpreference: 1 }], /includes an invalid character/],
    ['two SOAs', [{ type: 'SOA', target: 'ns.', soambox: 'h.', soarefresh: 1, soaretry: 1, soaexpire: 1, soaminttl: 1 }, { type: 'SOA', target: 'ns2.', soambox: 'h.', soarefresh: 1, soaretry: 1, soaexpire: 1, soaminttl: 1 }], /cannot have multiple SOA records/],
    ['R53_ALIAS to itself', [{ type: 'R53_ALIAS', name: 'a', target: 'a.example.com.' }], /R53_ALIAS target loop/],
    ['CNAME to itself', [{ type: 'CNAME', name: 'a', target: 'a' }], /CNAME loop a → a/],
    ['TTL beyond 32 bits', [{ type: 'A', target: '192.0.2.1', ttl: 4294967296 }], /TTL must be 0-4294967295/],
    ['TLSA usage', [{ type: 'TLSA', name: '_443._tcp', target: 'ab', tlsausage: 4, tlsaselector: 0, tlsamatchingtype: 1 }], /usage must be an integer 0-3/],
    ['SSHFP fingerprint', [{ type: 'SSHFP', target: 'zz', sshfpalgorithm: 1, sshfpfingerprint: 1 }], /fingerprint must be hex digits/],
    ['SRV port range', [{ type: 'SRV', name: '_x._tcp', target: 't.', srvport: 70000, srvpriority: 0, srvweight: 0 }], /port must be an integer 0-65535/],
    // Found by a bug hunt: each was written, and then every later read of the zone file failed on it.
    ['DNSKEY without a key', [{ type: 'DNSKEY', dnskeyflags: 257, dnskeyprotocol: 3, dnskeyalgorithm: 13, dnskeypublickey: '' }], /publickey is empty/],
    ['DNSKEY key that is not base64', [{ type: 'DNSKEY', dnskeyflags: 257, dnskeyprotocol: 3, dnskeyalgorithm: 13, dnskeypublickey: 'not*base64' }], /publickey must be base64/],
    ['TLSA without a certificate', [{ type: 'TLSA', name: '_443._tcp', target: '', tlsausage: 3, tlsaselector: 1, tlsamatchingtype: 1 }], /certificate is empty/],
    ['SSHFP without a fingerprint', [{ type: 'SSHFP', target: '', sshfpalgorithm: 1, sshfpfingerprint: 1 }], /fingerprint is empty/],
    ['DS with an odd number of hex digits', [{ type: 'DS', name: 'c', dskeytag: 1, dsalgorithm: 13, dsdigesttype: 2, dsdigest: 'abc' }], /digest must be an even number of hex digits/],
    ['SMIMEA without a certificate', [{ type: 'SMIMEA', name: 's', target: '', smimeausage: 0, smimeaselector: 0, smimeamatchingtype: 0 }], /certificate is empty/],
    ['unknown type', [{ type: 'BOGUS', target: 'x' }], /unsupported record type "BOGUS"/],
    ['TXT longer than a record holds', [{ type: 'TXT', name: 't', target: 'x'.repeat(70_000) }], /TXT data is 70,275 bytes on the wire; a DNS record holds at most 65,535/],
    ['TXT one byte over', [{ type: 'TXT', name: 't', target: 'y'.repeat(65_280), txtstrings: ['y'.repeat(65_280)] }], /TXT data is 65,536 bytes on the wire/],
    ['exact duplicate', [{ type: 'A', target: '192.0.2.1', filepos: 'c.js:1:1' }, { type: 'A', target: '192.0.2.1', ttl: 60, filepos: 'c.js:2:1' }], /^c\.js:2:1: A "@" in example\.com: exact duplicate of the record at c\.js:1:1$/],
    ['CNAME with other types', [{ type: 'CNAME', name: 'w', target: 'x.' }, { type: 'TXT', name: 'w', target: 't' }], /a label with a CNAME cannot have other records/],
  ])('%s', (_n, records, want) => {
    const r = run(records);
    expect(r.errors.length).toBeGreaterThan(0);
    expect(r.errors.join('\n')).toMatch(want);
  });

  it('NAMESERVER names are checked for odd characters, as DNSControl checks them as targets', () => {
    expect(run([], { nameservers: [{ name: 'ns!1.example.net.' }] }).errors.join()).toMatch(/NAMESERVER target "ns!1\.example\.net\." includes an invalid character/);
    expect(run([], { nameservers: [{ name: 'ns1.example.net.' }, { name: 'ns2' }] }).errors).toEqual([]);
  });

  it('a TXT record of exactly 65,535 bytes on the wire is fine', () => {
    expect(run([{ type: 'TXT', name: 't', target: 'y'.repeat(65_279) }]).errors).toEqual([]);
  });

  it.each([['exa mple.com', /contains white space/], ['example..com', /empty label/], [`${'a'.repeat(64)}.com`, /longer than 63/]])(
    'domain name %s', (name, want) => {
      const cfg = config([], { name });
      expect(normalizeConfig(cfg).errors.join()).toMatch(want);
    });

  it.each([['a..b', /empty label/], ['a b', /white space/]])('label %s', (name, want) => {
    expect(run([{ type: 'A', name, target: '192.0.2.1' }]).errors.join()).toMatch(want);
  });

  it('collects all problems in one pass', () => {
    const r = run([{ type: 'MX', name: 'm', target: 'mx.' }, { type: 'CNAME', target: 'x.' }, { type: 'A', name: 'a', target: 'nope' }]);
    expect(r.errors).toHaveLength(3);
  });

  it('warns (not fails) on different TTLs in one RRset', () => {
    const r = run([{ type: 'A', target: '192.0.2.1', ttl: 60 }, { type: 'A', target: '192.0.2.2', ttl: 120 }]);
    expect(r.errors).toEqual([]);
    expect(r.warnings.join()).toMatch(/TTL 120 differs from 60/);
  });

  it('checks record types against the capabilities of registered providers', () => {
    const r = run([{ type: 'ALIAS', target: 'x.example.net.' }], { dnsProviders: { bind: -1 } }, [{ name: 'bind', type: 'BIND' }]);
    expect(r.errors.join()).toMatch(/uses ALIAS records, but DNS provider type BIND does not support them/);
    expect(run([{ type: 'ALIAS', target: 'x.example.net.' }], { dnsProviders: { p: -1 } }, [{ name: 'p', type: 'NOT_REGISTERED' }]).errors).toEqual([]);
  });

  it('rejects DNS providers that were never declared', () => {
    expect(run([], { dnsProviders: { ghost: -1 } }).errors.join()).toMatch(/DnsProvider\("ghost"\) was not declared/);
  });

  it('IMPORT_TRANSFORM needs a declared source domain', () => {
    const r = run([{ type: 'IMPORT_TRANSFORM', target: 'missing.example', meta: { transform_table: '' } }]);
    expect(r.errors.join()).toMatch(/source domain missing\.example is not declared/);
  });
});

// Found by the IR fuzz suite: IR without a registrar (it is checked by src/ir/shape.ts, but normalizeConfig is
// public) crashed the AUTODNSSEC rule with a TypeError instead of normalising.
describe('normalizeConfig: a domain without registrar', () => {
  it('does not throw', () => {
    const cfg = { registrars: [], dns_providers: [{ name: 'b', type: 'BIND' }], domains: [{ name: 'example.com', auto_dnssec: 'on', dnsProviders: { b: -1 }, records: [] }] } as unknown as DNSConfig;
    expect(() => normalizeConfig(cfg)).not.toThrow();
  });
});

// Found by the config fuzz suite: LOC_BUILDER_STR with "2147483648.46046°N" gave a latitude no LOC can hold,
// and print-ir wrote it (an integer over 2^32 in a u32 field).
describe('normalizeConfig: LOC ranges', () => {
  it.each([
    [{ loclatitude: 2 ** 31 + 90 * 3_600_000 + 1 }, 'LOC latitude is more than 90°'],
    [{ loclatitude: 7730943281941648 }, 'LOC latitude is more than 90°'],
    [{ loclongitude: 2 ** 31 - 180 * 3_600_000 - 1 }, 'LOC longitude is more than 180°'],
    [{ locsize: 256 }, 'size must be an integer 0-255'],
  ])('%j: %s', (fields, want) => {
    const cfg = { registrars: [], dns_providers: [], domains: [{ name: 'example.com', registrar: 'none', dnsProviders: {}, records: [
      { type: 'LOC', name: '@', target: 'x', ttl: 300, loclatitude: 2 ** 31, loclongitude: 2 ** 31, localtitude: 10000000, locsize: 0x12, lochorizpre: 0x16, locvertpre: 0x13, ...fields },
    ] }] } as unknown as DNSConfig;
    expect(normalizeConfig(cfg).errors.join('\n')).toContain(want);
  });
});

// Found by the config fuzz suite: print-ir output that did not read back the same with --ir.
describe('normalizeConfig: names that could not be read back', () => {
  const domain = (dc: Record<string, unknown>) => ({ registrars: [], dns_providers: [], domains: [{ name: 'example.com', registrar: 'none', dnsProviders: {}, records: [], ...dc }] }) as unknown as DNSConfig;
  it('NAMESERVER(".") (an apex NS naming the root, as PowerDNS test zones have) is accepted', () => {
    const p = normalizeConfig(domain({ nameservers: [{ name: '.' }] }));
    expect(p.errors).toEqual([]);
  });

  it('a NAMESERVER with an empty label is an error', () => {
    expect(normalizeConfig(domain({ nameservers: [{ name: 'ns2.other.example..' }] })).errors.join('\n')).toContain('NAMESERVER "ns2.other.example.." has an empty label');
  });
  it.each(['example.=>com', 'exa mple.com', 'a"b.com'])('domain name %j is an error', (name) => {
    expect(normalizeConfig(domain({ name })).errors.join('\n')).toMatch(/domain name .* (includes an invalid character|contains white space)/);
  });
  it.each(['128/27.2.0.192.in-addr.arpa', 'xn--bcher-kva.example', 'bücher.example', '_sub.example.com'])('domain name %j is fine', (name) => {
    expect(normalizeConfig(domain({ name })).errors).toEqual([]);
  });
});

describe('base64 values', () => {
  it.each([['OPENPGPKEY', 'publickey'], ['DHCID', 'digest']])('%s: a value servers cannot read as base64 is refused', (type, what) => {
    expect(run([{ type, name: 'k', target: 'AAIBY2/AuCccgoJbsaxcQc9TUapptP69lOjxfNuVAA2kjEA=' }]).errors).toEqual([]);
    // DNSControl's integration test key: 1,022 hex digits, read as base64 it lacks its padding.
    const [err] = run([{ type, name: 'k', target: '0123456789abcdef'.repeat(63) + 'ab' }]).errors;
    expect(err).toMatch(new RegExp(`${what} must be base64`));
  });
});

describe('normalizeConfig: name forms of DS and RP records', () => {
  it('DS and RP carry name_raw (as written) and name_unicode; other types do not', () => {
    const { records, errors } = run([
      { type: 'DS', name: 'Sub', dskeytag: 1, dsalgorithm: 13, dsdigesttype: 2, dsdigest: 'AABB' },
      { type: 'A', name: 'Ü', target: '192.0.2.1' },
    ]);
    expect(errors).toEqual([]);
    const ds = records.find((r) => r.type === 'DS')!;
    const a = records.find((r) => r.type === 'A')!;
    expect([ds.name, ds.name_raw, ds.name_unicode]).toEqual(['sub', 'Sub', 'sub']);
    expect([a.name, a.name_raw, a.name_unicode]).toEqual(['ü', undefined, undefined]);
  });
});

// Rules DNSControl v4.40 does not enforce as refusals (pkg/normalize/validate.go): dnscode accepts these, some with a warning.
describe('accepted as DNSControl accepts them', () => {
  it.each<[string, Partial<RecordConfig>[], Partial<DomainConfig>?]>([
    ['RFC 2317 CNAME into a classless zone', [{ type: 'CNAME', name: '5', target: '5.0/26.2.0.192.in-addr.arpa.' }], { name: '2.0.192.in-addr.arpa' }],
    ['CAA contactemail', [{ type: 'CAA', target: 'hostmaster@example.com', caatag: 'contactemail' }]],
    ['CAA contactphone', [{ type: 'CAA', target: '+1 555 0100', caatag: 'contactphone' }]],
    ['a CNAME loop through three names', [{ type: 'CNAME', name: 'a', target: 'b' }, { type: 'CNAME', name: 'b', target: 'c' }, { type: 'CNAME', name: 'c', target: 'a' }]],
    ['AKAMAICDN beside a CNAME', [{ type: 'CNAME', name: 'w', target: 'x.example.net.' }, { type: 'AKAMAICDN', name: 'w', target: 'x.edgekey.net' }]],
    ['a proxied CNAME beside a TXT', [{ type: 'CNAME', name: 'w', target: 'x.example.net.', meta: { cloudflare_proxy: 'on' } }, { type: 'TXT', name: 'w', target: 'v' }]],
    ['TTL 3000000000', [{ type: 'A', target: '192.0.2.1', ttl: 3000000000 }]],
    ['underscore in a host label', [{ type: 'A', name: 'my_host', target: '192.0.2.1' }]],
    ['SSHFP algorithm 7 and type 3 (unassigned, but 8-bit)', [{ type: 'SSHFP', target: 'ab', sshfpalgorithm: 7, sshfpfingerprint: 3 }]],
  ])('%s', (_n, records, domain) => {
    expect(run(records, domain).errors).toEqual([]);
  });

  it('warns where DNSControl warns, and on a loop and a TTL that servers read as 0', () => {
    const w = (records: Partial<RecordConfig>[]) => run(records).warnings.join('\n');
    expect(w([{ type: 'A', name: 'my_host', target: '192.0.2.1' }])).toMatch(/label "my_host" contains "_"/);
    for (const name of ['_dmarc', 'x._domainkey', 'sql-a_b']) expect(w([{ type: 'A', name, target: '192.0.2.1' }])).toBe('');
    expect(w([{ type: 'TXT', name: 'a_b', target: 'v' }, { type: 'SRV', name: 'a_b', target: 't.', srvport: 1, srvpriority: 0, srvweight: 0 }])).toBe('');
    expect(w([{ type: 'CNAME', name: 'a', target: 'b' }, { type: 'CNAME', name: 'b', target: 'a' }])).toMatch(/CNAME loop a → b → a/);
    expect(w([{ type: 'A', target: '192.0.2.1', ttl: 3000000000 }])).toMatch(/RFC 2181/);
    expect(w([{ type: 'A', name: 'example.com', target: '192.0.2.1' }])).toMatch(/label "example\.com" is the domain name; it is taken as the apex/);
    expect(w([{ type: 'A', name: 'example.com.', target: '192.0.2.1' }])).toBe('');
  });

  it('a plain CNAME beside another record is still an error (the zone would not load)', () => {
    expect(run([{ type: 'CNAME', name: 'w', target: 'x.example.net.' }, { type: 'TXT', name: 'w', target: 'v' }]).errors.join()).toMatch(/cannot have other records/);
  });
});

describe('RRset checks on the sorted order', () => {
  // checkRRsets finds a label's records through the sorted order when normalisation has it, and through a
  // map otherwise: both must say the same things in the same order (labels in config order, then records).
  it('reports the same messages, in config order, either way', async () => {
    const { checkRRsets } = await import('./rules/rrset-rules.js');
    const { sortedOrder } = await import('../zonefile/sort.js');
    const recs: RecordConfig[] = [
      { type: 'A', name: 'z', target: '192.0.2.1', ttl: 300 },
      { type: 'TXT', name: 'b', target: 'x', ttl: 300 },
      { type: 'CNAME', name: 'b', target: 'c.example.com.', ttl: 300 },
      { type: 'A', name: 'z', target: '192.0.2.1', ttl: 60 },
      { type: 'A', name: 'z', target: '192.0.2.2', ttl: 120 },
      { type: 'AAAA', name: 'lone', target: '2001:db8::1', ttl: 300 },
      { type: 'MX', name: '10', target: 'mx.example.com.', mxpreference: 1, ttl: 300 },
      { type: 'MX', name: '010', target: 'mx.example.com.', mxpreference: 1, ttl: 300 },
      { type: 'MX', name: '10', target: 'mx.example.com.', mxpreference: 1, ttl: 300 },
      { type: 'CNAME', name: 'b', target: 'd.example.com.', ttl: 300 },
    ];
    const dc: DomainConfig = { name: 'example.com', registrar: 'none', dnsProviders: {}, records: recs };
    const viaMap = { errors: [] as string[], warnings: [] as string[] };
    const viaOrder = { errors: [] as string[], warnings: [] as string[] };
    checkRRsets(dc, viaMap);
    checkRRsets(dc, viaOrder, sortedOrder(recs));
    expect(viaOrder).toEqual(viaMap);
    expect(viaMap.errors.length).toBe(4);
    expect(viaMap.warnings.length).toBe(2);
    expect(viaMap.errors[0]).toMatch(/"z".*exact duplicate/);
  });
});
