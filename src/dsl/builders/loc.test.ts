import { describe, expect, it } from 'vitest';
import { ddToDms, encodeSize, locText, parseCoordinates } from './loc.js';

describe('LOC encoding', () => {
  it.each<[number, number]>([[0, 0x00], [1, 0x12], [30, 0x33], [200, 0x24], [2000, 0x25], [0.5, 0x51], [90000000, 0x99], [98765432, 0x99], [-1, 0]])(
    'size %d m → 0x%s', (m, want) => expect(encodeSize(m)).toBe(want));

  it('renders the text from wire values', () => {
    expect(locText({ loclatitude: 2299987600, loclongitude: 1891577304, localtitude: 9997599, locsize: 0x12, lochorizpre: 0x24, locvertpre: 0x13 }))
      .toBe('42 21 43.952 N 71 5 6.344 W -24.01m 1m 200m 10m');
  });

  it.each<[number, string, string, 'truncate3' | 'round0', string]>([
    [51.50084265331501, 'N', 'S', 'truncate3', '51 30 3.033 N'],
    [-77.03655125982903, 'E', 'W', 'truncate3', '77 2 11.584 W'],
    [44.46046, 'N', 'S', 'round0', '44 27 38 N'],
    [-2.370231, 'E', 'W', 'round0', '2 22 13 W'],
    [59.99999999, 'N', 'S', 'round0', '60 0 0 N'],
  ])('ddToDms(%d)', (v, p, n, mode, want) => {
    const r = ddToDms(v, p, n, mode);
    expect(`${r.d} ${r.m} ${r.s} ${r.hemi}`).toBe(want);
  });

  it.each<[string, string]>([
    ['33°51′31″S 151°12′51″E', '33 51 31 S / 151 12 51 E'],
    ['33d51m31sS 151d12m51sE', '33 51 31 S / 151 12 51 E'],
    [`33°51'31"S 151°12'51"E`, '33 51 31 S / 151 12 51 E'],
    ['25.24°S 153.15°E', '25 14 24 S / 153 9 0 E'],
    ['42°S 147°E', '42 0 0 S / 147 0 0 E'],
  ])('parseCoordinates(%s)', (s, want) => {
    const c = parseCoordinates(s)!;
    expect(c.map((x) => `${x.d} ${x.m} ${x.s} ${x.hemi}`).join(' / ')).toBe(want);
  });

  it('rejects text without two coordinates', () => expect(parseCoordinates('somewhere')).toBeUndefined());
});
