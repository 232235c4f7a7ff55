import { describe, expect, it } from 'vitest';
import { collectPages, linkNext } from './paging.js';
import { backoffDelay, parseRetryAfter, rateLimitDelay } from './retry.js';
import { Redactor } from './redact.js';

describe('collectPages', () => {
  it('follows page numbers until there is no next', async () => {
    const data = Array.from({ length: 7 }, (_, i) => i);
    const got = await collectPages(1, async (p: number) => ({ items: data.slice((p - 1) * 3, p * 3), next: p * 3 < 7 ? p + 1 : null }));
    expect(got).toEqual(data);
  });
  it('stops a server that repeats a cursor', async () => {
    await expect(collectPages('a', async () => ({ items: [1], next: 'a' }))).rejects.toThrow(/twice/);
  });
});

describe('linkNext', () => {
  it.each([
    ['<https://x/?cursor=abc>; rel="next", <https://x/?cursor=>; rel="first"', 'https://x/?cursor=abc'],
    ['<https://x/?cursor=>; rel="first", <https://x/?cursor=q>; rel="prev"', undefined],
    [null, undefined],
  ])('%s → %s', (h, want) => expect(linkNext(h)).toBe(want));
});

describe('retry timing', () => {
  it.each([
    [0, 1, 100], [3, 1, 800], [10, 1, 5000], [4, 0, 0],
  ])('attempt %i with random %f waits %i ms', (attempt, r, want) =>
    expect(backoffDelay(attempt, { baseDelayMs: 100, maxDelayMs: 5000, random: () => r })).toBe(want));

  it.each([
    ['5', 5000], ['0', 0], ['Thu, 01 Jan 2026 00:00:10 GMT', 10_000], ['soon', undefined], [null, undefined],
  ])('Retry-After %s → %s ms', (v, want) => expect(parseRetryAfter(v, Date.parse('2026-01-01T00:00:00Z'))).toBe(want));

  it.each([
    [{ ratelimit: '"default";r=0;t=30' }, 30_000],
    [{ ratelimit: '"default";r=5;t=30' }, undefined],
    [{ 'ratelimit-remaining': '0', 'ratelimit-reset': '12' }, 12_000],
    [{ 'ratelimit-remaining': '0', 'ratelimit-reset': String(1767225620) }, 20_000],
    [{ 'ratelimit-remaining': '3', 'ratelimit-reset': '12' }, undefined],
    // NS1: 300 tokens per 300 s, none left → one comes back in 1 s.
    [{ 'x-ratelimit-remaining': '0', 'x-ratelimit-limit': '300', 'x-ratelimit-period': '300' }, 1000],
    [{ 'x-ratelimit-remaining': '12', 'x-ratelimit-limit': '300', 'x-ratelimit-period': '300' }, undefined],
  ])('rate-limit headers %o → %s ms', (h, want) =>
    expect(rateLimitDelay(new Headers(h as Record<string, string>), Date.parse('2026-01-01T00:00:00Z'))).toBe(want));
});

describe('Redactor', () => {
  it.each([
    ['key=s3cr3t-value&x=1', 'key=[REDACTED]&x=1'],
    ['"Authorization: Bearer abc.def"', '"Authorization: Bearer [REDACTED]"'],
    ['url-encoded s3cr3t%2Fvalue', 'url-encoded [REDACTED]'],
  ])('%s', (input, want) => {
    const r = new Redactor(['s3cr3t-value', 's3cr3t/value']);
    expect(r.redact(input)).toBe(want);
  });
  it('masks credential headers', () => {
    expect(new Redactor().redactHeaders({ 'X-Auth-Key': 'k', Accept: 'json' })).toEqual({ 'X-Auth-Key': '[REDACTED]', Accept: 'json' });
  });
});
