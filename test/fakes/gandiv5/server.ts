// A fake Gandi LiveDNS v5: Bearer (or legacy Apikey) auth, domains, records paged by Link rel="next",
// POST per rrset (409 if it exists), PUT /records/{name} replacing every type at a name, DELETE per name,
// presentation-format values, TTL 300–2592000, 429 without headers (as documented: none). The Domain API
// (api.gandi.net/docs/domains; go-gandi's domain.GetNameServers/UpdateNameServers, which DNSControl uses):
// GET /v5/domain/domains/{fqdn}/nameservers is the registered domain's delegation, a JSON array of names;
// PUT there with {"nameservers": [...]} sets the whole list (202, applied asynchronously at the registry:
// here at once); a domain not registered in the account is a 404, an empty or malformed list a 400.
import { startFake, type FakeRequest, type FakeResponse, type FakeServer } from '../_server.js';
import { defineFake } from '../fake.js';

export interface GRRSet { rrset_name: string; rrset_type: string; rrset_ttl: number; rrset_values: string[] }
interface Domain { fqdn: string; rrsets: Map<string, GRRSet> }

export interface GandiFake extends FakeServer {
  token: string;
  domains: Map<string, Domain>;
  perPage: number;
  /** Domains registered at Gandi (Domain API) → their delegation. */
  registered: Map<string, string[]>;
}

const TYPES = new Set(['A', 'AAAA', 'ALIAS', 'CAA', 'CDS', 'CNAME', 'DNAME', 'DS', 'HTTPS', 'KEY', 'LOC', 'MX', 'NAPTR', 'NS', 'PTR', 'SPF', 'SRV', 'SSHFP', 'SVCB', 'TLSA', 'TXT', 'WKS']);
class GError extends Error {
  readonly status: number; readonly body: unknown;
  constructor(status: number, message: string) { super(message); this.status = status; this.body = { code: status, message, object: 'HTTPError', cause: message }; }
}

function check(name: string, r: Omit<GRRSet, 'rrset_name'>): GRRSet {
  if (!TYPES.has(r.rrset_type)) throw new GError(400, `invalid rrset_type ${r.rrset_type}`);
  const ttl = Number(r.rrset_ttl ?? 10800);
  if (ttl < 300 || ttl > 2592000) throw new GError(400, 'rrset_ttl must be between 300 and 2592000');
  if (!Array.isArray(r.rrset_values) || r.rrset_values.length === 0) throw new GError(400, 'rrset_values must not be empty');
  if (r.rrset_type === 'ALIAS' && name !== '@') throw new GError(400, 'ALIAS is only allowed at the apex');
  return { rrset_name: name, rrset_type: r.rrset_type, rrset_ttl: ttl, rrset_values: [...r.rrset_values] };
}

