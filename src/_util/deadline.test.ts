// The timeouts of a creds.json entry: seconds (fractions allowed), the older http_timeout name, and an error
// that names the key the bad value was given under.
import { describe, expect, it } from 'vitest';
import { DEFAULT_ZONE_TIMEOUT_MS, timeoutsFromCreds } from './deadline.js';

describe('timeoutsFromCreds', () => {
  it('reads seconds, falls back to the defaults, and takes http_timeout when timeout is absent', () => {
    expect(timeoutsFromCreds({}, 5000)).toEqual({ timeoutMs: 5000, zoneTimeoutMs: DEFAULT_ZONE_TIMEOUT_MS });
    expect(timeoutsFromCreds({ timeout: '1.5', zone_timeout: '60' }, 5000)).toEqual({ timeoutMs: 1500, zoneTimeoutMs: 60000 });
    expect(timeoutsFromCreds({ http_timeout: '2' }, 5000).timeoutMs).toBe(2000);
    expect(timeoutsFromCreds({ timeout: '3', http_timeout: '2' }, 5000).timeoutMs).toBe(3000);
  });
  it('names the key a bad value was given under', () => {
    expect(() => timeoutsFromCreds({ http_timeout: '0' }, 5000)).toThrow('creds: http_timeout must be a positive number of seconds, got "0"');
    expect(() => timeoutsFromCreds({ timeout: 'abc' }, 5000)).toThrow('creds: timeout must be a positive number of seconds, got "abc"');
    expect(() => timeoutsFromCreds({ zone_timeout: '-5' }, 5000)).toThrow('creds: zone_timeout must be');
  });
});
