// A fake Linode API v4 (domains and domain records), following techdocs.akamai.com/linode-api/reference
// (get-domains, post-domain, get-domain-records, post-domain-record, put-domain-record,
// delete-domain-record, "Pagination", "Errors", "Rate limits") and the official SDK's types
// (@linode/api-v4 src/domains/types.ts: DomainRecord, RecordType). Lists page with page/page_size
// (25–500, default 100) and answer {data, page, pages, results}; every success is a 200 (DELETE answers {});
// records are {id, type, name, target, priority, weight, port, service, protocol, tag, ttl_sec}; the apex
// name is ""; an SRV is written with `service`/`protocol` and read back named "_service._protocol"; a CAA
// has its tag apart and no flag; a null MX has the target ""; ttl_sec is rounded up to one of Linode's
// values. A POST sets ttl_sec as a PUT does: post-domain-record documents ttl_sec among its body params (its
// example creates a record with --ttl_sec 604800). DNSControl's linodeProvider.go says otherwise ("TTL isn't
// saved when creating a record") and PUTs every created record again: `postIgnoresTtl` plays that
// undocumented behaviour (the record gets 0, the domain default, until a PUT), for the provider's fallback.
// A TXT's value and an SRV's target are required (`target` in the record reference). The apex NS
// (ns1–ns5.linode.com) are not records. Errors are {errors:[{field?, reason}]}: 401 bad token, 404 unknown
// domain or record, 400 validation; throttling is a 429 with Retry-After and X-RateLimit-*.
import { startFake, type FakeRequest, type FakeResponse, type FakeServer } from '../_server.js';
import { defineFake } from '../fake.js';

export interface LinodeRecord {
  id: number; type: string; name: string; target: string; priority: number; weight: number; port: number;
  service: string | null; protocol: string | null; tag: string | null; ttl_sec: number; created: string; updated: string;
}
interface Domain { id: number; domain: string; soa_email: string; records: Map<number, LinodeRecord> }

export interface LinodeFake extends FakeServer {
  token: string;
  domains: Map<string, Domain>;
  /** A POST ignores ttl_sec (as DNSControl reports, not as Linode documents). */
  postIgnoresTtl: boolean;
}

const TYPES = new Set(['A', 'AAAA', 'NS', 'MX', 'CNAME', 'TXT', 'SRV', 'PTR', 'CAA']);
const TTLS = [0, 300, 3600, 7200, 14400, 28800, 57600, 86400, 172800, 345600, 604800, 1209600, 2419200];
const snap = (ttl: number) => TTLS.find((t) => t >= ttl) ?? 2419200;
const LIMIT = 800;

class LError extends Error {
  readonly status: number; readonly field?: string;
  constructor(status: number, reason: string, field?: string) { super(reason); this.status = status; this.field = field; }
}
const rateHeaders = (remaining: number, resetIn = 60) => ({
  'x-ratelimit-limit': String(LIMIT), 'x-ratelimit-remaining': String(remaining), 'x-ratelimit-reset': String(Math.floor(Date.now() / 1000) + resetIn),
});

