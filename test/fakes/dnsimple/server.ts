// A fake DNSimple API v2, following developer.dnsimple.com/v2 (identity/#whoami, zones/#listZones,
// zones/records/ — list, create, update, delete —, domains/#createDomain, domains/dnssec/, "Pagination",
// "Rate limiting", "Errors") and the official SDK's models (dnsimple-node lib/zones.ts, lib/types.ts):
// /v2/whoami names the account of an account token; lists page with page/per_page (≤100) and
// pagination.{current_page,total_pages}; records are {id, zone_id, parent_id, name, content, ttl, priority,
// type, regions, system_record}; the apex name is ""; CNAME/ALIAS/MX/NS/PTR content is stored without the
// trailing dot; MX and SRV priority are the separate `priority`; the SOA and the four apex NS are system
// records that cannot be changed. A registered domain's delegation is GET/PUT
// /v2/{account}/registrar/domains/{domain}/delegation (registrar/#getDomainDelegation), a JSON array. Errors are {message, errors:{field:[…]}}: 401 bad token, 404 unknown
// zone or record, 400 validation; every answer carries X-RateLimit-Limit/-Remaining/-Reset and a spent
// quota is a 429 with X-RateLimit-Remaining: 0.
import { startFake, type FakeRequest, type FakeResponse, type FakeServer } from '../_server.js';
import { defineFake } from '../fake.js';

export interface DnsimpleRecord {
  id: number; zone_id: string; parent_id: number | null; name: string; content: string; ttl: number;
  priority: number | null; type: string; regions: string[]; system_record: boolean; created_at: string; updated_at: string;
}
interface Zone { id: number; name: string; dnssec: boolean; state: 'hosted' | 'registered'; delegation: string[]; records: Map<number, DnsimpleRecord> }

export interface DnsimpleFake extends FakeServer {
  token: string;
  /** A user token: accepted, but /v2/whoami names a user and no account. */
  userToken: string;
  accountId: number;
  zones: Map<string, Zone>;
  /** Page size cap (100 as documented; tests lower it). */
  maxPerPage: number;
  /** Marks a domain as registered at DNSimple (delegated to DNSimple's nameservers). */
  register(name: string): void;
}

const TYPES = new Set(['A', 'AAAA', 'ALIAS', 'CAA', 'CNAME', 'HINFO', 'HTTPS', 'MX', 'NAPTR', 'NS', 'PTR', 'SPF', 'SRV', 'SSHFP', 'SVCB', 'TLSA', 'TXT', 'URL']);
const HOSTS = new Set(['CNAME', 'ALIAS', 'MX', 'NS', 'PTR']);
const NS = ['ns1.dnsimple-edge.com', 'ns2.dnsimple-edge.net', 'ns3.dnsimple-edge.io', 'ns4.dnsimple-edge.org'];
const LIMIT = 2400;

class DsError extends Error {
  readonly status: number; readonly errors?: Record<string, string[]>;
  constructor(status: number, message: string, errors?: Record<string, string[]>) { super(message); this.status = status; this.errors = errors; }
}
const invalid = (field: string, msg: string) => new DsError(400, 'Validation failed', { [field]: [msg] });

