// The gather phase with an in-memory provider type (test fixture): zone population and concurrency.
import { describe, expect, it } from 'vitest';
import type { DomainConfig, RecordConfig } from '../ir/types.js';
import type { DnsProvider, ProviderType } from '../providers/types.js';
import { getProviderType } from '../providers/registry.js';
import { executePlan } from './apply.js';
import { gatherAll, type ZoneJob } from './gather.js';
import { ProviderInstances, type DeclaredProviders } from './providers.js';
import { planTotal } from '../plan/types.js';
import { textReporter } from '../plan/text.js';
import { Progress } from './progress.js';
import { callBudget } from '../_util/deadline.js';

/** Zones in a Map; records are replaced wholesale by the single correction. Tracks concurrent reads. */
function memoryType(concur: boolean, zones: Map<string, RecordConfig[]>, stats = { inFlight: 0, max: 0 }): ProviderType {
  const dns: DnsProvider = {
    getNameservers: async () => ['ns1.example.net'],
    listZones: async () => [...zones.keys()],
    ensureZone: async (z) => { if (!zones.has(z)) zones.set(z, []); },
    getZoneRecords: async (z) => {
      stats.max = Math.max(stats.max, ++stats.inFlight);
      await new Promise((r) => setTimeout(r, 5));
      stats.inFlight--;
      return zones.get(z) ?? [];
    },
    getCorrections: async (dc, _e, changes, n) => (n === 0 ? [] : [{
      msg: changes.flatMap((c) => c.msgs).join('\n'),
      run: async () => { zones.set(dc.name, dc.records.map((r) => ({ ...r }))); },
    }]),
  };
  return { name: 'MEMORY', roles: ['dns'], capabilities: concur ? { canConcur: { can: true } } : {}, credsFields: [], diffMode: 'zone', createDns: () => dns };
}

function setup(type: ProviderType, names: string[]) {
  const declared: DeclaredProviders = {
    dns: new Map([['mem', { credkey: 'mem', type, creds: {}, meta: {}, excludeFromDefaults: false }]]),
    registrars: new Map([['none', { credkey: 'none', type: getProviderType('NONE')!, creds: {}, meta: {}, excludeFromDefaults: false }]]),
  };
  const jobs: ZoneJob[] = names.map((name) => ({
    dc: { name, registrar: 'none', dnsProviders: { mem: -1 }, records: [{ type: 'A', name: '@', target: '192.0.2.1', ttl: 300 }] } as DomainConfig,
    dns: [{ credkey: 'mem', count: -1 }],
    registrar: 'none',
  }));
  return { declared, jobs };
}

describe('populate', () => {
  it('queues zone creation on preview, runs it on push, and then finds nothing to do', async () => {
    const zones = new Map<string, RecordConfig[]>();
    const { declared, jobs } = setup(memoryType(true, zones), ['a.example']);
    const plan1 = await gatherAll(jobs, declared, new ProviderInstances(declared), {});
    expect(plan1[0]!.providers[0]!.corrections[0]!.msg).toBe('Ensuring zone "a.example" exists in "mem"');
    expect(zones.size).toBe(0);
    await executePlan({ zones: plan1, total: planTotal(plan1) }, true, textReporter({ color: false, out: () => {} }));
    expect(zones.get('a.example')?.map((r) => `${r.name} ${r.type}`)).toEqual(['@ A', '@ NS']);
    const plan2 = await gatherAll(jobs, declared, new ProviderInstances(declared), {});
    expect(planTotal(plan2)).toBe(0);
  });
  it('--no-populate queues nothing; --populate-on-preview creates during gather', async () => {
    const zones = new Map<string, RecordConfig[]>();
    const { declared, jobs } = setup(memoryType(true, zones), ['a.example']);
    const off = await gatherAll(jobs, declared, new ProviderInstances(declared), { populate: false });
    expect(off[0]!.providers[0]!.corrections.map((c) => c.msg)).not.toContain('Ensuring zone "a.example" exists in "mem"');
    await gatherAll(jobs, declared, new ProviderInstances(declared), { populateOnPreview: true });
    expect(zones.has('a.example')).toBe(true);
  });
});

describe('concurrency', () => {
  const names = Array.from({ length: 8 }, (_, i) => `z${i}.example`);
  it.each<[string, boolean, { cmode?: string; cmax?: number }, (max: number) => boolean]>([
    ['canConcur, concurrent', true, {}, (m) => m > 1],
    ['canConcur, --cmax 2', true, { cmax: 2 }, (m) => m === 2],
    ['canConcur, --cmode none', true, { cmode: 'none' }, (m) => m === 1],
    ['no canConcur, concurrent', false, {}, (m) => m === 1],
    ['no canConcur, --cmode all', false, { cmode: 'all' }, (m) => m > 1],
  ])('%s', async (_n, concur, opts, ok) => {
    const stats = { inFlight: 0, max: 0 };
    const { declared, jobs } = setup(memoryType(concur, new Map(names.map((n) => [n, []])), stats), names);
    const plan = await gatherAll(jobs, declared, new ProviderInstances(declared), opts);
    expect(plan.map((z) => z.domain)).toEqual(names);
    expect(ok(stats.max), `max in flight ${stats.max}`).toBe(true);
  });
});

