// A fake ClouDNS API, following ClouDNS's API documentation (https://www.cloudns.net/wiki/article/42/ "API
// documentation", and its DNS pages: "List zones" /dns/list-zones.json, "Register a new zone"
// /dns/register.json, "List records" /dns/records.json, "Add record" /dns/add-record.json, "Modify record"
// /dns/mod-record.json, "Delete record" /dns/delete-record.json, "Available TTL" /dns/get-available-ttl.json,
// "Available name servers" /dns/available-name-servers.json, DNSSEC /dns/get-dnssec-ds-records.json,
// /dns/activate-dnssec.json, /dns/deactivate-dnssec.json) and DNSControl's providers/cloudns/api.go for the
// read field names. Every call is a GET, the credentials (auth-id or sub-auth-id, auth-password) in the query
// string; every failure, a bad credential and throttling included, is HTTP 200 with {"status":"Failed",
// "statusDescription":…}. Kept: only the listed TTLs, records.json as an object keyed by id ([] when empty),
// WR written and CLOUD_WR read, write and read parameter names that differ (fptype/fp_type, key-tag/key_tag,
// lat-deg/lat_deg …), geodns-code kept per record, and the order rules: an NS whose target is below its own
// name needs that target's A/AAAA first, a DS needs an NS at its name (so an NS with a DS cannot go first),
// no DS at the apex. In fault mode a 429 is ClouDNS's block message at HTTP 200; a 500 is an edge's 500.
import { startFake, type FakeRequest, type FakeResponse, type FakeServer } from '../_server.js';
import { defineFake } from '../fake.js';

export type CRecord = Record<string, string> & { id: string; type: string; host: string; record: string; ttl: string };
interface Zone { name: string; records: Map<string, CRecord>; dnssec: boolean }

export interface CloudnsFake extends FakeServer {
  authId: string;
  subAuthId: string;
  password: string;
  zones: Map<string, Zone>;
  ttls: number[];
}

const TTLS = [60, 300, 900, 1800, 3600, 21600, 43200, 86400, 172800, 259200, 604800, 1209600, 2419200];
const TYPES = new Set(['A', 'AAAA', 'MX', 'CNAME', 'TXT', 'NS', 'SRV', 'WR', 'ALIAS', 'SSHFP', 'PTR', 'NAPTR', 'CAA', 'TLSA', 'DS', 'DNAME', 'LOC']);
const HOSTS = new Set(['MX', 'CNAME', 'NS', 'SRV', 'ALIAS', 'PTR', 'DNAME']);
/** Write parameter → read field, where ClouDNS names them differently. */
const READ_NAME: Record<string, string> = {
  fptype: 'fp_type', 'key-tag': 'key_tag', 'digest-type': 'digest_type', 'lat-deg': 'lat_deg', 'lat-min': 'lat_min', 'lat-sec': 'lat_sec',
  'lat-dir': 'lat_dir', 'long-deg': 'long_deg', 'long-min': 'long_min', 'long-sec': 'long_sec', 'long-dir': 'long_dir',
  'h-precision': 'h_precision', 'v-precision': 'v_precision',
};
const EXTRA = ['priority', 'weight', 'port', 'caa_flag', 'caa_type', 'caa_value', 'tlsa_usage', 'tlsa_selector', 'tlsa_matching_type', 'algorithm', 'fptype',
  'key-tag', 'digest-type', 'lat-deg', 'lat-min', 'lat-sec', 'lat-dir', 'long-deg', 'long-min', 'long-sec', 'long-dir', 'altitude', 'size', 'h-precision',
  'v-precision', 'order', 'pref', 'flag', 'params', 'regexp', 'replace', 'geodns-code'];

const PREMIUM = ['pns41.cloudns.net', 'pns42.cloudns.net', 'pns43.cloudns.net', 'pns44.cloudns.net'];

class Failed extends Error {}

