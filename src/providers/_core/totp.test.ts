import { describe, expect, it } from 'vitest';
import { base32Decode, totpCode } from './totp.js';

// RFC 6238 Appendix B (SHA-1): the secret is the ASCII "12345678901234567890".
const SECRET = 'GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ';

describe('TOTP (RFC 6238)', () => {
  it.each([
    [59, '94287082'], [1111111109, '07081804'], [1111111111, '14050471'], [1234567890, '89005924'], [2000000000, '69279037'], [20000000000, '65353130'],
  ])('test vector at T=%i', (t, want) => {
    expect(totpCode(SECRET, t * 1000, { digits: 8 })).toBe(want);
    expect(totpCode(SECRET, t * 1000)).toBe(want.slice(2));
  });

  it('decodes base32 in any case, with spaces and padding; refuses other characters', () => {
    expect(base32Decode('gezd gnbv gy3t qojq gezd gnbv gy3t qojq').toString()).toBe('12345678901234567890');
    expect(base32Decode('MZXW6===').toString()).toBe('foo');
    expect(() => base32Decode('not-base32!')).toThrow(/not base32/);
    expect(() => base32Decode('')).toThrow(/empty/);
  });
});
