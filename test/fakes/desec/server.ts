// A fake deSEC API (desec-stack docs/dns/rrsets.rst): Token auth, domains, rrsets listed in one go up to
// 500 and otherwise only with `cursor=` and a Link header, atomic bulk POST/PUT/PATCH on /rrsets/
// (apex subname "", records [] deletes), per-domain minimum_ttl, quoted TXT, hostnames with a dot,
// no ALIAS/DNAME, no CNAME at the apex, read-only SOA/DNSKEY, 429 + Retry-After.
import { startFake, type FakeRequest, type FakeResponse, type FakeServer } from '../_server.js';
import { defineFake } from '../fake.js';

export interface DesecRRSet { subname: string; type: string; ttl: number; records: string[] }
interface Domain { name: string; minimum_ttl: number; rrsets: Map<string, DesecRRSet & { created: number }> }

export interface DesecFake extends FakeServer {
  token: string;
  domains: Map<string, Domain>;
  /** minimum_ttl given to new domains (deSEC's default is 3600). */
  minimumTtl: number;
  pageSize: number;
}

const REFUSED = new Set(['ALIAS', 'DNAME', 'SOA', 'DNSKEY', 'NSEC3PARAM', 'RRSIG']);
const HOSTNAME_TYPES = new Set(['CNAME', 'NS', 'PTR']);
class DeError extends Error {
  readonly status: number; readonly body: unknown;
  constructor(status: number, body: unknown) { super(JSON.stringify(body)); this.status = status; this.body = body; }
}
const k = (subname: string, type: string) => `${subname}/${type}`;

