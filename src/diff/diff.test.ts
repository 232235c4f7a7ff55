import { describe, expect, it } from 'vitest';
import type { DomainConfig, RecordConfig, UnmanagedConfig } from '../ir/types.js';
import { diffZone, type DiffOptions } from './diff.js';
import { presortExisting } from './compare.js';
import type { DiffMode } from './change.js';

// Rdata text for the few types used here (the zone-file form rr/text.ts gives), so these tests pin the
// diff's own behaviour independently of the record-type codecs.
const rdata = (rc: RecordConfig) =>
  rc.type === 'MX' ? `${rc.mxpreference} ${rc.target}` : rc.type === 'TXT' ? `"${rc.target}"` : rc.target;

/** "www A 192.0.2.1 300", "@ MX 10 mx.example.com. 300" */
function rec(s: string): RecordConfig {
  const p = s.split(' ');
  const [name, type] = p as [string, string];
  const ttl = Number(p[p.length - 1]);
  if (type === 'MX') return { name, type, mxpreference: Number(p[2]), target: p[3]!, ttl };
  return { name, type, target: p.slice(2, -1).join(' '), ttl };
}

function domain(records: string[], extra: Partial<DomainConfig> = {}): DomainConfig {
  return { name: 'example.com', registrar: 'none', dnsProviders: {}, records: records.map(rec), ...extra };
}

function msgs(desired: string[], existing: string[], opts: Partial<DiffOptions> = {}, extra: Partial<DomainConfig> = {}) {
  const r = diffZone(domain(desired, extra), existing.map(rec), { mode: 'record', rdata, ...opts });
  return { lines: r.changes.flatMap((c) => c.msgs), count: r.actualChangeCount, result: r };
}

describe('diffZone messages (by record)', () => {
  it.each([
    ['in sync', ['@ A 192.0.2.1 300'], ['@ A 192.0.2.1 300'], []],
    ['create', ['www A 192.0.2.1 300'], [], ['+ CREATE www.example.com A 192.0.2.1 ttl=300']],
    ['delete', [], ['www A 192.0.2.1 300'], ['- DELETE www.example.com A 192.0.2.1 ttl=300']],
    ['modify', ['www A 192.0.2.2 300'], ['www A 192.0.2.1 300'],
      ['± MODIFY www.example.com A (192.0.2.1 ttl=300) -> (192.0.2.2 ttl=300)']],
    ['modify with ttl', ['www A 192.0.2.2 600'], ['www A 192.0.2.1 300'],
      ['± MODIFY www.example.com A (192.0.2.1 ttl=300) -> (192.0.2.2 ttl=600)']],
    ['ttl only', ['@ MX 10 mx.example.com. 600'], ['@ MX 10 mx.example.com. 300'],
      ['± MODIFY-TTL example.com MX 10 mx.example.com. ttl=(300->600)']],
    ['one of a set added', ['@ A 192.0.2.1 300', '@ A 192.0.2.2 300'], ['@ A 192.0.2.1 300'],
      ['+ CREATE example.com A 192.0.2.2 ttl=300']],
    ['two modified pair in sorted order', ['@ A 192.0.2.9 300', '@ A 192.0.2.8 300'], ['@ A 192.0.2.1 300', '@ A 192.0.2.2 300'],
      ['± MODIFY example.com A (192.0.2.1 ttl=300) -> (192.0.2.8 ttl=300)', '± MODIFY example.com A (192.0.2.2 ttl=300) -> (192.0.2.9 ttl=300)']],
    ['labels apex first then sorted', ['b A 192.0.2.1 300', '@ A 192.0.2.1 300', 'a A 192.0.2.1 300'], [],
      ['+ CREATE example.com A 192.0.2.1 ttl=300', '+ CREATE a.example.com A 192.0.2.1 ttl=300', '+ CREATE b.example.com A 192.0.2.1 ttl=300']],
    // A record listed twice is one record in DNS: no change (DNSControl's set semantics).
    ['duplicates on one side', ['@ A 192.0.2.1 300'], ['@ A 192.0.2.1 300', '@ A 192.0.2.1 300'], []],
  ])('%s', (_n, desired, existing, want) => {
    const { lines, count } = msgs(desired, existing);
    expect(lines).toEqual(want);
    expect(count).toBe(want.length);
  });
});