export async function startLinodeFake(opts: { seed?: number } = {}): Promise<LinodeFake> {
  const token = `linode-pat-${Math.random().toString(16).slice(2)}${Math.random().toString(16).slice(2)}`;
  const domains = new Map<string, Domain>();
  const byId = new Map<number, Domain>();
  let nextId = 100;
  let fake!: LinodeFake;
  const now = () => new Date().toISOString().slice(0, 19);
  const ok = (body: unknown): FakeResponse => ({ status: 200, headers: rateHeaders(LIMIT - 1 - (fake.stats.requests % (LIMIT - 1))), body });

  const page = (req: FakeRequest, items: unknown[]): FakeResponse => {
    const size = Number(req.query.get('page_size') ?? 100);
    if (!Number.isInteger(size) || size < 25 || size > 500) throw new LError(400, 'Must be a value between 25 and 500.', 'page_size');
    const pages = Math.max(1, Math.ceil(items.length / size));
    const p = Number(req.query.get('page') ?? 1);
    if (p > pages) throw new LError(400, `Page ${p} is out of range; there are only ${pages} pages.`, 'page');
    return ok({ data: items.slice((p - 1) * size, p * size), page: p, pages, results: items.length });
  };

  const build = (b: Record<string, unknown>, prior: LinodeRecord | undefined, create: boolean): LinodeRecord => {
    const type = String(b.type ?? prior?.type ?? '');
    if (!TYPES.has(type)) throw new LError(400, 'type is not valid', 'type');
    let name = String(b.name ?? prior?.name ?? '').toLowerCase();
    let target = String(b.target ?? prior?.target ?? '');
    const num = (k: 'priority' | 'weight' | 'port', max: number) => {
      const v = Number(b[k] ?? prior?.[k] ?? 0);
      if (!Number.isInteger(v) || v < 0 || v > max) throw new LError(400, `Must be between 0 and ${max}.`, k);
      return v;
    };
    let service: string | null = null; let protocol: string | null = null; let tag: string | null = null;
    if (type === 'A' && !/^\d{1,3}(\.\d{1,3}){3}$/.test(target)) throw new LError(400, 'Must be a valid IPv4 address.', 'target');
    if (type === 'AAAA' && !target.includes(':')) throw new LError(400, 'Must be a valid IPv6 address.', 'target');
    if (['CNAME', 'MX', 'NS', 'SRV'].includes(type)) target = target.replace(/\.$/, '').toLowerCase();
    if (target === '' && type !== 'MX') throw new LError(400, 'Target is required.', 'target');
    if (type === 'CNAME' && name === '') throw new LError(400, 'A CNAME record cannot be created at the root of a domain.', 'name');
    if (type === 'SRV') {
      service = String(b.service ?? prior?.service ?? '').replace(/^_/, '');
      protocol = String(b.protocol ?? prior?.protocol ?? '').replace(/^_/, '').toLowerCase();
      if (!service) throw new LError(400, 'Service is required for SRV records.', 'service');
      if (!['tcp', 'udp', 'xmpp', 'tls', 'smtp'].includes(protocol)) throw new LError(400, 'Protocol is not valid.', 'protocol');
      name = `_${service}._${protocol}`;
      if (num('priority', 255) === 0) throw new LError(400, 'Must be between 1 and 255.', 'priority');
    }
    if (type === 'CAA') {
      tag = String(b.tag ?? prior?.tag ?? '');
      if (!['issue', 'issuewild', 'iodef'].includes(tag)) throw new LError(400, 'tag must be issue, issuewild or iodef', 'tag');
      if (/\s/.test(target)) throw new LError(400, 'target must not contain whitespace', 'target');
    }
    const ttl = create && fake.postIgnoresTtl ? 0 : snap(Number(b.ttl_sec ?? prior?.ttl_sec ?? 0));
    return {
      id: prior?.id ?? nextId++, type, name, target, ttl_sec: ttl,
      priority: type === 'MX' || type === 'SRV' ? num('priority', 255) : 0,
      weight: type === 'SRV' ? num('weight', 65535) : 0, port: type === 'SRV' ? num('port', 65535) : 0,
      service, protocol, tag, created: prior?.created ?? now(), updated: now(),
    };
  };

  const domainJson = (d: Domain) => ({
    id: d.id, domain: d.domain, type: 'master', status: 'active', soa_email: d.soa_email, description: '', group: '', tags: [],
    ttl_sec: 0, refresh_sec: 0, retry_sec: 0, expire_sec: 0, master_ips: [], axfr_ips: [], created: now(), updated: now(),
  });

  const handle = (req: FakeRequest): FakeResponse => {
    const p = req.path.replace(/^\/v4/, '').split('/').filter(Boolean);
    const body = () => (req.body ? JSON.parse(req.body) : {}) as Record<string, unknown>;
    try {
      if (p[0] !== 'domains') throw new LError(404, 'Not found');
      if (p.length === 1 && req.method === 'GET') return page(req, [...domains.values()].map(domainJson));
      if (p.length === 1 && req.method === 'POST') {
        const b = body();
        const name = String(b.domain ?? '').toLowerCase();
        if (!/^[a-z0-9-]+(\.[a-z0-9-]+)+$/.test(name)) throw new LError(400, 'Domain is not valid.', 'domain');
        if (domains.has(name)) throw new LError(400, 'Domain already exists.', 'domain');
        if ((b.type ?? 'master') === 'master' && !String(b.soa_email ?? '').includes('@')) throw new LError(400, 'soa_email required when type=master', 'soa_email');
        const d: Domain = { id: nextId++, domain: name, soa_email: String(b.soa_email), records: new Map() };
        domains.set(name, d); byId.set(d.id, d);
        return ok(domainJson(d));
      }
      const d = byId.get(Number(p[1]));
      if (!d) throw new LError(404, 'Not found');
      if (p.length === 2 && req.method === 'GET') return ok(domainJson(d));
      if (p[2] !== 'records') throw new LError(404, 'Not found');
      if (p.length === 3 && req.method === 'GET') return page(req, [...d.records.values()]);
      if (p.length === 3 && req.method === 'POST') { const r = build(body(), undefined, true); d.records.set(r.id, r); return ok(r); }
      const r = d.records.get(Number(p[3]));
      if (!r) throw new LError(404, 'Not found');
      if (req.method === 'GET') return ok(r);
      if (req.method === 'DELETE') { d.records.delete(r.id); return ok({}); }
      if (req.method === 'PUT') { const n = build(body(), r, false); d.records.set(r.id, n); return ok(n); }
      throw new LError(405, 'Method Not Allowed');
    } catch (e) {
      if (e instanceof LError) return { status: e.status, body: { errors: [{ ...(e.field ? { field: e.field } : {}), reason: e.message }] } };
      throw e;
    }
  };

  const server = await startFake({
    seed: opts.seed,
    authorize: (req) => (req.headers.authorization === `Bearer ${token}` ? undefined : { status: 401, body: { errors: [{ reason: 'Invalid Token' }] } }),
    handle,
    faultResponse: (status, retryAfter) => status === 429
      ? { status, headers: { ...rateHeaders(0, retryAfter ?? 0), ...(retryAfter !== undefined ? { 'retry-after': String(retryAfter) } : {}) }, body: { errors: [{ reason: 'Too Many Requests' }] } }
      : { status, body: { errors: [{ reason: 'Please try again' }] } },
  });
  fake = Object.assign(server, { token, domains, postIgnoresTtl: false });
  return fake;
}

/** This fake as the suites find it from the provider registry (test/fakes/fake.ts). */
export const fake = defineFake({
  start: () => startLinodeFake(),
  creds: (f) => ({ token: f.token, base_url: `${f.url}/v4` }),
  probe: {
    path: () => '/v4/domains',
    badAuth: { authorization: 'Bearer nope' },
    denied: 401,
    throttle: { status: 429, retryAfter: '7', body: /Too Many Requests/ },
  },
});