export async function startDnsimpleFake(opts: { seed?: number } = {}): Promise<DnsimpleFake> {
  const token = `dnsimple_a_${Math.random().toString(36).slice(2)}${Math.random().toString(36).slice(2)}`;
  const userToken = `dnsimple_u_${Math.random().toString(36).slice(2)}`;
  const accountId = 1010;
  const zones = new Map<string, Zone>();
  let nextId = 5000;
  let fake!: DnsimpleFake;
  const now = () => new Date().toISOString();
  const rateHeaders = (remaining: number, resetIn = 3600) => ({
    'x-ratelimit-limit': String(LIMIT), 'x-ratelimit-remaining': String(remaining),
    'x-ratelimit-reset': String(Math.floor(Date.now() / 1000) + resetIn),
  });
  // The quota as the real API reports it, never spent here (a spent quota is the fault mode's 429).
  const ok = (status: number, body?: unknown): FakeResponse => ({ status, headers: rateHeaders(LIMIT - 1 - (fake.stats.requests % (LIMIT - 1))), body });

  const page = (req: FakeRequest, items: unknown[]): FakeResponse => {
    const per = Math.min(Math.max(Number(req.query.get('per_page') ?? 30), 1), fake.maxPerPage);
    const total = Math.max(1, Math.ceil(items.length / per));
    const p = Number(req.query.get('page') ?? 1);
    return ok(200, { data: items.slice((p - 1) * per, p * per), pagination: { current_page: p, per_page: per, total_entries: items.length, total_pages: total } });
  };

  const system = (z: Zone, type: string, content: string) => {
    const id = nextId++;
    z.records.set(id, { id, zone_id: z.name, parent_id: null, name: '', content, ttl: 3600, priority: null, type, regions: ['global'], system_record: true, created_at: now(), updated_at: now() });
  };
  const addZone = (name: string): Zone => {
    const z: Zone = { id: nextId++, name, dnssec: false, state: 'hosted', delegation: [...NS], records: new Map() };
    system(z, 'SOA', `ns1.dnsimple-edge.com admin.dnsimple.com 1 86400 7200 604800 300`);
    for (const ns of NS) system(z, 'NS', ns);
    zones.set(name, z);
    return z;
  };
  const zoneJson = (z: Zone) => ({ id: z.id, account_id: accountId, name: z.name, reverse: false, secondary: false, last_transferred_at: null, active: true, created_at: now(), updated_at: now() });

  const build = (z: Zone, b: Record<string, unknown>, prior?: DnsimpleRecord): DnsimpleRecord => {
    const type = String(b.type ?? prior?.type ?? '').toUpperCase();
    if (!TYPES.has(type)) throw invalid('type', `is not included in the list`);
    const name = String(b.name ?? prior?.name ?? '').toLowerCase();
    let content = String(b.content ?? prior?.content ?? '');
    const ttl = Number(b.ttl ?? prior?.ttl ?? 3600);
    if (!Number.isInteger(ttl) || ttl < 1) throw invalid('ttl', 'must be greater than 0');
    if (content === '') throw invalid('content', 'can\'t be blank');
    if (type === 'A' && !/^\d{1,3}(\.\d{1,3}){3}$/.test(content)) throw invalid('content', 'must be a valid IPv4 address');
    if (type === 'AAAA' && !content.includes(':')) throw invalid('content', 'must be a valid IPv6 address');
    if (type === 'TXT' && content.length > 1000) throw invalid('content', 'is too long (maximum is 1000 characters)');
    if (type === 'CNAME' && name === '') throw invalid('name', 'CNAME records cannot be added to the zone apex');
    if (type === 'NS' && name === '') throw invalid('name', 'the apex NS records are managed by DNSimple');
    if (HOSTS.has(type) && content !== '.') content = content.replace(/\.$/, '');
    const priority = b.priority ?? prior?.priority ?? null;
    if ((type === 'MX' || type === 'SRV') && (priority === null || !Number.isInteger(Number(priority)))) throw invalid('priority', 'is not a number');
    if (type === 'SRV' && content.trim().split(/\s+/).length !== 3) throw invalid('content', 'must be "weight port target"');
    return {
      id: prior?.id ?? nextId++, zone_id: z.name, parent_id: null, name, content, ttl,
      priority: type === 'MX' || type === 'SRV' ? Number(priority) : null, type, regions: ['global'], system_record: false,
      created_at: prior?.created_at ?? now(), updated_at: now(),
    };
  };

  const handle = (req: FakeRequest): FakeResponse => {
    const p = req.path.split('/').filter(Boolean);
    const body = () => (req.body ? JSON.parse(req.body) : {}) as Record<string, unknown>;
    try {
      if (p[0] !== 'v2') throw new DsError(404, 'Not found');
      if (p[1] === 'whoami' && req.method === 'GET' && req.headers.authorization === `Bearer ${userToken}`) {
        return ok(200, { data: { user: { id: 7, email: 'ops@example.net', created_at: now(), updated_at: now() }, account: null } });
      }
      if (req.headers.authorization === `Bearer ${userToken}`) throw new DsError(403, 'Permission denied');
      if (p[1] === 'whoami' && req.method === 'GET') return ok(200, { data: { user: null, account: { id: accountId, email: 'ops@example.net', plan_identifier: 'teams-v2-monthly', created_at: now(), updated_at: now() } } });
      if (p[1] !== String(accountId)) throw new DsError(404, `Account \`${p[1]}\` not found`);
      if (p[2] === 'domains' && p.length === 3 && req.method === 'POST') {
        const name = String(body().name ?? '').toLowerCase();
        if (!/^[a-z0-9-]+(\.[a-z0-9-]+)+$/.test(name)) throw invalid('name', 'is invalid');
        if (zones.has(name)) throw invalid('name', 'has already been taken');
        const z = addZone(name);
        return ok(201, { data: { id: z.id, account_id: accountId, registrant_id: null, name, unicode_name: name, state: 'hosted', auto_renew: false, private_whois: false, expires_at: null, created_at: now(), updated_at: now() } });
      }
      if (p[2] === 'domains' && p.length === 4 && req.method === 'GET') {
        const z = zones.get(p[3]!);
        if (!z) throw new DsError(404, `Domain \`${p[3]}\` not found`);
        return ok(200, { data: { id: z.id, account_id: accountId, registrant_id: z.state === 'registered' ? 1 : null, name: z.name, unicode_name: z.name, state: z.state, auto_renew: false, private_whois: false, expires_at: null, created_at: now(), updated_at: now() } });
      }
      if (p[2] === 'registrar' && p[3] === 'domains' && p[5] === 'delegation' && p.length === 6) {
        const z = zones.get(p[4]!);
        if (z?.state !== 'registered') throw new DsError(404, `Domain \`${p[4]}\` not found`);
        if (req.method === 'GET') return ok(200, { data: z.delegation });
        if (req.method === 'PUT') {
          const list = JSON.parse(req.body || 'null') as unknown;
          if (!Array.isArray(list) || list.length === 0 || !list.every((n) => typeof n === 'string' && /^[a-z0-9.-]+$/i.test(n))) throw invalid('base', 'a delegation is a non-empty list of host names');
          z.delegation = list as string[];
          return ok(200, { data: z.delegation });
        }
      }
      if (p[2] === 'domains' && p[4] === 'dnssec' && p.length === 5) {
        const z = zones.get(p[3]!);
        if (!z) throw new DsError(404, `Domain \`${p[3]}\` not found`);
        if (req.method === 'GET') return ok(200, { data: { enabled: z.dnssec, created_at: now(), updated_at: now() } });
        if (req.method === 'POST') { z.dnssec = true; return ok(201, { data: { enabled: true, created_at: now(), updated_at: now() } }); }
        if (req.method === 'DELETE') {
          if (!z.dnssec) throw new DsError(428, 'DNSSEC cannot be disabled because it is not enabled');
          z.dnssec = false; return ok(204);
        }
      }
      if (p[2] !== 'zones') throw new DsError(404, 'Not found');
      if (p.length === 3 && req.method === 'GET') return page(req, [...zones.values()].map(zoneJson));
      const z = zones.get(p[3]!);
      if (!z) throw new DsError(404, `Zone \`${p[3]}\` not found`);
      if (p.length === 4 && req.method === 'GET') return ok(200, { data: zoneJson(z) });
      if (p[4] !== 'records') throw new DsError(404, 'Not found');
      if (p.length === 5 && req.method === 'GET') return page(req, [...z.records.values()]);
      if (p.length === 5 && req.method === 'POST') { const r = build(z, body()); z.records.set(r.id, r); return ok(201, { data: r }); }
      const r = z.records.get(Number(p[5]));
      if (!r) throw new DsError(404, `Record \`${p[5]}\` not found`);
      if (req.method === 'GET') return ok(200, { data: r });
      if (r.system_record) throw new DsError(400, 'System records cannot be changed or deleted');
      if (req.method === 'DELETE') { z.records.delete(r.id); return ok(204); }
      if (req.method === 'PATCH') { const n = build(z, body(), r); z.records.set(r.id, n); return ok(200, { data: n }); }
      throw new DsError(405, 'Method not allowed');
    } catch (e) {
      if (e instanceof DsError) return { status: e.status, headers: rateHeaders(LIMIT - 1), body: { message: e.message, ...(e.errors ? { errors: e.errors } : {}) } };
      throw e;
    }
  };

  const server = await startFake({
    seed: opts.seed,
    authorize: (req) => (req.headers.authorization === `Bearer ${token}` || req.headers.authorization === `Bearer ${userToken}` ? undefined : { status: 401, body: { message: 'Authentication failed' } }),
    handle,
    // A spent quota: 429 with X-RateLimit-Remaining 0 until the reset (no Retry-After is documented).
    faultResponse: (status, retryAfter) => status === 429
      ? { status, headers: rateHeaders(0, retryAfter ?? 0), body: { message: 'Your account has exceeded its API rate limit' } }
      : { status, body: { message: 'Internal server error' } },
  });
  fake = Object.assign(server, {
    token, userToken, accountId, zones, maxPerPage: 100,
    register: (name: string) => { const z = zones.get(name) ?? addZone(name); z.state = 'registered'; },
  });
  return fake;
}

/** This fake as the suites find it from the provider registry (test/fakes/fake.ts). */
export const fake = defineFake({
  start: () => startDnsimpleFake(),
  creds: (f) => ({ token: f.token, base_url: f.url }),
  probe: {
    path: () => '/v2/whoami',
    badAuth: { authorization: 'Bearer nope' },
    denied: 401,
    throttle: { status: 429, body: /rate limit/ },
  },
});
