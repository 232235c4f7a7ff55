import { describe, it, expect } from 'vitest';
import * as packet from 'dns-packet';
import { packUpdates, planUpdates, updateSize, MAX_UPDATE_BYTES, type UpdateOp } from './update.js';
import type { Answer } from './codec.js';

const a = (name: string, ip: string): Answer => ({ name, type: 'A', class: 'IN', ttl: 300, data: ip });
const ZONE = 'example.test';

describe('planUpdates', () => {
  it.each([
    [1, 1],
    [2000, 1],
    [10_000, 4],
  ])('%i single-record changes → %i messages', (n, messages) => {
    const groups: UpdateOp[][] = Array.from({ length: n }, (_, i) => [{ op: 'add', rr: a(`h${i}.${ZONE}`, '192.0.2.1') }]);
    const plan = planUpdates(ZONE, groups);
    expect(plan).toHaveLength(messages);
    expect(plan.flatMap((p) => p.groups)).toEqual(groups.map((_, i) => i));
    for (const p of plan) expect(p.wire.length).toBeLessThanOrEqual(65535 - 512);
  });

  it('writes a valid UPDATE: zone section, deletes (class NONE) before adds, early adds first, compressed owners', () => {
    const [p] = planUpdates(ZONE, [
      [{ op: 'delete', rr: a(`www.${ZONE}`, '192.0.2.1') }, { op: 'add', rr: a(`www.${ZONE}`, '192.0.2.2') }],
      [{ op: 'add', rr: { name: ZONE, type: 'NS', class: 'IN', ttl: 300, data: `ns2.${ZONE}` } as Answer, early: true }],
      [{ op: 'deleteRRset', name: `old.${ZONE}`, type: 'TXT' }],
    ]);
    const msg = packet.decode(p!.wire);
    // dns-packet decodes the opcode; its typings omit it.
    expect((msg as typeof msg & { opcode?: string }).opcode).toBe('UPDATE');
    expect(msg.questions).toEqual([{ name: ZONE, type: 'SOA', class: 'IN' }]);
    const upd = (msg.authorities ?? []) as { name: string; type: string; class: string; ttl?: number; data?: unknown }[];
    expect(upd.map((r) => [r.name, r.type, r.class, r.ttl])).toEqual([
      [ZONE, 'NS', 'IN', 300],
      [`www.${ZONE}`, 'A', 'UNKNOWN_254', 0],
      [`old.${ZONE}`, 'TXT', 'ANY', 0],
      [`www.${ZONE}`, 'A', 'IN', 300],
    ]);
    expect(p!.wire.includes(Buffer.from('\x03www\xc0\x0c', 'latin1'))).toBe(true);
  });

  it('never splits one change over two messages', () => {
    const big = (i: number): UpdateOp[] => Array.from({ length: 100 }, (_, k) => ({ op: 'add', rr: a(`g${i}-${k}.${ZONE}`, '192.0.2.1') }) as UpdateOp);
    const plan = planUpdates(ZONE, Array.from({ length: 60 }, (_, i) => big(i)));
    expect(plan.length).toBeGreaterThan(1);
    for (const p of plan) expect(packet.decode(p.wire).authorities).toHaveLength(p.groups.length * 100);
  });

  it('encodes lazily: the first message is ready before later changes are even converted', () => {
    let pulled = 0;
    function* groups(): Generator<UpdateOp[]> {
      for (let i = 0; i < 10_000; i++) { pulled++; yield [{ op: 'add', rr: a(`h${i}.${ZONE}`, '192.0.2.1') }]; }
    }
    const messages = packUpdates(ZONE, groups());
    const first = messages.next().value!;
    // One group past the first message was read (it did not fit), no more.
    expect(pulled).toBe(first.groups.length + 1);
    const rest = [...messages];
    expect(pulled).toBe(10_000);
    expect([first, ...rest].flatMap((p) => p.groups)).toEqual(Array.from({ length: 10_000 }, (_, i) => i));
  });

  it('refuses a change larger than one message, naming its index', () => {
    const huge: UpdateOp[] = Array.from({ length: 4000 }, (_, k) => ({ op: 'add', rr: a(`big-${k}.${ZONE}`, '192.0.2.1') }));
    expect(updateSize(ZONE, huge)).toBeGreaterThan(MAX_UPDATE_BYTES);
    expect(() => planUpdates(ZONE, [[{ op: 'add', rr: a(`ok.${ZONE}`, '192.0.2.1') }], huge])).toThrow(/one change needs \d+ bytes/);
  });
});

