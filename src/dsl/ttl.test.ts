import { describe, expect, it } from 'vitest';
import { parseTTL } from './ttl.js';

describe('parseTTL', () => {
  it.each<[unknown, number]>([[300, 300], ['300', 300], ['5m', 300], ['1h', 3600], ['1h30m', 5400], ['2d', 172800], ['1w', 604800], ['1n', 2592000], ['1y', 31536000], ['90S', 90]])(
    '%j → %d', (v, want) => expect(parseTTL(v)).toBe(want));
  it.each([['1x'], [-5], [1.5], [null], ['h']])('rejects %j', (v) => expect(typeof parseTTL(v)).toBe('string'));
});
