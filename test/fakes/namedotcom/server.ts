// A fake Name.com API v4, following the API reference (https://www.name.com/api-docs, "DNS" and "Domains":
// ListRecords, CreateRecord, DeleteRecord, ListDomains, GetDomain) and the namedotcom/go SDK's types
// (namecom/dns.go, namecom/domains.go): HTTP Basic auth (user:token), `page`/`perPage` paging with `nextPage`
// and `lastPage` (nextPage omitted on the last page), errors as {message, details}. Quirks kept: no record
// update here (DNSControl deletes and creates, and so do we: a PUT is refused), `fqdn` with a trailing dot,
// CNAME/ANAME/MX/NS answers stored and read without the dot, SRV answer "weight port target" (an empty
// target is "Invalid Srv Format"), TTL ≥ 300, apex NS are Name.com's and not in the record list, 429 when
// over the rate limit (20/s, 3,000/h). The account is taken to own every domain asked about, except those in
// `unregistered` (404, as a domain of another account). Delegation (API reference "SetNameservers"; DNSControl's
// providers/namedotcom/nameservers.go): GetDomain's `nameservers`, and POST /v4/domains/{domain}:setNameservers
// {nameservers} sets the whole list and answers the Domain; Name.com stores its own generic ns1–ns4.name.com
// under per-account names (ns1abc.name.com), the quirk DNSControl works around; an empty list is a 400.
import { startFake, type FakeRequest, type FakeResponse, type FakeServer } from '../_server.js';
import { defineFake } from '../fake.js';

export interface NcRecord { id: number; domainName: string; host: string; fqdn: string; type: string; answer: string; ttl: number; priority?: number }
interface Domain { name: string; records: Map<number, NcRecord>; nameservers: string[] }

export interface NamecomFake extends FakeServer {
  user: string;
  token: string;
  domains: Map<string, Domain>;
  /** Domains the account does not hold (404). */
  unregistered: Set<string>;
  /** Most records or domains in one page (the API allows 1,000). */
  perPage: number;
}

const TYPES = new Set(['A', 'AAAA', 'ANAME', 'CNAME', 'MX', 'NS', 'SRV', 'TXT', 'CAA']);
class NcError extends Error {
  readonly status: number; readonly details?: string;
  constructor(status: number, message: string, details?: string) { super(message); this.status = status; this.details = details; }
}
const HOSTS = new Set(['ANAME', 'CNAME', 'MX', 'NS']);

