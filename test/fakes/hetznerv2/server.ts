// A fake Hetzner Cloud DNS API (api.hetzner.cloud/v1 zones + rrsets, as hcloud-go uses it): Bearer auth,
// page/per_page with meta.pagination.next_page, rrset ids "name/TYPE", actions (set_records, change_ttl)
// that finish at once, {error:{code,message}} errors, 429 rate_limit_exceeded with RateLimit-* headers,
// lowercase relative names with "@", quoted TXT, ttl null = zone default.
import { startFake, type FakeRequest, type FakeResponse, type FakeServer } from '../_server.js';
import { defineFake } from '../fake.js';

export interface HRRSet { name: string; type: string; ttl: number | null; records: Array<{ value: string; comment: string }> }
interface Zone { id: number; name: string; ttl: number; rrsets: Map<string, HRRSet> }

export interface HetznerV2Fake extends FakeServer {
  token: string;
  zones: Map<number, Zone>;
  maxPerPage: number;
}

const TYPES = new Set(['A', 'AAAA', 'CAA', 'CNAME', 'DS', 'HINFO', 'HTTPS', 'MX', 'NS', 'PTR', 'RP', 'SOA', 'SRV', 'SVCB', 'TLSA', 'TXT']);
const NS = ['hydrogen.ns.hetzner.com.', 'oxygen.ns.hetzner.com.', 'helium.ns.hetzner.de.'];
class HError extends Error {
  readonly status: number; readonly code: string;
  constructor(status: number, code: string, message: string) { super(message); this.status = status; this.code = code; }
}
const rl = () => ({ 'ratelimit-limit': '3600', 'ratelimit-remaining': '3599', 'ratelimit-reset': String(Math.floor(Date.now() / 1000) + 1) });
let actionId = 1;
const action = (command: string) => ({ id: actionId++, command, status: 'success', progress: 100, started: '2026-01-01T00:00:00Z', finished: '2026-01-01T00:00:00Z', error: null });

function paginate<T>(req: FakeRequest, items: T[], max: number) {
  const per = Math.min(Number(req.query.get('per_page') ?? 25), max);
  const page = Number(req.query.get('page') ?? 1);
  const last = Math.max(1, Math.ceil(items.length / per));
  return {
    items: items.slice((page - 1) * per, page * per),
    meta: { pagination: { page, per_page: per, previous_page: page > 1 ? page - 1 : null, next_page: page < last ? page + 1 : null, last_page: last, total_entries: items.length } },
  };
}

function checkRecords(type: string, records: unknown): Array<{ value: string; comment: string }> {
  if (!Array.isArray(records) || records.length === 0) throw new HError(422, 'invalid_input', 'records must not be empty');
  return records.map((r: { value?: string; comment?: string }) => {
    const v = String(r.value ?? '');
    if (type === 'TXT' && !v.startsWith('"')) throw new HError(422, 'invalid_input', `invalid TXT value ${v}: must be quoted`);
    if (type === 'TXT') for (const s of v.match(/"((?:[^"\\]|\\.)*)"/g) ?? []) if (s.length - 2 > 255) throw new HError(422, 'invalid_input', 'TXT string longer than 255 characters');
    if (['CNAME', 'NS', 'PTR'].includes(type) && !v.endsWith('.')) throw new HError(422, 'invalid_input', `invalid ${type} value ${v}: must be fully qualified`);
    return { value: v, comment: r.comment ?? '' };
  });
}