describe('corrections that are changes of their own', () => {
  it('count in the plan (e.g. enabling DNSSEC with no record change), message-only ones do not', async () => {
    const zones = new Map<string, RecordConfig[]>([['a.example', [{ type: 'A', name: '@', target: '192.0.2.1', ttl: 300 }, { type: 'NS', name: '@', target: 'ns1.example.net.', ttl: 300 }]]]);
    const type = memoryType(true, zones);
    const base = type.createDns!({ credkey: 'mem', creds: {}, meta: {} }) as DnsProvider;
    const withExtra: ProviderType = { ...type, createDns: () => ({ ...base,
      getCorrections: async () => [{ msg: 'a note' }, { msg: '± ENABLE DNSSEC a.example', countsAsChange: true, run: async () => {} }] }) };
    const { declared, jobs } = setup(withExtra, ['a.example']);
    const plan = await gatherAll(jobs, declared, new ProviderInstances(declared), {});
    expect(plan[0]!.providers[0]!.changeCount).toBe(1);
    expect(planTotal(plan)).toBe(1);
  });
});

describe('progress', () => {
  it('counts the zones each provider has read, and ends its task when the gather is over', async () => {
    const names = ['a.example', 'b.example', 'c.example'];
    const { declared, jobs } = setup(memoryType(true, new Map(names.map((n) => [n, []]))), names);
    const progress = new Progress();
    const counts: number[] = [];
    const start = progress.start.bind(progress);
    progress.start = (label, total) => {
      const task = start(label, total);
      const advance = task.advance.bind(task);
      task.advance = (units) => { advance(units); counts.push(task.done); };
      expect([label, total]).toEqual(['reading zones (mem)', 3]);
      return task;
    };
    await gatherAll(jobs, declared, new ProviderInstances(declared), { progress });
    expect(counts).toEqual([1, 2, 3]);
    expect(progress.active).toEqual([]);
  });
});

describe('deadline scope', () => {
  // callBudget names the zone's deadline only inside its scope; a big per-call timeout makes it the shorter.
  const seen = (type: ProviderType) => {
    const zones = new Map<string, RecordConfig[]>([['a.example', []]]);
    const base = type.createDns!({ credkey: 'mem', creds: {}, meta: {} }) as DnsProvider;
    const why: string[] = [];
    const probe = () => why.push(callBudget(1e9).why);
    const typed: ProviderType = { ...type, createDns: () => ({ ...base,
      getZoneRecords: async (z) => { probe(); return zones.get(z) ?? []; },
      getCorrections: async () => [{ msg: 'write', run: async () => { probe(); } }] }) };
    return { typed, why };
  };
  it('bounds a networked provider\'s reads and writes; an offline one (BIND files) runs without it', async () => {
    for (const [offline, expected] of [[undefined, /zone's overall deadline/], ['files here', /no answer within/]] as const) {
      const { typed, why } = seen({ ...memoryType(true, new Map()), offline });
      const { declared, jobs } = setup(typed, ['a.example']);
      const plan = await gatherAll(jobs, declared, new ProviderInstances(declared), {});
      await executePlan({ zones: plan, total: planTotal(plan) }, true, textReporter({ color: false, out: () => {} }));
      expect(why, String(offline)).toHaveLength(2);
      for (const w of why) expect(w, String(offline)).toMatch(expected);
    }
    expect(getProviderType('BIND')!.offline).toBeDefined();
    expect(getProviderType('AXFRDDNS')!.offline).toBeUndefined();
  });
});

describe('zones of offline providers', () => {
  // One after the other, as concurrent zones run: every zone is gathered whatever fails, and the error reported
  // is that of the first failing zone in config order.
  it('are all gathered when some fail, and the first failure in config order is the one reported', async () => {
    const names = ['a.example', 'b.example', 'c.example', 'd.example'];
    const zones = new Map(names.map((n) => [n, [] as RecordConfig[]]));
    const read: string[] = [];
    const base = memoryType(true, zones);
    const dns = base.createDns!({ credkey: 'mem', creds: {}, meta: {} }) as DnsProvider;
    const offline: ProviderType = { ...base, offline: 'in memory', createDns: () => ({ ...dns,
      getZoneRecords: async (z) => {
        read.push(z);
        if (z === 'c.example' || z === 'b.example') throw new Error(`cannot read ${z}`);
        return zones.get(z) ?? [];
      } }) };
    const { declared, jobs } = setup(offline, names);
    await expect(gatherAll(jobs, declared, new ProviderInstances(declared), {})).rejects.toThrow(/cannot read b\.example/);
    expect(read).toEqual(names);
  });
});
