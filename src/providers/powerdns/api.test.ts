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