describe('ordering', () => {
  it('creates a CNAME target before the CNAME', () => {
    const { lines } = msgs(['a CNAME z.example.com. 300', 'z A 192.0.2.1 300'], []);
    expect(lines).toEqual(['+ CREATE z.example.com A 192.0.2.1 ttl=300', '+ CREATE a.example.com CNAME z.example.com. ttl=300']);
  });
  it('deletes a CNAME before its target', () => {
    const { lines } = msgs([], ['a A 192.0.2.1 300', 'b CNAME a.example.com. 300']);
    expect(lines).toEqual(['- DELETE b.example.com CNAME a.example.com. ttl=300', '- DELETE a.example.com A 192.0.2.1 ttl=300']);
  });
  it('orders a chain of CNAMEs target-first', () => {
    const chain = Array.from({ length: 12 }, (_, i) => `c${String(i).padStart(2, '0')} CNAME c${String(i + 1).padStart(2, '0')}.example.com. 300`);
    const { lines } = msgs([...chain, 'c12 A 192.0.2.1 300', 'x A 192.0.2.2 300'], []);
    const order = lines.map((l) => l.split(' ')[2]!.split('.')[0]);
    expect(order).toEqual(['c12', 'c11', 'c10', 'c09', 'c08', 'c07', 'c06', 'c05', 'c04', 'c03', 'c02', 'c01', 'c00', 'x']);
  });
  it.each<[string, string[], DiffMode, string[]]>([
    ['MX target first', ['@ MX 10 mx.example.com. 300', 'mx A 192.0.2.1 300'], 'record', ['mx.example.com A', 'example.com MX']],
    ['SRV target first', ['_sip._tcp SRV 10 5 5060 sip.example.com. 300', 'sip A 192.0.2.1 300'], 'record', ['sip.example.com A', '_sip._tcp.example.com SRV']],
    ['recordset mode too', ['a CNAME z.example.com. 300', 'z A 192.0.2.1 300', 'z A 192.0.2.2 300'], 'recordset', ['z.example.com A', 'a.example.com CNAME']],
    ['targets outside the zone do not matter', ['a CNAME elsewhere.example.net. 300', 'b A 192.0.2.1 300'], 'record', ['a.example.com CNAME', 'b.example.com A']],
  ])('%s', (_n, desired, mode, want) => {
    const srv = (rc: RecordConfig) => (rc.type === 'SRV' ? { ...rc, target: rc.target.split(' ').pop()! } : rc);
    const got = diffZone({ ...domain([]), records: desired.map(rec).map(srv) }, [], { mode, rdata });
    expect(got.changes.map((c) => `${c.key.nameFQDN} ${c.key.type}`)).toEqual(want);
  });
  it('--disableordering keeps the label order', () => {
    const { lines } = msgs(['a CNAME z.example.com. 300', 'z A 192.0.2.1 300'], [], { disableOrdering: true });
    expect(lines[0]).toMatch(/^\+ CREATE a\.example\.com CNAME/);
  });
  it('puts a cycle last and reports it', () => {
    const { result } = msgs(['a CNAME b.example.com. 300', 'b CNAME a.example.com. 300', 'c A 192.0.2.1 300'], []);
    expect(result.changes.map((c) => c.key.nameFQDN)).toEqual(['example.com', 'c.example.com', 'a.example.com', 'b.example.com']);
    expect(result.changes[0]!.msgs[0]).toMatch(/Unresolved dependencies.*a\.example\.com CNAME/);
    expect(result.actualChangeCount).toBe(3);
  });
});

describe('granularity', () => {
  const desired = ['@ A 192.0.2.1 300', '@ A 192.0.2.3 300', '@ MX 10 mx.example.com. 300', 'new A 192.0.2.5 300'];
  const existing = ['@ A 192.0.2.1 300', '@ A 192.0.2.2 300', '@ MX 10 mx.example.com. 300', 'old A 192.0.2.4 300'];
  it.each<[DiffMode, string[]]>([
    ['record', ['change example.com A 1>1', 'create new.example.com A 0>1', 'delete old.example.com A 1>0']],
    ['recordset', ['change example.com A 2>2', 'create new.example.com A 0>1', 'delete old.example.com A 1>0']],
    ['label', ['change example.com  3>3', 'create new.example.com  0>1', 'delete old.example.com  1>0']],
    ['zone', ['change example.com A 1>1', 'create new.example.com A 0>1', 'delete old.example.com A 1>0']],
  ])('%s', (mode, want) => {
    const r = diffZone(domain(desired), existing.map(rec), { mode, rdata });
    expect(r.changes.map((c) => `${c.kind} ${c.key.nameFQDN} ${c.key.type} ${c.old.length}>${c.new.length}`)).toEqual(want);
    expect(r.actualChangeCount).toBe(3);
  });
});

