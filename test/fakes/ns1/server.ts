// A fake NS1 (IBM NS1 Connect) API v1, following the API reference (ns1.com/api: "Zones and records": list
// zones, view/create/modify a zone, view/create/modify/delete a record; "DNSSEC": view a zone's DNSSEC),
// help.ns1.com "About API rate limiting" and ibm.com/docs/en/ns1-connect "API rate limiting" (a token
// bucket per key and route; every answer carries X-RateLimit-By/-Limit/-Remaining/-Period; 429 past it),
// the official Go client ns1-go v2 (rest/zone.go, rest/record.go, rest/dnssec.go: the error messages
// "zone already exists", "zone not found", "record already exists", "record not found"; the zone list
// follows Link rel="next") and DNSControl's providers/ns1 (ns1Provider.go: `filters` must be [] — null is
// refused with 400 "Input validation failed (Value None for field '<obj>.filters' is not of type array)";
// an account without DNSSEC is refused 400 "DNSSEC support is not enabled for this account…";
// DNSKEY/RRSIG are NS1's own once DNSSEC is on and cannot be written: 405 "Operation on DNSSEC record is not
// allowed"; REDIRECT records are listed with the one answer "NS1 MANAGED RECORD"; a new zone's dns_servers
// may lack the final dot). Auth is X-NSONE-Key; a wrong key is 401 {"message":"Unauthorized"}. Errors are
// {"message": "…"}. Kept: rrsets keyed by zone/domain/type, answers as token arrays, short_answers as the
// tokens joined by one space; a new zone gets NS dns1–dns4.p01.nsone.net. (unconfirmed: the exact status
// of "zone already exists" and of a zone without DNSSEC, here 400 "DNSSEC support is not enabled for this
// zone"). The zone list pages at `pageSize` (2,500 by default, as ns1-go's comment says). `bucket` turns on
// the documented throttle (default off, so the suites do not wait for real refill times).
import { randomBytes } from 'node:crypto';
import { startFake, type FakeRequest, type FakeResponse, type FakeServer } from '../_server.js';
import { defineFake } from '../fake.js';

export interface Ns1Rec { id: string; zone: string; domain: string; type: string; ttl: number; answers: Array<{ answer: string[] }>; filters: unknown[]; tier: number }
interface Zone { zone: string; id: string; ttl: number; dns_servers: string[]; dnssec: boolean; records: Map<string, Ns1Rec> }

export interface Ns1Fake extends FakeServer {
  key: string;
  zones: Map<string, Zone>;
  /** Zones per page of GET /zones. */
  pageSize: number;
  /** A token bucket for every request of the key (off when undefined). */
  bucket?: { limit: number; periodSeconds: number };
  /** Whether the account may use DNSSEC (false: enabling it is refused, as DNSControl's comment quotes). */
  dnssecAccount: boolean;
  /** Every request body received. */
  bodies: string[];
}

const TYPES = new Set(['A', 'AAAA', 'ALIAS', 'CAA', 'CNAME', 'DHCID', 'DNAME', 'DS', 'HTTPS', 'MX', 'NAPTR', 'NS', 'PTR', 'SPF', 'SRV', 'SVCB', 'TLSA', 'TXT', 'URLFWD', 'CERT', 'HINFO', 'RP', 'SSHFP']);
const ARITY: Record<string, number> = { A: 1, AAAA: 1, ALIAS: 1, CNAME: 1, DNAME: 1, PTR: 1, NS: 1, DHCID: 1, MX: 2, CAA: 3, SRV: 4, NAPTR: 6, DS: 4, TLSA: 4, SVCB: 3, HTTPS: 3, URLFWD: 5 };
export const NS1_SERVERS = ['dns1.p01.nsone.net', 'dns2.p01.nsone.net', 'dns3.p01.nsone.net', 'dns4.p01.nsone.net'];
class NError extends Error {
  readonly status: number;
  constructor(status: number, message: string) { super(message); this.status = status; }
}
const oid = () => randomBytes(12).toString('hex');

