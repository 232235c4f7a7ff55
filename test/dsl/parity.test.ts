// DSL parity with DNSControl beyond the compat data: each fixture in ./parity is evaluated end to end
// (loadConfig: DSL + normalisation) and its records compared as "TYPE name target" lines.
import { mkdtemp, readdir, readFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { printZones } from '../../src/cli/commands/print-zones.js';
import { loadConfig } from '../../src/config/load.js';
import type { DNSConfig } from '../../src/ir/types.js';

const dir = path.join(path.dirname(fileURLToPath(import.meta.url)), 'parity');

async function loadFixture(file: string): Promise<{ cfg: DNSConfig; warnings: string }> {
  let warnings = '';
  const io = { out() {}, err: (t: string) => { warnings += t; }, color: false, cwd: dir, env: {} };
  const cfg = await loadConfig({ config: file, variable: [] }, io);
  return { cfg, warnings };
}

function lines(cfg: DNSConfig, domain: string): string[] {
  const d = cfg.domains.find((x) => x.uniquename === domain);
  if (!d) throw new Error(`no domain ${domain}`);
  return d.records.map((r) => `${r.type} ${r.name} ${r.target}`.trim());
}

describe('D_EXTEND (extend-rev.js)', () => {
  it.each<[string, string]>([
    ['6.10.in-addr.arpa', 'PTR 50.200 ip-10-6-200-50.example.com.'],
    ['6.10.in-addr.arpa', 'PTR 51.200 ip-10-6-200-51.example.com.'],
    ['6.10.in-addr.arpa', 'PTR 200 net-200.example.com.'],
    ['6.10.in-addr.arpa', 'PTR 1.119 ip-10-6-119-1.example.com.'],
    ['6.10.in-addr.arpa', 'PTR 8.7 host-8.example.com.'],
    ['8.b.d.0.1.0.0.2.ip6.arpa', 'PTR 1.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0 v6host.example.com.'],
    ['example.com', 'A sub 192.0.2.2'],
    ['example.com', 'A www.sub 192.0.2.3'],
    ['example.com', 'CNAME alias.sub www.sub.example.com.'],
    ['example.com', 'ADGUARDHOME_A_PASSTHROUGH pass'],
  ])('%s has %s', async (domain, line) => {
    const { cfg } = await loadFixture('extend-rev.js');
    expect(lines(cfg, domain)).toContain(line);
  });

  it('sets subdomain on moved records only', async () => {
    const { cfg } = await loadFixture('extend-rev.js');
    const recs = cfg.domains.find((d) => d.name === 'example.com')!.records;
    expect(recs.map((r) => [r.name, r.subdomain ?? ''])).toEqual(expect.arrayContaining([['@', ''], ['pass', ''], ['www.sub', 'sub']]));
  });
});

describe('provider-specific helpers (providers.js)', () => {
  it.each<[string, string]>([
    ['premium.example', 'A test 1.2.3.4'],
    ['bunny.example', 'BUNNY_DNS_PZ cdn 12345'],
    ['bunny.example', 'BUNNY_DNS_PZ cdn2 678'],
    ['bunny.example', 'BUNNY_DNS_RDR go https://example.com/'],
    ['mikrotik.example', 'MIKROTIK_FWD fwd 192.0.2.53'],
    ['mikrotik.example', 'MIKROTIK_NXDOMAIN blocked'],
    ['mikrotik.example', 'MIKROTIK_NXDOMAIN ads'],
    ['mikrotik.example', 'MIKROTIK_NXDOMAIN old'],
    ['mikrotik.example', 'MIKROTIK_FORWARDER upstream 192.0.2.1'],
    ['adguard.example', 'ADGUARDHOME_A_PASSTHROUGH @'],
    ['adguard.example', 'ADGUARDHOME_AAAA_PASSTHROUGH www'],
  ])('%s has %s', async (domain, line) => {
    const { cfg } = await loadFixture('providers.js');
    expect(lines(cfg, domain)).toContain(line);
  });

  it('GIDINET_PREMIUM_NS adds the five premium nameservers (FQDNs without the dot, as in the IR)', async () => {
    const { cfg } = await loadFixture('providers.js');
    const d = cfg.domains.find((x) => x.name === 'premium.example')!;
    expect(d.nameservers).toEqual([1, 2, 3, 4, 5].map((i) => ({ name: `dns${i}.gidinet.com` })));
    expect(d.dnsProviders).toEqual({ gidinet: 0 });
  });

  it('custom types carry meta.orig_custom_type and BUNNY_DNS_PZ keeps its TTL', async () => {
    const { cfg } = await loadFixture('providers.js');
    const pz = cfg.domains.find((x) => x.name === 'bunny.example')!.records.find((r) => r.name === 'cdn2')!;
    expect(pz).toMatchObject({ ttl: 600, meta: { orig_custom_type: 'BUNNY_DNS_PZ' } });
  });
});

describe('domains, transforms and durations (domains.js)', () => {
  it.each<[string, string, number]>([
    ['foo2.com', 'A one.foo1.com 3.3.3.3', 60],
    ['foo2.com', 'A two.foo1.com 4.4.4.4', 60],
    ['foo2.com', 'CNAME c.foo1.com one.foo1.com.foo2.com.', 60],
    ['foo2.com', 'A d 192.0.2.1', 172800],
    ['foo2.com', 'A w 192.0.2.1', 604800],
    ['foo2.com', 'A n 192.0.2.1', 7776000],
    ['foo2.com', 'A y 192.0.2.1', 31536000],
    ['foo2.com', 'A s 192.0.2.1', 90],
    ['foo3.com', 'A x 192.0.2.1', 300],
  ])('%s has %s (TTL %d)', async (domain, line, ttl) => {
    const { cfg } = await loadFixture('domains.js');
    const d = cfg.domains.find((x) => x.uniquename === domain)!;
    expect(d.records.find((r) => `${r.type} ${r.name} ${r.target}` === line)?.ttl).toBe(ttl);
  });

  it('IMPORT_TRANSFORM leaves out records marked import_transform_skip', async () => {
    const { cfg } = await loadFixture('domains.js');
    expect(lines(cfg, 'foo2.com').filter((l) => l.includes('skip'))).toEqual([]);
  });

  it('domain meta, NAMESERVER_TTL and NAMESERVER names as DNSControl prints them', async () => {
    const { cfg } = await loadFixture('domains.js');
    const d = cfg.domains.find((x) => x.name === 'foo2.com')!;
    expect(d.meta).toMatchObject({ cloudflare_proxy_default: 'on', custom: '7', ns_ttl: '3600', dnscontrol_uniquename: 'foo2.com' });
    expect(d.nameservers).toEqual([{ name: 'ns1.foo2.com' }, { name: 'ns2.foo2.com' }]);
    expect(d.records.find((r) => r.name === 'm')?.meta).toEqual({ cloudflare_proxy: 'off' });
  });

  it('an empty split-horizon tag ("foo3.com!") is the plain domain', async () => {
    const { cfg } = await loadFixture('domains.js');
    expect(cfg.domains.find((x) => x.name === 'foo3.com')).toMatchObject({ uniquename: 'foo3.com', meta: { dnscontrol_tag: '' } });
  });
});

describe('reverse zones (reverse.js)', () => {
  it.each<[string, string]>([
    ['3.2.1.in-addr.arpa', 'PTR 1 foo.example.com.'],
    ['3.2.1.in-addr.arpa', 'PTR 2 bar.example.com.'],
    ['3.2.1.in-addr.arpa', 'PTR 3 baz.example.com.'],
    ['8.b.d.0.1.0.0.2.ip6.arpa', 'PTR 1.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0 v6.example.com.'],
    ['8.b.d.0.1.0.0.2.ip6.arpa', 'PTR 2.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0 v6b.example.com.'],
    ['10.in-addr.arpa', 'PTR 3.2.1 ten.example.com.'],
    ['128/25.1.168.192.in-addr.arpa', 'PTR 130 x.example.com.'],
  ])('%s has %s', async (domain, line) => {
    const { cfg } = await loadFixture('reverse.js');
    expect(lines(cfg, domain)).toContain(line);
  });

  it('print-zones names an RFC 2317 zone file with "_" for the slash', async () => {
    const out = await mkdtemp(path.join(os.tmpdir(), 'dnscode-rev-'));
    const io = { out() {}, err() {}, color: false, cwd: dir, env: {} };
    await printZones({ config: 'reverse.js', variable: [], dir: out }, io);
    expect((await readdir(out)).sort()).toContain('128_25.1.168.192.in-addr.arpa.zone');
    expect(await readFile(path.join(out, '128_25.1.168.192.in-addr.arpa.zone'), 'utf8')).toMatch(/^130 +IN PTR +x\.example\.com\.$/m);
  });
});

describe('split horizon (horizon.js)', () => {
  it.each<[string, string[]]>([
    ['example.com!inside', ['A main 10.1.1.1', 'A main2 10.1.1.2']],
    ['example.com!outside', ['A main 8.8.8.8']],
    ['example.net', ['A x 1.1.1.1', 'A y 1.1.1.2']],
    ['example.org', ['A x 1.1.1.1', 'A y 1.1.1.2']],
    ['list.example', ['TXT domains example.com!inside,example.com!outside,example.net,example.org']],
  ])('%s', async (domain, want) => {
    const { cfg } = await loadFixture('horizon.js');
    expect(lines(cfg, domain)).toEqual(want);
  });
});

describe('D_EXTEND subdomains (extend.js)', () => {
  it('labels and relative targets follow the extended subdomain', async () => {
    const { cfg } = await loadFixture('extend.js');
    expect(lines(cfg, 'domain.tld')).toEqual([
      'A @ 127.0.0.1', 'CNAME a b.domain.tld.', 'A aaa 127.0.0.2', 'CNAME c d.domain.tld.',
      'MX sub mx.sub.domain.tld.', 'TXT sub t', 'SRV _s._tcp.sub srv.sub.domain.tld.', 'A bbb.sub 127.0.0.3',
      'A ddd.sub 127.0.0.5', 'NS deleg.sub ns1.sub.domain.tld.', 'CNAME e.sub f.sub.domain.tld.', 'CNAME i.sub j.sub.domain.tld.',
      'A ccc.sub.sub 127.0.0.4', 'CNAME g.sub.sub h.sub.sub.domain.tld.', 'CNAME k.sub.sub x.example.com.',
    ]);
  });
});