describe('handsoff', () => {
  const ig = (label: string, type = '*', target = ''): UnmanagedConfig => ({ label_pattern: label, rType_pattern: type, target_pattern: target });
  it.each<[string, string[], string[], Partial<DomainConfig>, string[]]>([
    ['IGNORE_NAME keeps matches', [], ['foo A 192.0.2.1 300', 'bar A 192.0.2.2 300'], { unmanaged: [ig('foo')] },
      ['1 records not being deleted because of IGNORE*():', '    A("foo.example.com.", "192.0.2.1"),', '- DELETE bar.example.com A 192.0.2.2 ttl=300']],
    ['* crosses dots like gobwas', [], ['a.b.c A 192.0.2.1 300'], { unmanaged: [ig('*.c')] },
      ['1 records not being deleted because of IGNORE*():', '    A("a.b.c.example.com.", "192.0.2.1"),']],
    ['type list', [], ['x A 192.0.2.1 300', 'x TXT hi 300'], { unmanaged: [ig('x', 'TXT,MX')] },
      ['1 records not being deleted because of IGNORE*():', '    TXT("x.example.com.", "hi"),', '- DELETE x.example.com A 192.0.2.1 ttl=300']],
    ['IGNORE_TARGET', [], ['x CNAME foo.acm.aws. 300', 'y CNAME bar.example.com. 300'], { unmanaged: [ig('', 'CNAME', '*.acm.aws.')] },
      ['1 records not being deleted because of IGNORE*():', '    CNAME("x.example.com.", "foo.acm.aws."),', '- DELETE y.example.com CNAME bar.example.com. ttl=300']],
    ['[!x] negated class', [], ['ax A 192.0.2.1 300', 'bx A 192.0.2.1 300'], { unmanaged: [ig('[!a]x')] },
      ['1 records not being deleted because of IGNORE*():', '    A("bx.example.com.", "192.0.2.1"),', '- DELETE ax.example.com A 192.0.2.1 ttl=300']],
    ['NO_PURGE keeps other label:type', ['x A 192.0.2.9 300'], ['x A 192.0.2.1 300', 'y A 192.0.2.2 300'], { keepunknown: true },
      ['1 records not being deleted because of NO_PURGE:', '    A("y.example.com.", "192.0.2.2"),', '± MODIFY x.example.com A (192.0.2.1 ttl=300) -> (192.0.2.9 ttl=300)']],
    ['NO_PURGE with ENSURE_ABSENT deletes it', [], ['y A 192.0.2.2 300', 'z A 192.0.2.3 300'], { keepunknown: true, recordsabsent: [rec('y A 192.0.2.2 300')] },
      ['1 records not being deleted because of NO_PURGE:', '    A("z.example.com.", "192.0.2.3"),', '- DELETE y.example.com A 192.0.2.2 ttl=300']],
    ['reportmax caps the list', [], ['a A 192.0.2.1 300', 'b A 192.0.2.1 300', 'c A 192.0.2.1 300'], { unmanaged: [ig('*')] },
      ['3 records not being deleted because of IGNORE*():', '    A("a.example.com.", "192.0.2.1"),', '    ...and 2 more... (use --full to show all)']],
    ['IGNORE_EXTERNAL_DNS', [], ['a-www TXT heritage=external-dns,external-dns/owner=k8s 300', 'www A 192.0.2.1 300', 'www AAAA ::1 300', 'other A 192.0.2.2 300'], { ignore_external_dns: true },
      // The new-format marker "a-www" owns only www's A record.
      ['2 records not being deleted because of IGNORE_EXTERNAL_DNS:', '    A("www.example.com.", "192.0.2.1"),', '    TXT("a-www.example.com.", "heritage=external-dns,external-dns/owner=k8s"),', '- DELETE other.example.com A 192.0.2.2 ttl=300', '- DELETE www.example.com AAAA ::1 ttl=300']],
  ])('%s', (_n, desired, existing, extra, want) => {
    const reportMax = _n.startsWith('reportmax') ? 1 : undefined;
    const { lines } = msgs(desired, existing, { reportMax }, extra);
    // The external-dns case lists existing records in input order; sort the skip lines for a stable check.
    expect(lines.length).toBe(want.length);
    expect(new Set(lines)).toEqual(new Set(want));
    expect(lines[0]).toBe(want[0]);
  });

  it('lists at most 5 skipped records by default, all with --full', () => {
    const existing = ['a', 'b', 'c', 'd', 'e', 'f', 'g'].map((l) => `${l} A 192.0.2.1 300`);
    const ignoreAll = { unmanaged: [ig('*')] };
    expect(msgs([], existing, {}, ignoreAll).lines.slice(-2)).toEqual(['    A("e.example.com.", "192.0.2.1"),', '    ...and 2 more... (use --full to show all)']);
    expect(msgs([], existing, { full: true }, ignoreAll).lines).toHaveLength(8);
  });
  it('--reportmax 0 lists no records', () => {
    expect(msgs([], ['a A 192.0.2.1 300'], { reportMax: 0 }, { unmanaged: [ig('a')] }).lines).toEqual(['1 records not being deleted because of IGNORE*().']);
  });
  it('external-dns records the config also defines: a warning, and the config wins', () => {
    const { lines } = msgs(['www A 192.0.2.9 300'], ['www TXT heritage=external-dns,external-dns/owner=k 300', 'www A 192.0.2.1 300'], {}, { ignore_external_dns: true });
    expect(lines).toContain('WARNING: 1 records are defined in your config but also managed by external-dns:');
    expect(lines).toContain('± MODIFY www.example.com A (192.0.2.1 ttl=300) -> (192.0.2.9 ttl=300)');
  });
  it('a desired record that is also ignored is unsafe', () => {
    expect(() => msgs(['foo A 192.0.2.1 300'], [], {}, { unmanaged: [ig('foo')] }))
      .toThrow(/1 records that are both IGNORE\*\(\)'d and not ignored:\n {4}foo\.example\.com A 192\.0\.2\.1\nUnsafe to continue/);
  });
  it('DISABLE_IGNORE_SAFETY_CHECK turns it into a warning', () => {
    const { lines } = msgs(['foo A 192.0.2.1 300'], [], {}, { unmanaged: [ig('foo')], unmanaged_disable_safety_check: true });
    expect(lines[0]).toMatch(/^1 records that are both IGNORE/);
  });
  it('ignored records are part of desiredPlus and reports are not counted', () => {
    const { result } = msgs([], ['foo A 192.0.2.1 300'], {}, { unmanaged: [ig('foo')] });
    expect(result.desiredPlus.map((r) => r.name)).toEqual(['foo']);
    expect(result.actualChangeCount).toBe(0);
    expect(result.changes.map((c) => c.kind)).toEqual(['report']);
  });
});

describe('diffZone with the default comparable form (rr/text.ts)', () => {
  const ds = (digest: string): RecordConfig =>
    ({ name: 'sub', type: 'DS', target: '', ttl: 300, dskeytag: 1, dsalgorithm: 13, dsdigesttype: 2, dsdigest: digest });
  const dc = (r: RecordConfig): DomainConfig => ({ name: 'example.com', registrar: 'none', dnsProviders: {}, records: [r] });

  it('treats hex digests that differ only in case as the same record', () => {
    expect(diffZone(dc(ds('AABBCC')), [ds('aabbcc')], { mode: 'record' }).actualChangeCount).toBe(0);
  });

  it('still sees a different digest', () => {
    expect(diffZone(dc(ds('AABBCC')), [ds('aabbcd')], { mode: 'record' }).actualChangeCount).toBe(1);
  });

  it('compares host-name targets in any case, as DNSControl downcases both sides (models.Downcase)', () => {
    const mx = (t: string): RecordConfig => ({ name: 'bar', type: 'MX', target: t, ttl: 300, mxpreference: 5 });
    const soa = (m: string): RecordConfig => ({ name: '@', type: 'SOA', target: m, soambox: 'H.example.com.', ttl: 300, soaserial: 1, soarefresh: 1, soaretry: 1, soaexpire: 1, soaminttl: 1 });
    expect(diffZone(dc(mx('BAR.com.')), [mx('bar.com.')], { mode: 'record' }).actualChangeCount).toBe(0);
    expect(diffZone(dc(soa('NS1.example.com.')), [{ ...soa('ns1.example.com.'), soambox: 'h.example.com.' }], { mode: 'record' }).actualChangeCount).toBe(0);
    expect(diffZone(dc(mx('bar.com.')), [mx('baz.com.')], { mode: 'record' }).actualChangeCount).toBe(1);
    // TXT (and CAA) keep their case: "ABC" is not "abc".
    const txt = (t: string): RecordConfig => ({ name: 't', type: 'TXT', target: t, ttl: 300 });
    expect(diffZone(dc(txt('ABC')), [txt('abc')], { mode: 'record' }).actualChangeCount).toBe(1);
  });
});

describe('grouping by merge (both sides in zone-file order) and by map (any order)', () => {
  // groupRecords pairs sorted sides in one pass and falls back to a map otherwise: the same zone must diff
  // to the same changes either way, in every mode.
  const names = ['@', '*', 'www', 'WWW', 'a', 'b.a', '1', '01', '2', '10', 'mail', 'x.y.z', 'z'];
  const types = ['A', 'TXT', 'MX', 'CNAME'];
  let seed = 7;
  const rand = (n: number) => { seed = (seed * 1103515245 + 12345) % 2147483648; return seed % n; };
  const make = (n: number) => Array.from({ length: n }, () => {
    const name = names[rand(names.length)]!, type = types[rand(types.length)]!, v = rand(4), ttl = [300, 600][rand(2)]!;
    return type === 'MX' ? rec(`${name} MX ${v} mx${v}.example.com. ${ttl}`) : rec(`${name} ${type} ${type === 'A' ? `192.0.2.${v}` : `v${v}`} ${ttl}`);
  });
  const zoneSorted = async (rs: RecordConfig[]) => (await import('../zonefile/sort.js')).sortRecords(rs);

  it.each<DiffMode>(['record', 'recordset', 'label', 'zone'])('mode %s', async (mode) => {
    for (let round = 0; round < 40; round++) {
      // Sorted, then a few late ones (as the nameservers' apex NS are appended): labels seen before and new ones.
      const late = round % 2 ? [rec('@ NS ns1.example.net. 300'), rec('www TXT late 300'), rec('new9 A 192.0.2.9 300'), rec('new9 TXT x 300')] : [];
      const desired = [...(await zoneSorted(make(12))).map((r) => ({ ...r, name: r.name.toLowerCase() })), ...late];
      const existing = await zoneSorted(make(12));
      const shuffled = [...existing].reverse();
      const dc: DomainConfig = { name: 'example.com', registrar: 'none', dnsProviders: {}, records: desired };
      const merged = diffZone(dc, existing, { mode, rdata });
      const mapped = diffZone(dc, shuffled, { mode, rdata });
      expect(mapped.changes.map((c) => c.msgs)).toEqual(merged.changes.map((c) => c.msgs));
      expect(mapped.actualChangeCount).toBe(merged.actualChangeCount);
      // A zone in another order, its label order found ahead (as BIND's read-ahead does): merged too.
      const presorted = [...existing].reverse();
      presortExisting(presorted);
      const viaOrder = diffZone(dc, presorted, { mode, rdata });
      expect(viaOrder.changes).toEqual(mapped.changes);
    }
  });
});

describe('equal pairs found without their rdata text', () => {
  const run = (d: RecordConfig, e: RecordConfig, opts: Partial<DiffOptions> = {}) =>
    diffZone({ name: 'example.com', registrar: 'none', dnsProviders: {}, records: [d] }, [e], { mode: 'record', ...opts }).actualChangeCount;

  it('A, AAAA and CNAME with the same target are in sync; a record of another type with the same target is not', () => {
    expect(run({ name: 'a', type: 'A', target: '192.0.2.1', ttl: 300 }, { name: 'a', type: 'A', target: '192.0.2.1', ttl: 300 })).toBe(0);
    expect(run({ name: 'c', type: 'CNAME', target: 'x.example.com.', ttl: 300 }, { name: 'c', type: 'CNAME', target: 'X.example.com.', ttl: 300 })).toBe(0);
    expect(run({ name: 'a', type: 'A', target: '192.0.2.1', ttl: 300 }, { name: 'a', type: 'A', target: '192.0.2.1', ttl: 600 })).toBe(1);
    expect(run({ name: 'm', type: 'MX', mxpreference: 10, target: 'mx.example.com.', ttl: 300 },
      { name: 'm', type: 'MX', mxpreference: 20, target: 'mx.example.com.', ttl: 300 })).toBe(1);
  });

  it('compares by the provider\'s comparison when it has one (extra metadata, its own rdata text)', () => {
    const d: RecordConfig = { name: 'a', type: 'A', target: '192.0.2.1', ttl: 300, meta: { proxy: 'on' } };
    const e: RecordConfig = { name: 'a', type: 'A', target: '192.0.2.1', ttl: 300, meta: { proxy: 'off' } };
    expect(run(d, e)).toBe(0);
    expect(run(d, e, { comparableExtra: (rc) => String(rc.meta?.proxy ?? '') })).toBe(1);
    expect(run(d, e, { rdata: (rc) => `${rc.target} ${String(rc.meta?.proxy)}` })).toBe(1);
  });
});
