// The safety limits over real diffs (diffZone), in every granularity the providers use.
import { describe, expect, it } from 'vitest';
import { diffZone } from '../diff/diff.js';
import type { DiffMode } from '../diff/change.js';
import type { DomainConfig, RecordConfig } from '../ir/types.js';
import type { Plan } from '../plan/types.js';
import { apexNsChange, changeStats, checkSafety, refusalMessage, safetySettings, type SafetySettings } from './limits.js';

const a = (name: string, target: string, ttl = 300): RecordConfig => ({ type: 'A', name, target, ttl });
const ns = (target: string): RecordConfig => ({ type: 'NS', name: '@', target, ttl: 300 });
const soa: RecordConfig = { type: 'SOA', name: '@', target: 'ns1.example.net.', soambox: 'h.example.net.', soaserial: 1, soarefresh: 3600, soaretry: 600, soaexpire: 604800, soaminttl: 300, ttl: 300 };
const hosts = (n: number, prefix = '192.0.2.') => Array.from({ length: n }, (_, i) => a(`h${i}`, `${prefix}${i + 1}`));

/** A plan for one zone: the real diff between `existing` and `desired`. */
function plan(existing: RecordConfig[], desired: RecordConfig[], mode: DiffMode = 'record'): Plan {
  const dc: DomainConfig = { name: 'example.com', registrar: 'none', dnsProviders: { p: -1 }, records: desired };
  const diff = diffZone(dc, existing, { mode });
  return { total: diff.actualChangeCount, zones: [{ domain: 'example.com', providers: [{ role: 'provider', name: 'p', corrections: [], changeCount: diff.actualChangeCount,
    source: { dc, existing, changes: diff.changes, actualChangeCount: diff.actualChangeCount } }] }] };
}
const defaults: SafetySettings = { maxChangePercent: 30, allowApexNsChange: false };
const kinds = (p: Plan, s = defaults) => checkSafety(p, () => s).map((x) => x.kind);

/** 100 existing A records (plus SOA, not counted); `modify` of them get a new address, `remove` are deleted. */
function hundred(modify: number, remove = 0): [RecordConfig[], RecordConfig[]] {
  const existing = [soa, ...hosts(100)];
  const desired = hosts(100).slice(remove).map((r, i) => (i < modify ? { ...r, target: `198.51.100.${i + 1}` } : r));
  return [existing, desired];
}

describe('too much change', () => {
  it.each<[string, number, number, DiffMode, boolean]>([
    ['29% modified', 29, 0, 'record', false],
    ['30% modified (the limit itself is allowed)', 30, 0, 'record', false],
    ['31% modified', 31, 0, 'record', true],
    ['31% deleted', 0, 31, 'record', true],
    ['15% modified + 16% deleted', 15, 16, 'record', true],
    ['31% modified, recordset granularity', 31, 0, 'recordset', true],
    ['29% modified, recordset granularity', 29, 0, 'recordset', false],
    ['31% modified, label granularity', 31, 0, 'label', true],
    ['31% modified, zone granularity', 31, 0, 'zone', true],
  ])('%s', (_n, modify, remove, mode, refused) => {
    const [existing, desired] = hundred(modify, remove);
    const p = plan(existing, desired, mode);
    expect(changeStats(p.zones[0]!.providers[0]!.source!)).toEqual({ existing: 100, touched: modify + remove });
    expect(kinds(p)).toEqual(refused ? ['too-much-change'] : []);
  });

  it('creates never count: a zone may grow freely', () => {
    expect(kinds(plan([soa, ...hosts(10)], [...hosts(10), ...hosts(50, '203.0.113.').map((r) => ({ ...r, name: `n${r.name}` }))]))).toEqual([]);
  });

  it('zones with fewer than 10 records are exempt', () => {
    expect(kinds(plan([soa, ...hosts(9)], []))).toEqual([]);
    expect(kinds(plan([soa, ...hosts(10)], []))).toEqual(['too-much-change']);
  });

  it('a recordset change counts only the records that go', () => {
    // One set of 20 A records at one name; 2 replaced: 10%, not 100%.
    const set = (n: number, from = 1) => Array.from({ length: n }, (_, i) => a('pool', `192.0.2.${i + from}`));
    const p = plan([soa, ...set(20)], [...set(18), a('pool', '198.51.100.1'), a('pool', '198.51.100.2')], 'recordset');
    expect(changeStats(p.zones[0]!.providers[0]!.source!)).toEqual({ existing: 20, touched: 2 });
  });

  it('a raised limit lets it through; the message says how to proceed', () => {
    const p = plan(...hundred(31));
    expect(kinds(p, { ...defaults, maxChangePercent: 31 })).toEqual([]);
    const [problem] = checkSafety(p, () => defaults);
    expect(problem!.message).toBe('example.com (p): would delete or modify 31 of 100 existing records (31%), more than the 30% limit');
    expect(refusalMessage([problem!])).toBe([
      'Error: push refused by the safety limits; nothing was applied:',
      '  - example.com (p): would delete or modify 31 of 100 existing records (31%), more than the 30% limit;',
      '    to push anyway, add --force, or raise the limit with --max-change 31 or "max_change_percent": "31" in the "p" entry of creds.json',
      'DNSControl has no such limits: add --force to push exactly what it would push.',
    ].join('\n'));
  });
});

