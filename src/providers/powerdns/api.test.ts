// The API client against a local HTTP server that misbehaves on purpose: 5xx retries, error bodies,
// and no API key in any error.
import { describe, it, expect, afterEach } from 'vitest';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { PdnsApi, PdnsApiError } from './api.js';

let server: Server | undefined;
afterEach(() => new Promise<void>((res) => { if (server) server.close(() => res()); else res(); }));

/** Serve `replies` in order (status, body), recording the requests. */
function serve(replies: [number, string][]): Promise<{ url: string; seen: { method: string; url: string; key: string }[] }> {
  const seen: { method: string; url: string; key: string }[] = [];
  server = createServer((req, res) => {
    seen.push({ method: req.method!, url: req.url!, key: String(req.headers['x-api-key']) });
    const [status, body] = replies.shift() ?? [500, '{"error":"out of replies"}'];
    res.writeHead(status, { 'Content-Type': 'application/json' }).end(body);
  });
  return new Promise((res) => server!.listen(0, '127.0.0.1', () => res({ url: `http://127.0.0.1:${(server!.address() as AddressInfo).port}`, seen })));
}

describe('PdnsApi', () => {
  it('retries 5xx twice, then succeeds', async () => {
    const { url, seen } = await serve([[502, 'bad gateway'], [503, ''], [200, '[{"id":"a.test.","name":"a.test."}]']]);
    const zones = await new PdnsApi(url, 'k3y').listZones();
    expect(zones).toEqual([{ id: 'a.test.', name: 'a.test.' }]);
    expect(seen.map((s) => s.url)).toEqual(Array(3).fill('/api/v1/servers/localhost/zones?dnssec=false'));
    expect(seen[0]!.key).toBe('k3y');
  });

  it('gives up after three 5xx answers with the server\'s error text', async () => {
    const { url } = await serve([[500, '{"error":"db locked"}'], [500, '{"error":"db locked"}'], [500, '{"error":"db locked"}']]);
    const err = await new PdnsApi(url, 'k3y').patchZone('a.test', []).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(PdnsApiError);
    expect((err as Error).message).toMatch(/PATCH .*\/zones\/a\.test\.: HTTP 500 db locked/);
    expect((err as Error).message).not.toContain('k3y');
  });

  it.each([
    [422, '{"error":"RRset a.test. IN CNAME: Conflicts with pre-existing RRset"}', /HTTP 422 RRset a\.test\. IN CNAME: Conflicts/],
    [401, 'Unauthorized', /HTTP 401 Unauthorized \(check apiKey\)/],
    [400, '{"error":"bad","errors":["one","two"]}', /HTTP 400 bad; one; two/],
  ])('does not retry %i and says why', async (status, body, re) => {
    const { url, seen } = await serve([[status, body]]);
    await expect(new PdnsApi(url, 'k3y').patchZone('a.test', [])).rejects.toThrow(re);
    expect(seen).toHaveLength(1);
  });

  // Found by a bug hunt: a password in apiUrl (sent as HTTP basic auth) was printed in every error.
  it('masks a user and password of apiUrl in its errors, and still sends them as basic auth', async () => {
    let auth = '';
    server = createServer((req, res) => { auth = String(req.headers.authorization); res.writeHead(500).end('{"error":"down"}'); });
    const port = await new Promise<number>((res) => server!.listen(0, '127.0.0.1', () => res((server!.address() as AddressInfo).port)));
    const err = await new PdnsApi(`http://admin:SECRET123xyz@127.0.0.1:${port}`, 'k3y').patchZone('a.test', []).then(() => new Error('no error'), (e: unknown) => e as Error);
    expect(auth).toBe(`Basic ${Buffer.from('admin:SECRET123xyz').toString('base64')}`);
    expect(err.message).toMatch(new RegExp(`PATCH http://\\*\\*\\*@127\\.0\\.0\\.1:${port}/api/v1/servers/localhost/zones/a\\.test\\.: HTTP 500 down`));
    expect(err.message).not.toContain('SECRET123xyz');
    expect(err.message).not.toContain('admin');
  });

  it('refuses an apiUrl with a query, which the API paths would follow', () => {
    let err: Error | undefined;
    try { new PdnsApi('http://127.0.0.1:8081/?key=SECRET123xyz', 'k3y'); } catch (e) { err = e as Error; }
    expect(err?.message).toMatch(/apiUrl must have no query or fragment/);
    expect(err?.message).not.toContain('SECRET123xyz');
  });

  it('gives up on a server that never answers, after the timeout', async () => {
    server = createServer(() => { /* never answers */ });
    await new Promise<void>((res) => server!.listen(0, '127.0.0.1', () => res()));
    const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    await expect(new PdnsApi(url, 'k3y', 'localhost', 200).patchZone('a.test', [])).rejects.toThrow(/PATCH .*: no answer within 200 ms/);
    server.closeAllConnections();
  });

  it('treats a missing zone as absent', async () => {
    const { url } = await serve([[404, '{"error":"Not Found"}']]);
    expect(await new PdnsApi(url, 'k3y', 'localhost').getZone('missing.test')).toBeUndefined();
  });

  it('escapes "/" in zone ids as =2F', () => {
    expect(PdnsApi.zoneId('0/26.2.0.192.in-addr.arpa')).toBe('0=2F26.2.0.192.in-addr.arpa.');
  });
});
