// Orchestration over real BIND zone files in a temp dir: gather → render → apply → gather again.
import { mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { DNSConfig, DomainConfig, RecordConfig } from '../ir/types.js';
import { textReporter } from '../plan/text.js';
import { buildReport } from '../plan/report.js';
import { planTotal, type Plan } from '../plan/types.js';
import { executePlan } from './apply.js';
import { gatherAll, type ZoneJob } from './gather.js';
import { declareProviders, ProviderInstances } from './providers.js';
import { capabilityProblems } from '../providers/_core/capabilities.js';
import { getProviderType } from '../providers/registry.js';

let dir: string;
beforeEach(async () => { dir = await mkdtemp(path.join(tmpdir(), 'run-')); });
afterEach(async () => { await rm(dir, { recursive: true, force: true }); });

const a = (name: string, target: string, ttl = 300): RecordConfig => ({ type: 'A', name, target, ttl });
const cname = (name: string, target: string): RecordConfig => ({ type: 'CNAME', name, target, ttl: 300 });

function config(domains: DomainConfig[]): DNSConfig {
  return {
    registrars: [{ name: 'none', type: 'NONE' }],
    dns_providers: [{ name: 'bind', type: '-', meta: { default_ns: ['ns1.example.net.'], default_soa: { master: 'ns1.example.net.', mbox: 'hostmaster.example.net.' } } }],
    domains,
  };
}
const dom = (name: string, records: RecordConfig[], extra: Partial<DomainConfig> = {}): DomainConfig =>
  ({ name, registrar: 'none', dnsProviders: { bind: -1 }, records, ...extra });

async function plan(cfg: DNSConfig, opts: { cmode?: string } = {}): Promise<Plan> {
  const declared = declareProviders(cfg, { bind: { TYPE: 'BIND', directory: dir }, none: { TYPE: 'NONE' } });
  const jobs: ZoneJob[] = cfg.domains.map((dc) => ({ dc, dns: [{ credkey: 'bind', count: -1 }], registrar: 'none' }));
  const zones = await gatherAll(jobs, declared, new ProviderInstances(declared, { bindserial: 2024010101 }), opts);
  return { zones, total: planTotal(zones) };
}

async function run(p: Plan, push: boolean) {
  let out = '';
  const result = await executePlan(p, push, textReporter({ color: false, out: (t) => { out += t; } }));
  return { out, result };
}

describe('preview/push over BIND', () => {
  const cfg = () => config([
    dom('example.com', [a('@', '192.0.2.1'), cname('www', 'web.example.com.'), a('web', '192.0.2.2')]),
    dom('example.org', [a('@', '192.0.2.3')]),
  ]);

  it('previews creates in config order without writing, then push writes, then nothing is left to do', async () => {
    const p1 = await plan(cfg());
    const { out } = await run(p1, false);
    expect(out).toMatch(/^\*{20} Domain: example\.com\n\d+ corrections \(bind\)\n/);
    expect(out.indexOf('Domain: example.com')).toBeLessThan(out.indexOf('Domain: example.org'));
    expect(out).toMatch(/Done\. \d+ corrections\.\n$/);
    expect(p1.total).toBeGreaterThanOrEqual(5); // 3 + 1 records, SOA and NS
    await expect(stat(path.join(dir, 'example.com.zone'))).rejects.toThrow();

    const { out: pushed, result } = await run(await plan(cfg()), true);
    expect(result.error).toBeUndefined();
    expect(pushed).toContain('SUCCESS!');
    const zone = await readFile(path.join(dir, 'example.com.zone'), 'utf8');
    expect(zone).toMatch(/www\s+IN\s+CNAME\s+web/);
    const before = await stat(path.join(dir, 'example.com.zone'));

    const p3 = await plan(cfg());
    expect(p3.total).toBe(0);
    const again = await run(p3, true);
    expect(again.out).toBe('Done. 0 corrections.\n');
    const after = await stat(path.join(dir, 'example.com.zone'));
    expect(after.mtimeMs).toBe(before.mtimeMs);
  });

  it.each(['concurrent', 'none', 'all'])('--cmode %s gives the same plan in config order', async (cmode) => {
    const p = await plan(cfg(), { cmode });
    expect(p.zones.map((z) => z.domain)).toEqual(['example.com', 'example.org']);
  });

  it('rejects a bad --cmode', async () => {
    await expect(plan(cfg(), { cmode: 'fast' })).rejects.toThrow(/--cmode "fast"/);
  });

  it('--full shows providers and zones without changes', async () => {
    await run(await plan(cfg()), true);
    let out = '';
    await executePlan(await plan(cfg()), false, textReporter({ full: true, color: false, out: (t) => { out += t; } }));
    expect(out).toBe([
      '******************** Domain: example.com', '----- DNS Provider: bind...', '0 corrections (bind)',
      '----- Registrar: none...', '0 corrections (none)',
      '******************** Domain: example.org', '----- DNS Provider: bind...', '0 corrections (bind)',
      '----- Registrar: none...', '0 corrections (none)', 'Done. 0 corrections.', '',
    ].join('\n'));
  });

  it('report JSON has one item per zone and provider/registrar', async () => {
    const report = buildReport(await plan(cfg()));
    expect(report.map((r) => [r.domain, r.provider ?? `reg:${r.registrar}`])).toEqual([
      ['example.com', 'bind'], ['example.com', 'reg:none'], ['example.org', 'bind'], ['example.org', 'reg:none'],
    ]);
    expect(report[0]!.corrections).toBeGreaterThan(0);
    expect(report[1]).toEqual({ domain: 'example.com', corrections: 0, correction_details: [], registrar: 'none' });
  });

  it('a failed push stops and lists what was and was not applied', async () => {
    const done: string[] = [];
    const ok = (msg: string) => ({ msg, run: async () => { done.push(msg); } });
    const p: Plan = { total: 4, zones: [
      { domain: 'a.com', providers: [{ role: 'provider', name: 'bind', changeCount: 2, corrections: [ok('one'), { msg: 'two', run: async () => { throw new Error('disk full'); } }] }] },
      { domain: 'b.com', providers: [{ role: 'provider', name: 'bind', changeCount: 2, corrections: [{ msg: 'note' }, ok('three')] }] },
    ] };
    const { out, result } = await run(p, true);
    // Never "Done. 4 corrections." after a failure: per zone, what was applied and what was not.
    expect(out).toBe([
      '******************** Domain: a.com', '2 corrections (bind)', '#1: one', 'SUCCESS!', '#2: two', 'FAILURE! bind a.com: disk full',
      'Push stopped at the first failure: 1 of 3 corrections applied.',
      'a.com: 1 applied, 1 NOT applied', 'b.com: 0 applied, 1 NOT applied', '',
    ].join('\n'));
    expect(done).toEqual(['one']);
    expect(result.applied.map((c) => c.msg)).toEqual(['one']);
    expect(result.notApplied.map((c) => `${c.domain} ${c.msg}`)).toEqual(['a.com two', 'b.com three']);
  });

  it('skips the registrar when the domain has no nameservers, unless no_ns is set', async () => {
    const noNs = (meta?: Record<string, string>) => {
      const c = config([dom('example.com', [a('@', '192.0.2.1')], { meta })]);
      c.dns_providers[0]!.meta = {};
      return c;
    };
    const reg = (p: Plan) => p.zones[0]!.providers.find((x) => x.role === 'registrar')!;
    expect(reg(await plan(noNs())).corrections.map((c) => c.msg)).toEqual([
      'Skipping registrar "none": No nameservers declared for domain "example.com". Add {no_ns: \'true\'} to force',
    ]);
    expect(reg(await plan(noNs({ no_ns: 'true' }))).corrections).toEqual([]);
  });

  it('IGNORE keeps foreign records in the file', async () => {
    await run(await plan(config([dom('example.com', [a('@', '192.0.2.1')])])), true);
    const file = path.join(dir, 'example.com.zone');
    await writeFile(file, `${await readFile(file, 'utf8')}foreign IN A 198.51.100.1\n`);
    const withIgnore = config([dom('example.com', [a('@', '192.0.2.1'), a('new', '192.0.2.9')],
      { unmanaged: [{ label_pattern: 'foreign', rType_pattern: '*', target_pattern: '' }] })]);
    const { out } = await run(await plan(withIgnore), true);
    expect(out).toContain('1 records not being deleted because of IGNORE*():');
    expect(await readFile(file, 'utf8')).toMatch(/foreign\s+IN\s+A\s+198\.51\.100\.1/);
  });
});

describe('capabilities', () => {
  it('rejects a record type the provider cannot store', () => {
    const none = getProviderType('NONE')!;
    const dc = dom('example.com', [{ type: 'CAA', name: '@', target: 'letsencrypt.org', caatag: 'issue', caaflag: 0, ttl: 300 }]);
    expect(capabilityProblems(dc, 'none', none)).toEqual([
      'domain example.com uses CAA records, but DNS provider type NONE ("none") does not support them',
    ]);
  });
  it.each([
    ['child DS with canUseDSForChildren', 'sub', []],
    ['apex DS needs canUseDS', '@', ['domain example.com uses DS records, but DNS provider type CHILDONLY ("c") does not support them']],
  ])('%s', (_n, name, want) => {
    const childOnly = { ...getProviderType('NONE')!, name: 'CHILDONLY', capabilities: { canUseDSForChildren: { can: true } } };
    const ds: RecordConfig = { type: 'DS', name, target: '', ttl: 300, dskeytag: 1, dsalgorithm: 13, dsdigesttype: 2, dsdigest: 'AB' };
    expect(capabilityProblems(dom('example.com', [ds]), 'c', childOnly)).toEqual(want);
  });
});

describe('creds.json keys a provider does not know', () => {
  const cfg = (type: string): DNSConfig => ({ registrars: [], dns_providers: [{ name: 'p', type }], domains: [] });
  it('are named in a warning for AXFRDDNS (as DNSControl warns), with the known keys', () => {
    const d = declareProviders(cfg('AXFRDDNS'), { p: { TYPE: 'AXFRDDNS', master: '192.0.2.1', update_key: 'x', max_change_percent: '50' } });
    expect(d.dns.get('p')!.warning).toMatch(/^WARNING: AXFRDDNS "p": unknown key "update_key" in creds\.json \(known: master, .*update-key/);
  });
  it('are not for types whose entry may be a pasted document (GCLOUD service-account JSON)', () => {
    const d = declareProviders(cfg('GCLOUD'), { p: { TYPE: 'GCLOUD', project_id: 'x', private_key_id: 'y', auth_uri: 'z' } });
    expect(d.dns.get('p')!.warning).toBeUndefined();
  });
});
