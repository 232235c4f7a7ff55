// The fakes themselves: each refuses a bad credential with the provider's status and shape, and its
// fault mode throttles the way the real API does (429 + Retry-After, or Route 53's HTTP 400 Throttling).
import { afterEach, describe, expect, it } from 'vitest';
import { FAKES } from '../provider-folders.js';
import type { FakeServer } from './_server.js';

// Every fake, found from the provider registry (test/provider-folders.ts).
const CASES = FAKES.map(({ folder, fake: f }) => ({ name: folder, start: f.start, ...f.probe }));

let fake: FakeServer | undefined;
afterEach(async () => { await fake?.close(); fake = undefined; });

describe.each(CASES)('$name fake', (c) => {
  it('refuses a bad credential', async () => {
    fake = await c.start();
    const r = await fetch(fake.url + c.path(fake), { headers: c.badAuth });
    expect(r.status).toBe(c.denied);
    expect(await r.text()).not.toBe('');
  });

  it('throttles like the real API in fault mode, for the chosen share of calls only', async () => {
    fake = await c.start();
    fake.faults = { rate: 1, statuses: [429], retryAfter: 7 };
    const r = await fetch(fake.url + c.path(fake), { headers: c.badAuth });
    expect(r.status).toBe(c.throttle.status);
    if (c.throttle.retryAfter) expect(r.headers.get('retry-after')).toBe(c.throttle.retryAfter);
    expect(await r.text()).toMatch(c.throttle.body);
    fake.faults = { rate: 0.5, statuses: [500] };
    let failed = 0;
    for (let i = 0; i < 200; i++) if ((await fetch(fake.url + c.path(fake), { headers: c.badAuth })).status === 500) failed++;
    expect(failed).toBeGreaterThan(70);
    expect(failed).toBeLessThan(130);
  });
});
