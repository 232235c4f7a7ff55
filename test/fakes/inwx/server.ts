// A fake INWX DomRobot API (JSON-RPC), following INWX's API documentation (inwx.com/en/help/apidoc:
// "account" login/logout/unlock, "nameserver" list/info/create/createRecord/updateRecord/deleteRecord,
// "dnssec" info/enableDNSSEC/disableDNSSEC, "domain" info/update; result codes 1000 "Command completed
// successfully", 1001 pending, 2200 "Authentication error", 2302 "Object exists", 2303 "Object does not
// exist", 2005 "Parameter value syntax error", 2308 "Data management policy violation"), INWX's own clients
// (python-client INWX/Domrobot.py, npm domrobot-client 3.3.0: POST {api}/jsonrpc/ with {method, params}, the
// session kept in the `domrobot` cookie that account.login sets, 2FA answered by account.unlock {tan} with an
// RFC 6238 code from the shared secret) and DNSControl's providers/inwx (goinwx: nameserver.info lists
// `record` [{id, name (FQDN), type, content, ttl, prio}] with the zone's SOA; targets of CNAME, NS, MX, SRV,
// PTR and ALIAS are refused with a final dot — INWX adds it — and "." stays the null target; SRV content is
// "weight port target" with `prio` apart; nameserver.list pages with page/pagesize and a `count`, IDN domains
// in Unicode; dnssec.enableDNSSEC wants an IDN in Unicode; dnssec.info's status is "AUTO" when automatic).
// Every answer is HTTP 200; a failure is a code other than 1000/1001 with `msg` (and sometimes `reason`).
// Sessions: a call without a live session is 2200 (`expireSessions()` ends them all, as INWX's idle timeout
// does; unconfirmed: INWX's exact message for an expired session); TANs are accepted for the current 30 s
// step ±1 (a clock more than a step off is refused with 2200 "Authentication error", reason "Invalid TAN",
// unconfirmed wording). INWX documents no rate limit: in fault mode the fake answers as an edge would, HTTP
// 429 / 500 with a plain body. `roId` comes as a string (INWX changed such a field's type without notice in
// 2025, DNSControl PR #3855). Registered domains (domain objects, apart from nameserver zones): domain.info
// {domain} answers `ns` (the delegation), domain.update {domain, ns} replaces it and answers 1001 (pending:
// the registry applies it); an unregistered domain is 2303, an empty or malformed ns list 2005.
import { createHmac, randomBytes } from 'node:crypto';
import { domainToASCII, domainToUnicode } from 'node:url';
import { startFake, type FakeRequest, type FakeResponse, type FakeServer } from '../_server.js';
import { defineFake } from '../fake.js';

export interface IRec { id: number; name: string; type: string; content: string; ttl: number; prio: number }
interface Zone { domain: string; roId: number; ns: string[]; dnssec: 'AUTO' | 'MANUAL' | 'NONE'; records: Map<number, IRec> }

export interface InwxFake extends FakeServer {
  user: string;
  password: string;
  /** base32 TOTP secret; undefined: the account has no 2FA. */
  totpKey?: string;
  zones: Map<string, Zone>;
  /** Domains registered at INWX → their delegation (domain.info / domain.update). */
  registered: Map<string, string[]>;
  sessions: Map<string, { unlocked: boolean }>;
  expireSessions(): void;
  /** Every request body received (method and params). */
  bodies: string[];
}

const HOST = new Set(['CNAME', 'NS', 'MX', 'SRV', 'PTR', 'ALIAS']);
const TYPES = new Set(['A', 'AAAA', 'AFSDB', 'ALIAS', 'CAA', 'CERT', 'CNAME', 'HINFO', 'HTTPS', 'IPSECKEY', 'LOC', 'MX', 'NAPTR', 'NS', 'OPENPGPKEY', 'PTR', 'RP', 'SMIMEA', 'SRV', 'SSHFP', 'SVCB', 'TLSA', 'TXT', 'URI', 'URL']);
const WRITES = /"method"\s*:\s*"(nameserver\.(create|createRecord|updateRecord|deleteRecord)|dnssec\.(enable|disable)DNSSEC|domain\.update)"/;
class IError extends Error {
  readonly code: number; readonly reason?: string;
  constructor(code: number, msg: string, reason?: string) { super(msg); this.code = code; this.reason = reason; }
}
const B32 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';

