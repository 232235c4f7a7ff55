// The DSL end to end on the project's own fixtures (src/dsl/testdata): evaluate, normalise, inspect the IR.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../config/load.js';
import type { DNSConfig, RecordConfig } from '../ir/types.js';

const dir = path.join(path.dirname(fileURLToPath(import.meta.url)), 'testdata');

async function load(file: string, variable: string[] = []): Promise<{ cfg: DNSConfig; warnings: string }> {
  let warnings = '';
  const io = { out() {}, err: (t: string) => { warnings += t; }, color: false, cwd: dir, env: {} };
  const cfg = await loadConfig({ config: file, variable }, io, { positions: true });
  return { cfg, warnings };
}

function rec(cfg: DNSConfig, domain: string, type: string, name: string): RecordConfig[] {
  const d = cfg.domains.find((x) => x.uniquename === domain);
  if (!d) throw new Error(`no domain ${domain}`);
  return d.records.filter((r) => r.type === type && r.name === name);
}

describe('record types (records.js)', () => {
  it.each<[string, string, Partial<RecordConfig>]>([
    ['A', '@', { target: '192.0.2.1', ttl: 600 }],
    ['A', 'num', { target: '192.0.2.2' }],
    ['AAAA', 'v6', { target: '2001:db8::1' }],
    ['CNAME', 'www', { target: 'example.com.' }],
    ['CNAME', 'rel', { target: 'other.example.com.' }],
    ['CNAME', 'ext', { target: 'cdn.example.net.', ttl: 3600 }],
    ['MX', '@', { target: 'mx.example.com.', mxpreference: 10 }],
    ['SRV', '_sip._tcp', { srvpriority: 10, srvweight: 20, srvport: 5060, target: 'sip.example.net.' }],
    ['TXT', 'txt', { target: 'part1part2' }],
    ['CAA', '@', { caatag: 'issue', caaflag: 128, target: 'letsencrypt.org' }],
    ['DS', 'sub', { dskeytag: 1000, dsalgorithm: 13, dsdigesttype: 2, dsdigest: 'AABBCCDD', target: '' }],
    ['DNSKEY', '@', { dnskeyflags: 257, dnskeyprotocol: 3, dnskeyalgorithm: 13, dnskeypublickey: 'AwEAAQ==' }],
    ['NAPTR', '@', { naptrorder: 100, naptrpreference: 10, naptrflags: 'U', naptrservice: 'E2U+sip', target: '.' }],
    ['SOA', '@', { target: 'ns1.example.com.', soambox: 'hostmaster.example.com.', soarefresh: 3600, soaretry: 600, soaexpire: 604800, soaminttl: 1440 }],
    ['SSHFP', '@', { sshfpalgorithm: 4, sshfpfingerprint: 2, target: 'abcdef0123' }],
    ['TLSA', '_443._tcp', { tlsausage: 3, tlsaselector: 1, tlsamatchingtype: 1, target: 'abcdef' }],
    ['SMIMEA', '_smimecert', { smimeausage: 3, smimeaselector: 0, smimeamatchingtype: 1 }],
    ['SVCB', '_svc', { svcpriority: 1, target: 'svc.example.net.', svcparams: 'alpn=h2' }],
    ['HTTPS', '@', { svcpriority: 1, target: '.', svcparams: 'alpn=h3' }],
    ['DNAME', 'dname', { target: 'example.org.' }],
    ['RP', '@', { target: 'admin.example.com. info.example.com.' }],
    ['LOC', 'loc', { loclatitude: 2299997648, loclongitude: 1891505648, localtitude: 9997600, locsize: 51, target: '42 21 54 N 71 6 18 W -24m 30m 0m 0m' }],
  ])('%s %s', async (type, name, want) => {
    const { cfg } = await load('records.js');
    const found = rec(cfg, 'example.com', type, name);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject(want);
    expect(found[0]!.filepos).toMatch(/^records\.js:\d+:3$/);
  });

  it('keeps domain meta objects and sorts records in zone order', async () => {
    const { cfg } = await load('records.js');
    const d = cfg.domains[0]!;
    expect(d.meta).toMatchObject({ comment: 'domain meta', dnscontrol_uniquename: 'example.com' });
    expect(d.records.slice(0, 3).map((r) => r.type)).toEqual(['SOA', 'A', 'MX']);
    expect(d.dnsProviders).toEqual({ bind: -1 });
  });
});