export async function startHetznerV2Fake(opts: { seed?: number } = {}): Promise<HetznerV2Fake> {
  const token = `hcloud${Math.random().toString(36).slice(2)}${Math.random().toString(36).slice(2)}`;
  const zones = new Map<number, Zone>();
  let nextZone = 1;
  let fake!: HetznerV2Fake;
  const zoneJson = (z: Zone) => ({ id: z.id, name: z.name, mode: 'primary', ttl: z.ttl, status: 'ok', record_count: z.rrsets.size, authoritative_nameservers: { assigned: NS.map((n) => n.slice(0, -1)) }, protection: { delete: false }, labels: {} });
  const rrJson = (z: Zone, r: HRRSet) => ({ id: `${r.name}/${r.type}`, ...r, labels: {}, protection: { change: false }, zone: z.id });
  const zoneOf = (idOrName: string) => {
    const z = [...zones.values()].find((x) => String(x.id) === idOrName || x.name === idOrName);
    if (!z) throw new HError(404, 'not_found', 'zone not found');
    return z;
  };
  const cnameConflict = (z: Zone, name: string, type: string) => {
    const others = [...z.rrsets.values()].filter((r) => r.name === name && r.type !== type);
    if (type === 'CNAME' ? others.length > 0 : others.some((r) => r.type === 'CNAME')) throw new HError(422, 'invalid_input', `CNAME conflict at ${name}`);
  };

  const handle = (req: FakeRequest): FakeResponse => {
    const p = req.path.replace(/^\/v1/, '').split('/').filter(Boolean);
    const body = () => (req.body ? JSON.parse(req.body) : {}) as Record<string, unknown>;
    const ok = (status: number, b: unknown): FakeResponse => ({ status, headers: rl(), body: b });
    try {
      if (p[0] === 'actions' && p[1]) return ok(200, { action: { ...action('get'), id: Number(p[1]) } });
      if (p[0] !== 'zones') throw new HError(404, 'not_found', 'not found');
      if (p.length === 1 && req.method === 'GET') {
        const list = [...zones.values()].filter((z) => !req.query.get('name') || z.name === req.query.get('name'));
        const pg = paginate(req, list.map(zoneJson), 100);
        return ok(200, { zones: pg.items, meta: pg.meta });
      }
      if (p.length === 1 && req.method === 'POST') {
        const b = body();
        const name = String(b.name ?? '').toLowerCase();
        if ([...zones.values()].some((z) => z.name === name)) throw new HError(409, 'uniqueness_error', 'zone name is already used');
        const z: Zone = { id: nextZone++, name, ttl: Number(b.ttl ?? 3600), rrsets: new Map() };
        z.rrsets.set('@/NS', { name: '@', type: 'NS', ttl: null, records: NS.map((v) => ({ value: v, comment: '' })) });
        z.rrsets.set('@/SOA', { name: '@', type: 'SOA', ttl: null, records: [{ value: `${NS[0]} dns.hetzner.com. 2026010100 86400 10800 3600000 3600`, comment: '' }] });
        zones.set(z.id, z);
        return ok(201, { zone: zoneJson(z), action: { ...action('create_zone'), status: 'running' } });
      }
      const z = zoneOf(p[1]!);
      if (p.length === 2 && req.method === 'GET') return ok(200, { zone: zoneJson(z) });
      if (p[2] !== 'rrsets') throw new HError(404, 'not_found', 'not found');
      if (p.length === 3 && req.method === 'GET') {
        const pg = paginate(req, [...z.rrsets.values()].map((r) => rrJson(z, r)), fake.maxPerPage);
        return ok(200, { rrsets: pg.items, meta: pg.meta });
      }
      if (p.length === 3 && req.method === 'POST') {
        const b = body();
        const name = String(b.name ?? ''); const type = String(b.type ?? '');
        if (name !== name.toLowerCase() || name.endsWith('.') || (name !== '@' && name.endsWith(z.name))) throw new HError(422, 'invalid_input', `invalid rrset name ${name}`);
        if (!TYPES.has(type) || type === 'SOA') throw new HError(422, 'invalid_input', `invalid type ${type}`);
        if (z.rrsets.has(`${name}/${type}`)) throw new HError(409, 'uniqueness_error', 'rrset already exists');
        const rr: HRRSet = { name, type, ttl: b.ttl === undefined || b.ttl === null ? null : Number(b.ttl), records: checkRecords(type, b.records) };
        cnameConflict(z, name, type);
        z.rrsets.set(`${name}/${type}`, rr);
        return ok(201, { rrset: rrJson(z, rr), action: action('create_rrset') });
      }
      const key = `${p[3]}/${p[4]}`;
      const rr = z.rrsets.get(key);
      if (!rr) throw new HError(404, 'not_found', `rrset ${key} not found`);
      if (p.length === 5 && req.method === 'GET') return ok(200, { rrset: rrJson(z, rr) });
      if (p.length === 5 && req.method === 'DELETE') {
        if (rr.type === 'SOA' || (rr.name === '@' && rr.type === 'NS')) throw new HError(422, 'invalid_input', 'apex SOA/NS cannot be deleted');
        z.rrsets.delete(key); return ok(200, { action: action('delete_rrset') });
      }
      if (p[5] === 'actions' && req.method === 'POST') {
        const b = body();
        if (p[6] === 'set_records') { rr.records = checkRecords(rr.type, b.records); return ok(201, { action: action('set_records') }); }
        if (p[6] === 'change_ttl') { rr.ttl = b.ttl === null || b.ttl === undefined ? null : Number(b.ttl); return ok(201, { action: action('change_ttl') }); }
      }
      throw new HError(404, 'not_found', 'not found');
    } catch (e) {
      if (e instanceof HError) return { status: e.status, headers: rl(), body: { error: { code: e.code, message: e.message, details: {} } } };
      throw e;
    }
  };

  const server = await startFake({
    seed: opts.seed,
    authorize: (req) => (req.headers.authorization === `Bearer ${token}` ? undefined : { status: 401, body: { error: { code: 'unauthorized', message: 'unable to authenticate', details: {} } } }),
    handle,
    faultResponse: (status): FakeResponse => ({
      status, headers: status === 429 ? { 'ratelimit-limit': '3600', 'ratelimit-remaining': '0', 'ratelimit-reset': String(Math.floor(Date.now() / 1000)) } : {},
      body: { error: { code: status === 429 ? 'rate_limit_exceeded' : 'server_error', message: status === 429 ? 'limit of 3600 requests per hour reached' : 'internal error', details: {} } },
    }),
  });
  fake = Object.assign(server, { token, zones, maxPerPage: 100 });
  return fake;
}

/** This fake as the suites find it from the provider registry (test/fakes/fake.ts). */
export const fake = defineFake({
  start: () => startHetznerV2Fake(),
  creds: (f) => ({ api_token: f.token, base_url: `${f.url}/v1` }),
  probe: {
    path: () => '/v1/zones',
    badAuth: { authorization: 'Bearer nope' },
    denied: 401,
    throttle: { status: 429, body: /rate_limit_exceeded/ },
  },
});