/** RFC 6238 code of a base32 secret at time step `t` (the fake's own, independent of the provider's). */
function code(secret: string, t: number): string {
  let bits = ''; for (const c of secret.replace(/=+$/, '').toUpperCase()) bits += B32.indexOf(c).toString(2).padStart(5, '0');
  const key = Buffer.from((bits.match(/.{8}/g) ?? []).map((b) => parseInt(b, 2)));
  const msg = Buffer.alloc(8); msg.writeBigUInt64BE(BigInt(t));
  const h = createHmac('sha1', key).update(msg).digest();
  const o = h[19]! & 15;
  return String((h.readUInt32BE(o) & 0x7fffffff) % 1_000_000).padStart(6, '0');
}

export async function startInwxFake(opts: { seed?: number; tfa?: boolean } = {}): Promise<InwxFake> {
  const user = 'dnscode-test';
  const password = `inwxpw-${randomBytes(8).toString('hex')}`;
  const totpKey = opts.tfa === false ? undefined : Array.from(randomBytes(20), (b) => B32[b & 31]).join('');
  const zones = new Map<string, Zone>();
  const registered = new Map<string, string[]>();
  const sessions = new Map<string, { unlocked: boolean }>();
  let nextId = 1000;
  let fake!: InwxFake;

  const ok = (resData?: unknown, headers?: Record<string, string>): FakeResponse => ({ status: 200, headers, body: { code: 1000, msg: 'Command completed successfully', ...(resData === undefined ? {} : { resData }) } });
  const ascii = (d: unknown) => domainToASCII(String(d ?? '').toLowerCase().replace(/\.$/, '')) || String(d ?? '');
  const zoneOf = (d: unknown): Zone => {
    const z = zones.get(ascii(d));
    if (!z) throw new IError(2303, 'Object does not exist');
    return z;
  };
  const fqdn = (z: Zone, name: unknown) => {
    const n = String(name ?? '').toLowerCase().replace(/\.$/, '');
    return n === '' || n === '@' ? z.domain : `${n}.${z.domain}`;
  };

  const build = (z: Zone, p: Record<string, unknown>, prior?: IRec): IRec => {
    const type = String(p.type ?? prior?.type ?? '').toUpperCase();
    if (!TYPES.has(type)) throw new IError(2005, 'Parameter value syntax error', `type: ${type}`);
    const name = p.name === undefined && prior ? prior.name : fqdn(z, p.name);
    const content = String(p.content ?? prior?.content ?? '');
    const ttl = Number(p.ttl ?? prior?.ttl ?? 3600);
    const prio = Number(p.prio ?? prior?.prio ?? 0);
    if (!Number.isInteger(ttl) || ttl < 0) throw new IError(2005, 'Parameter value syntax error', 'ttl');
    if (content === '') throw new IError(2005, 'Parameter value syntax error', 'content must not be empty');
    if (HOST.has(type)) {
      const host = type === 'SRV' ? content.split(/\s+/)[2] ?? '' : content;
      if (host !== '.' && host.endsWith('.')) throw new IError(2005, 'Parameter value syntax error', 'content must not end with a dot');
    }
    if (type === 'SRV' && !/^\d+ \d+ \S+$/.test(content)) throw new IError(2005, 'Parameter value syntax error', 'SRV content is "weight port target"');
    if (type === 'A' && !/^\d{1,3}(\.\d{1,3}){3}$/.test(content)) throw new IError(2005, 'Parameter value syntax error', 'not an IPv4 address');
    if (type === 'AAAA' && !content.includes(':')) throw new IError(2005, 'Parameter value syntax error', 'not an IPv6 address');
    if (type === 'CNAME' && name === z.domain) throw new IError(2308, 'Data management policy violation', 'CNAME at the zone apex');
    if ((type === 'MX' || type === 'SRV') && !(Number.isInteger(prio) && prio >= 0 && prio <= 65535)) throw new IError(2005, 'Parameter value syntax error', 'prio');
    return { id: prior?.id ?? nextId++, name, type, content, ttl, prio: type === 'MX' || type === 'SRV' ? prio : 0 };
  };

  const newZone = (domain: string, ns: string[]): Zone => {
    const z: Zone = { domain, roId: nextId++, ns, dnssec: 'NONE', records: new Map() };
    const add = (r: Omit<IRec, 'id'>) => { const id = nextId++; z.records.set(id, { id, ...r }); };
    add({ name: domain, type: 'SOA', content: `${ns[0] ?? 'ns.inwx.de'} hostmaster.inwx.de 2026010101 10800 3600 604800 3600`, ttl: 86400, prio: 0 });
    for (const n of ns) add({ name: domain, type: 'NS', content: n, ttl: 86400, prio: 0 });
    return z;
  };

  const handle = (req: FakeRequest): FakeResponse => {
    fake.bodies.push(req.body);
    if (req.path !== '/jsonrpc/') return { status: 404, body: 'Not Found' };
    let m: { method?: string; params?: Record<string, unknown> };
    try { m = JSON.parse(req.body) as typeof m; } catch { return { status: 200, body: { code: 2400, msg: 'Command failed', reason: 'invalid JSON' } }; }
    const method = String(m.method ?? '');
    const p = m.params ?? {};
    const sid = /(?:^|;\s*)domrobot=([^;]+)/.exec(String(req.headers.cookie ?? ''))?.[1] ?? '';
    try {
      if (method === 'account.login') {
        if (p.user !== user || p.pass !== password) throw new IError(2200, 'Authentication error');
        const id = randomBytes(16).toString('hex');
        sessions.set(id, { unlocked: !fake.totpKey });
        return ok({ customerId: 4711, accountId: 4712, tfa: fake.totpKey ? 'GOOGLE-AUTH' : '0', builddate: '2026-01-01', version: '1.0' }, { 'set-cookie': `domrobot=${id}; path=/; secure; HttpOnly` });
      }
      const s = sessions.get(sid);
      if (!s) throw new IError(2200, 'Authentication error');
      if (method === 'account.unlock') {
        const step = Math.floor(Date.now() / 30_000);
        const tan = String(p.tan ?? '');
        if (!fake.totpKey || ![step - 1, step, step + 1].some((t) => code(fake.totpKey!, t) === tan)) throw new IError(2200, 'Authentication error', 'Invalid TAN');
        s.unlocked = true;
        return ok();
      }
      if (!s.unlocked) throw new IError(2200, 'Authentication error');
      if (method === 'account.logout') { sessions.delete(sid); return { status: 200, body: { code: 1500, msg: 'Command completed successfully; ending session' } }; }
      switch (method) {
        case 'nameserver.list': {
          const size = Math.min(Math.max(Number(p.pagesize ?? 20), 1), 1000);
          const page = Math.max(Number(p.page ?? 1), 1);
          const all = [...zones.values()].sort((a, b) => a.domain.localeCompare(b.domain));
          const domains = all.slice((page - 1) * size, page * size).map((z) => ({ roId: String(z.roId), domain: domainToUnicode(z.domain), type: 'MASTER' }));
          return ok({ count: all.length, domains });
        }
        case 'nameserver.info': {
          const z = zoneOf(p.domain);
          const record = [...z.records.values()];
          return ok({ roId: z.roId, domain: z.domain, type: 'MASTER', count: record.length, record });
        }
        case 'nameserver.create': {
          const d = ascii(p.domain);
          if (zones.has(d)) throw new IError(2302, 'Object exists');
          if (!/^[a-z0-9-]+(\.[a-z0-9-]+)+$/.test(d)) throw new IError(2005, 'Parameter value syntax error', 'domain');
          const ns = Array.isArray(p.ns) ? p.ns.map(String) : [];
          const z = newZone(d, ns);
          zones.set(d, z);
          return ok({ roId: z.roId });
        }
        case 'nameserver.createRecord': {
          const z = zoneOf(p.domain);
          const r = build(z, p);
          z.records.set(r.id, r);
          return ok({ id: r.id });
        }
        case 'nameserver.updateRecord':
        case 'nameserver.deleteRecord': {
          const id = Number(p.id);
          const z = [...zones.values()].find((x) => x.records.has(id));
          if (!z) throw new IError(2303, 'Object does not exist');
          if (method === 'nameserver.deleteRecord') z.records.delete(id);
          else z.records.set(id, build(z, p, z.records.get(id)));
          return ok();
        }
        case 'dnssec.info': {
          const names = Array.isArray(p.domainName) ? p.domainName : [p.domainName];
          return ok({ data: names.map((n) => ({ domainName: String(n), dnssecStatus: zones.get(ascii(n))?.dnssec ?? 'NONE' })) });
        }
        case 'dnssec.enableDNSSEC':
        case 'dnssec.disableDNSSEC': {
          const n = String(p.domainName ?? '');
          // enableDNSSEC does not accept ACE names: an IDN must be given in Unicode.
          if (method === 'dnssec.enableDNSSEC' && /(^|\.)xn--/.test(n)) throw new IError(2303, 'Object does not exist');
          zoneOf(n).dnssec = method === 'dnssec.enableDNSSEC' ? 'AUTO' : 'NONE';
          return { status: 200, body: { code: 1001, msg: 'Command completed successfully; action pending' } };
        }
        case 'domain.info': {
          const ns = registered.get(ascii(p.domain));
          if (!ns) throw new IError(2303, 'Object does not exist');
          return ok({ domain: ascii(p.domain), status: 'OK', ns });
        }
        case 'domain.update': {
          if (!registered.has(ascii(p.domain))) throw new IError(2303, 'Object does not exist');
          if (p.ns !== undefined) {
            if (!Array.isArray(p.ns) || p.ns.length === 0 || !p.ns.every((n) => typeof n === 'string' && /^[a-z0-9.-]+$/i.test(n))) {
              throw new IError(2005, 'Parameter value syntax error', 'ns: a list of host names is required');
            }
            registered.set(ascii(p.domain), p.ns.map(String));
          }
          return { status: 200, body: { code: 1001, msg: 'Command completed successfully; action pending' } };
        }
        default: throw new IError(2000, 'Unknown command', method);
      }
    } catch (e) {
      if (e instanceof IError) return { status: 200, body: { code: e.code, msg: e.message, ...(e.reason ? { reason: e.reason } : {}) } };
      throw e;
    }
  };

  const server = await startFake({
    seed: opts.seed,
    // Auth is the session in the body's cookie: handle() answers a missing one, as INWX does, with HTTP 200 and code 2200.
    authorize: () => undefined,
    handle,
    faultResponse: (status, retryAfter) => ({
      status, headers: status === 429 && retryAfter !== undefined ? { 'retry-after': String(retryAfter) } : ({} as Record<string, string>),
      body: status === 429 ? 'Too Many Requests' : 'Internal Server Error',
    }),
  });
  fake = Object.assign(server, {
    user, password, totpKey, zones, registered, sessions, bodies: [] as string[],
    expireSessions: () => sessions.clear(),
    isWrite: (req: FakeRequest) => WRITES.test(req.body),
  });
  return fake;
}

/** This fake as the suites find it from the provider registry (test/fakes/fake.ts): an account with 2FA. */
export const fake = defineFake({
  start: () => startInwxFake(),
  creds: (f) => ({ username: f.user, password: f.password, 'totp-key': f.totpKey!, base_url: f.url }),
  probe: {
    path: () => '/jsonrpc/',
    badAuth: {},
    // Failures, a bad login included, are HTTP 200 with a code.
    denied: 200,
    throttle: { status: 429, body: /Too Many Requests/ },
  },
});
