// GCLOUD against the fake Cloud DNS + token endpoint (test/fakes/gcloud).
import { generateKeyPairSync } from 'node:crypto';
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

  it('takes the key with "\\n" escapes, as pasted from the service account JSON file', async () => {
    const t = await setup();
    const oneLine = await gcloud.createDns!({ credkey: 'g', creds: {
      project_id: fake.project, client_email: fake.clientEmail, private_key: fake.privateKey.replace(/\n/g, '\\n'), token_uri: `${fake.url}/token`,
      base_url: `${fake.url}/dns/v1`, http_retry_base_ms: '1', max_requests_per_second: '0',
    }, meta: {} });
    await apply(t, domain(Z, [rec.a('www', '192.0.2.1')]));
    const tokens = fake.stats.byRoute['POST /token']!;
    await oneLine.getZoneRecords(Z);
    expect(fake.stats.byRoute['POST /token']).toBe(tokens + 1);
  });
});

describe('GCLOUD private_key that is not a PEM RSA private key', () => {
  // Was `mybind example.com: error:1E08010C:DECODER routines::unsupported` at the first token request.
  const rsa = generateKeyPairSync('rsa', { modulusLength: 2048 }).privateKey.export({ type: 'pkcs8', format: 'pem' }).toString();
  const ec = generateKeyPairSync('ec', { namedCurve: 'P-256' }).privateKey.export({ type: 'pkcs8', format: 'pem' }).toString();
  const body = (pem: string) => pem.split('\n').slice(1, -2).join('');
  const create = (privateKey: string) => gcloud.createDns!({ credkey: 'mybind', creds: {
    project_id: 'p', client_email: 'sa@p.iam.gserviceaccount.com', private_key: privateKey, token_uri: 'http://127.0.0.1:9/token',
  }, meta: {} });

  it.each([
    ['a PEM block of garbage', '-----BEGIN PRIVATE KEY-----\nSECRETSTUFFhunter2\n-----END PRIVATE KEY-----\n', ['SECRETSTUFFhunter2']],
    ['not PEM at all', 'hunter2-SECRETSTUFF', ['hunter2-SECRETSTUFF']],
    ['a truncated key', rsa.slice(0, 900), [body(rsa).slice(0, 40), body(rsa).slice(300, 340)]],
    ['a key in one line with its line breaks lost', rsa.replace(/\n/g, ''), [body(rsa).slice(0, 40)]],
  ])('%s: names the entry and the field, never the key', async (_n, key, secrets) => {
    const err = (await Promise.resolve().then(() => create(key)).catch((e: unknown) => e)) as Error;
    expect(err).toBeInstanceOf(Error);
    expect(err.message).toMatch(/^mybind: GCLOUD's "private_key" in creds\.json is not a valid PEM private key/);
    expect(err.message).not.toMatch(/DECODER routines/);
    for (const s of secrets) expect(err.message).not.toContain(s);
  });

  it('an EC key: says it is not RSA, never the key', async () => {
    const err = (await Promise.resolve().then(() => create(ec)).catch((e: unknown) => e)) as Error;
    expect(err.message).toMatch(/^mybind: GCLOUD's "private_key" in creds\.json is not an RSA private key \(it is ec\)/);
    expect(err.message).not.toContain(body(ec).slice(0, 40));
  });

  it('a valid RSA key makes the provider, without contacting anything', async () => {
    await expect(Promise.resolve().then(() => create(rsa))).resolves.toBeDefined();
  });
});
