// OVH against the fake (test/fakes/ovh): signing, the server clock, the consumer key's life, the zone read
// (ids, then one GET each), native SPF/DKIM/DMARC records and the refresh that publishes changes.
import { afterEach, describe, expect, it } from 'vitest';
import { startOvhFake, type OvhFake } from '../../../test/fakes/ovh/server.js';
import { apply, domain, rec } from '../../../test/integration/harness.js';
import type { RecordConfig } from '../../ir/types.js';
import { ovh } from './index.js';
import { auditOvh } from './audit.js';
import { endpointUrl } from './api.js';
import type { OvhProvider } from './provider.js';
import type { OvhRegistrar } from './registrar.js';

const Z = 'example.com';
let fake: OvhFake;
afterEach(async () => { await fake?.close(); });

async function setup(creds: Record<string, string> = {}) {
  fake ??= await startOvhFake();
  const provider = await ovh.createDns!({
    credkey: 'ovh',
    creds: { 'app-key': fake.appKey, 'app-secret-key': fake.appSecret, 'consumer-key': fake.consumerKey, base_url: `${fake.url}/1.0`, http_retry_base_ms: '1', max_requests_per_second: '0', ...creds },
    meta: {},
  });
  return { label: 'ovh', type: ovh, provider, zone: Z };
}
const fresh = async () => { await fake?.close(); fake = await startOvhFake(); };
const stored = () => [...fake.zones.get(Z)!.records.values()];
const native = (r: RecordConfig, t: string): RecordConfig => ({ ...r, meta: { create_ovh_native_record: t } });
async function failure(p: Promise<unknown>): Promise<Error> {
  const e = await p.then(() => undefined, (x: unknown) => x as Error);
  if (!e) throw new Error('expected a failure');
  return e;
}
function noSecrets(e: Error) {
  for (const s of [fake.appSecret, fake.consumerKey, fake.appKey, 'wrong-secret-0123456789', 'wrong-consumer-0123456789']) {
    expect(e.message).not.toContain(s);
    expect(String(e.stack)).not.toContain(s);
  }
}