export async function startNs1Fake(opts: { seed?: number } = {}): Promise<Ns1Fake> {
  const key = `ns1key${randomBytes(10).toString('hex')}`;
  const zones = new Map<string, Zone>();
  let fake!: Ns1Fake;
  let tokens = 0;
  let refilledAt = Date.now();

  /** Takes one token; the headers every answer carries. */
  const take = (): { ok: boolean; headers: Record<string, string> } => {
    const b = fake.bucket ?? { limit: 900, periodSeconds: 300 };
    const now = Date.now();
    if (!fake.bucket) tokens = b.limit;
    else {
      tokens = Math.min(b.limit, tokens + ((now - refilledAt) / 1000) * (b.limit / b.periodSeconds));
      refilledAt = now;
    }
    const ok = tokens >= 1;
    if (ok && fake.bucket) tokens -= 1;
    return { ok, headers: { 'x-ratelimit-by': 'customer', 'x-ratelimit-limit': String(b.limit), 'x-ratelimit-remaining': String(Math.floor(tokens)), 'x-ratelimit-period': String(b.periodSeconds) } };
  };

  const zoneJson = (z: Zone, records: boolean) => ({
    zone: z.zone, id: z.id, ttl: z.ttl, dns_servers: z.dns_servers, dnssec: z.dnssec, nx_ttl: 3600, refresh: 43200, retry: 7200, expiry: 1209600,
    ...(records ? {
      records: [
        ...[...z.records.values()].map((r) => ({ id: r.id, domain: r.domain, type: r.type, ttl: r.ttl, tier: r.tier, short_answers: r.answers.map((a) => a.answer.join(' ')) })),
        // With DNSSEC on, NS1 signs the zone and lists its own DNSKEY set (not writable).
        ...(z.dnssec ? [{ id: 'dnskey', domain: z.zone, type: 'DNSKEY', ttl: 3600, tier: 1, short_answers: ['257 3 13 mdsswUyr3DPW132mOi8V9xESWE8jTo0dxCjjnopKl+GqJxpVXckHAeF+KkxLbxILfDLUT0rAK9iUzy1L53eKGQ=='] }] : []),
      ],
    } : {}),
  });

  const checkRecord = (z: Zone, domain: string, type: string, b: Record<string, unknown>): Ns1Rec => {
    if (b.filters === undefined || b.filters === null || !Array.isArray(b.filters)) {
      throw new NError(400, "Input validation failed (Value None for field '<obj>.filters' is not of type array)");
    }
    if (type === 'DNSKEY' || type === 'RRSIG') throw new NError(405, 'Operation on DNSSEC record is not allowed');
    if (!TYPES.has(type)) throw new NError(400, `Input validation failed (invalid record type ${type})`);
    if (b.type !== undefined && String(b.type).toUpperCase() !== type) throw new NError(400, 'Input validation failed (type does not match the URL)');
    if (b.domain !== undefined && String(b.domain).toLowerCase() !== domain) throw new NError(400, 'Input validation failed (domain does not match the URL)');
    if (domain !== z.zone && !domain.endsWith(`.${z.zone}`)) throw new NError(400, 'record does not belong to zone');
    if (type === 'CNAME' && domain === z.zone) throw new NError(400, 'CNAME records are not allowed at the zone apex');
    const ttl = Number(b.ttl ?? z.ttl);
    if (!Number.isInteger(ttl) || ttl < 0) throw new NError(400, 'Input validation failed (Value for field \'<obj>.ttl\' is not an integer)');
    if (!Array.isArray(b.answers) || b.answers.length === 0) throw new NError(400, 'Input validation failed (answers must be a non-empty array)');
    const answers = (b.answers as unknown[]).map((a) => {
      const ans = (a as { answer?: unknown } | null)?.answer;
      if (!Array.isArray(ans) || ans.some((t) => typeof t !== 'string' && typeof t !== 'number')) throw new NError(400, "Input validation failed (Value for field '<obj>.answers[].answer' is not of type array)");
      const toks = ans.map(String);
      const want = ARITY[type];
      if (want !== undefined && toks.length !== want) throw new NError(400, `Input validation failed (${type} answer needs ${want} field(s), got ${toks.length})`);
      if (type === 'TXT' && (toks.length === 0 || toks.join('') === '')) throw new NError(400, 'Input validation failed (empty TXT answer)');
      if (type === 'A' && !/^\d{1,3}(\.\d{1,3}){3}$/.test(toks[0]!)) throw new NError(400, `Input validation failed (${toks[0]} is not an IPv4 address)`);
      if (type === 'AAAA' && !toks[0]!.includes(':')) throw new NError(400, `Input validation failed (${toks[0]} is not an IPv6 address)`);
      if ((type === 'MX' || type === 'SRV') && !toks.slice(0, type === 'MX' ? 1 : 3).every((t) => /^\d+$/.test(t))) throw new NError(400, `Input validation failed (bad ${type} numbers)`);
      return { answer: toks };
    });
    return { id: oid(), zone: z.zone, domain, type, ttl, answers, filters: b.filters as unknown[], tier: 1 };
  };

  const handle = (req: FakeRequest): FakeResponse => {
    fake.bodies.push(req.body);
    const { ok, headers } = take();
    if (!ok) return { status: 429, headers, body: { message: 'Rate limit exceeded' } };
    const p = req.path.replace(/^\/v1/, '').split('/').filter(Boolean);
    const body = () => { try { return (req.body ? JSON.parse(req.body) : {}) as Record<string, unknown>; } catch { throw new NError(400, 'Input validation failed (invalid JSON)'); } };
    try {
      if (p[0] !== 'zones') throw new NError(404, 'Not found');
      if (p.length === 1 && req.method === 'GET') {
        const all = [...zones.values()].sort((a, b) => a.zone.localeCompare(b.zone));
        const after = Number(req.query.get('after') ?? 0);
        const page = all.slice(after, after + fake.pageSize).map((z) => zoneJson(z, false));
        const h: Record<string, string> = { ...headers };
        if (after + fake.pageSize < all.length) h.link = `<http://${req.headers.host}/v1/zones?after=${after + fake.pageSize}>; rel="next"`;
        return { status: 200, headers: h, body: page };
      }
      const name = String(p[1] ?? '').toLowerCase();
      if (p.length === 2 && req.method === 'PUT') {
        const b = body();
        if (b.zone !== undefined && String(b.zone).toLowerCase() !== name) throw new NError(400, 'Input validation failed (zone does not match the URL)');
        if (!/^[a-z0-9-]+(\.[a-z0-9-]+)+$/.test(name)) throw new NError(400, 'Input validation failed (invalid zone name)');
        if (zones.has(name)) throw new NError(400, 'zone already exists');
        const z: Zone = { zone: name, id: oid(), ttl: 3600, dns_servers: [...NS1_SERVERS], dnssec: false, records: new Map() };
        z.records.set(`${name}/NS`, { id: oid(), zone: name, domain: name, type: 'NS', ttl: 3600, answers: NS1_SERVERS.map((s) => ({ answer: [`${s}.`] })), filters: [], tier: 1 });
        zones.set(name, z);
        return { status: 200, headers, body: zoneJson(z, true) };
      }
      const z = zones.get(name);
      if (!z) throw new NError(404, 'zone not found');
      if (p.length === 2 && req.method === 'GET') return { status: 200, headers, body: zoneJson(z, req.query.get('records') !== 'false') };
      if (p.length === 2 && req.method === 'POST') {
        const b = body();
        if (b.dnssec === true && !fake.dnssecAccount) throw new NError(400, 'DNSSEC support is not enabled for this account. Please contact support@ns1.com to enable it');
        if (typeof b.dnssec === 'boolean') z.dnssec = b.dnssec;
        if (b.ttl !== undefined) z.ttl = Number(b.ttl);
        return { status: 200, headers, body: zoneJson(z, true) };
      }
      if (p.length === 3 && p[2] === 'dnssec' && req.method === 'GET') {
        if (!z.dnssec) throw new NError(400, 'DNSSEC support is not enabled for this zone');
        return { status: 200, headers, body: { zone: z.zone, keys: { dnskey: [['257', '3', '13', 'mdss…']], ttl: 3600 }, delegation: { ds: [['2371', '13', '2', 'abcd']], ttl: 3600 } } };
      }
      if (p.length !== 4) throw new NError(404, 'Not found');
      const domain = p[2]!.toLowerCase().replace(/\.$/, '');
      const type = p[3]!.toUpperCase();
      const k = `${domain}/${type}`;
      const cur = z.records.get(k);
      if (req.method === 'GET') {
        if (!cur) throw new NError(404, 'record not found');
        return { status: 200, headers, body: cur };
      }
      if (req.method === 'DELETE') {
        if (!cur) throw new NError(404, 'record not found');
        if (type === 'DNSKEY' || type === 'RRSIG') throw new NError(405, 'Operation on DNSSEC record is not allowed');
        z.records.delete(k);
        return { status: 200, headers, body: {} };
      }
      if (req.method === 'PUT') {
        if (cur) throw new NError(400, 'record already exists');
        const r = checkRecord(z, domain, type, body());
        z.records.set(k, r);
        return { status: 200, headers, body: r };
      }
      if (req.method === 'POST') {
        if (!cur) throw new NError(404, 'record not found');
        const r = { ...checkRecord(z, domain, type, body()), id: cur.id };
        z.records.set(k, r);
        return { status: 200, headers, body: r };
      }
      throw new NError(405, 'Method not allowed');
    } catch (e) {
      if (e instanceof NError) return { status: e.status, headers, body: { message: e.message } };
      throw e;
    }
  };

  const server = await startFake({
    seed: opts.seed,
    authorize: (req) => (req.headers['x-nsone-key'] === key ? undefined : { status: 401, body: { message: 'Unauthorized' } }),
    handle,
    faultResponse: (status) => ({
      status,
      headers: status === 429 ? { 'x-ratelimit-by': 'customer', 'x-ratelimit-limit': '300', 'x-ratelimit-remaining': '0', 'x-ratelimit-period': '0.3' } : ({} as Record<string, string>),
      body: { message: status === 429 ? 'Rate limit exceeded' : 'Internal server error' },
    }),
  });
  fake = Object.assign(server, { key, zones, pageSize: 2500, bucket: undefined, dnssecAccount: true, bodies: [] as string[] });
  return fake;
}

/** This fake as the suites find it from the provider registry (test/fakes/fake.ts). */
export const fake = defineFake({
  start: () => startNs1Fake(),
  creds: (f) => ({ api_token: f.key, base_url: `${f.url}/v1` }),
  probe: {
    path: () => '/v1/zones',
    badAuth: { 'x-nsone-key': 'nope' },
    denied: 401,
    throttle: { status: 429, body: /Rate limit exceeded/ },
  },
});
