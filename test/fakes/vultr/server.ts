// A fake Vultr API v2 (DNS domains and records), following www.vultr.com/api/#tag/dns (list-dns-domains,
// create-dns-domain, get-dns-domain, list-dns-domain-records, create-dns-domain-record,
// update-dns-domain-record, delete-dns-domain-record, "Meta and Pagination"), docs.vultr.com "What rate
// limits apply to the Vultr API?" and the official Go client govultr v2 (domain.go, domain_record.go):
// lists page with per_page (≤500) and an opaque cursor, answering meta.{total, links.{next, prev}};
// records are {id (UUID), type, name, data, priority, ttl}; the apex name is ""; hostnames are stored
// without the trailing dot and in Unicode; MX/SRV priority is `priority`, SRV data "weight port target",
// CAA data `flag tag "value"`, SSHFP "alg type fp"; TXT data must be one quoted string with no inner quote;
// a null MX is refused. A new domain gets NS ns1/ns2.vultr.com (and an A record for `ip` when given).
// PATCH and DELETE answer 204. Errors are {error, status}: 401 bad key, 404 unknown domain or record, 400
// validation; throttling (about 30 requests a second per IP) is a 429, and an overloaded edge a 503.
import { randomUUID } from 'node:crypto';
import { domainToUnicode } from 'node:url';
import { startFake, type FakeRequest, type FakeResponse, type FakeServer } from '../_server.js';
import { defineFake } from '../fake.js';

export interface VultrRecord { id: string; type: string; name: string; data: string; priority: number; ttl: number }
interface Domain { domain: string; date_created: string; dns_sec: string; records: Map<string, VultrRecord> }

export interface VultrFake extends FakeServer {
  token: string;
  domains: Map<string, Domain>;
}

const TYPES = new Set(['A', 'AAAA', 'CNAME', 'NS', 'MX', 'SRV', 'TXT', 'CAA', 'SSHFP']);
class VError extends Error {
  readonly status: number;
  constructor(status: number, message: string) { super(message); this.status = status; }
}
const host = (s: string) => domainToUnicode(s.replace(/\.$/, '').toLowerCase()) || s.replace(/\.$/, '');