describe('OVH', () => {
  it('writes zone-file targets (MX, SRV, CAA, SSHFP, TLSA, quoted TXT) and reads them back as configured; refreshes once', async () => {
    await fresh();
    const t = await setup();
    const dc = domain(Z, [
      rec.mx('@', 10, `mx.${Z}.`), rec.srv('_sip._tcp', 10, 60, 5060, 'sip.example.net.'), rec.caa('@', 0, 'issue', 'letsencrypt.org; validationmethods=dns-01'),
      rec.sshfp('@', 4, 2, '0123456789abcdef'), rec.tlsa('_443._tcp', 3, 1, 1, 'abcdef01'), rec.txt('long', 'x'.repeat(300)), rec.txt('q', 'say "hi"'),
      rec.cname('www', `${Z}.`), rec.a('@', '192.0.2.1', 3600),
    ]);
    await apply(t, dc);
    expect(stored().find((r) => r.fieldType === 'MX')).toMatchObject({ subDomain: '', target: `10 mx.${Z}.`, ttl: 300 });
    expect(stored().find((r) => r.fieldType === 'SRV')!.target).toBe('10 60 5060 sip.example.net.');
    expect(stored().find((r) => r.fieldType === 'CAA')!.target).toBe('0 issue "letsencrypt.org; validationmethods=dns-01"');
    expect(stored().find((r) => r.subDomain === 'long')!.target).toBe(`"${'x'.repeat(255)}" "${'x'.repeat(45)}"`);
    expect(stored().find((r) => r.subDomain === 'q')!.target).toBe('"say \\"hi\\""');
    expect(fake.zones.get(Z)!.refreshes).toBe(1);
    expect(fake.zones.get(Z)!.pending).toBe(0);
    expect((await apply(t, dc, true)).lines).toEqual([]);
    await apply(t, dc);
    expect(fake.zones.get(Z)!.refreshes, 'no change, no refresh').toBe(1);
  });

  it('reads TTL 0 (the zone default) as 3600 and a TXT stored without quotes as its text', async () => {
    await fresh();
    const t = await setup();
    await t.provider.getNameservers(Z);
    const z = fake.zones.get(Z)!;
    z.records.set(1, { id: 1, zone: Z, subDomain: 'bare', fieldType: 'TXT', target: 'made in the manager', ttl: 0 });
    const got = await t.provider.getZoneRecords(Z);
    expect(got.find((r) => r.name === 'bare')).toMatchObject({ type: 'TXT', target: 'made in the manager', ttl: 3600 });
    expect(got.filter((r) => r.type === 'NS' && r.name === '@').map((r) => r.target).sort()).toEqual(['dns200.anycast.me.', 'ns200.anycast.me.']);
  });

  it('reads a zone as its ids and one GET per record, several at once but within the limit', async () => {
    await fresh();
    const t = await setup({ max_concurrency: '5' });
    await apply(t, domain(Z, Array.from({ length: 60 }, (_, i) => rec.a(`h${i}`, '192.0.2.1'))));
    fake.maxInFlight = 0;
    const gets = () => Object.entries(fake.stats.byRoute).filter(([k]) => k.startsWith('GET ') && k.endsWith(`/zone/${Z}/record/:n`)).reduce((a, [, v]) => a + v, 0);
    const before = gets();
    expect(await t.provider.getZoneRecords(Z)).toHaveLength(62);
    expect(gets() - before).toBe(62);
    expect(fake.maxInFlight).toBeGreaterThan(1);
    expect(fake.maxInFlight).toBeLessThanOrEqual(5);
  });

  it('creates SPF, DKIM and DMARC as OVH native records (DKIM/DMARC bare), reads them as TXT and updates them in place', async () => {
    await fresh();
    const t = await setup();
    const dkim = 'v=DKIM1;t=s;p=MIGfMA0GCSqGSIb3DQEBAQUAA4GNADCBiQ';
    const make = (spf: string, key: string, rua: string) => domain(Z, [
      native(rec.txt('spf', spf), 'SPF'), native(rec.txt('dkim', key), 'DKIM'), native(rec.txt('_dmarc', `v=DMARC1; p=none; rua=mailto:${rua}`), 'DMARC'),
    ]);
    await apply(t, make('v=spf1 ip4:99.99.99.99 -all', dkim, 'a@example.com'));
    expect(stored().find((r) => r.subDomain === 'spf')).toMatchObject({ fieldType: 'SPF', target: '"v=spf1 ip4:99.99.99.99 -all"' });
    expect(stored().find((r) => r.subDomain === 'dkim')).toMatchObject({ fieldType: 'DKIM', target: dkim });
    expect(stored().find((r) => r.subDomain === '_dmarc')).toMatchObject({ fieldType: 'DMARC', target: 'v=DMARC1; p=none; rua=mailto:a@example.com' });
    const ids = stored().map((r) => r.id).sort();
    const next = make('v=spf1 a mx -all', `${dkim}X`, 'b@example.com');
    expect((await apply(t, next)).changes).toBe(3);
    expect(stored().map((r) => r.id).sort(), 'updated by id, not re-created').toEqual(ids);
    expect(stored().find((r) => r.subDomain === 'dkim')).toMatchObject({ fieldType: 'DKIM', target: `${dkim}X` });
    expect((await apply(t, next, true)).changes).toBe(0);
    // A plain TXT config matches the native record: the meta only chooses the type of a new record.
    expect((await apply(t, domain(Z, next.records.map(({ meta: _m, ...r }) => r)), true)).changes).toBe(0);
  });

  it('signs with the server time: a clock an hour off works, and a clock that jumps after the sync re-syncs once', async () => {
    await fresh();
    fake.clockSkew = 3600;
    const t = await setup();
    const api = (t.provider as OvhProvider).api.client;
    expect(await t.provider.listZones!()).toEqual([]);
    expect(api.timeSyncs).toBe(1);
    fake.clockSkew = -3600;
    expect(await t.provider.listZones!()).toEqual([]);
    expect(api.timeSyncs).toBe(2);
    expect(await t.provider.listZones!()).toEqual([]);
    expect(api.timeSyncs).toBe(2);
    // Calls refused together re-read the server time once between them.
    fake.clockSkew = 1800;
    expect(await Promise.all([1, 2, 3, 4].map(() => t.provider.listZones!()))).toEqual([[], [], [], []]);
    expect(api.timeSyncs).toBe(3);
  });

  it('a time source that stays wrong gives QUERY_TIME_OUT, said plainly, without secrets', async () => {
    await fresh();
    fake.timeLies = 900;
    const t = await setup();
    const e = await failure(t.provider.listZones!());
    expect(e.message).toMatch(/HTTP 400 QUERY_TIME_OUT: Query out of time \(the request timestamp was refused as out of time, even after re-reading the server time/);
    expect((t.provider as OvhProvider).api.client.timeSyncs).toBe(2);
    noSecrets(e);
  });

  it.each([
    ['a wrong application key', { 'app-key': 'wrong-key-0123456789' }, /HTTP 403 INVALID_KEY: Invalid application key \(the application key \(creds "app-key"\)/],
    ['a wrong application secret', { 'app-secret-key': 'wrong-secret-0123456789' }, /HTTP 400 INVALID_SIGNATURE: Invalid signature \(the request signature was refused: "app-secret-key"/],
    ['an unknown consumer key', { 'consumer-key': 'wrong-consumer-0123456789' }, /HTTP 403 INVALID_CREDENTIAL: This credential does not exist \(the consumer key/],
  ])('%s is refused with the documented error, without secrets', async (_n, creds, want) => {
    await fresh();
    const t = await setup(creds);
    const e = await failure(t.provider.listZones!());
    expect(e.message).toMatch(want);
    noSecrets(e);
  });

  it('an expired consumer key stops the run with the documented error and what to do', async () => {
    await fresh();
    const t = await setup();
    await t.provider.listZones!();
    fake.expireConsumer();
    const e = await failure(t.provider.getZoneRecords(Z));
    expect(e.message).toMatch(/HTTP 403 INVALID_CREDENTIAL: This credential is not valid \(.*has expired or was revoked: create a new one/);
    noSecrets(e);
  });

  it('a zone the account lacks is an error naming it; 429 and 500 are retried', async () => {
    await fresh();
    fake.unregistered.add('other.example');
    const t = await setup();
    expect((await failure(t.provider.getZoneRecords('other.example'))).message).toMatch(/OVH other\.example: no such zone in this OVH account/);
    fake.faults = { rate: 1, statuses: [429, 500], match: () => fake.stats.faults < 2 };
    expect(await t.provider.listZones!()).toEqual([]);
    expect(fake.stats.faults).toBe(2);
  });

  it('a failed write phase still publishes what was applied (refresh), and says what was not', async () => {
    await fresh();
    const t = await setup({ http_retries: '0' });
    await apply(t, domain(Z, [rec.a('keep', '192.0.2.1')]));
    const refreshes = fake.zones.get(Z)!.refreshes;
    let n = 0;
    fake.faults = { rate: 1, statuses: [500], match: (r) => r.method === 'POST' && r.path.endsWith('/record') && n++ % 2 === 1 };
    const e = await failure(apply(t, domain(Z, [rec.a('keep', '192.0.2.1'), ...Array.from({ length: 6 }, (_, i) => rec.a(`n${i}`, '192.0.2.2'))])));
    expect(e.message).toMatch(/request\(s\) failed \(\d+ change\(s\) applied, \d+ not applied\)/);
    expect(fake.zones.get(Z)!.refreshes).toBe(refreshes + 1);
    expect(fake.zones.get(Z)!.pending).toBe(0);
  });

  it('an answer that is not JSON, or a zone without its nameServers, is a clear error', async () => {
    await fresh();
    const t = await setup();
    await t.provider.getNameservers(Z);
    fake.zones.get(Z)!.nameServers = 'dns1.ovh.net' as never;
    expect((await failure(t.provider.getNameservers(Z))).message).toMatch(/OVH example\.com: GET \/domain\/zone\/example\.com answered no list of nameServers/);
    fake.garbage = true;
    expect((await failure(t.provider.getZoneRecords(Z))).message).toMatch(/OVH: GET \/domain\/zone\/example\.com\/record: HTTP 200 answer is not JSON: "<html>Maintenance<\/html>"/);
  });

  it('endpoint names DNSControl\'s and the clients\' ways', () => {
    expect(endpointUrl(undefined)).toBe('https://eu.api.ovh.com/1.0');
    expect(endpointUrl('ca')).toBe('https://ca.api.ovh.com/1.0');
    expect(endpointUrl('ovh-us')).toBe('https://api.us.ovhcloud.com/1.0');
    expect(() => endpointUrl('mars')).toThrow(/endpoint must be/);
  });

  it.each([
    ['PTR', rec.ptr('p', 'x.example.com.'), /cannot store PTR/],
    ['LOC-less: NAPTR', rec.naptr('n', 1, 1, 'U', 'E2U+sip', '!^.*$!sip:a@b!', '.'), /cannot store NAPTR/],
    ['native on an A', native(rec.a('a', '192.0.2.1'), 'SPF'), /TXT records only/],
    ['unknown native type', native(rec.txt('t', 'x'), 'DNSKEY'), /must be SPF, DKIM or DMARC/],
    ['DMARC away from _dmarc', native(rec.txt('dm', 'v=DMARC1; p=none'), 'DMARC'), /_dmarc label/],
    ['DKIM with a quote', native(rec.txt('k._domainkey', 'v=DKIM1; n="x"'), 'DKIM'), /double quote/],
    ['null MX', rec.mx('@', 0, '.'), null],
    ['DMARC at _dmarc', native(rec.txt('_dmarc', 'v=DMARC1; p=none'), 'dmarc'), null],
  ])('audit: %s', (_n, r, want) => {
    const got = auditOvh([r]);
    if (want) expect(got.join()).toMatch(want);
    else expect(got).toEqual([]);
  });
});

describe('OVH as a registrar', () => {
  const dcNs = (...ns: string[]) => domain(Z, [], { nameservers: ns.map((name) => ({ name })) });
  const creds = () => ({ 'app-key': fake.appKey, 'app-secret-key': fake.appSecret, 'consumer-key': fake.consumerKey, base_url: `${fake.url}/1.0`, http_retry_base_ms: '1', max_requests_per_second: '0' });
  const registrar = async () => (await ovh.createRegistrar!({ credkey: 'ovh-reg', creds: creds(), meta: {} })) as OvhRegistrar;
  const live = () => fake.registered.get(Z)!.servers.filter((s) => !s.toDelete).map((s) => s.host);

  it('reads each nameServer (skipping toDelete), switches a hosted domain to external and sets the whole list once', async () => {
    await fresh();
    const d = fake.register(Z, ['dns200.anycast.me', 'ns200.anycast.me', 'ns9.old.example']);
    d.servers[2]!.toDelete = true;
    d.nameServerType = 'hosted';
    const reg = await registrar();
    expect(await reg.getRegistrarCorrections(dcNs('NS200.anycast.me.', 'dns200.anycast.me'))).toEqual([]);
    const c = await reg.getRegistrarCorrections(dcNs('ns2.example.net', 'ns1.example.net.'));
    expect(c.map((x) => x.msg)).toEqual(['Update nameservers dns200.anycast.me,ns200.anycast.me -> ns1.example.net,ns2.example.net']);
    const before = { ...fake.stats.byRoute };
    await c[0]!.run!();
    // Routes read "POST /:n.0/…" (the fake's stats number every digit run).
    const writes = Object.entries(fake.stats.byRoute).filter(([k, v]) => !k.startsWith('GET') && v !== before[k]).map(([k, v]) => `${k.replace(/^(\w+) \S*?\/domain/, '$1 /domain')} ${v - (before[k] ?? 0)}`).sort();
    expect(writes).toEqual([`POST /domain/${Z}/nameServers/update 1`, `PUT /domain/${Z} 1`]);
    expect(d.nameServerType).toBe('external');
    expect(live()).toEqual(['ns1.example.net', 'ns2.example.net']);
    // The old servers are still listed, marked toDelete, until OVH's task runs: they no longer count.
    expect(d.servers.filter((s) => s.toDelete).map((s) => s.host)).toEqual(['dns200.anycast.me', 'ns200.anycast.me']);
    expect(await reg.getRegistrarCorrections(dcNs('ns1.example.net', 'ns2.example.net'))).toEqual([]);
  });

  it('shares the DNS provider\'s client for the same creds entry (the server time is read once)', async () => {
    await fresh();
    fake.register(Z, ['dns200.anycast.me', 'ns200.anycast.me']);
    // The run hands both roles of one creds entry the same `shared` map (src/run/providers.ts).
    const shared = new Map<string, unknown>();
    const dns = (await ovh.createDns!({ credkey: 'ovh-shared', creds: creds(), meta: {}, shared })) as OvhProvider;
    const reg = (await ovh.createRegistrar!({ credkey: 'ovh-shared', creds: creds(), meta: {}, shared })) as OvhRegistrar;
    expect(reg.client).toBe(dns.api.client);
    expect(await dns.getNameservers(Z)).toEqual(['dns200.anycast.me', 'ns200.anycast.me']);
    expect(await reg.getRegistrarCorrections(dcNs(...await dns.getNameservers(Z)))).toEqual([]);
    expect(reg.client.timeSyncs).toBe(1);
    expect(Object.entries(fake.stats.byRoute).filter(([k]) => k.endsWith('/auth/time')).map(([, v]) => v)).toEqual([1]);
  });

  it('a task answered with status "error" fails with its comment; a refused update leaves the delegation; no secret shows', async () => {
    await fresh();
    fake.register(Z, ['a.old.example', 'b.old.example']);
    const reg = await registrar();
    fake.failTask = 'The registry refused the name servers';
    const c = await reg.getRegistrarCorrections(dcNs('ns1.example.net', 'ns2.example.net'));
    const e = await failure(c[0]!.run!());
    expect(e.message).toMatch(/^OVH example\.com: the nameserver update task \d+ failed: The registry refused the name servers$/);
    expect(live()).toEqual(['a.old.example', 'b.old.example']);
    fake.failTask = undefined;
    // The PUT went through, the update does not: an error naming the call, the delegation as it was.
    fake.faults = { rate: 1, statuses: [500], match: (r) => r.path.endsWith('/nameServers/update') };
    const e2 = await failure(c[0]!.run!());
    expect(e2.message).toMatch(/POST .*nameServers\/update.*500/);
    expect(live()).toEqual(['a.old.example', 'b.old.example']);
    noSecrets(e); noSecrets(e2);
  });

  it('a domain not registered with the account is an error naming it; a server without a host is a clear error', async () => {
    await fresh();
    const reg = await registrar();
    const e = await failure(reg.getRegistrarCorrections(dcNs('ns1.example.net')));
    expect(e.message).toBe('OVH example.com: no such domain registered with this OVH account (GET /domain/{domain}/nameServer: 404)');
    const d = fake.register(Z, ['a.old.example', 'b.old.example']);
    (d.servers[0] as { host: unknown }).host = null;
    const e2 = await failure(reg.getRegistrarCorrections(dcNs('ns1.example.net')));
    expect(e2.message).toMatch(/^OVH example\.com: GET \/domain\/example\.com\/nameServer\/\{id\} answered a server without a host name$/);
  });
});