export async function startCloudnsFake(opts: { seed?: number } = {}): Promise<CloudnsFake> {
  const authId = String(100000 + Math.floor(Math.random() * 900000));
  const subAuthId = String(2000000 + Math.floor(Math.random() * 900000));
  const password = `p@ss w&rd+${Math.random().toString(36).slice(2)}`;
  const zones = new Map<string, Zone>();
  let nextId = 300000;
  let fake!: CloudnsFake;

  const ok = (body: unknown): FakeResponse => ({ status: 200, body });
  const zoneOf = (q: URLSearchParams): Zone => {
    const z = zones.get((q.get('domain-name') ?? '').toLowerCase());
    if (!z) throw new Failed('Missing domain-name');
    return z;
  };
  const fqdnOf = (z: Zone, host: string) => (host ? `${host}.${z.name}` : z.name);
  const targetName = (z: Zone, t: string) => (t.endsWith('.') ? t.slice(0, -1) : t.includes('.') ? t : `${t}.${z.name}`).toLowerCase();

  const build = (z: Zone, q: URLSearchParams, prior?: CRecord): CRecord => {
    const wtype = (q.get('record-type') ?? prior?.type ?? '').toUpperCase();
    if (!TYPES.has(wtype === 'CLOUD_WR' ? 'WR' : wtype)) throw new Failed('Invalid record type.');
    const type = wtype === 'WR' ? 'CLOUD_WR' : wtype;
    const host = (q.get('host') ?? prior?.host ?? '').toLowerCase().replace(/^@$/, '');
    const ttl = Number(q.get('ttl') ?? prior?.ttl ?? 3600);
    if (!fake.ttls.includes(ttl)) throw new Failed('Invalid TTL. Choose from the list of the values we support.');
    let record = q.get('record') ?? prior?.record ?? '';
    if (type !== 'LOC' && record === '') throw new Failed('Missing record.');
    if (HOSTS.has(type)) record = record.replace(/\.$/, '').toLowerCase();
    if (type === 'DS' && host === '') throw new Failed('DS records can be added only for subdomains (delegated zones).');
    if (type === 'TXT' && /["`]/.test(record)) throw new Failed('Invalid TXT record.');
    if (type === 'SRV' && (record === '' || record === '.')) throw new Failed('Invalid SRV record.');
    if (type === 'CLOUD_WR' && !/^https?:\/\//.test(record)) throw new Failed('Invalid redirect URL.');
    const r: CRecord = { id: prior?.id ?? String(nextId++), type, host, record, ttl: String(ttl), status: '1' } as CRecord;
    for (const k of EXTRA) { const v = q.get(k) ?? prior?.[READ_NAME[k] ?? k]; if (v !== undefined && v !== null) r[READ_NAME[k] ?? k] = v; }
    if (type === 'DS') { r.dsalgorithm = r.algorithm ?? '0'; delete r.algorithm; r.dsdigest = record; }
    if (type === 'CAA') r.record = r.caa_value ?? record;
    const others = [...z.records.values()].filter((o) => o.id !== r.id);
    // A duplicate has the same content: every field but id and TTL (a NAPTR differs by order, pref, flag …).
    const content = (x: CRecord) => JSON.stringify(Object.entries(x).filter(([k]) => !['id', 'ttl', 'status'].includes(k)).sort(([a], [b]) => a.localeCompare(b)));
    const same = (o: CRecord) => content(o) === content(r);
    if (others.some(same)) throw new Failed('This record already exists.');
    // An NS target below its own name is resolved in the zone: its A/AAAA must be there already.
    if (type === 'NS' && host !== '') {
      const t = targetName(z, record);
      if (t.endsWith(`.${fqdnOf(z, host)}`) && !others.some((o) => (o.type === 'A' || o.type === 'AAAA') && fqdnOf(z, o.host) === t)) {
        throw new Failed(`Invalid record: ${t} needs an A or AAAA record in the zone first.`);
      }
    }
    if (type === 'DS' && !others.some((o) => o.type === 'NS' && o.host === host)) throw new Failed('A DS record needs an NS record for the same host.');
    return r;
  };

  const handle = (req: FakeRequest): FakeResponse => {
    const q = req.query;
    try {
      if (req.method !== 'GET') throw new Failed('Invalid request method.');
      switch (req.path) {
        case '/dns/login.json': return ok({ status: 'Success', statusDescription: 'Success login.' });
        case '/dns/list-zones.json': {
          const per = Number(q.get('rows-per-page'));
          if (![10, 20, 30, 50, 100].includes(per)) throw new Failed('Invalid rows-per-page.');
          const page = Number(q.get('page') ?? 1);
          return ok([...zones.values()].slice((page - 1) * per, page * per).map((z) => ({ name: z.name, type: 'master', zone: 'domain', status: '1' })));
        }
        case '/dns/register.json': {
          const name = (q.get('domain-name') ?? '').toLowerCase();
          if (!/^[a-z0-9-]+(\.[a-z0-9-]+)+$/.test(name)) throw new Failed('Invalid domain-name.');
          if (zones.has(name)) throw new Failed('The zone already exists.');
          if (q.get('zone-type') !== 'master') throw new Failed('Invalid zone-type.');
          // A new zone gets NS records for the account's name servers at its apex.
          const z: Zone = { name, records: new Map(), dnssec: false };
          for (const ns of PREMIUM) { const id = String(nextId++); z.records.set(id, { id, type: 'NS', host: '', record: ns, ttl: '3600', status: '1' } as CRecord); }
          zones.set(name, z);
          return ok({ status: 'Success', statusDescription: 'Domain zone example.com was created successfully.' });
        }
        case '/dns/get-available-ttl.json': zoneOf(q); return ok(fake.ttls);
        case '/dns/available-name-servers.json':
          return ok([{ type: 'free', name: 'ns1.cloudns.net', ip4: '185.136.96.1' }, ...PREMIUM.map((name) => ({ type: 'premium', name }))]);
        case '/dns/records.json': {
          const z = zoneOf(q);
          return ok(z.records.size === 0 ? [] : Object.fromEntries([...z.records].map(([id, r]) => [id, r])));
        }
        case '/dns/add-record.json': {
          const z = zoneOf(q); const r = build(z, q); z.records.set(r.id, r);
          return ok({ status: 'Success', statusDescription: 'The record was added successfully.', data: { id: Number(r.id) } });
        }
        case '/dns/mod-record.json': {
          const z = zoneOf(q); const prior = z.records.get(q.get('record-id') ?? '');
          if (!prior) throw new Failed('Invalid record-id param.');
          const r = build(z, q, prior); z.records.set(r.id, r);
          return ok({ status: 'Success', statusDescription: 'The record was modified successfully.' });
        }
        case '/dns/delete-record.json': {
          const z = zoneOf(q); const r = z.records.get(q.get('record-id') ?? '');
          if (!r) throw new Failed('Invalid record-id param.');
          const rest = [...z.records.values()].filter((o) => o.id !== r.id);
          if (r.type === 'NS' && rest.some((o) => o.type === 'DS' && o.host === r.host) && !rest.some((o) => o.type === 'NS' && o.host === r.host)) {
            throw new Failed('The NS record cannot be deleted while a DS record for the host exists.');
          }
          z.records.delete(r.id);
          return ok({ status: 'Success', statusDescription: 'The record was deleted successfully.' });
        }
        case '/dns/get-dnssec-ds-records.json': {
          const z = zoneOf(q);
          if (!z.dnssec) throw new Failed('The DNSSEC is not active.');
          return ok({ status: 1, ds: [`${z.name}. 3600 IN DS 12345 13 2 ABCDEF`] });
        }
        case '/dns/activate-dnssec.json': zoneOf(q).dnssec = true; return ok({ status: 'Success', statusDescription: 'The DNSSEC is activated.' });
        case '/dns/deactivate-dnssec.json': zoneOf(q).dnssec = false; return ok({ status: 'Success', statusDescription: 'The DNSSEC is deactivated.' });
        default: throw new Failed('Invalid request.');
      }
    } catch (e) {
      if (e instanceof Failed) return ok({ status: 'Failed', statusDescription: e.message });
      throw e;
    }
  };

  const server = await startFake({
    seed: opts.seed,
    authorize: (req) => {
      const q = req.query;
      const id = q.get('auth-id'); const sub = q.get('sub-auth-id');
      const who = (id && id === authId) || (!id && sub === subAuthId);
      return who && q.get('auth-password') === password ? undefined
        : ok({ status: 'Failed', statusDescription: 'Invalid authentication, incorrect auth-id or auth-password.' });
    },
    handle,
    faultResponse: (status) => (status === 429
      ? ok({ status: 'Failed', statusDescription: 'Request blocked. 127.0.0.1 is sending more than 20 requests per second.' })
      : { status, body: 'Internal Server Error' }),
  });
  fake = Object.assign(server, {
    authId, subAuthId, password, zones, ttls: [...TTLS],
    // Every call is a GET: the writes are these paths.
    isWrite: (req: FakeRequest) => /\/(add-record|mod-record|delete-record|register|activate-dnssec|deactivate-dnssec)\.json$/.test(req.path),
  });
  return fake;
}

/** This fake as the suites find it from the provider registry (test/fakes/fake.ts). */
export const fake = defineFake({
  start: () => startCloudnsFake(),
  creds: (f) => ({ 'auth-id': f.authId, 'auth-password': f.password, base_url: f.url }),
  probe: {
    path: () => '/dns/list-zones.json?auth-id=1&auth-password=nope&page=1&rows-per-page=10',
    badAuth: {},
    // Failures, a bad credential included, are HTTP 200 with status "Failed"; so is throttling.
    denied: 200,
    throttle: { status: 200, body: /Request blocked/ },
  },
});