describe('D_EXTEND (extend.js)', () => {
  it.each<[string, string, string, Partial<RecordConfig>]>([
    ['sub.example.com', 'A', 'deep', { subdomain: 'deep', target: '192.0.2.3' }],
    ['sub.example.com', 'CNAME', 'x.deep', { target: 'y.deep.sub.example.com.' }],
    ['example.com', 'A', 'www.other', { subdomain: 'other' }],
    ['example.com', 'A', 'other', { target: '192.0.2.5' }],
    ['example.com', 'A', 'back', { target: '192.0.2.6' }],
  ])('%s %s %s', async (domain, type, name, want) => {
    const { cfg } = await load('extend.js');
    expect(rec(cfg, domain, type, name)[0]).toMatchObject(want);
  });

  it('does not leave a subdomain on records added after extending the apex again', async () => {
    const { cfg } = await load('extend.js');
    expect(rec(cfg, 'example.com', 'A', 'back')[0]!.subdomain).toBeUndefined();
  });
});

describe('require and require_glob (require.js)', () => {
  it.each([['@', '192.0.2.10'], ['helper', '192.0.2.11'], ['outer', '192.0.2.12'], ['inner', '192.0.2.13']])(
    'record %s from a required file', async (name, ip) => {
      const { cfg } = await load('require.js');
      expect(rec(cfg, 'example.com', 'A', name)[0]!.target).toBe(ip);
    });

  it('gives records created in a required file their own file position', async () => {
    const { cfg } = await load('require.js');
    expect(rec(cfg, 'example.com', 'A', 'helper')[0]!.filepos).toBe(path.join('lib', 'sub', 'deeper.js') + ':1:34');
  });
});

describe('globals: -v, CLI_DEFAULTS, underscore, HASH (variables.js)', () => {
  it.each<[string[], string]>([[[], 'prod'], [['env=test'], 'test']])('-v %j gives env=%s', async (vars, env) => {
    const { cfg } = await load('variables.js', vars);
    expect(rec(cfg, 'example.com', 'A', `a-${env}`)).toHaveLength(1);
  });

  it('HASH("SHA256")', async () => {
    const { cfg } = await load('variables.js');
    expect(rec(cfg, 'example.com', 'TXT', 'hash')[0]!.target).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
  });
});

describe('domains: split horizon, INCLUDE, DEFAULTS, modifiers (horizon.js)', () => {
  it('tags, uniquenames and INCLUDE', async () => {
    const { cfg } = await load('horizon.js');
    const inside = cfg.domains.find((d) => d.uniquename === 'example.com!inside')!;
    expect(inside).toMatchObject({ name: 'example.com', tag: 'inside', meta: { dnscontrol_tag: 'inside' }, dnsProviders: { bind: -1 } });
    expect(inside.records.map((r) => [r.name, r.target, r.ttl])).toEqual([['@', '192.0.2.1', 300], ['lan', '10.0.0.1', 300]]);
  });

  it('domain modifiers land in the IR', async () => {
    const { cfg } = await load('horizon.js');
    const d = cfg.domains.find((x) => x.name === 'plain.example')!;
    expect(d).toMatchObject({
      keepunknown: true, auto_dnssec: 'on', nameservers: [{ name: 'ns1.example.net' }], meta: { ns_ttl: '7200' },
      unmanaged: [
        { label_pattern: 'keep*', rType_pattern: 'A,AAAA', target_pattern: '*' },
        { label_pattern: 'legacy', rType_pattern: '*', target_pattern: '*' },
        { label_pattern: '*', rType_pattern: 'CNAME', target_pattern: '*.cdn.example.' },
      ],
      unmanaged_disable_safety_check: true, ignore_external_dns: true, external_dns_prefix: 'extdns-',
      recordsabsent: [{ type: 'A', name: 'gone', target: '192.0.2.9' }],
    });
    expect(d.dnsProviders).toEqual({}); // DEFAULTS() reset the defaults
  });

  it.each<[string, Record<string, unknown>]>([
    ['elsewhere.example', { keepunknown: true, nameservers: [{ name: 'ns1.other.example' }, { name: 'ns2.other.example' }] }],
    ['auto.example', { keepunknown: true, dnsProviders: { bind: -1 } }],
    ['2.0.192.in-addr.arpa', { dnsProviders: { bind: 2 } }],
  ])('%s', async (name, want) => {
    const { cfg } = await load('horizon.js');
    expect(cfg.domains.find((d) => d.name === name)).toMatchObject(want);
  });

  it('REV zone with PTR names given as IPs, and getConfiguredDomains', async () => {
    const { cfg } = await load('horizon.js');
    expect(rec(cfg, '2.0.192.in-addr.arpa', 'PTR', '5')[0]!.target).toBe('host.example.com.');
    expect(rec(cfg, 'count.example', 'TXT', 'n')[0]!.target).toBe('6');
  });
});

