// DSL parity with DNSControl beyond the compat data: each fixture in ./parity is evaluated end to end
// (loadConfig: DSL + normalisation) and its records compared as "TYPE name target" lines.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config/load.js';
import type { DNSConfig } from '../../src/ir/types.js';

const dir = path.join(path.dirname(fileURLToPath(import.meta.url)), 'parity');

export async function loadFixture(file: string): Promise<{ cfg: DNSConfig; warnings: string }> {
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
