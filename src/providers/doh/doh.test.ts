// DNSOVERHTTPS against the local RFC 8484 responder (test/fakes/doh).
import * as packet from 'dns-packet';
import { afterEach, describe, expect, it } from 'vitest';
import { startDohFake, type DohFake } from '../../../test/fakes/doh/server.js';
import { domain } from '../../../test/integration/harness.js';
import type { DomainConfig } from '../../ir/types.js';
import { doh } from './index.js';
import { DohApi } from './api.js';

const Z = 'example.com';
let fake: DohFake;
afterEach(async () => { await fake?.close(); });

async function setup(creds: Record<string, string> = {}) {
  fake = await startDohFake();
  return doh.createRegistrar!({ credkey: 'doh', creds: { url: fake.endpoint, http_retry_base_ms: '1', ...creds }, meta: {} });
}
const withNs = (...names: string[]): DomainConfig => domain(Z, [], { nameservers: names.map((name) => ({ name })) });

describe('DNSOVERHTTPS', () => {
  it('reads the delegation with an NS query over GET and compares without case, dots or order', async () => {
    const reg = await setup();
    fake.delegations.set(Z, ['NS2.example.net.', 'ns1.example.net.']);
    expect(await reg.getRegistrarCorrections(withNs('ns1.example.net', 'ns2.EXAMPLE.net.'))).toEqual([]);
    expect(fake.methods).toEqual({ GET: 1 });
  });

  it('shows a difference as one correction it cannot apply: push fails it asking for a manual change', async () => {
    const reg = await setup();
    fake.delegations.set(Z, ['ns1.old.example', 'ns2.old.example']);
    const c = await reg.getRegistrarCorrections(withNs('ns2.example.net', 'ns1.example.net'));
    expect(c.map((x) => x.msg)).toEqual(['Update nameservers ns1.old.example,ns2.old.example -> ns1.example.net,ns2.example.net']);
    // It changes nothing, so it carries no delegation change for the safety limits.
    expect(c[0]!.delegation).toBeUndefined();
    await expect(c[0]!.run!()).rejects.toThrow('DNSOVERHTTPS is read-only: set the nameservers of example.com to ns1.example.net, ns2.example.net at its registrar by hand');
    expect(fake.stats.requests).toBe(1);
  });

  it.each([
    ['an unknown domain (NXDOMAIN)', (f: DohFake) => { f.delegations.clear(); }, /example\.com does not exist \(NXDOMAIN\)/],
    ['a failing upstream (SERVFAIL)', (f: DohFake) => { f.servfail.add(Z); }, /the resolver answered SERVFAIL/],
    ['an HTML page instead of a DNS message', (f: DohFake) => { f.mediaType = 'text/html'; }, /the answer is text\/html, not application\/dns-message/],
    ['a resolver that is down', (f: DohFake) => { f.faults = { rate: 1, statuses: [503] }; }, /HTTP 503.*after 3 attempts/],
  ])('refuses %s with a clear error', async (_what, breakIt, message) => {
    const reg = await setup({ http_retries: '2' });
    fake.delegations.set(Z, ['ns1.example.net']);
    breakIt(fake);
    await expect(reg.getRegistrarCorrections(withNs('ns1.example.net'))).rejects.toThrow(message);
  });

  it('waits out throttling (HTTP 429 with Retry-After) and asks again', async () => {
    const reg = await setup();
    fake.delegations.set(Z, ['ns1.example.net']);
    fake.faults = { rate: 1, statuses: [429], retryAfter: 0, match: () => fake.stats.faults < 2 };
    expect(await reg.getRegistrarCorrections(withNs('ns1.example.net'))).toEqual([]);
    expect(fake.stats.faults).toBe(2);
    expect(fake.stats.requests).toBe(3);
  });

  it.each([
    ['bytes', /the answer is not a DNS message/],
    ['other-question', /the answer is not a response to this query/],
  ] as const)('refuses a garbled answer (%s)', async (corrupt, message) => {
    const reg = await setup();
    fake.delegations.set(Z, ['ns1.example.net']);
    fake.corrupt = corrupt;
    await expect(reg.getRegistrarCorrections(withNs('ns1.example.net'))).rejects.toThrow(message);
  });

  it('queries https://dns.google/dns-query by default, or https://{host}/dns-query; a URL as host is refused', () => {
    expect(new DohApi({}).endpoint).toBe('https://dns.google/dns-query');
    expect(new DohApi({ host: 'cloudflare-dns.com' }).endpoint).toBe('https://cloudflare-dns.com/dns-query');
    expect(() => new DohApi({ host: 'https://cloudflare-dns.com/dns-query' })).toThrow(/host must be a host name/);
    expect(() => new DohApi({ url: 'ftp://x/dns-query' })).toThrow(/must be https/);
  });

  it('is a registrar only', () => {
    expect(doh.roles).toEqual(['registrar']);
    expect(doh.createDns).toBeUndefined();
  });
});

describe('the DoH responder (test/fakes/doh)', () => {
  it('answers RFC 8484 GET and POST with real DNS messages, and refuses malformed requests', async () => {
    fake = await startDohFake();
    fake.delegations.set(Z, ['ns1.example.net']);
    const query = packet.encode({ type: 'query', id: 0, flags: packet.RECURSION_DESIRED, questions: [{ type: 'NS', name: Z }] });
    const get = await fetch(`${fake.endpoint}?dns=${query.toString('base64url')}`);
    expect(get.headers.get('content-type')).toBe('application/dns-message');
    const viaGet = packet.decode(Buffer.from(await get.arrayBuffer()));
    expect(viaGet.answers).toEqual([expect.objectContaining({ type: 'NS', name: Z, data: 'ns1.example.net' })]);
    const post = await fetch(fake.endpoint, { method: 'POST', headers: { 'content-type': 'application/dns-message' }, body: new Uint8Array(query) });
    expect(packet.decode(Buffer.from(await post.arrayBuffer())).answers).toEqual(viaGet.answers);
    expect((await fetch(`${fake.endpoint}?dns=${query.toString('base64')}=`)).status).toBe(400);
    expect((await fetch(fake.endpoint)).status).toBe(400);
    expect((await fetch(fake.endpoint, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{}' })).status).toBe(415);
    expect((await fetch(fake.endpoint, { method: 'PUT', body: 'x' })).status).toBe(405);
  });
});
