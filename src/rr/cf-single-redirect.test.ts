import { describe, expect, it } from 'vitest';
import type { RecordConfig } from '../ir/types.js';
import { singleRedirectDisplay, singleRedirectOf, singleRedirectOrder, singleRedirectRecord } from './cf-single-redirect.js';

const rule = { name: 'to-www', code: 301, when: 'http.host eq "example.com"', then: 'concat("https://www.example.com", http.request.uri.path)' };

describe('single-redirect records', () => {
  it('sit at the apex with TTL 1; target is the display text, fields the parts', () => {
    const rc = singleRedirectRecord(rule, { meta: { note: 'x' }, order: 2 });
    expect(rc).toEqual({
      type: 'CLOUDFLAREAPI_SINGLE_REDIRECT', name: '@', name_raw: '@', name_unicode: '@', ttl: 1, meta: { note: 'x' },
      target: 'name=(to-www) code=(301) when=(http.host eq "example.com") then=(concat("https://www.example.com", http.request.uri.path))',
      fields: { code: 301, sr_name: 'to-www', sr_when: rule.when, sr_then: rule.then, sr_display: rc.target, sr_order: 2 },
    });
    expect(singleRedirectOf(rc)).toEqual(rule);
    expect(singleRedirectOrder(rc)).toBe(2);
    expect(singleRedirectOrder(singleRedirectRecord(rule))).toBeUndefined();
  });

  it('keep the position of the record they were made from without resolving it', () => {
    let reads = 0;
    const from = { type: 'CF_REDIRECT', name: '@', target: 'a,b', ttl: 300 } as RecordConfig;
    Object.defineProperty(from, 'filepos', { enumerable: true, configurable: true, get: () => { reads++; return 'dnsconfig.js:3:5'; } });
    const rc = singleRedirectRecord(rule, { from });
    expect(reads).toBe(0);
    expect(rc.filepos).toBe('dnsconfig.js:3:5');
  });

  it('pads the code to three digits', () => {
    expect(singleRedirectDisplay({ name: 'n', code: 7, when: 'w', then: 't' })).toBe('name=(n) code=(007) when=(w) then=(t)');
  });

  it.each<[string, Partial<RecordConfig>, unknown]>([
    ['fields with a string code', { fields: { code: '302', sr_name: 'n', sr_when: 'w', sr_then: 't' } }, { name: 'n', code: 302, when: 'w', then: 't' }],
    ['only the display text (IR written by hand)', { target: 'name=(n) code=(308) when=(a (b)) then=(c)' }, { name: 'n', code: 308, when: 'a (b)', then: 'c' }],
    ['a code that is no redirect', { fields: { code: 200, sr_name: 'n', sr_when: 'w', sr_then: 't' } }, 'code must be 301, 302, 303, 307 or 308, got 200'],
    ['parts that are not strings', { fields: { code: 301, sr_name: 1, sr_when: 'w', sr_then: 't' } }, /must be strings/],
    ['neither', { target: 'whatever' }, /expected fields/],
  ])('reads %s', (_n, x, want) => {
    const got = singleRedirectOf({ type: 'CLOUDFLAREAPI_SINGLE_REDIRECT', name: '@', target: '', ttl: 1, ...x });
    if (want instanceof RegExp) expect(got).toMatch(want);
    else expect(got).toEqual(want);
  });
});
