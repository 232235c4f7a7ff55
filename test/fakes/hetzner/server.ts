// A fake Hetzner DNS Console API (dns.hetzner.com/api/v1, the legacy one): Auth-API-Token header, zones
// and records with page/per_page and meta.pagination.last_page, 404 on page 1 of an empty zone list,
// bulk POST/PUT /records/bulk, presentation-format values (quoted TXT), ttl null = zone default.
import { randomBytes } from 'node:crypto';
import { startFake, type FakeRequest, type FakeResponse, type FakeServer } from '../_server.js';
import { defineFake } from '../fake.js';

export interface HRecord { id: string; zone_id: string; type: string; name: string; value: string; ttl?: number }
interface Zone { id: string; name: string; ttl: number; records: Map<string, HRecord> }

export interface HetznerFake extends FakeServer {
  token: string;
  zones: Map<string, Zone>;
}

const TYPES = new Set(['A', 'AAAA', 'CAA', 'CNAME', 'DS', 'MX', 'NS', 'SRV', 'TLSA', 'TXT', 'SOA', 'PTR', 'HINFO', 'RP']);
const id = () => randomBytes(11).toString('hex');
class HError extends Error {
  readonly status: number;
  constructor(status: number, message: string) { super(message); this.status = status; }
}

export async function startHetznerFake(opts: { seed?: number } = {}): Promise<HetznerFake> {
  const token = `hz${randomBytes(16).toString('hex')}`;
  const zones = new Map<string, Zone>();
  const zoneJson = (z: Zone) => ({ id: z.id, name: z.name, ttl: z.ttl, ns: ['hydrogen.ns.hetzner.com', 'oxygen.ns.hetzner.com', 'helium.ns.hetzner.de'], records_count: z.records.size });
  const page = <T>(req: FakeRequest, items: T[]) => {
    const per = Math.min(Number(req.query.get('per_page') ?? 100), 100);
    const p = Number(req.query.get('page') ?? 1);
    return { items: items.slice((p - 1) * per, p * per), meta: { pagination: { page: p, per_page: per, last_page: Math.max(1, Math.ceil(items.length / per)), total_entries: items.length } } };
  };
  const build = (z: Zone, b: Partial<HRecord>, prior?: HRecord): HRecord => {
    const type = String(b.type ?? prior?.type ?? '');
    if (!TYPES.has(type) || type === 'SOA') throw new HError(422, `invalid type ${type}`);
    const value = String(b.value ?? prior?.value ?? '');
    if (type === 'TXT' && !value.startsWith('"') && value.length !== 254 && value.length !== 255) throw new HError(422, 'TXT value must be quoted');
    const r: HRecord = { id: prior?.id ?? id(), zone_id: z.id, type, name: String(b.name ?? prior?.name ?? ''), value };
    const ttl = b.ttl ?? prior?.ttl;
    if (ttl !== undefined && ttl !== null) r.ttl = Number(ttl);
    return r;
  };
  const zoneOf = (zid: unknown) => {
    const z = zones.get(String(zid));
    if (!z) throw new HError(404, 'zone not found');
    return z;
  };

  const handle = (req: FakeRequest): FakeResponse => {
    const p = req.path.replace(/^\/api\/v1/, '').split('/').filter(Boolean);
    const body = () => (req.body ? JSON.parse(req.body) : {}) as Record<string, unknown>;
    try {
      if (p[0] === 'zones' && p.length === 1 && req.method === 'GET') {
        const list = [...zones.values()].filter((z) => !req.query.get('name') || z.name === req.query.get('name'));
        if (list.length === 0) throw new HError(404, 'zone not found');
        const pg = page(req, list.map(zoneJson));
        return { status: 200, body: { zones: pg.items, meta: pg.meta } };
      }
      if (p[0] === 'zones' && p.length === 1 && req.method === 'POST') {
        const b = body();
        const name = String(b.name ?? '').toLowerCase();
        if ([...zones.values()].some((z) => z.name === name)) throw new HError(422, 'zone already exists');
        const z: Zone = { id: id(), name, ttl: Number(b.ttl ?? 86400), records: new Map() };
        for (const ns of ['hydrogen.ns.hetzner.com.', 'oxygen.ns.hetzner.com.', 'helium.ns.hetzner.de.']) { const r = { id: id(), zone_id: z.id, type: 'NS', name: '@', value: ns }; z.records.set(r.id, r); }
        const soa = { id: id(), zone_id: z.id, type: 'SOA', name: '@', value: 'hydrogen.ns.hetzner.com. dns.hetzner.com. 2026010100 86400 10800 3600000 3600' };
        z.records.set(soa.id, soa);
        zones.set(z.id, z);
        return { status: 200, body: { zone: zoneJson(z) } };
      }
      if (p[0] === 'records' && p.length === 1 && req.method === 'GET') {
        const z = zoneOf(req.query.get('zone_id'));
        const pg = page(req, [...z.records.values()]);
        return { status: 200, body: { records: pg.items, meta: pg.meta } };
      }
      if (p[0] === 'records' && p.length === 1 && req.method === 'POST') {
        const b = body() as Partial<HRecord>;
        const z = zoneOf(b.zone_id);
        const r = build(z, b); z.records.set(r.id, r);
        return { status: 200, body: { record: r } };
      }
      if (p[0] === 'records' && p[1] === 'bulk') {
        const list = (body().records ?? []) as Array<Partial<HRecord>>;
        // Validate all first: the fake applies a bulk request all or nothing.
        const built = list.map((b) => {
          const z = zoneOf(b.zone_id);
          if (req.method === 'PUT') {
            const prior = z.records.get(String(b.id));
            if (!prior) throw new HError(404, `record ${b.id} not found`);
            return { z, r: build(z, b, prior) };
          }
          return { z, r: build(z, b) };
        });
        for (const { z, r } of built) z.records.set(r.id, r);
        return { status: 200, body: req.method === 'PUT' ? { records: built.map((x) => x.r), failed_records: [] } : { records: built.map((x) => x.r), valid_records: built.map((x) => x.r), invalid_records: [] } };
      }
      if (p[0] === 'records' && p.length === 2) {
        const z = [...zones.values()].find((x) => x.records.has(p[1]!));
        if (!z) throw new HError(404, 'record not found');
        if (req.method === 'DELETE') {
          if (z.records.get(p[1]!)!.type === 'SOA') throw new HError(422, 'SOA cannot be deleted');
          z.records.delete(p[1]!); return { status: 200, body: {} };
        }
        if (req.method === 'PUT') { const r = build(z, body() as Partial<HRecord>, z.records.get(p[1]!)); z.records.set(r.id, r); return { status: 200, body: { record: r } }; }
        return { status: 200, body: { record: z.records.get(p[1]!) } };
      }
      throw new HError(404, 'not found');
    } catch (e) {
      if (e instanceof HError) return { status: e.status, body: { error: { message: e.message, code: e.status } } };
      throw e;
    }
  };

  const server = await startFake({
    seed: opts.seed,
    authorize: (req) => (req.headers['auth-api-token'] === token ? undefined : { status: 401, body: { message: 'Invalid authentication credentials' } }),
    handle,
  });
  return Object.assign(server, { token, zones });
}

/** This fake as the suites find it from the provider registry (test/fakes/fake.ts). */
export const fake = defineFake({
  start: () => startHetznerFake(),
  creds: (f) => ({ api_key: f.token, base_url: `${f.url}/api/v1` }),
  oneRequest: true,
  probe: {
    path: () => '/api/v1/zones',
    badAuth: { 'auth-api-token': 'nope' },
    denied: 401,
    throttle: { status: 429, retryAfter: '7', body: /rate limited/ },
  },
});
