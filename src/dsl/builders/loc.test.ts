import { describe, expect, it } from 'vitest';
import { ddToDmsDnscontrol, encodeSize, locText, parseCoordinates } from './loc.js';

describe('LOC encoding', () => {
  it.each<[number, number]>([[0, 0x00], [1, 0x12], [30, 0x33], [200, 0x24], [2000, 0x25], [0.5, 0x51], [90000000, 0x99], [98765432, 0x99], [-1, 0]])(
    'size %d m → 0x%s', (m, want) => expect(encodeSize(m)).toBe(want));

  it('renders the text from wire values', () => {
    expect(locText({ loclatitude: 2299987600, loclongitude: 1891577304, localtitude: 9997599, locsize: 0x12, lochorizpre: 0x24, locvertpre: 0x13 }))
      .toBe('42 21 43.952 N 71 5 6.344 W -24.01m 1m 200m 10m');
  });

  it.each<[number, boolean, string]>([
    [51.50084265331501, false, '51 30 3.033 N'],
    [-77.03655125982903, true, '77 2 11.584 W'],
    [38.89775977858357, false, '38 53 51.935 N'],
    [-0.12462541415599787, true, '0 7 28.651 W'],
    [0, false, '0 0 0 N'],
  ])('ddToDmsDnscontrol(%d) as helpers.js ConvertDDToDMS', (v, lon, want) => {
    const r = ddToDmsDnscontrol(v, lon);
    expect(`${r.d} ${r.m} ${r.s} ${r.hemi}`).toBe(want);
  });

  it.each<[string, string]>([
    ['33°51′31″S 151°12′51″E', '33 51 31 S / 151 12 51 E'],
    ['33d51m31sS 151d12m51sE', '33 51 31 S / 151 12 51 E'],
    [`33°51'31"S 151°12'51"E`, '33 51 31 S / 151 12 51 E'],
    ['25.24°S 153.15°E', '25 14 24 S / 153 9 0 E'],
    ['42°S 147°E', '42 0 0 S / 147 0 0 E'],
    // DNSControl tries DMM first, and "31 S" is a DMM coordinate: LOC_BUILDER_STR reads only the seconds.
    ['33 51 31 S 151 12 51 E', '31 0 0 S / 51 0 0 E'],
    ['59.99999999°N 1°E', '59 59 60 N / 1 0 0 E'],
  ])('parseCoordinates(%s)', (s, want) => {
    const c = parseCoordinates(s)!;
    expect(c.map((x) => `${x.d} ${x.m} ${x.s} ${x.hemi}`).join(' / ')).toBe(want);
  });

  it('rejects text without two coordinates', () => expect(parseCoordinates('somewhere')).toBeUndefined());
});
