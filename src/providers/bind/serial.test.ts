import { describe, expect, it } from 'vitest';
import { dateSerial, nextSerial } from './serial.js';

const day = new Date('2026-11-26T12:00:00Z');

describe('nextSerial', () => {
  it.each<[string, number, number]>([
    ['an old date serial jumps to today', 2020010105, 2026112600],
    ['today bumps by one', 2026112600, 2026112601],
    ['a serial from the future keeps counting', 2030010100, 2030010101],
    ['a small counter jumps to today', 7, 2026112600],
    ['0 (new zone) becomes today', 0, 2026112600],
    ['wraps past 2^32-1 to today', 4294967295, 2026112600],
  ])('%s', (_n, old, want) => expect(nextSerial(old, day)).toBe(want));

  it('uses the UTC date', () => {
    expect(dateSerial(new Date('2026-12-31T23:59:59-05:00'))).toBe(2027010100);
  });
});
