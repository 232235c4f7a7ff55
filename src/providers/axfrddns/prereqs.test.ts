import { describe, expect, it } from 'vitest';
import type { Change } from '../../diff/change.js';
import type { Answer } from '../../dns/codec.js';
import type { RecordConfig } from '../../ir/types.js';
import { RRsetGuard, soaPrereq } from './prereqs.js';
import { toAnswer } from './convert.js';

const ZONE = 'example.test';
const A = (name: string, target: string): RecordConfig => ({ type: 'A', name, target, ttl: 300 } as RecordConfig);
const ch = (old: RecordConfig[], nu: RecordConfig[]): Change =>
  ({ kind: old.length && nu.length ? 'change' : old.length ? 'delete' : 'create', key: { nameFQDN: `${(old[0] ?? nu[0])!.name}.${ZONE}`, type: 'A' }, old, new: nu, msgs: [] } as unknown as Change);
const ans = (name: string, ip: string): Answer => ({ name: `${name}.${ZONE}`, type: 'A', class: 'IN', ttl: 300, data: ip });
const opsOf = (c: Change) => [...c.old.map((r) => ({ op: 'delete' as const, rr: toAnswer(r, ZONE) })), ...c.new.map((r) => ({ op: 'add' as const, rr: toAnswer(r, ZONE) }))];

describe('RRsetGuard', () => {
  it('requires each RRset a group deletes from as it is before that group, following the push\'s own changes', () => {
    const axfr = [{ name: ZONE, type: 'SOA', class: 'IN', ttl: 1, data: { serial: 5 } } as Answer, ans('www', '10.0.0.1'), ans('www', '10.0.0.2'), ans('other', '10.9.9.9')];
    const changes = [ch([A('www', '10.0.0.1')], [A('www', '10.0.0.3')]), ch([A('www', '10.0.0.2')], []), ch([], [A('www', '10.0.0.4')]), ch([], [A('new', '10.0.0.5')])];
    const g = new RRsetGuard(changes, axfr, ZONE);
    const out = changes.map((c) => g.guard(opsOf(c)));
    const pre = (ops: ReturnType<RRsetGuard['guard']>) => ops.filter((u) => u.op === 'prereq').map((u) => (u.op === 'prereq' ? u.rrs.map((r) => (r as { data: string }).data).sort() : []));
    expect(pre(out[0]!)).toEqual([['10.0.0.1', '10.0.0.2']]);
    expect(pre(out[1]!)).toEqual([['10.0.0.2', '10.0.0.3']]);
    // An addition to an RRset the push deletes from: guarded too (it may open a new message).
    expect(pre(out[2]!)).toEqual([['10.0.0.3']]);
    // An RRset nobody deletes from: no prerequisite.
    expect(pre(out[3]!)).toEqual([]);
    expect(soaPrereq(axfr)).toEqual([{ op: 'prereq', name: ZONE, type: 'SOA', rrs: [axfr[0]] }]);
  });

  it('costs nothing for a push of additions', () => {
    const changes = [ch([], [A('a', '10.0.0.1')])];
    const g = new RRsetGuard(changes, [ans('a', '10.0.0.9')], ZONE);
    const ops = opsOf(changes[0]!);
    expect(g.guard(ops)).toBe(ops);
  });
});
