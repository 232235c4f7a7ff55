// Restoring saved providers with in-memory DNS providers and registrars: what is re-checked, what is replayed.
import { describe, expect, it } from 'vitest';
import { diffZone } from '../diff/diff.js';
import type { DomainConfig, RecordConfig } from '../ir/types.js';
import type { DnsProvider, Registrar } from '../providers/types.js';
import { recordsDigest, type SavedProvider } from '../plan/saved/plan-file.js';
import { restoreProvider, type ProviderSource, type RestoreContext } from './restore-plan.js';

const a = (name: string, target: string): RecordConfig => ({ type: 'A', name, target, ttl: 300 });
const desired: DomainConfig = { name: 'example.com', registrar: 'reg', dnsProviders: { mem: -1 }, records: [a('@', '192.0.2.1'), a('www', '192.0.2.2')], nameservers: [{ name: 'ns1.example.net' }] };

/** A record-granularity provider over a Map: corrections replay the changes they are given. */
function memory(live: RecordConfig[], log: string[]): DnsProvider & { zones: Set<string> } {
  const zones = new Set<string>();
  return {
    zones,
    getNameservers: async () => [],
    listZones: async () => [...zones],
    ensureZone: async (z) => { zones.add(z); log.push(`ensure ${z}`); },
    getZoneRecords: async () => live.map((r) => ({ ...r })),
    getCorrections: async (_dc, _e, changes) => changes.filter((c) => c.kind !== 'report').map((c) => ({
      msg: c.msgs.join('\n'),
      run: async () => { log.push(c.msgs.join('\n')); },
    })),
  };
}
const registrar = (current: string): Registrar => ({
  getRegistrarCorrections: async (dc) => {
    const want = (dc.nameservers ?? []).map((n) => n.name).join(',');
    return want === current ? [] : [{ msg: `Update nameservers ${current} -> ${want}`, run: async () => {} }];
  },
});
const source = (dns: DnsProvider, reg: Registrar): ProviderSource => ({ dnsProvider: async () => dns, registrar: async () => reg });
/** Restore one provider; problems land in `stale` (both kinds, as the messages say which). */
const restore = (p: SavedProvider, instances: ProviderSource, stale: string[]) =>
  restoreProvider('example.com', p, { instances, stale, mismatch: stale, diff: () => ({ mode: 'record' }) } satisfies RestoreContext);

/** What preview would have saved for `live`. */
function saved(live: RecordConfig[], ensureZone = false): SavedProvider {
  const diff = diffZone(desired, live, { mode: 'record' });
  const lines = [...(ensureZone ? ['Ensuring zone "example.com" exists in "mem"'] : []), ...diff.changes.map((c) => c.msgs.join('\n'))];
  return { role: 'provider', name: 'mem', lines, changeCount: diff.actualChangeCount + (ensureZone ? 1 : 0), digest: recordsDigest(live), existingCount: live.length,
    dc: desired, changes: diff.changes, actualChangeCount: diff.actualChangeCount, ...(ensureZone ? { ensureZone } : {}) };
}

describe('restoreProvider', () => {
  it('unchanged zone: the saved changes become corrections, zone creation first', async () => {
    const log: string[] = [];
    const stale: string[] = [];
    const p = await restore(saved([], true), source(memory([], log), registrar('')), stale);
    expect(stale).toEqual([]);
    for (const c of p.corrections) await c.run?.();
    expect(log).toEqual(['ensure example.com', '+ CREATE example.com A 192.0.2.1 ttl=300', '+ CREATE www.example.com A 192.0.2.2 ttl=300']);
  });

  it('changed zone: stale, and nothing runnable is returned', async () => {
    const stale: string[] = [];
    const p = await restore(saved([a('@', '192.0.2.1')]), source(memory([a('@', '192.0.2.9')], []), registrar('')), stale);
    expect(stale).toEqual(['example.com (mem): the live records changed since the plan was made (1 records then, 1 now)']);
    expect(p.corrections.some((c) => c.run)).toBe(false);
  });

  it('the provider would now say something else: stale', async () => {
    const s = { ...saved([]), lines: ['something else'] };
    const stale: string[] = [];
    await restore(s, source(memory([], []), registrar('')), stale);
    expect(stale).toEqual(['example.com (mem): the plan shows "something else", its records make "+ CREATE example.com A 192.0.2.1 ttl=300" (was the plan edited, or the provider\'s creds.json entry changed?)']);
  });

  it.each<[string, (s: SavedProvider) => void, string]>([
    ['a record of the zone edited', (s) => { s.dc = { ...s.dc!, records: [a('@', '192.0.2.1'), a('www', '192.0.2.66')] }; },
      'example.com (mem): the plan\'s change "+ CREATE www.example.com A 192.0.2.2 ttl=300" is not what its records make ("+ CREATE www.example.com A 192.0.2.66 ttl=300")'],
    ['a change\'s record edited, its line kept', (s) => { s.changes![1]!.new = [a('www', '192.0.2.66')]; },
      'example.com (mem): the change "+ CREATE www.example.com A 192.0.2.2 ttl=300" (changes[1]) carries other records than its records make'],
    ['a change dropped', (s) => { s.changes!.pop(); },
      'example.com (mem): its records make a change the plan does not list: "+ CREATE www.example.com A 192.0.2.2 ttl=300"'],
    ['the count raised', (s) => { s.changeCount = 7; }, 'example.com (mem): the plan counts 7 changes, its records make 2'],
  ])('an edited plan: %s', async (_n, edit, want) => {
    const s = structuredClone(saved([]));
    edit(s);
    const stale: string[] = [];
    const p = await restore(s, source(memory([], []), registrar('')), stale);
    expect(stale).toEqual([want]);
    if (!want.includes('counts')) expect(p.corrections.some((c) => c.run)).toBe(false);
  });

  it.each<[string, string, string[]]>([
    ['delegation as at preview', 'old.example.net', []],
    ['delegation changed since', 'other.example.net', ['example.com (registrar reg): the registrar\'s delegation changed since the plan was made']],
  ])('registrar: %s', async (_n, now, want) => {
    const s: SavedProvider = { role: 'registrar', name: 'reg', changeCount: 1, lines: ['Update nameservers old.example.net -> ns1.example.net'], dc: desired };
    const stale: string[] = [];
    const p = await restore(s, source(memory([], []), registrar(now)), stale);
    expect(stale).toEqual(want);
    if (!want.length) expect(p.corrections.map((c) => c.msg)).toEqual(s.lines);
  });

  it('a registrar with nothing to do is not asked', async () => {
    const s: SavedProvider = { role: 'registrar', name: 'reg', changeCount: 0, lines: ['Skipping registrar "reg": no nameservers'], dc: desired };
    const boom: Registrar = { getRegistrarCorrections: async () => { throw new Error('must not be called'); } };
    const p = await restore(s, source(memory([], []), boom), []);
    expect(p.corrections).toEqual([{ msg: 'Skipping registrar "reg": no nameservers' }]);
  });
});
