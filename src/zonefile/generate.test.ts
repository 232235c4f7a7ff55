// $GENERATE on untrusted zone files: each bad line must be a located ZoneParseError, never a hang, a heap
// exhaustion or an unlocated RangeError; valid lines expand as they always have.
import { describe, expect, it } from 'vitest';
import { ZoneParseError } from '../errors.js';
import { parseZone } from './parser.js';

const FILE = 'zones/example.com.zone';
const HEAD = '$TTL 300\n@ IN SOA ns1 admin 1 2 3 4 5\n';
const parse = (line: string) => parseZone(`${HEAD}${line}\n`, { origin: 'example.com', file: FILE });
const brief = (line: string) =>
  parse(line)
    .slice(1)
    .map((r) => `${r.name} ${r.ttl} ${r.type} ${r.target}`);

function errorOf(line: string): ZoneParseError {
  try {
    parse(line);
  } catch (e) {
    expect(e).toBeInstanceOf(ZoneParseError);
    return e as ZoneParseError;
  }
  return expect.unreachable('no error');
}

describe('$GENERATE expands valid lines as before', () => {
  it.each<[string, string, string[]]>([
    [
      'step and width',
      '$GENERATE 1-5/2 host-${10,3} A 192.0.2.$',
      ['host-011 300 A 192.0.2.1', 'host-013 300 A 192.0.2.3', 'host-015 300 A 192.0.2.5'],
    ],
    [
      'hex and a literal \\$',
      '$GENERATE 10-11 $ PTR h${0,2,x}\\$.example.',
      ['10 300 PTR h0a$.example.', '11 300 PTR h0b$.example.'],
    ],
    ['nibbles', '$GENERATE 0-1 ${0,4,n} PTR h$.example.', ['0.0.0.0 300 PTR h0.example.', '1.0.0.0 300 PTR h1.example.']],
    [
      'upper-case nibbles and hex',
      '$GENERATE 250-251 ${0,3,N}.v6 PTR h${0,0,X}.example.',
      ['a.f.0.v6 300 PTR hFA.example.', 'b.f.0.v6 300 PTR hFB.example.'],
    ],
    ['octal', '$GENERATE 7-8 o${0,4,o} A 192.0.2.$', ['o0007 300 A 192.0.2.7', 'o0010 300 A 192.0.2.8']],
    [
      'signed offsets (BIND reads them with %d)',
      '$GENERATE 1-2 x${-1} A 192.0.2.${+5}',
      ['x0 300 A 192.0.2.6', 'x1 300 A 192.0.2.7'],
    ],
    ['leading zeros', '$GENERATE 3-3 x${00005,0002} A 192.0.2.1', ['x08 300 A 192.0.2.1']],
    ['TTL and class', '$GENERATE 1-2 x${0} 60 IN A 192.0.2.$', ['x1 60 A 192.0.2.1', 'x2 60 A 192.0.2.2']],
    [
      'the largest range values',
      '$GENERATE 2147483646-2147483647 x$ TXT "v=$"',
      ['x2147483646 300 TXT v=2147483646', 'x2147483647 300 TXT v=2147483647'],
    ],
    ['the largest offset', '$GENERATE 0-0 x${2147483647} A 192.0.2.1', ['x2147483647 300 A 192.0.2.1']],
    ['the largest width', '$GENERATE 1-1 x TXT ${0,255}', [`x 300 TXT ${'1'.padStart(255, '0')}`]],
  ])('%s', (_n, line, want) => {
    expect(brief(line)).toEqual(want);
  });

  it('65,536 records, the cap, are still one line', () => {
    const recs = parse('$GENERATE 0-65535 $ PTR h$.example.');
    expect(recs.length).toBe(65537);
    expect(recs.at(-1)).toMatchObject({ name: '65535', type: 'PTR', target: 'h65535.example.' });
  });
});

