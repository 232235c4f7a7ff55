import { describe, expect, it } from 'vitest';
import { parseTtl } from './ttl.js';

describe('parseTtl', () => {
  it.each<[string, number | undefined]>([
    ['0', 0], ['3600', 3600], ['1h', 3600], ['1h30m', 5400], ['2W', 1209600], ['1d2h3m4s', 93784],
    ['30M', 1800], ['', undefined], ['IN', undefined], ['A', undefined], ['1h30', undefined], ['h', undefined],
    ['4294967296', undefined], ['-1', undefined],
  ])('%j → %j', (text, want) => expect(parseTtl(text)).toBe(want));
});
