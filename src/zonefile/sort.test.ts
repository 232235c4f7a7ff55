import { describe, expect, it } from 'vitest';
import type { RecordConfig } from '../ir/types.js';
import { compareLabels, compareRecords, compareTypes, ipv6Sortable, sortRecords } from './sort.js';

const r = (name: string, type: string, target: string, f: Partial<RecordConfig> = {}): RecordConfig => ({ name, type, target, ttl: 300, ...f });
const show = (rs: RecordConfig[]) => sortRecords(rs).map((x) => `${x.name} ${x.type} ${x.mxpreference ?? ''}${x.target}`.trim());

describe('compareLabels', () => {
  it.each<[string, string]>([
    ['@', 'a'],
    ['@', '*'],
    ['*', 'a'],
    ['a', 'aaa'],
    ['sub', 'bbb.sub'],
    ['i.sub', 'ddd.sub.sub'],
    ['www.bar', 'a.long.path.of.sub.domains'],
    ['_sip._tcp', 'dev'],
    ['m1._domainkey', '_sip._tcp'],
    ['*.sub', 'a.sub'],
    ['2', '10'],
    ['9.1', '10.1'],
    ['düsseltal', 'subdomain'],
    ['www', 'ü'],
  ])('%s < %s', (a, b) => {
    expect(compareLabels(a, b)).toBeLessThan(0);
    expect(compareLabels(b, a)).toBeGreaterThan(0);
  });
});

describe('compareLabels, walking the names', () => {
  // The split-based comparison it replaced, as the oracle: the same sign for every pair of these labels.
  const digits = /^[0-9]+$/;
  const oldCompare = (a: string, b: string): number => {
    if (a === b) return 0;
    if (a === '@') return -1;
    if (b === '@') return 1;
    if (a === '*') return -1;
    if (b === '*') return 1;
    const as = a.split('.'), bs = b.split('.');
    for (let i = as.length - 1, j = bs.length - 1; i >= 0 && j >= 0; i--, j--) {
      const x = as[i]!, y = bs[j]!;
      if (x === y) continue;
      if (i === 0 && x === '*') return -1;
      if (j === 0 && y === '*') return 1;
      if (digits.test(x) && digits.test(y)) {
        const u = x.replace(/^0+/, ''), v = y.replace(/^0+/, '');
        const c = u.length !== v.length ? u.length - v.length : u < v ? -1 : u > v ? 1 : 0;
        if (c !== 0) return c;
      }
      return x < y ? -1 : 1;
    }
    return as.length - bs.length;
  };
  const labels = ['@', '*', '', '.', 'a.', '.a', 'a..b', 'a', 'A', 'b', '*.a', 'a.*', '*.*', '1', '01', '001', '2', '10',
    '9.1', '10.1', '1.01', '01.1', 'x.1', '1.x', 'a.b', 'b.a', 'a.b.c', 'c', 'b.c', 'www', 'ü', 'düsseltal', '_sip._tcp',
    '9999999999999999999999', '10000000000000000000000', 'h0', 'h10', 'h9'];
  it('orders every pair as before', () => {
    for (const a of labels) for (const b of labels) expect([a, b, Math.sign(compareLabels(a, b))]).toEqual([a, b, Math.sign(oldCompare(a, b))]);
  });
  it('sortRecords (which compares one-part names on a shorter path) orders as compareRecords does', () => {
    const recs = labels.flatMap((name, i) => [r(name, i % 2 ? 'A' : 'TXT', `192.0.2.${i}`), r(name, 'A', `192.0.2.${100 - i}`)]);
    recs.reverse();
    expect(sortRecords(recs)).toEqual([...recs].sort(compareRecords));
  });
});

describe('compareTypes', () => {
  it('puts SOA NS CNAME A AAAA MX SRV TXT LUA first, then the rest alphabetically', () => {
    const types = ['TXT', 'CAA', 'A', 'SRV', 'NS', 'PTR', 'LUA', 'MX', 'AAAA', 'SOA', 'CNAME', 'DS'];
    expect(types.sort(compareTypes)).toEqual(['SOA', 'NS', 'CNAME', 'A', 'AAAA', 'MX', 'SRV', 'TXT', 'LUA', 'CAA', 'DS', 'PTR']);
  });
});

describe('sortRecords', () => {
  it.each<[string, RecordConfig[], string[]]>([
    ['A by numeric IP', [r('@', 'A', '10.0.0.10'), r('@', 'A', '10.0.0.9'), r('@', 'A', '9.0.0.200')],
      ['@ A 9.0.0.200', '@ A 10.0.0.9', '@ A 10.0.0.10']],
    ['AAAA by numeric IP', [r('@', 'AAAA', '2001:db8::10'), r('@', 'AAAA', '2001:db8::9'), r('@', 'AAAA', '::1')],
      ['@ AAAA ::1', '@ AAAA 2001:db8::9', '@ AAAA 2001:db8::10']],
    ['MX by preference then target', [r('@', 'MX', 'b.', { mxpreference: 10 }), r('@', 'MX', 'z.', { mxpreference: 5 }), r('@', 'MX', 'a.', { mxpreference: 10 })],
      ['@ MX 5z.', '@ MX 10a.', '@ MX 10b.']],
    ['labels before types', [r('www', 'A', '1.1.1.1'), r('@', 'TXT', '"x"'), r('@', 'NS', 'ns.')],
      ['@ NS ns.', '@ TXT "x"', 'www A 1.1.1.1']],
  ])('%s', (_name, input, want) => {
    expect(show(input)).toEqual(want);
  });

  it('orders SRV by port, priority, weight', () => {
    const srv = (p: number, w: number, port: number) => r('_x._tcp', 'SRV', 't.', { srvpriority: p, srvweight: w, srvport: port });
    const out = sortRecords([srv(2, 100, 123), srv(0, 0, 1), srv(1, 5, 123), srv(1, 1, 123)]);
    expect(out.map((x) => `${x.srvport}/${x.srvpriority}/${x.srvweight}`)).toEqual(['1/0/0', '123/1/1', '123/1/5', '123/2/100']);
  });

  it('orders CAA by tag, critical flag first, then value', () => {
    const caa = (flag: number, tag: string, v: string) => r('@', 'CAA', v, { caaflag: flag, caatag: tag });
    const out = sortRecords([caa(0, 'issue', 'b'), caa(0, 'iodef', 'z'), caa(128, 'iodef', 'y'), caa(0, 'issue', 'a')]);
    expect(out.map((x) => `${x.caaflag} ${x.caatag} ${x.target}`)).toEqual(['128 iodef y', '0 iodef z', '0 issue a', '0 issue b']);
  });

  it('does not modify its input', () => {
    const input = [r('b', 'A', '1.1.1.1'), r('a', 'A', '1.1.1.1')];
    sortRecords(input);
    expect(input.map((x) => x.name)).toEqual(['b', 'a']);
  });
});

describe('ipv6Sortable', () => {
  it.each([
    ['::', '0'.repeat(32)],
    ['2001:db8::1', '20010db8' + '0'.repeat(23) + '1'],
    ['::ffff:1.2.3.4', '0'.repeat(20) + 'ffff01020304'],
    ['bad:::', ''],
  ])('%s', (ip, want) => expect(ipv6Sortable(ip)).toBe(want));
});