describe('apex NS change', () => {
  const base = [soa, ns('ns1.example.net.'), ns('ns2.example.net.'), a('@', '192.0.2.1')];
  it.each<[string, RecordConfig[], DiffMode, string[] | undefined]>([
    ['unchanged', [ns('ns1.example.net.'), ns('ns2.example.net.'), a('@', '192.0.2.9')], 'record', undefined],
    ['one replaced', [ns('ns1.example.net.'), ns('ns3.example.net.')], 'record', ['ns1.example.net', 'ns3.example.net']],
    ['one added', [ns('ns1.example.net.'), ns('ns2.example.net.'), ns('ns3.example.net.')], 'record', ['ns1.example.net', 'ns2.example.net', 'ns3.example.net']],
    ['all removed', [], 'record', []],
    ['one replaced, recordset', [ns('ns1.example.net.'), ns('ns3.example.net.')], 'recordset', ['ns1.example.net', 'ns3.example.net']],
    ['one replaced, label', [ns('ns1.example.net.'), ns('ns3.example.net.')], 'label', ['ns1.example.net', 'ns3.example.net']],
    ['TTL only', [{ ...ns('ns1.example.net.'), ttl: 86400 }, { ...ns('ns2.example.net.'), ttl: 86400 }], 'recordset', undefined],
  ])('%s (%s)', (_n, desired, mode, after) => {
    const p = plan(base, desired, mode);
    expect(apexNsChange(p.zones[0]!.providers[0]!.source!)?.after).toEqual(after);
    expect(kinds(p)).toEqual(after ? ['apex-ns-change'] : []);
    expect(kinds(p, { ...defaults, allowApexNsChange: true })).toEqual([]);
  });

  it('a new zone gets its first NS set without --force', () => {
    expect(kinds(plan([], [ns('ns1.example.net.'), a('@', '192.0.2.1')]))).toEqual([]);
  });

  it('NS below the apex is a delegation, not the apex set', () => {
    const sub = (t: string): RecordConfig => ({ type: 'NS', name: 'sub', target: t, ttl: 300 });
    expect(kinds(plan([...base, sub('ns.a.example.')], [ns('ns1.example.net.'), ns('ns2.example.net.'), sub('ns.b.example.')]))).toEqual([]);
  });
});

describe('settings', () => {
  it.each<[string, Record<string, unknown>, Record<string, unknown>, { maxChange?: number | string }, Partial<SafetySettings>]>([
    ['defaults', {}, {}, {}, { maxChangePercent: 30, allowApexNsChange: false }],
    ['creds', { max_change_percent: '50', allow_apex_ns_change: 'true' }, {}, {}, { maxChangePercent: 50, allowApexNsChange: true }],
    ['meta', {}, { max_change_percent: 40, allow_apex_ns_change: true }, {}, { maxChangePercent: 40, allowApexNsChange: true }],
    ['creds wins over meta', { max_change_percent: '50%' }, { max_change_percent: 40 }, {}, { maxChangePercent: 50 }],
    ['--max-change wins', { max_change_percent: '50' }, {}, { maxChange: 100 }, { maxChangePercent: 100 }],
  ])('%s', (_n, creds, meta, flags, want) => {
    expect(safetySettings('p', creds, meta, flags)).toMatchObject(want);
  });

  it.each([['creds', { max_change_percent: 'lots' }, {}, /creds\.json "p": max_change_percent must be a number from 0 to 100, got "lots"/],
    ['flag', {}, { maxChange: 'x' }, /^--max-change must be a number from 0 to 100, got "x"$/],
    ['over 100', { max_change_percent: '101' }, {}, /got "101"/]])('rejects a bad value (%s)', (_n, creds, flags, err) => {
    expect(() => safetySettings('p', creds, {}, flags)).toThrow(err);
  });
});

describe('registrar delegation change', () => {
  const regPlan = (before: string[], after: string[], run = true): Plan => ({ total: 1, zones: [{ domain: 'example.com', providers: [{
    role: 'registrar', name: 'reg', changeCount: run ? 1 : 0,
    corrections: [{ msg: 'Update nameservers', delegation: { before, after }, ...(run ? { run: async () => {} } : {}) }],
  }] }] });
  it('changing a live delegation is an apex-NS change of the registrar', () => {
    const problems = checkSafety(regPlan(['a.example.net'], ['b.example.net']), () => defaults);
    expect(problems).toEqual([expect.objectContaining({ kind: 'apex-ns-change', provider: 'reg',
      message: 'example.com (registrar reg): would change the delegation from a.example.net to b.example.net' })]);
    expect(problems[0]!.remedy).toContain('"allow_apex_ns_change": "true" in the "reg" entry');
  });
  it('a first delegation, a note without action, or allow_apex_ns_change passes', () => {
    expect(kinds(regPlan([], ['b.example.net']))).toEqual([]);
    expect(kinds(regPlan(['a.example.net'], ['b.example.net'], false))).toEqual([]);
    expect(kinds(regPlan(['a.example.net'], ['b.example.net']), { ...defaults, allowApexNsChange: true })).toEqual([]);
  });
});