describe('builders (builders.js)', () => {
  it.each<[string, string, string[]]>([
    ['CAA', '@', ['128 iodef mailto:sec@example.com', '0 issue example.net', '0 issue letsencrypt.org', '0 issuewild ;']],
    ['TXT', '_dmarc', ['v=DMARC1; p=reject; sp=quarantine; adkim=s; pct=50; rua=mailto:a@example.com; ruf=mailto:f@example.com; fo=1; ri=86400']],
    ['TXT', 's1._domainkey', ['v=DKIM1; k=rsa; p=MIGfMA0; t=y:s']],
    ['MX', '@', ['example-com.mail.protection.outlook.com.']],
    ['CNAME', 'selector1._domainkey', ['selector1-example-com._domainkey.example.onmicrosoft.com.']],
    ['LOC', 'dd', ['51 30 3.033 N 0 7 28.651 W 6m 0m 0m 0m']],
    ['LOC', 'dms', ['33 51 31 S 151 12 51 E 4m 0m 0m 0m']],
    ['LOC', 'str', ['44 27 38 N 110 49 41 W 2240m 0m 0m 0m']],
  ])('%s %s', async (type, name, want) => {
    const { cfg } = await load('builders.js');
    const got = rec(cfg, 'example.com', type, name).map((r) => (type === 'CAA' ? `${r.caaflag ?? 0} ${r.caatag} ${r.target}` : r.target));
    expect(got).toEqual(want);
  });

  it.each([['TXT', '_spf1', 6], ['CNAME', 'autodiscover', 7]])('builder records are placed at the builder call: %s %s', async (type, name, line) => {
    const { cfg } = await load('builders.js');
    expect(rec(cfg, 'example.com', type, name)[0]!.filepos).toBe(`builders.js:${line}:3`);
  });

  it('SPF_BUILDER with overflow splits an over-long record into chained includes (no raw record without flatten)', async () => {
    const { cfg } = await load('builders.js');
    expect(rec(cfg, 'example.com', 'TXT', '_rawspf')).toEqual([]);
    const spf = ['@', '_spf1', '_spf2'].map((n) => rec(cfg, 'example.com', 'TXT', n)[0]!.target);
    expect(spf[0]).toMatch(/^v=spf1 ip4:198\.51\.100\.0\/32 .* include:_spf1\.example\.com ~all$/);
    expect(spf[2]).toMatch(/include:_spf\.google\.com ~all$/);
    for (const t of spf) expect(t.length).toBeLessThanOrEqual(120);
  });
});

describe('provider-specific (providers.js)', () => {
  it.each<[string, string, string, Partial<RecordConfig>]>([
    ['example.com', 'A', '@', { meta: { cloudflare_proxy: 'on', cloudflare_comment: 'web', cloudflare_tags: 'a,b' } }],
    ['example.com', 'CF_WORKER_ROUTE', '@', { target: 'example.com/api/*,api-worker' }],
    ['example.net', 'R53_ALIAS', '@', { r53_alias: { type: 'A', zone_id: 'Z2', evaluate_target_health: 'true' } }],
    ['example.org', 'AZURE_ALIAS', 'az', { azure_alias: { type: 'CNAME' }, target: 'example.org.' }],
    ['copy.example', 'A', 'w.example.net', { target: '198.51.100.2', ttl: 60 }],
  ])('%s %s %s', async (domain, type, name, want) => {
    const { cfg } = await load('providers.js');
    expect(rec(cfg, domain, type, name)[0]).toMatchObject(want);
  });

  it('CF_REDIRECT and CF_SINGLE_REDIRECT become single-redirect records in config order; R53_ZONE on a domain is domain meta', async () => {
    const { cfg } = await load('providers.js');
    const redirects = rec(cfg, 'example.com', 'CLOUDFLAREAPI_SINGLE_REDIRECT', '@');
    expect(cfg.domains[0]!.rawrecords).toBeUndefined();
    expect(redirects).toMatchObject([
      {
        ttl: 1, name_raw: '@', target: 'name=(301,old.example.com/*,https://new.example.com/$1) code=(301) when=(http.host eq "old.example.com") then=(concat("https://new.example.com", http.request.uri.path))',
        fields: { code: 301, sr_name: '301,old.example.com/*,https://new.example.com/$1', sr_order: 0 }, filepos: 'providers.js:6:3',
      },
      // TTL(99) does not apply: a single redirect always has TTL 1.
      { ttl: 1, fields: { code: 301, sr_name: 'r1', sr_when: 'http.host eq "x"', sr_then: 'concat("https://y", http.request.uri.path)', sr_order: 1 }, filepos: 'providers.js:8:3' },
    ]);
    expect(redirects[0]!.meta).toBeUndefined();
    expect(cfg.domains[1]!.meta).toMatchObject({ zone_id: 'Z1' });
    expect(cfg.dns_providers[0]).toEqual({ name: 'cf', type: 'CLOUDFLAREAPI', meta: { manage_redirects: true } });
  });
});
