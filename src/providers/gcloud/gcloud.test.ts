// GCLOUD against the fake Cloud DNS + token endpoint (test/fakes/gcloud).
import { afterEach, describe, expect, it } from 'vitest';
import { startGCloudFake, type GCloudFake } from '../../../test/fakes/gcloud/server.js';
import { apply, domain, rec } from '../../../test/integration/harness.js';
import { gcloud } from './index.js';

const Z = 'example.com';
let fake: GCloudFake;
afterEach(async () => { await fake?.close(); });

async function setup(creds: Record<string, string> = {}) {
  fake = await startGCloudFake();
  const provider = await gcloud.createDns!({ credkey: 'g', creds: {
    project_id: fake.project, client_email: fake.clientEmail, private_key: fake.privateKey, token_uri: `${fake.url}/token`,
    base_url: `${fake.url}/dns/v1`, http_retry_base_ms: '1', max_requests_per_second: '0', ...creds,
  }, meta: {} });
  return { label: 'g', type: gcloud, provider, zone: Z };
}
const changes = () => Object.entries(fake.stats.byRoute).filter(([k]) => k.startsWith('POST') && k.endsWith('/changes')).reduce((n, [, v]) => n + v, 0);

describe('GCLOUD', () => {
  it('creates the managed zone and fetches one token for many calls', async () => {
    const t = await setup();
    await apply(t, domain(Z, [rec.a('www', '192.0.2.1')]));
    expect([...fake.zones.keys()]).toEqual(['zone-example-com']);
    expect(fake.stats.byRoute['POST /token']).toBe(1);
  });

  it.each([[999, 1], [1000, 1], [1001, 2], [2500, 3]])('%i new rrsets → %i atomic change(s)', async (n, calls) => {
    const t = await setup();
    await apply(t, domain(Z, []));
    const before = changes();
    await apply(t, domain(Z, Array.from({ length: n }, (_, i) => rec.a(`h${i}`, '192.0.2.1'))));
    expect(changes() - before).toBe(calls);
  });

  it('an update deletes the live rrset exactly, even when written elsewhere in another form', async () => {
    const t = await setup();
    await apply(t, domain(Z, [rec.txt('t', 'hello')]));
    // Someone else rewrote it with the same meaning: deleting it must repeat their exact form.
    const z = [...fake.zones.values()][0]!;
    z.rrsets.set(`t.${Z}. TXT`, { name: `t.${Z}.`, type: 'TXT', ttl: 300, rrdatas: ['"hel" "lo"'] });
    const r = await apply(t, domain(Z, [rec.txt('t', 'bye')]));
    expect(r.changes).toBe(1);
    expect(z.rrsets.get(`t.${Z}. TXT`)!.rrdatas).toEqual(['"bye"']);
  });

  it('a wrong key fails at the token endpoint without leaking the key or the assertion', async () => {
    const t = await setup({ client_email: 'intruder@x.iam.gserviceaccount.com' });
    const err = (await t.provider.getZoneRecords(Z).catch((e: unknown) => e)) as Error;
    expect(err.message).toMatch(/HTTP 400.*invalid_grant/);
    expect(err.message).not.toContain('PRIVATE KEY');
    expect(err.message).not.toMatch(/eyJ[\w-]{20,}/);
  });
});