describe('prerequisites (RFC 2136 §2.4)', () => {
  const soa = { name: ZONE, type: 'SOA', class: 'IN', ttl: 300, data: { mname: `ns1.${ZONE}`, rname: `h.${ZONE}`, serial: 7, refresh: 1, retry: 2, expire: 3, minimum: 4 } } as Answer;
  const pre = (name: string, ...ips: string[]): UpdateOp => ({ op: 'prereq', name, type: 'A', rrs: ips.map((ip) => a(name, ip)) });

  it('the first message requires the SOA as read; each RRset is required once per message, with TTL 0', () => {
    const www = `www.${ZONE}`;
    const groups: UpdateOp[][] = [
      [pre(www, '192.0.2.1', '192.0.2.2'), { op: 'delete', rr: a(www, '192.0.2.1') }],
      // Same RRset later in the same message: its prerequisite is left out (the first one describes the
      // RRset as the message finds it).
      [pre(www, '192.0.2.2'), { op: 'delete', rr: a(www, '192.0.2.2') }],
      [{ op: 'prereq', name: `gone.${ZONE}`, type: 'TXT', rrs: [] }, { op: 'add', rr: { name: `gone.${ZONE}`, type: 'TXT', class: 'IN', ttl: 60, data: ['x'] } as Answer }],
    ];
    const [p] = planUpdates(ZONE, groups, MAX_UPDATE_BYTES, { prereqs: [{ op: 'prereq', name: ZONE, type: 'SOA', rrs: [soa] }] });
    const msg = packet.decode(p!.wire);
    const prereqs = (msg.answers ?? []) as { name: string; type: string; class: string; ttl: number; data?: unknown }[];
    expect(prereqs.map((r) => [r.name, r.type, r.class, r.ttl])).toEqual([
      [ZONE, 'SOA', 'IN', 0],
      [www, 'A', 'IN', 0],
      [www, 'A', 'IN', 0],
      [`gone.${ZONE}`, 'TXT', 'UNKNOWN_254', 0],
    ]);
    expect((prereqs[0]!.data as { serial: number }).serial).toBe(7);
    expect(prereqs.slice(1, 3).map((r) => r.data)).toEqual(['192.0.2.1', '192.0.2.2']);
    expect(msg.authorities).toHaveLength(3);
  });

  it('only the first message carries the SOA; a later message repeats the RRset prerequisites it needs', () => {
    const groups: UpdateOp[][] = Array.from({ length: 3000 }, (_, i) => [pre(`h${i}.${ZONE}`, '192.0.2.1'), { op: 'delete', rr: a(`h${i}.${ZONE}`, '192.0.2.1') }]);
    const plan = planUpdates(ZONE, groups, MAX_UPDATE_BYTES, { prereqs: [{ op: 'prereq', name: ZONE, type: 'SOA', rrs: [soa] }] });
    expect(plan.length).toBeGreaterThan(1);
    plan.forEach((p, k) => {
      const m = packet.decode(p.wire);
      const types = (m.answers ?? []).map((r) => r.type);
      expect(types.filter((t) => t === 'SOA')).toHaveLength(k === 0 ? 1 : 0);
      expect(types.filter((t) => t === 'A')).toHaveLength(p.groups.length);
      expect(p.wire.length).toBeLessThanOrEqual(MAX_UPDATE_BYTES);
    });
  });
});