function validate(d: Domain, rs: Partial<DesecRRSet>, full: boolean): Record<string, string[]> {
  const e: Record<string, string[]> = {};
  if (!rs.type) e.type = ['This field is required.'];
  else if (REFUSED.has(rs.type)) e.type = [`You cannot tinker with the ${rs.type} RR set. It is managed automatically.`];
  if (rs.subname === undefined) e.subname = ['This field is required.'];
  else if (rs.subname === '@') e.subname = ['Invalid subname: use "" for the apex in bulk requests.'];
  if (full && rs.ttl === undefined && (rs.records?.length ?? 0) > 0) e.ttl = ['This field is required.'];
  if (rs.ttl !== undefined && (rs.ttl < d.minimum_ttl || rs.ttl > 604800)) e.ttl = [`Ensure this value is greater than or equal to ${d.minimum_ttl}.`];
  for (const v of rs.records ?? []) {
    if (rs.type === 'TXT' && !/^"/.test(v)) (e.records ??= []).push(`Record content malformed: TXT must be quoted (${v})`);
    if (HOSTNAME_TYPES.has(rs.type ?? '') && !v.endsWith('.')) (e.records ??= []).push(`Record content malformed: hostname must end with a dot (${v})`);
  }
  if (rs.type === 'CNAME' && rs.subname === '' && (rs.records?.length ?? 0) > 0) e.type = ['CNAME RRset cannot have empty subname.'];
  return e;
}

export async function startDesecFake(opts: { seed?: number } = {}): Promise<DesecFake> {
  const token = `desec-${Math.random().toString(36).slice(2)}${Math.random().toString(36).slice(2)}`;
  const domains = new Map<string, Domain>();
  let tick = 0;
  let fake!: DesecFake;

  const out = (d: Domain, r: DesecRRSet) => ({ domain: d.name, subname: r.subname, name: `${r.subname ? `${r.subname}.` : ''}${d.name}.`, type: r.type, ttl: r.ttl, records: r.records, created: '2026-01-01T00:00:00Z', touched: '2026-01-01T00:00:00Z' });

  const list = (req: FakeRequest, d: Domain): FakeResponse => {
    // Reverse creation order, as documented.
    const all = [...d.rrsets.values()].sort((a, b) => b.created - a.created)
      .filter((r) => (!req.query.has('type') || r.type === req.query.get('type')) && (!req.query.has('subname') || r.subname === req.query.get('subname')));
    const base = `${fake.url}${req.path}?cursor=`;
    if (!req.query.has('cursor')) {
      if (all.length > fake.pageSize) {
        throw new DeError(400, { detail: `Pagination required. You can query up to ${fake.pageSize} items at a time (${base}).` });
      }
      return { status: 200, body: all.map((r) => out(d, r)) };
    }
    const start = Number(req.query.get('cursor') || 0);
    const page = all.slice(start, start + fake.pageSize);
    const links = [`<${base}>; rel="first"`];
    if (start > 0) links.push(`<${base}${Math.max(0, start - fake.pageSize)}>; rel="prev"`);
    if (start + fake.pageSize < all.length) links.push(`<${base}${start + fake.pageSize}>; rel="next"`);
    return { status: 200, headers: { link: links.join(', ') }, body: page.map((r) => out(d, r)) };
  };

  const bulk = (req: FakeRequest, d: Domain): FakeResponse => {
    const items = JSON.parse(req.body || '[]') as Array<Partial<DesecRRSet>>;
    if (!Array.isArray(items)) throw new DeError(400, { detail: 'Expected a list of items.' });
    const full = req.method === 'PUT';
    const errors = items.map((rs) => validate(d, rs, full));
    const seen = new Set<string>();
    items.forEach((rs, i) => {
      const key = k(rs.subname ?? '', rs.type ?? '');
      if (seen.has(key)) errors[i]!.non_field_errors = ['Same subname and type as in another item of this request.'];
      seen.add(key);
      if (req.method === 'POST' && d.rrsets.has(key)) errors[i]!.non_field_errors = ['Another RRset with the same subdomain and type exists for this domain.'];
    });
    if (errors.some((e) => Object.keys(e).length > 0)) throw new DeError(400, errors);
    // Second stage: the resulting zone must be consistent (CNAME owns its name).
    const next = new Map(d.rrsets);
    for (const rs of items) {
      const key = k(rs.subname!, rs.type!);
      const cur = next.get(key);
      if (!rs.records || rs.records.length === 0) {
        if (rs.records !== undefined) next.delete(key);
        else if (cur && rs.ttl !== undefined) next.set(key, { ...cur, ttl: rs.ttl });
        continue;
      }
      next.set(key, { subname: rs.subname!, type: rs.type!, ttl: rs.ttl ?? cur?.ttl ?? 3600, records: [...rs.records], created: cur?.created ?? ++tick });
    }
    for (const r of next.values()) {
      if (r.type === 'CNAME' && [...next.values()].some((o) => o.subname === r.subname && o.type !== 'CNAME'))
        throw new DeError(400, { detail: `RRset with conflicting type present: ${r.subname}. (No other RRsets are allowed alongside CNAME.)` });
    }
    d.rrsets = next;
    return { status: 200, body: items.map((rs) => next.get(k(rs.subname!, rs.type!))).filter(Boolean).map((r) => out(d, r!)) };
  };

  const handle = (req: FakeRequest): FakeResponse => {
    const p = req.path.replace(/^\/api\/v1/, '').split('/').filter(Boolean);
    try {
      if (p[0] !== 'domains') throw new DeError(404, { detail: 'Not found.' });
      if (p.length === 1 && req.method === 'GET') return { status: 200, body: [...domains.values()].map((d) => ({ name: d.name, minimum_ttl: d.minimum_ttl })) };
      if (p.length === 1 && req.method === 'POST') {
        const name = String((JSON.parse(req.body || '{}') as { name?: string }).name ?? '').toLowerCase();
        if (domains.has(name)) throw new DeError(409, { name: ['This domain name conflicts with an existing domain.'] });
        const d: Domain = { name, minimum_ttl: fake.minimumTtl, rrsets: new Map() };
        d.rrsets.set(k('', 'NS'), { subname: '', type: 'NS', ttl: 3600, records: ['ns1.desec.io.', 'ns2.desec.org.'], created: ++tick });
        domains.set(name, d);
        return { status: 201, body: { name, minimum_ttl: d.minimum_ttl, keys: [{ dnskey: '257 3 13 abc', ds: ['1 13 2 abcd'] }] } };
      }
      const d = domains.get(p[1]!);
      if (!d) throw new DeError(404, { detail: 'Not found.' });
      if (p.length === 2 && req.method === 'GET') return { status: 200, body: { name: d.name, minimum_ttl: d.minimum_ttl } };
      if (p[2] === 'rrsets' && p.length === 3) {
        if (req.method === 'GET') return list(req, d);
        if (['POST', 'PUT', 'PATCH'].includes(req.method)) return bulk(req, d);
      }
      throw new DeError(404, { detail: 'Not found.' });
    } catch (e) {
      if (e instanceof DeError) return { status: e.status, body: e.body };
      throw e;
    }
  };

  const server = await startFake({
    seed: opts.seed,
    authorize: (req) => (req.headers.authorization === `Token ${token}` ? undefined : { status: 401, body: { detail: 'Invalid token.' } }),
    handle,
    faultResponse: (status, retryAfter): FakeResponse => ({
      status, headers: status === 429 ? { 'retry-after': String(retryAfter ?? 1) } : {},
      body: status === 429 ? { detail: `Request was throttled. Expected available in ${retryAfter ?? 1} second.` } : { detail: 'Internal Server Error' },
    }),
  });
  fake = Object.assign(server, { token, domains, minimumTtl: 3600, pageSize: 500 });
  return fake;
}

/** This fake as the suites find it from the provider registry (test/fakes/fake.ts). */
export const fake = defineFake({
  start: async () => {
    const f = await startDesecFake();
    f.minimumTtl = 60; // lowered on request, as deSEC does; the 3600 default is tested on its own
    return f;
  },
  creds: (f) => ({ 'auth-token': f.token, base_url: `${f.url}/api/v1` }),
  oneRequest: true,
  probe: {
    path: () => '/api/v1/domains/',
    badAuth: { authorization: 'Token nope' },
    denied: 401,
    throttle: { status: 429, retryAfter: '7', body: /throttled/ },
  },
});
