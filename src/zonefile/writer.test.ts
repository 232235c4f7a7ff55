import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { RecordConfig } from '../ir/types.js';
import { parseZone } from './parser.js';
import { formatLine, formatZone, mostCommonTTL } from './writer.js';

const FIXTURES = path.resolve(import.meta.dirname, '../../test/zones');
const mix: RecordConfig[] = JSON.parse(fs.readFileSync(path.join(FIXTURES, 'writer-mix.json'), 'utf8'));
const r = (type: string, ttl: number): RecordConfig => ({ type, ttl, name: '@', target: '192.0.2.1' });

describe('formatLine', () => {
  it.each<[string, string, string, string, string]>([
    ['@', '', 'A', '1.2.3.4', '@                IN A     1.2.3.4'],
    ['@', '42', 'A', '1.2.3.4', '@          42    IN A     1.2.3.4'],
    ['', '172800', 'NS', 'ns.', '           172800 IN NS   ns.'],
    ['test1.foo.com.sub', '', 'A', '10.2.3.1', 'test1.foo.com.sub IN A    10.2.3.1'],
    ['a.long.path.of.sub.domains', '', 'A', '10.0.0.1', 'a.long.path.of.sub.domains IN A 10.0.0.1'],
    ['x', '', 'CNAME', 'y.', 'x                IN CNAME y.'],
    ['big', '', 'OPENPGPKEY', 'AAAA', 'big              IN OPENPGPKEY AAAA'],
    ['ü', '', 'A', '10.0.0.5', 'ü               IN A     10.0.0.5'], // columns count UTF-8 bytes
  ])('%j %j %j', (name, ttl, type, rdata, want) => {
    expect(formatLine(name, ttl, type, rdata)).toBe(want);
  });
});

describe('mostCommonTTL', () => {
  it.each<[string, RecordConfig[], number]>([
    ['most frequent', [r('A', 60), r('A', 60), r('A', 300)], 60],
    ['ties go to the highest', [r('A', 60), r('A', 300)], 300],
    ['NS are not counted', [r('NS', 86400), r('NS', 86400), r('A', 60)], 60],
    ['nothing → 300', [], 300],
  ])('%s', (_n, recs, want) => expect(mostCommonTTL(recs)).toBe(want));
});

describe('formatZone', () => {
  it('matches the golden file (sort, columns, $TTL, pseudo types, TXT chunks, Cloudflare meta)', () => {
    expect(formatZone(mix)).toBe(fs.readFileSync(path.join(FIXTURES, 'writer-mix.zone'), 'utf8'));
  });

  it('writes $ORIGIN, a fixed $TTL and comments when asked', () => {
    const text = formatZone([r('A', 300)], { origin: 'example.com', defaultTTL: 600, comments: ['hello'] });
    expect(text).toBe('$ORIGIN example.com.\n$TTL 600\n; hello\n@          300   IN A     192.0.2.1\n');
  });

  it('round-trips through the parser (pseudo types aside)', () => {
    const text = formatZone(mix);
    const back = parseZone(text, { origin: 'example.com' });
    const key = (x: RecordConfig) => `${x.name} ${x.ttl} ${x.type} ${x.target} ${x.mxpreference ?? ''} ${x.srvport ?? ''}`;
    const want = mix.filter((x) => x.type !== 'CF_REDIRECT').map((x) => ({ ...x, name: x.name.normalize() }));
    expect(back.map(key).sort()).toEqual(want.map(key).sort());
  });
});

// Found by the fuzz suite: a quoted string that spans lines was written with a raw newline, which BIND
// refuses ("unbalanced quotes"). Control characters are written as \DDD and read back the same.
describe('formatZone: control characters in strings', () => {
  it('writes them as \\DDD, and the file reads back to the same records', () => {
    const recs = parseZone('a TXT "one\ntwo" "tab\there\u0000"\nb CAA 0 issue "x\ry"', { origin: 'example.com' });
    const text = formatZone(recs);
    expect(text).toContain('"one\\010twotab\\009here\\000"');
    expect(text).toContain('"x\\013y"');
    expect(text.split('\n').every((l) => !/[\x00-\x09\x0b-\x1f]/.test(l))).toBe(true);
    expect(parseZone(text, { origin: 'example.com' })).toEqual(recs);
  });
});
