import { createVerify, generateKeyPairSync } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { googleAssertion, TokenCache } from './oauth.js';
import { chunkOps } from './batches.js';

describe('TokenCache', () => {
  it('reuses a token until a minute before it expires, then fetches a new one', async () => {
    let n = 0;
    const cache = new TokenCache(async () => ({ access_token: `t${++n}`, expires_in: n === 1 ? 61 : 3600 }));
    expect(await cache.get()).toBe('t1');
    // t1 lives 61 s, minus the 60 s margin: expired after one second.
    await new Promise((r) => setTimeout(r, 1100));
    expect(await cache.get()).toBe('t2');
    expect(await cache.get()).toBe('t2');
  });

  it('a failed fetch is retried on the next call, not cached', async () => {
    let n = 0;
    const cache = new TokenCache(async () => { if (++n === 1) throw new Error('down'); return { access_token: 'ok' }; });
    await expect(cache.get()).rejects.toThrow('down');
    expect(await cache.get()).toBe('ok');
  });
});

describe('googleAssertion', () => {
  it('is an RS256 JWT over the service account claims', () => {
    const { publicKey, privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
    const jwt = googleAssertion('sa@p.iam.gserviceaccount.com', privateKey.export({ type: 'pkcs8', format: 'pem' }).toString(), 'scope-x', 'https://t/token', Date.UTC(2026, 0, 1));
    const [h, c, s] = jwt.split('.');
    expect(JSON.parse(Buffer.from(h!, 'base64url').toString())).toEqual({ alg: 'RS256', typ: 'JWT' });
    expect(JSON.parse(Buffer.from(c!, 'base64url').toString())).toEqual({ iss: 'sa@p.iam.gserviceaccount.com', scope: 'scope-x', aud: 'https://t/token', iat: 1767225600, exp: 1767229200 });
    expect(createVerify('RSA-SHA256').update(`${h}.${c}`).verify(publicKey, Buffer.from(s!, 'base64url'))).toBe(true);
  });
});

describe('chunkOps', () => {
  const ops = (sizes: number[]) => sizes.map((n, i) => ({ msgs: [`op${i}`], n }));
  it.each<[string, number[], number, number, number[]]>([
    ['count only', [1, 1, 1, 1, 1], 2, Infinity, [2, 2, 1]],
    ['size only', [400, 400, 400], Infinity, 1000, [2, 1]],
    ['an op over the limit still goes alone', [1500, 10], Infinity, 1000, [1, 1]],
    ['both', [300, 300, 300, 300], 3, 700, [2, 2]],
  ])('%s', (_n, sizes, count, max, want) => {
    expect(chunkOps(ops(sizes), count, [{ of: (o) => o.n, max }]).map((c) => c.length)).toEqual(want);
  });
});
