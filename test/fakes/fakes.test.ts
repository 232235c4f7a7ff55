// The fakes themselves: each refuses a bad credential with the provider's status and shape, and its
// fault mode throttles the way the real API does (429 + Retry-After, or Route 53's HTTP 400 Throttling).
import { afterEach, describe, expect, it } from 'vitest';
import type { FakeServer } from './_server.js';
import { startCloudflareFake } from './cloudflare/server.js';
import { startRoute53Fake } from './route53/server.js';
import { startDigitalOceanFake } from './digitalocean/server.js';
import { startHetznerFake } from './hetzner/server.js';
import { startHetznerV2Fake } from './hetznerv2/server.js';
import { startDesecFake } from './desec/server.js';
import { startGandiFake } from './gandiv5/server.js';
import { startGCloudFake } from './gcloud/server.js';
import { startAzureFake } from './azuredns/server.js';

interface Case {
  name: string;
  start: () => Promise<FakeServer>;
  /** A list request path and a bad credential header. */
  path: string;
  badAuth: Record<string, string>;
  denied: number;
  /** What a throttled call looks like. */
  throttle: { status: number; retryAfter?: string; body: RegExp };
}

const CASES: Case[] = [
  { name: 'cloudflare', start: startCloudflareFake, path: '/client/v4/zones', badAuth: { authorization: 'Bearer nope' }, denied: 403, throttle: { status: 429, retryAfter: '7', body: /"code":971/ } },
  { name: 'route53', start: startRoute53Fake, path: '/2013-04-01/hostedzone', badAuth: { authorization: 'AWS4-HMAC-SHA256 Credential=AKIAWRONG/x' }, denied: 403, throttle: { status: 400, body: /<Code>Throttling<\/Code>/ } },
  { name: 'digitalocean', start: startDigitalOceanFake, path: '/v2/domains', badAuth: { authorization: 'Bearer nope' }, denied: 401, throttle: { status: 429, retryAfter: '7', body: /too_many_requests/ } },
  { name: 'hetzner', start: startHetznerFake, path: '/api/v1/zones', badAuth: { 'auth-api-token': 'nope' }, denied: 401, throttle: { status: 429, retryAfter: '7', body: /rate limited/ } },
  { name: 'hetznerv2', start: startHetznerV2Fake, path: '/v1/zones', badAuth: { authorization: 'Bearer nope' }, denied: 401, throttle: { status: 429, body: /rate_limit_exceeded/ } },
  { name: 'desec', start: startDesecFake, path: '/api/v1/domains/', badAuth: { authorization: 'Token nope' }, denied: 401, throttle: { status: 429, retryAfter: '7', body: /throttled/ } },
  { name: 'gandiv5', start: startGandiFake, path: '/v5/livedns/domains', badAuth: { authorization: 'Bearer nope' }, denied: 401, throttle: { status: 429, retryAfter: '7', body: /rate limited/ } },
  { name: 'gcloud', start: startGCloudFake, path: '/dns/v1/projects/test-project/managedZones', badAuth: { authorization: 'Bearer nope' }, denied: 401, throttle: { status: 429, body: /rateLimitExceeded/ } },
  { name: 'azuredns', start: startAzureFake, path: '/subscriptions/sub-2222/resourceGroups/rg-dns/providers/Microsoft.Network/dnsZones?api-version=2018-05-01', badAuth: { authorization: 'Bearer nope' }, denied: 401, throttle: { status: 429, retryAfter: '7', body: /TooManyRequests/ } },
];

let fake: FakeServer | undefined;
afterEach(async () => { await fake?.close(); fake = undefined; });

describe.each(CASES)('$name fake', (c) => {
  it('refuses a bad credential', async () => {
    fake = await c.start();
    const r = await fetch(fake.url + c.path, { headers: c.badAuth });
    expect(r.status).toBe(c.denied);
    expect(await r.text()).not.toBe('');
  });

  it('throttles like the real API in fault mode, for the chosen share of calls only', async () => {
    fake = await c.start();
    fake.faults = { rate: 1, statuses: [429], retryAfter: 7 };
    const r = await fetch(fake.url + c.path, { headers: c.badAuth });
    expect(r.status).toBe(c.throttle.status);
    if (c.throttle.retryAfter) expect(r.headers.get('retry-after')).toBe(c.throttle.retryAfter);
    expect(await r.text()).toMatch(c.throttle.body);
    fake.faults = { rate: 0.5, statuses: [500] };
    let failed = 0;
    for (let i = 0; i < 200; i++) if ((await fetch(fake.url + c.path, { headers: c.badAuth })).status === 500) failed++;
    expect(failed).toBeGreaterThan(70);
    expect(failed).toBeLessThan(130);
  });
});
