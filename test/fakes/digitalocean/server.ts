// A fake DigitalOcean API v2 (domains, domain records): page/per_page (≤200) with links.pages.next,
// Bearer auth, 404/422 bodies {id, message}, ratelimit-* headers, and the documented quirks: relative
// names with "@", hostnames read back without the dot ("@" for the apex), CAA written with a trailing
// dot and read without, one unquoted TXT string, TTL ≥ 30, SOA not deletable.
import { startFake, type FakeRequest, type FakeResponse, type FakeServer } from '../_server.js';
import { defineFake } from '../fake.js';

export interface DoRecord {
  id: number; type: string; name: string; data: string; priority: number | null; port: number | null;
  ttl: number; weight: number | null; flags: number | null; tag: string | null;
}
interface Domain { name: string; ttl: number; records: Map<number, DoRecord> }

export interface DigitalOceanFake extends FakeServer {
  token: string;
  domains: Map<string, Domain>;
}

const TYPES = new Set(['A', 'AAAA', 'CAA', 'CNAME', 'MX', 'NS', 'SOA', 'SRV', 'TXT']);
class DoError extends Error {
  readonly status: number; readonly id: string;
  constructor(status: number, id: string, message: string) { super(message); this.status = status; this.id = id; }
}
const headers = { 'ratelimit-limit': '5000', 'ratelimit-remaining': '4999', 'ratelimit-reset': String(Math.floor(Date.now() / 1000) + 3600) };
const ok = (status: number, body?: unknown): FakeResponse => ({ status, headers, body });