describe('$GENERATE refuses what would hang or exhaust memory, with file:line:col', () => {
  it.each<[string, string, number, RegExp]>([
    // `i += step` no longer changes i above 2^53: these looped until the heap ran out.
    [
      'a start above 2^53',
      '$GENERATE 9007199254740992-9007199254740992 x$ A 192.0.2.1',
      11,
      /range values must be at most 2147483647/,
    ],
    [
      'a 20-digit range',
      '$GENERATE 99999999999999999999-99999999999999999999 x$ A 192.0.2.1',
      11,
      /range values must be at most 2147483647/,
    ],
    ['a stop above INT_MAX', '$GENERATE 1-2147483648 x$ A 192.0.2.1', 11, /range values must be at most 2147483647/],
    ['a step above INT_MAX', '$GENERATE 1-2/99999999999999999999 x$ A 192.0.2.1', 11, /range values must be at most 2147483647/],
    [
      'an offset past INT_MAX',
      '$GENERATE 1-1 x${2147483647} A 192.0.2.1',
      15,
      /modifier \$\{2147483647\}: 1 \+ 2147483647 is over 2147483647/,
    ],
    [
      'a 20-digit offset',
      '$GENERATE 1-1 x${99999999999999999999} A 192.0.2.1',
      15,
      /modifier \$\{99999999999999999999\}: the offset must be within/,
    ],
    // Heap exhaustion, and an unlocated "Invalid string length".
    [
      'a nibble width of 200,000,000',
      '$GENERATE 1-1 x A 192.0.2.${0,200000000,n}',
      19,
      /modifier \$\{0,200000000,n\}: width 200000000 is over 255/,
    ],
    [
      'a width of 99,999,999,999',
      '$GENERATE 1-3 x${0,99999999999,d} A 192.0.2.1',
      15,
      /modifier \$\{0,99999999999,d\}: width 99999999999 is over 255/,
    ],
    ['a width of 256', '$GENERATE 1-1 x TXT ${0,256}', 21, /modifier \$\{0,256\}: width 256 is over 255/],
    // Gigabytes from one line within the record cap.
    [
      '65,536 records of 60,000 characters',
      '$GENERATE 0-65535 x$ TXT ${0,60000}',
      26,
      /modifier \$\{0,60000\}: width 60000 is over 255/,
    ],
    [
      '65,536 records of many widest pieces',
      `$GENERATE 0-65535 x$ TXT ${'${0,255}'.repeat(100)}`,
      26,
      /this field expands to more than 1024 characters/,
    ],
    ['a long literal field', `$GENERATE 0-1 x$ TXT ${'a'.repeat(1100)}$`, 22, /this field expands to more than 1024 characters/],
    // Number() took these as numbers.
    ['an exponent offset', '$GENERATE 1-2 x${1e3} A 192.0.2.1', 15, /modifier \$\{1e3\}: the offset must be a decimal integer/],
    ['a hex offset', '$GENERATE 1-2 x${0x10} A 192.0.2.1', 15, /modifier \$\{0x10\}: the offset must be a decimal integer/],
    ['a fractional width', '$GENERATE 1-2 x${0,2.0} A 192.0.2.1', 15, /modifier \$\{0,2\.0\}: the width must be decimal digits/],
    ['an exponent width', '$GENERATE 1-2 x${0,1e2} A 192.0.2.1', 15, /modifier \$\{0,1e2\}: the width must be decimal digits/],
    ['a negative width', '$GENERATE 1-2 x${0,-3} A 192.0.2.1', 15, /modifier \$\{0,-3\}: the width must be decimal digits/],
    ['an empty offset', '$GENERATE 1-2 x${} A 192.0.2.1', 15, /modifier \$\{\}: the offset must be a decimal integer/],
    ['a fourth part', '$GENERATE 1-2 x${0,2,d,q} A 192.0.2.1', 15, /modifier \$\{0,2,d,q\}: at most offset,width,base/],
  ])('%s', (_n, line, col, reason) => {
    const t0 = performance.now();
    const e = errorOf(line);
    expect(performance.now() - t0).toBeLessThan(2000);
    expect([e.file, e.line, e.column]).toEqual([FILE, 3, col]);
    expect(e.message.startsWith(`${FILE}:3:${col}: `)).toBe(true);
    expect(e.message).toMatch(reason);
  });
});
