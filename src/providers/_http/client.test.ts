import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { HttpClient, HttpError } from './client.js';

type Handler = (req: IncomingMessage, res: ServerResponse, n: number) => void;

const servers: Array<{ close(): void }> = [];
afterEach(() => { for (const s of servers.splice(0)) s.close(); });

/** A real local server answering with `handler`; returns its base URL and the request log. */
async function serve(handler: Handler) {
  const log: Array<{ method: string; url: string; at: number; auth?: string }> = [];
  const srv = createServer((req, res) => {
    log.push({ method: req.method!, url: req.url!, at: Date.now(), auth: req.headers.authorization });
    handler(req, res, log.length);
  });
  await new Promise<void>((r) => srv.listen(0, '127.0.0.1', r));
  servers.push({ close: () => { srv.closeAllConnections(); srv.close(); } });
  return { base: `http://127.0.0.1:${(srv.address() as AddressInfo).port}`, log };
}

const TOKEN = 'tok_SECRET_abcdef123456';
const client = (base: string, extra: Partial<ConstructorParameters<typeof HttpClient>[0]> = {}) =>
  new HttpClient({ provider: 'TEST', baseUrl: base, headers: { authorization: `Bearer ${TOKEN}` }, baseDelayMs: 5, maxDelayMs: 20, ...extra });

describe('HttpClient retries', () => {
  it.each([
    ['429 without Retry-After', 429, {}],
    ['500', 500, {}],
    ['502', 502, {}],
    ['503', 503, {}],
    ['504', 504, {}],
  ])('retries %s and then succeeds', async (_n, status, headers) => {
    const { base, log } = await serve((_q, res, n) => {
      if (n < 3) { res.writeHead(status, headers); res.end('busy'); return; }
      res.writeHead(200, { 'content-type': 'application/json' }); res.end('{"ok":true}');
    });
    const c = client(base);
    const r = await c.request('GET', '/x');
    expect(r.json()).toEqual({ ok: true });
    expect(log).toHaveLength(3);
    expect(c.stats).toEqual({ requests: 3, retries: 2 });
  });

  it.each([[400], [401], [403], [404], [409], [422]])('does not retry %i and throws HttpError', async (status) => {
    const { base, log } = await serve((_q, res) => { res.writeHead(status); res.end('{"error":"no"}'); });
    await expect(client(base).request('POST', '/x', { json: {} })).rejects.toMatchObject({ name: 'HttpError', status });
    expect(log).toHaveLength(1);
  });

  it('returns allowed statuses instead of throwing', async () => {
    const { base } = await serve((_q, res) => { res.writeHead(404); res.end('{}'); });
    expect((await client(base).request('GET', '/x', { allow: [404] })).status).toBe(404);
  });

  it('honours Retry-After in seconds for every request of the client', async () => {
    const { base, log } = await serve((_q, res, n) => {
      if (n === 1) { res.writeHead(429, { 'retry-after': '1' }); res.end(); return; }
      res.writeHead(200); res.end('{}');
    });
    const t0 = Date.now();
    await client(base).request('GET', '/a');
    expect(log[1]!.at - log[0]!.at).toBeGreaterThanOrEqual(950);
    expect(Date.now() - t0).toBeLessThan(3000);
  });

  it('waits when RateLimit says the quota is spent (r=0)', async () => {
    const { base, log } = await serve((_q, res, n) => {
      res.writeHead(200, n === 1 ? { ratelimit: '"default";r=0;t=1' } : {}); res.end('{}');
    });
    const c = client(base);
    await c.request('GET', '/a');
    await c.request('GET', '/b');
    expect(log[1]!.at - log[0]!.at).toBeGreaterThanOrEqual(950);
  });

  it('treats a provider-specific throttle (Route 53 400 Throttling) as retryable', async () => {
    const { base, log } = await serve((_q, res, n) => {
      if (n === 1) { res.writeHead(400); res.end('<ErrorResponse><Error><Code>Throttling</Code></Error></ErrorResponse>'); return; }
      res.writeHead(200); res.end('<ok/>');
    });
    const c = client(base, { isThrottle: (s, b) => s === 400 && b.includes('<Code>Throttling</Code>') });
    expect((await c.request('GET', '/r')).text).toBe('<ok/>');
    expect(log).toHaveLength(2);
  });

  it('gives up after the configured retries with the attempt count', async () => {
    const { base, log } = await serve((_q, res) => { res.writeHead(500); res.end('boom'); });
    const err = await client(base, { retries: 2 }).request('GET', '/x').catch((e: unknown) => e);
    expect(err).toBeInstanceOf(HttpError);
    expect((err as HttpError).message).toContain('after 3 attempts');
    expect(log).toHaveLength(3);
  });

  it('refuses to wait longer than maxRetryAfterMs', async () => {
    const { base } = await serve((_q, res) => { res.writeHead(429, { 'retry-after': '86400' }); res.end(); });
    await expect(client(base, { maxRetryAfterMs: 1000 }).request('GET', '/x')).rejects.toThrow(/wait 86400 s/);
  });

  it('times out a request that hangs, then retries', async () => {
    const { base, log } = await serve((_q, res, n) => { if (n > 1) { res.writeHead(200); res.end('{}'); } });
    const c = client(base, { timeoutMs: 200 });
    expect((await c.request('GET', '/slow')).status).toBe(200);
    expect(log).toHaveLength(2);
  });
});