export async function startGandiFake(opts: { seed?: number } = {}): Promise<GandiFake> {
  const token = `gandi-pat-${Math.random().toString(36).slice(2)}`;
  const domains = new Map<string, Domain>();
  let fake!: GandiFake;
  const k = (name: string, type: string) => `${name}/${type}`;
  const cnameOk = (d: Domain, name: string) => {
    const types = [...d.rrsets.values()].filter((r) => r.rrset_name === name).map((r) => r.rrset_type);
    if (types.includes('CNAME') && types.length > 1) throw new GError(409, `CNAME at ${name} cannot coexist with other records`);
  };

  const registered = new Map<string, string[]>();
  const domainApi = (req: FakeRequest): FakeResponse => {
    const p = req.path.replace(/^\/v5\/domain/, '').split('/').filter(Boolean);
    if (p[0] !== 'domains' || p[2] !== 'nameservers' || p.length !== 3) throw new GError(404, 'not found');
    const ns = registered.get(p[1]!);
    if (!ns) throw new GError(404, `domain ${p[1]} not found`);
    if (req.method === 'GET') return { status: 200, body: ns };
    if (req.method !== 'PUT') throw new GError(405, 'method not allowed');
    const list = (JSON.parse(req.body || '{}') as { nameservers?: unknown }).nameservers;
    if (!Array.isArray(list) || list.length === 0 || !list.every((n) => typeof n === 'string' && /^[a-z0-9.-]+$/i.test(n))) {
      throw new GError(400, 'nameservers: a non-empty list of host names is required');
    }
    registered.set(p[1]!, [...(list as string[])]);
    return { status: 202, body: { message: 'The nameservers are being updated' } };
  };

  const handle = (req: FakeRequest): FakeResponse => {
    const p = req.path.replace(/^\/v5\/livedns/, '').split('/').filter(Boolean);
    const body = () => (req.body ? JSON.parse(req.body) : {}) as Record<string, unknown>;
    try {
      if (req.path.startsWith('/v5/domain/')) return domainApi(req);
      if (p[0] !== 'domains') throw new GError(404, 'not found');
      if (p.length === 1 && req.method === 'GET') return { status: 200, body: [...domains.keys()].map((fqdn) => ({ fqdn, domain_href: `${fake.url}/v5/livedns/domains/${fqdn}`, domain_records_href: `${fake.url}/v5/livedns/domains/${fqdn}/records` })) };
      if (p.length === 1 && req.method === 'POST') {
        const fqdn = String(body().fqdn ?? '').toLowerCase();
        if (domains.has(fqdn)) throw new GError(409, 'domain already exists');
        const d: Domain = { fqdn, rrsets: new Map() };
        d.rrsets.set(k('@', 'NS'), { rrset_name: '@', rrset_type: 'NS', rrset_ttl: 10800, rrset_values: ['ns-1.gandi.net.', 'ns-2.gandi.net.', 'ns-3.gandi.net.'] });
        domains.set(fqdn, d);
        return { status: 201, body: { message: 'Domain Created' } };
      }
      const d = domains.get(p[1]!);
      if (!d) throw new GError(404, `domain ${p[1]} not found`);
      if (p[2] === 'nameservers' && req.method === 'GET') return { status: 200, body: ['ns-1.gandi.net', 'ns-2.gandi.net', 'ns-3.gandi.net'] };
      if (p[2] !== 'records') throw new GError(404, 'not found');
      if (p.length === 3 && req.method === 'GET') {
        const all = [...d.rrsets.values()].map((r) => ({ ...r, rrset_href: `${fake.url}/v5/livedns/domains/${d.fqdn}/records/${r.rrset_name}/${r.rrset_type}` }));
        const page = Number(req.query.get('page') ?? 1);
        const per = fake.perPage;
        const headers: Record<string, string> = { 'total-count': String(all.length) };
        if (page * per < all.length) headers.link = `<${fake.url}/v5/livedns/domains/${d.fqdn}/records?page=${page + 1}>; rel="next"`;
        return { status: 200, headers, body: all.slice((page - 1) * per, page * per) };
      }
      if (p.length === 3 && req.method === 'POST') {
        const b = body() as unknown as GRRSet;
        const r = check(String(b.rrset_name), b);
        if (d.rrsets.has(k(r.rrset_name, r.rrset_type))) throw new GError(409, 'A DNS Record already exists with same value');
        d.rrsets.set(k(r.rrset_name, r.rrset_type), r);
        try { cnameOk(d, r.rrset_name); } catch (e) { d.rrsets.delete(k(r.rrset_name, r.rrset_type)); throw e; }
        return { status: 201, body: { message: 'DNS Record Created' } };
      }
      const name = p[3]!;
      if (p.length === 4 && req.method === 'PUT') {
        const items = ((body().items ?? []) as Array<Omit<GRRSet, 'rrset_name'>>).map((i) => check(name, i));
        const saved = new Map(d.rrsets);
        for (const key of [...d.rrsets.keys()]) if (key.startsWith(`${name}/`)) d.rrsets.delete(key);
        for (const r of items) d.rrsets.set(k(name, r.rrset_type), r);
        try { cnameOk(d, name); } catch (e) { d.rrsets = saved; throw e; }
        return { status: 201, body: { message: 'DNS Record Created' } };
      }
      if (p.length === 4 && req.method === 'DELETE') {
        for (const key of [...d.rrsets.keys()]) if (key.startsWith(`${name}/`)) d.rrsets.delete(key);
        return { status: 204 };
      }
      throw new GError(404, 'not found');
    } catch (e) {
      if (e instanceof GError) return { status: e.status, body: e.body };
      throw e;
    }
  };

  const server = await startFake({
    seed: opts.seed,
    authorize: (req) => (req.headers.authorization === `Bearer ${token}` || req.headers.authorization === `Apikey ${token}` ? undefined
      : { status: 401, body: { code: 401, message: 'The server could not verify that you are authorized to access the document requested.', object: 'HTTPUnauthorized', cause: 'Unauthorized' } }),
    handle,
  });
  fake = Object.assign(server, { token, domains, perPage: 100, registered });
  return fake;
}

/** This fake as the suites find it from the provider registry (test/fakes/fake.ts). */
export const fake = defineFake({
  start: () => startGandiFake(),
  creds: (f) => ({ token: f.token, base_url: `${f.url}/v5/livedns` }),
  probe: {
    path: () => '/v5/livedns/domains',
    badAuth: { authorization: 'Bearer nope' },
    denied: 401,
    throttle: { status: 429, retryAfter: '7', body: /rate limited/ },
  },
});