export async function startVultrFake(opts: { seed?: number } = {}): Promise<VultrFake> {
  const token = `VULTR${Math.random().toString(36).slice(2).toUpperCase()}${Math.random().toString(36).slice(2).toUpperCase()}`;
  const domains = new Map<string, Domain>();
  let fake!: VultrFake;

  const page = (req: FakeRequest, key: string, items: unknown[]): FakeResponse => {
    const per = Math.min(Math.max(Number(req.query.get('per_page') ?? 100), 1), 500);
    const cursor = req.query.get('cursor');
    let at = 0;
    if (cursor) {
      const m = /^next__(\d+)$/.exec(Buffer.from(cursor, 'base64').toString());
      if (!m) throw new VError(400, 'invalid cursor');
      at = Number(m[1]);
    }
    const enc = (n: string) => Buffer.from(n).toString('base64');
    const next = at + per < items.length ? enc(`next__${at + per}`) : '';
    const prev = at > 0 ? enc(`prev__${Math.max(0, at - per)}`) : '';
    return { status: 200, body: { [key]: items.slice(at, at + per), meta: { total: items.length, links: { next, prev } } } };
  };

  const build = (b: Record<string, unknown>, prior?: VultrRecord): VultrRecord => {
    const type = String(prior?.type ?? b.type ?? '').toUpperCase();
    if (!TYPES.has(type)) throw new VError(400, 'Invalid record type');
    const name = String(b.name ?? prior?.name ?? '').toLowerCase();
    let data = String(b.data ?? prior?.data ?? '');
    const ttl = Number(b.ttl ?? prior?.ttl ?? 300);
    const priority = Number(b.priority ?? prior?.priority ?? 0);
    if (!Number.isInteger(ttl) || ttl < 0) throw new VError(400, 'Invalid TTL');
    if ((type === 'MX' || type === 'SRV') && (!Number.isInteger(priority) || priority < 0 || priority > 65535)) throw new VError(400, 'Invalid priority');
    if (type === 'A' && !/^\d{1,3}(\.\d{1,3}){3}$/.test(data)) throw new VError(400, 'Invalid IPv4 address');
    if (type === 'AAAA' && !data.includes(':')) throw new VError(400, 'Invalid IPv6 address');
    if (type === 'CNAME' && name === '') throw new VError(400, 'CNAME records are not allowed at the root of a domain');
    if (type === 'CNAME' || type === 'NS' || type === 'MX') {
      if (data === '' || data === '.') throw new VError(400, 'Invalid record data');
      data = host(data);
    }
    if (type === 'SRV') {
      const f = data.trim().split(/\s+/);
      if (f.length !== 3 || !/^\d+$/.test(f[0]!) || !/^\d+$/.test(f[1]!)) throw new VError(400, 'Invalid SRV data: expected "weight port target"');
      data = `${f[0]} ${f[1]} ${f[2] === '.' ? '.' : host(f[2]!)}`;
    }
    if (type === 'TXT' && !(data.length >= 2 && data.startsWith('"') && data.endsWith('"') && !data.slice(1, -1).includes('"'))) throw new VError(400, 'Invalid TXT data: it must be one quoted string');
    if (type === 'CAA' && !/^\d+ (issue|issuewild|iodef) "[^"\s]*"$/.test(data)) throw new VError(400, 'Invalid CAA data');
    if (type === 'SSHFP' && !/^\d+ \d+ [0-9a-fA-F]+$/.test(data)) throw new VError(400, 'Invalid SSHFP data');
    return { id: prior?.id ?? randomUUID(), type, name, data, priority: type === 'MX' || type === 'SRV' ? priority : -1, ttl };
  };

  const handle = (req: FakeRequest): FakeResponse => {
    const p = req.path.replace(/^\/v2/, '').split('/').filter(Boolean);
    const body = () => (req.body ? JSON.parse(req.body) : {}) as Record<string, unknown>;
    try {
      if (p[0] !== 'domains') throw new VError(404, 'Not found');
      if (p.length === 1 && req.method === 'GET') return page(req, 'domains', [...domains.values()].map(({ records: _r, ...d }) => d));
      if (p.length === 1 && req.method === 'POST') {
        const b = body();
        const name = String(b.domain ?? '').toLowerCase();
        if (!/^[a-z0-9-]+(\.[a-z0-9-]+)+$/.test(name)) throw new VError(400, 'Invalid domain');
        if (domains.has(name)) throw new VError(400, 'Domain already exists');
        const d: Domain = { domain: name, date_created: new Date().toISOString(), dns_sec: String(b.dns_sec ?? 'disabled'), records: new Map() };
        const add = (r: Omit<VultrRecord, 'id'>) => { const id = randomUUID(); d.records.set(id, { id, ...r }); };
        add({ type: 'NS', name: '', data: 'ns1.vultr.com', priority: -1, ttl: 300 });
        add({ type: 'NS', name: '', data: 'ns2.vultr.com', priority: -1, ttl: 300 });
        if (b.ip) add({ type: 'A', name: '', data: String(b.ip), priority: -1, ttl: 300 });
        domains.set(name, d);
        const { records: _r, ...json } = d;
        return { status: 201, body: { domain: json } };
      }
      const d = domains.get(p[1]!);
      if (!d) throw new VError(404, 'Domain not found');
      if (p.length === 2 && req.method === 'GET') { const { records: _r, ...json } = d; return { status: 200, body: { domain: json } }; }
      if (p[2] !== 'records') throw new VError(404, 'Not found');
      if (p.length === 3 && req.method === 'GET') return page(req, 'records', [...d.records.values()]);
      if (p.length === 3 && req.method === 'POST') { const r = build(body()); d.records.set(r.id, r); return { status: 201, body: { record: r } }; }
      const r = d.records.get(p[3]!);
      if (!r) throw new VError(404, 'Record not found');
      if (req.method === 'GET') return { status: 200, body: { record: r } };
      if (req.method === 'DELETE') { d.records.delete(r.id); return { status: 204 } ; }
      if (req.method === 'PATCH') { d.records.set(r.id, build(body(), r)); return { status: 204 }; }
      throw new VError(405, 'Method not allowed');
    } catch (e) {
      if (e instanceof VError) return { status: e.status, body: { error: e.message, status: e.status } };
      throw e;
    }
  };

  const server = await startFake({
    seed: opts.seed,
    authorize: (req) => (req.headers.authorization === `Bearer ${token}` ? undefined : { status: 401, body: { error: 'Invalid API token.', status: 401 } }),
    handle,
    // No rate-limit headers are documented: a 429 (or a 503 from an overloaded edge) with a plain error body.
    faultResponse: (status) => ({
      status,
      body: { error: status === 429 ? 'Rate limit exceeded' : status === 503 ? 'Service Unavailable' : 'Internal Server Error', status },
    }),
  });
  fake = Object.assign(server, { token, domains });
  return fake;
}

/** This fake as the suites find it from the provider registry (test/fakes/fake.ts). */
export const fake = defineFake({
  start: () => startVultrFake(),
  creds: (f) => ({ token: f.token, base_url: `${f.url}/v2` }),
  probe: {
    path: () => '/v2/domains',
    badAuth: { authorization: 'Bearer nope' },
    denied: 401,
    throttle: { status: 429, body: /Rate limit exceeded/ },
  },
});