describe('HttpClient limits', () => {
  it('keeps at most `concurrency` requests in flight', async () => {
    let inFlight = 0; let peak = 0;
    const { base } = await serve((_q, res) => {
      inFlight++; peak = Math.max(peak, inFlight);
      setTimeout(() => { inFlight--; res.writeHead(200); res.end('{}'); }, 30);
    });
    const c = client(base, { concurrency: 2 });
    await Promise.all(Array.from({ length: 8 }, (_, i) => c.request('GET', `/${i}`)));
    expect(peak).toBe(2);
  });

  it('spaces request starts to the configured rate', async () => {
    const { base, log } = await serve((_q, res) => { res.writeHead(200); res.end('{}'); });
    const c = client(base, { concurrency: 10, ratePerSecond: 20 });
    // Timed on the client: the server's arrival times also carry connection set-up jitter (CI once saw 183 ms).
    const started = Date.now();
    await Promise.all(Array.from({ length: 5 }, (_, i) => c.request('GET', `/${i}`)));
    expect(log).toHaveLength(5);
    expect(Date.now() - started).toBeGreaterThanOrEqual(195);
  });
});

describe('HttpClient redaction', () => {
  it('never puts the token in an error, even when the server echoes it', async () => {
    const { base, log } = await serve((req, res) => {
      res.writeHead(401); res.end(JSON.stringify({ error: `bad token ${req.headers.authorization}`, raw: TOKEN }));
    });
    const err = (await client(base).request('GET', `/zones?key=${TOKEN}`).catch((e: unknown) => e)) as HttpError;
    expect(log[0]!.auth).toBe(`Bearer ${TOKEN}`);
    expect(err.message).toContain('HTTP 401');
    expect(`${err.message} ${err.body} ${err.path} ${err.stack}`).not.toContain(TOKEN);
  });

  it('redacts secrets from connection errors', async () => {
    const { base } = await serve(() => {});
    servers.pop()!.close(); // nothing listens there any more
    const c = new HttpClient({ provider: 'TEST', baseUrl: base, secrets: [TOKEN], retries: 0 });
    const err = (await c.request('GET', `/x/${TOKEN}`).catch((e: unknown) => e)) as HttpError;
    expect(err.message).toMatch(/ECONNREFUSED/);
    expect(err.message).not.toContain(TOKEN);
  });
});

describe('HttpClient.fetch for SDKs', () => {
  it('retries under the same rules and returns a Response', async () => {
    const { base, log } = await serve((req, res, n) => {
      if (n === 1) { res.writeHead(503); res.end(); return; }
      let b = ''; req.on('data', (d) => { b += d; }); req.on('end', () => { res.writeHead(201); res.end(b); });
    });
    const r = await client(base).fetch(`${base}/echo`, { method: 'POST', body: 'hello' });
    expect(r.status).toBe(201);
    expect(await r.text()).toBe('hello');
    expect(log).toHaveLength(2);
  });
});