export async function startNamecomFake(opts: { seed?: number } = {}): Promise<NamecomFake> {
  const user = 'fakeuser';
  const token = `ncom${Math.random().toString(16).slice(2)}${Math.random().toString(16).slice(2)}`;
  const domains = new Map<string, Domain>();
  let nextId = 100;
  let fake!: NamecomFake;

  const domainOf = (name: string): Domain => {
    const n = name.toLowerCase();
    if (fake.unregistered.has(n) || !/^[a-z0-9-]+(\.[a-z0-9-]+)+$/.test(n)) throw new NcError(404, 'Not Found');
    let d = domains.get(n);
    if (!d) { d = { name: n, records: new Map(), nameservers: ['ns1.name.com', 'ns2.name.com', 'ns3.name.com', 'ns4.name.com'] }; domains.set(n, d); }
    return d;
  };

  const page = (req: FakeRequest, key: string, items: unknown[]): FakeResponse => {
    const per = Math.min(Number(req.query.get('perPage') ?? 1000), fake.perPage);
    const p = Math.max(1, Number(req.query.get('page') ?? 1));
    const last = Math.max(1, Math.ceil(items.length / per));
    return { status: 200, body: { [key]: items.slice((p - 1) * per, p * per), ...(p < last ? { nextPage: p + 1 } : {}), lastPage: last } };
  };

  const build = (d: Domain, b: Record<string, unknown>): NcRecord => {
    const type = String(b.type ?? '').toUpperCase();
    if (!TYPES.has(type)) throw new NcError(400, 'Invalid Argument', `Parameter Value Error - Invalid Record Type ${type}`);
    const host = String(b.host ?? '').toLowerCase();
    let answer = String(b.answer ?? '');
    const ttl = Number(b.ttl ?? 300);
    if (!Number.isInteger(ttl) || ttl < 300) throw new NcError(400, 'Invalid Argument', 'Parameter Value Error - TTL must be at least 300');
    if (answer === '') throw new NcError(400, 'Invalid Argument', 'Parameter Value Error - Answer is required');
    if (HOSTS.has(type)) answer = answer.replace(/\.$/, '').toLowerCase();
    if (type === 'SRV') {
      const f = answer.trim().split(/\s+/);
      if (f.length !== 3 || f.slice(0, 2).some((x) => !/^\d+$/.test(x)) || f[2] === '.' || f[2] === '') throw new NcError(400, 'Parameter Value Error - Invalid Srv Format');
      answer = `${f[0]} ${f[1]} ${f[2]!.replace(/\.$/, '').toLowerCase()}`;
    }
    if (type === 'NS' && host === '') throw new NcError(400, 'Invalid Argument', 'Parameter Value Error - apex NS records are managed by Name.com');
    const r: NcRecord = { id: nextId++, domainName: d.name, host, fqdn: `${host ? `${host}.` : ''}${d.name}.`, type, answer, ttl };
    if (type === 'MX' || type === 'SRV') r.priority = Number(b.priority ?? 0);
    for (const o of d.records.values()) {
      if (o.host === r.host && o.type === r.type && o.answer === r.answer && o.priority === r.priority) throw new NcError(400, 'Invalid Argument', 'Duplicate Record');
      if (o.host === r.host && (o.type === 'CNAME') !== (r.type === 'CNAME')) throw new NcError(400, 'Invalid Argument', 'CNAME records cannot share a name with other records');
    }
    return r;
  };

  const handle = (req: FakeRequest): FakeResponse => {
    const p = req.path.split('/').filter(Boolean);
    const body = () => (req.body ? JSON.parse(req.body) : {}) as Record<string, unknown>;
    try {
      if (p[0] !== 'v4' || p[1] !== 'domains') throw new NcError(404, 'Not Found');
      if (p.length === 2 && req.method === 'GET') return page(req, 'domains', [...domains.values()].map((d) => ({ domainName: d.name, locked: true, autorenewEnabled: true })));
      if (p.length === 3 && p[2]!.endsWith(':setNameservers') && req.method === 'POST') {
        const d = domainOf(p[2]!.slice(0, -':setNameservers'.length));
        const list = body().nameservers;
        if (!Array.isArray(list) || list.length === 0 || !list.every((n) => typeof n === 'string' && /^[a-z0-9.-]+$/i.test(n))) {
          throw new NcError(400, 'Invalid Argument', 'Parameter Value Error - nameservers must be a non-empty list of host names');
        }
        // Name.com keeps its generic names under per-account ones (the "abc" differs per account).
        d.nameservers = (list as string[]).map((n) => n.toLowerCase().replace(/\.$/, '').replace(/^ns([1-4])\.name\.com$/, 'ns$1abc.name.com'));
        return { status: 200, body: { domainName: d.name, nameservers: d.nameservers, locked: true, autorenewEnabled: true } };
      }
      const d = domainOf(p[2]!);
      if (p.length === 3 && req.method === 'GET') return { status: 200, body: { domainName: d.name, nameservers: d.nameservers, locked: true, autorenewEnabled: true } };
      if (p[3] !== 'records') throw new NcError(404, 'Not Found');
      if (p.length === 4 && req.method === 'GET') return page(req, 'records', [...d.records.values()]);
      if (p.length === 4 && req.method === 'POST') { const r = build(d, body()); d.records.set(r.id, r); return { status: 200, body: r }; }
      const r = d.records.get(Number(p[4]));
      if (!r) throw new NcError(404, 'Not Found');
      if (req.method === 'GET') return { status: 200, body: r };
      if (req.method === 'DELETE') { d.records.delete(r.id); return { status: 200, body: {} }; }
      throw new NcError(405, 'Method Not Allowed');
    } catch (e) {
      if (e instanceof NcError) return { status: e.status, body: { message: e.message, ...(e.details ? { details: e.details } : {}) } };
      throw e;
    }
  };

  const basic = `Basic ${Buffer.from(`${user}:${token}`).toString('base64')}`;
  const server = await startFake({
    seed: opts.seed,
    authorize: (req) => (req.headers.authorization === basic ? undefined : { status: 401, body: { message: 'Unauthenticated' } }),
    handle,
    faultResponse: (status, retryAfter) => ({
      status, headers: status === 429 && retryAfter !== undefined ? { 'retry-after': String(retryAfter) } : ({} as Record<string, string>),
      body: { message: status === 429 ? 'Too Many Requests' : 'Internal Server Error' },
    }),
  });
  fake = Object.assign(server, { user, token, domains, unregistered: new Set<string>(), perPage: 1000 });
  return fake;
}

/** This fake as the suites find it from the provider registry (test/fakes/fake.ts). */
export const fake = defineFake({
  start: () => startNamecomFake(),
  creds: (f) => ({ apiuser: f.user, apikey: f.token, base_url: f.url }),
  probe: {
    path: () => '/v4/domains',
    badAuth: { authorization: `Basic ${Buffer.from('fakeuser:nope').toString('base64')}` },
    denied: 401,
    throttle: { status: 429, retryAfter: '7', body: /Too Many Requests/ },
  },
});