export async function startDigitalOceanFake(opts: { seed?: number } = {}): Promise<DigitalOceanFake> {
  const token = `dop_v1_${Math.random().toString(16).slice(2)}${Math.random().toString(16).slice(2)}`;
  const domains = new Map<string, Domain>();
  let nextId = 1000;
  let fake!: DigitalOceanFake;

  const page = (req: FakeRequest, key: string, items: unknown[]): FakeResponse => {
    const per = Math.min(Number(req.query.get('per_page') ?? 20), 200);
    const p = Number(req.query.get('page') ?? 1);
    const slice = items.slice((p - 1) * per, p * per);
    const pages: Record<string, string> = {};
    const base = `${fake.url}${req.path}?per_page=${per}&page=`;
    if (p * per < items.length) { pages.next = base + (p + 1); pages.last = base + Math.ceil(items.length / per); }
    if (p > 1) { pages.prev = base + (p - 1); pages.first = base + 1; }
    return ok(200, { [key]: slice, links: { pages }, meta: { total: items.length } });
  };

  const build = (d: Domain, b: Record<string, unknown>, prior?: DoRecord): DoRecord => {
    const type = String(b.type ?? prior?.type ?? '');
    if (!TYPES.has(type) || type === 'SOA') throw new DoError(422, 'unprocessable_entity', `Type ${type} is not a supported record type.`);
    const name = String(b.name ?? prior?.name ?? '');
    if (!name) throw new DoError(422, 'unprocessable_entity', 'Name can\'t be blank.');
    let data = String(b.data ?? prior?.data ?? '');
    const ttl = Number(b.ttl ?? prior?.ttl ?? 1800);
    if (ttl < 30) throw new DoError(422, 'unprocessable_entity', 'TTL must be at least 30.');
    if (type === 'TXT' && (data === '' || data.includes('\\'))) throw new DoError(422, 'unprocessable_entity', 'Data is invalid.');
    if (type === 'CAA') {
      if (!data.endsWith('.')) throw new DoError(422, 'unprocessable_entity', 'CAA data must end with a dot.');
      data = data.slice(0, -1);
    }
    if (['CNAME', 'MX', 'NS', 'SRV'].includes(type)) {
      if (data === '.' ) throw new DoError(422, 'unprocessable_entity', 'Data is invalid.');
      data = data.replace(/\.$/, '').toLowerCase();
      if (data === d.name) data = '@';
    }
    const n = (k: string) => (b[k] ?? (prior as unknown as Record<string, unknown> | undefined)?.[k] ?? null) as number | null;
    return {
      id: prior?.id ?? nextId++, type, name: name.toLowerCase(), data, ttl,
      priority: ['MX', 'SRV'].includes(type) ? n('priority') : null,
      port: type === 'SRV' ? n('port') : null, weight: type === 'SRV' ? n('weight') : null,
      flags: type === 'CAA' ? n('flags') : null, tag: type === 'CAA' ? String(b.tag ?? prior?.tag) : null,
    };
  };

  const addDomain = (name: string): Domain => {
    const d: Domain = { name, ttl: 1800, records: new Map() };
    for (const ns of ['ns1', 'ns2', 'ns3']) { const id = nextId++; d.records.set(id, { id, type: 'NS', name: '@', data: `${ns}.digitalocean.com`, ttl: 1800, priority: null, port: null, weight: null, flags: null, tag: null }); }
    const soa = nextId++;
    d.records.set(soa, { id: soa, type: 'SOA', name: '@', data: '1800', ttl: 1800, priority: null, port: null, weight: null, flags: null, tag: null });
    domains.set(name, d);
    return d;
  };

  const handle = (req: FakeRequest): FakeResponse => {
    const p = req.path.replace(/^\/v2/, '').split('/').filter(Boolean);
    const body = () => (req.body ? JSON.parse(req.body) : {}) as Record<string, unknown>;
    try {
      if (p[0] !== 'domains') throw new DoError(404, 'not_found', 'The resource you were accessing could not be found.');
      if (p.length === 1 && req.method === 'GET') return page(req, 'domains', [...domains.values()].map((d) => ({ name: d.name, ttl: d.ttl, zone_file: '' })));
      if (p.length === 1 && req.method === 'POST') {
        const name = String(body().name ?? '').toLowerCase();
        if (domains.has(name)) throw new DoError(422, 'unprocessable_entity', 'Name already exists');
        const d = addDomain(name);
        return ok(201, { domain: { name: d.name, ttl: d.ttl, zone_file: null } });
      }
      const d = domains.get(p[1]!);
      if (!d) throw new DoError(404, 'not_found', 'The resource you were accessing could not be found.');
      if (p.length === 2 && req.method === 'GET') return ok(200, { domain: { name: d.name, ttl: d.ttl, zone_file: '' } });
      if (p[2] !== 'records') throw new DoError(404, 'not_found', 'The resource you were accessing could not be found.');
      if (p.length === 3 && req.method === 'GET') return page(req, 'domain_records', [...d.records.values()]);
      if (p.length === 3 && req.method === 'POST') { const r = build(d, body()); d.records.set(r.id, r); return ok(201, { domain_record: r }); }
      const r = d.records.get(Number(p[3]));
      if (!r) throw new DoError(404, 'not_found', 'The resource you were accessing could not be found.');
      if (req.method === 'GET') return ok(200, { domain_record: r });
      if (req.method === 'DELETE') {
        if (r.type === 'SOA') throw new DoError(422, 'unprocessable_entity', 'SOA records cannot be deleted.');
        d.records.delete(r.id); return ok(204);
      }
      if (req.method === 'PUT' || req.method === 'PATCH') { const n = build(d, body(), r); d.records.set(r.id, n); return ok(200, { domain_record: n }); }
      throw new DoError(405, 'method_not_allowed', 'Method not allowed');
    } catch (e) {
      if (e instanceof DoError) return { status: e.status, headers, body: { id: e.id, message: e.message } };
      throw e;
    }
  };

  const server = await startFake({
    seed: opts.seed,
    authorize: (req) => (req.headers.authorization === `Bearer ${token}` ? undefined : { status: 401, body: { id: 'unauthorized', message: 'Unable to authenticate you' } }),
    handle,
    faultResponse: (status, retryAfter) => ({
      status, headers: status === 429 ? { ...headers, 'ratelimit-remaining': '0', ...(retryAfter !== undefined ? { 'retry-after': String(retryAfter) } : {}), 'ratelimit-reset': String(Math.floor(Date.now() / 1000)) } : {},
      body: { id: status === 429 ? 'too_many_requests' : 'server_error', message: status === 429 ? 'API Rate limit exceeded.' : 'Server Error' },
    }),
  });
  fake = Object.assign(server, { token, domains });
  return fake;
}

/** This fake as the suites find it from the provider registry (test/fakes/fake.ts). */
export const fake = defineFake({
  start: () => startDigitalOceanFake(),
  creds: (f) => ({ token: f.token, base_url: `${f.url}/v2` }),
  probe: {
    path: () => '/v2/domains',
    badAuth: { authorization: 'Bearer nope' },
    denied: 401,
    throttle: { status: 429, retryAfter: '7', body: /too_many_requests/ },
  },
});
