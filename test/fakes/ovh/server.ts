// A fake OVHcloud API (the /1.0 "domain" zone calls and GET /auth/time), following OVH's guide "First steps
// with the OVHcloud APIs" (help.ovhcloud.com: application key, secret and consumer key; the signature
// "$1$" + SHA-1 of secret+consumer+METHOD+URL+BODY+TIMESTAMP; X-Ovh-Application/-Consumer/-Timestamp/
// -Signature), the API console schema of /domain/zone (api.ovh.com/console: GET /domain/zone, GET
// /domain/zone/{zoneName}, GET/POST /domain/zone/{zoneName}/record, GET/PUT/DELETE …/record/{id}, POST
// …/refresh), the official clients go-ovh (ovh.go: getTime/PollTimeshift, APIError with errorCode) and
// node-ovh, and DNSControl's providers/ovh (protocol.go).
// Kept: GET /auth/time answers the server's Unix time, unsigned (`clockSkew` puts the fake's clock ahead of
// ours); every other call is refused unless signed: an unknown application key is 403 INVALID_KEY, a
// timestamp more than `window` seconds from the server clock 400 QUERY_TIME_OUT "Query out of time" (the
// window's size is unconfirmed), a wrong signature 400 INVALID_SIGNATURE, an unknown consumer key 403
// INVALID_CREDENTIAL "This credential does not exist", an expired one (`expireConsumer()`) 403
// INVALID_CREDENTIAL "This credential is not valid". Errors are {errorCode, httpCode, message}; a 404 is
// {class: "Client::NotFound", message}. Listing records answers ids only (optionally filtered by fieldType
// and subDomain); each record is {id, zone, subDomain, fieldType, target, ttl} with the apex subDomain "";
// targets are zone-file rdata ("10 mx.example.com."); SPF/DKIM/DMARC are OVH's own types (DKIM and DMARC
// bare text, DMARC only at a _dmarc label); fieldType is read-only in a PUT; CNAME at the apex is refused.
// Writes are not served until POST …/refresh (`pending` counts the zone's unpublished writes). The account
// holds every zone asked about (created with OVH's two anycast NS at the apex) except those in
// `unregistered` (404): OVH itself creates zones only with an order. Throttling (unconfirmed: OVH documents
// no figure) is HTTP 429 {"message": "Too many requests"}.
// The registrar calls (api.ovh.com/console, the /domain section: GET /domain/{serviceName}/nameServer,
// GET /domain/{serviceName}/nameServer/{id} as domain.CurrentNameServer {id, host, ip, isUsed, toDelete},
// PUT /domain/{serviceName} with domain.Domain's nameServerType "hosted"|"external", POST
// /domain/{serviceName}/nameServers/update {nameServers:[{host, ip}]} answering a domain.Task; DNSControl's
// providers/ovh/protocol.go and its docs page, which say a domain in hosted mode cannot have its servers
// updated and that the task runs a few minutes later): only domains in `registered` exist there (others 404
// "This service does not exist"); an update marks the servers it drops toDelete (dropped for good at the
// next update, as if the task had run) and adds the new ones at once; in hosted mode it is refused with 403
// (wording unconfirmed); `failTask` makes the task answer status "error".
import { createHash } from 'node:crypto';
import { startFake, type FakeRequest, type FakeResponse, type FakeServer } from '../_server.js';
import { defineFake } from '../fake.js';

export interface OvhRec { id: number; zone: string; subDomain: string; fieldType: string; target: string; ttl: number }
interface Zone { name: string; nameServers: string[]; records: Map<number, OvhRec>; pending: number; refreshes: number }

export interface OvhFake extends FakeServer {
  appKey: string;
  appSecret: string;
  consumerKey: string;
  zones: Map<string, Zone>;
  unregistered: Set<string>;
  /** Seconds the fake's clock runs ahead of the real one. */
  clockSkew: number;
  /** Seconds GET /auth/time lies by (a broken time source: every signed call is then out of time). */
  timeLies: number;
  /** Largest accepted distance between X-Ovh-Timestamp and the fake's clock. */
  window: number;
  expireConsumer(): void;
  /** The most signed GETs of one record in flight at once (reads are bounded by the client's limiter). */
  maxInFlight: number;
  /** Signed calls answer an HTML page with HTTP 200 (a captive proxy or maintenance page). */
  garbage: boolean;
  /** Domains registered with this account: their delegation as the /domain/{d} calls show it. */
  registered: Map<string, RegisteredDomain>;
  /** Give the account a registered domain whose servers are `hosts` (nameServerType "external"). */
  register(domain: string, hosts: string[]): RegisteredDomain;
  /** The nameserver update task answers status "error" with this comment. */
  failTask: string | undefined;
}

export interface OvhNameServer { id: number; host: string; ip: string | null; isUsed: boolean; toDelete: boolean }
export interface RegisteredDomain { nameServerType: 'hosted' | 'external'; servers: OvhNameServer[]; tasks: number }
const HOST_RE = /^(?=.{1,253}$)([a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}\.?$/i;

const TYPES = new Set(['A', 'AAAA', 'CAA', 'CNAME', 'DKIM', 'DMARC', 'DNAME', 'LOC', 'MX', 'NAPTR', 'NS', 'PTR', 'SPF', 'SRV', 'SSHFP', 'TLSA', 'TXT']);
class OError extends Error {
  readonly status: number; readonly code: string;
  constructor(status: number, code: string, message: string) { super(message); this.status = status; this.code = code; }
}
const HTTP: Record<number, string> = { 400: '400 Bad Request', 401: '401 Unauthorized', 403: '403 Forbidden', 404: '404 Not Found', 409: '409 Conflict' };

export async function startOvhFake(opts: { seed?: number } = {}): Promise<OvhFake> {
  const rnd = () => Math.random().toString(36).slice(2);
  const appKey = `ak${rnd()}`;
  const appSecret = `as${rnd()}${rnd()}`;
  const consumerKey = `ck${rnd()}${rnd()}`;
  const zones = new Map<string, Zone>();
  const expired = new Set<string>();
  let nextId = 5_000_000_000;
  let inFlight = 0;
  let fake!: OvhFake;
  const now = () => Math.floor(Date.now() / 1000) + fake.clockSkew;

  const zoneOf = (name: string): Zone => {
    const n = name.toLowerCase();
    if (fake.unregistered.has(n) || !/^[a-z0-9-]+(\.[a-z0-9-]+)+$/.test(n)) throw new OError(404, '', `This service does not exist`);
    let z = zones.get(n);
    if (!z) {
      z = { name: n, nameServers: ['dns200.anycast.me', 'ns200.anycast.me'], records: new Map(), pending: 0, refreshes: 0 };
      for (const ns of z.nameServers) { const id = nextId++; z.records.set(id, { id, zone: n, subDomain: '', fieldType: 'NS', target: `${ns}.`, ttl: 0 }); }
      zones.set(n, z);
    }
    return z;
  };

  const check = (z: Zone, b: Record<string, unknown>, prior?: OvhRec): OvhRec => {
    if (prior && b.fieldType !== undefined && b.fieldType !== '' && String(b.fieldType).toUpperCase() !== prior.fieldType) {
      throw new OError(400, '', '[fieldType] Cannot alter read-only properties: fieldType');
    }
    const fieldType = prior?.fieldType ?? String(b.fieldType ?? '').toUpperCase();
    if (!TYPES.has(fieldType)) throw new OError(400, '', `Invalid value for fieldType: ${JSON.stringify(b.fieldType ?? '')}`);
    const subDomain = String(b.subDomain ?? prior?.subDomain ?? '').toLowerCase();
    const target = String(b.target ?? prior?.target ?? '');
    const ttl = Number(b.ttl ?? prior?.ttl ?? 0);
    if (!Number.isInteger(ttl) || ttl < 0) throw new OError(400, '', 'Invalid value for ttl');
    if (/\s/.test(subDomain) || subDomain.endsWith('.')) throw new OError(400, '', 'Invalid subDomain');
    const bad = () => new OError(400, '', `Invalid target for a ${fieldType} record: ${JSON.stringify(target)}`);
    if (fieldType === 'A' && !/^\d{1,3}(\.\d{1,3}){3}$/.test(target)) throw bad();
    if (fieldType === 'AAAA' && !/^[0-9a-f:.]+$/i.test(target)) throw bad();
    if (fieldType === 'CNAME' && subDomain === '') throw new OError(400, '', 'A CNAME record cannot be created at the root of the zone');
    if ((fieldType === 'CNAME' || fieldType === 'NS') && !/^\S+$/.test(target)) throw bad();
    if (fieldType === 'MX' && !/^\d+ \S+$/.test(target)) throw bad();
    if (fieldType === 'SRV' && !/^\d+ \d+ \d+ \S+$/.test(target)) throw bad();
    if (fieldType === 'CAA' && !/^\d+ [a-z0-9]+ ".*"$/i.test(target)) throw bad();
    if (fieldType === 'SSHFP' && !/^\d+ \d+ [0-9a-f]+$/i.test(target)) throw bad();
    if (fieldType === 'TLSA' && !/^\d+ \d+ \d+ [0-9a-f]+$/i.test(target)) throw bad();
    if ((fieldType === 'DKIM' || fieldType === 'DMARC') && target.includes('"')) throw bad();
    if (fieldType === 'DMARC' && !subDomain.startsWith('_dmarc')) throw new OError(400, '', 'A DMARC record must be on a _dmarc subdomain');
    if (fieldType === 'DMARC' && !target.startsWith('v=DMARC1')) throw bad();
    return { id: prior?.id ?? nextId++, zone: z.name, subDomain, fieldType, target, ttl };
  };

  const authorize = (req: FakeRequest): FakeResponse | undefined => {
    if (req.path === '/1.0/auth/time') return undefined;
    const h = (k: string) => String(req.headers[k] ?? '');
    const err = (status: number, code: string, message: string) => ({ status, body: { errorCode: code, httpCode: HTTP[status], message } });
    if (h('x-ovh-application') !== appKey) return err(403, 'INVALID_KEY', 'Invalid application key');
    const ts = Number(h('x-ovh-timestamp'));
    if (!Number.isInteger(ts) || Math.abs(ts - now()) > fake.window) return err(400, 'QUERY_TIME_OUT', 'Query out of time');
    const qs = req.query.toString();
    const url = `${fake.url}${req.path}${qs ? `?${qs}` : ''}`;
    const want = `$1$${createHash('sha1').update([appSecret, h('x-ovh-consumer'), req.method, url, req.body, String(ts)].join('+')).digest('hex')}`;
    if (h('x-ovh-signature') !== want) return err(400, 'INVALID_SIGNATURE', 'Invalid signature');
    if (h('x-ovh-consumer') !== consumerKey) return err(403, 'INVALID_CREDENTIAL', 'This credential does not exist');
    if (expired.has(consumerKey)) return err(403, 'INVALID_CREDENTIAL', 'This credential is not valid');
    return undefined;
  };

  let nextNsId = 1000;
  const register = (domain: string, hosts: string[]): RegisteredDomain => {
    const d: RegisteredDomain = { nameServerType: 'external', servers: hosts.map((host) => ({ id: nextNsId++, host, ip: null, isUsed: true, toDelete: false })), tasks: 0 };
    fake.registered.set(domain.toLowerCase(), d);
    return d;
  };

  /** /domain/{d}, /domain/{d}/nameServer[/{id}], /domain/{d}/nameServers/update. */
  const domainCall = (req: FakeRequest, p: string[], body: () => Record<string, unknown>): FakeResponse => {
    const d = fake.registered.get(p[1]!.toLowerCase());
    if (!d) throw new OError(404, '', 'This service does not exist');
    if (p.length === 2 && req.method === 'GET') return { status: 200, body: { domain: p[1], nameServerType: d.nameServerType, transferLockStatus: 'locked', offer: 'gold' } };
    if (p.length === 2 && req.method === 'PUT') {
      const t = body().nameServerType;
      if (t !== undefined && t !== 'hosted' && t !== 'external') throw new OError(400, '', `Invalid value for nameServerType: ${JSON.stringify(t)}`);
      if (t !== undefined) d.nameServerType = t;
      return { status: 200, body: null };
    }
    if (p[2] === 'nameServer' && p.length === 3 && req.method === 'GET') return { status: 200, body: d.servers.map((s) => s.id) };
    if (p[2] === 'nameServer' && p.length === 4 && req.method === 'GET') {
      const s = d.servers.find((x) => x.id === Number(p[3]));
      if (!s) throw new OError(404, '', `The requested object (id = ${p[3]}) does not exist`);
      return { status: 200, body: s };
    }
    if (p[2] === 'nameServers' && p[3] === 'update' && p.length === 4 && req.method === 'POST') {
      if (d.nameServerType === 'hosted') throw new OError(403, '', 'The DNS servers of a domain in hosted mode cannot be changed: set nameServerType to external first');
      const list = body().nameServers;
      if (!Array.isArray(list) || list.length === 0) throw new OError(400, '', 'Invalid value for nameServers');
      const hosts: string[] = [];
      for (const n of list as Array<{ host?: unknown }>) {
        if (typeof n?.host !== 'string' || !HOST_RE.test(n.host)) throw new OError(400, '', `Invalid host: ${JSON.stringify(n?.host)}`);
        hosts.push(n.host.toLowerCase());
      }
      const id = 9_000_000 + d.tasks++;
      if (fake.failTask !== undefined) return { status: 200, body: { id, function: 'DomainDnsUpdate', status: 'error', comment: fake.failTask } };
      // The previous task has run: what it removed is gone. This one removes what is not in the new list.
      d.servers = d.servers.filter((s) => !s.toDelete);
      for (const s of d.servers) if (!hosts.includes(s.host.toLowerCase())) s.toDelete = true;
      for (const h of hosts) if (!d.servers.some((s) => !s.toDelete && s.host.toLowerCase() === h)) d.servers.push({ id: nextNsId++, host: h, ip: null, isUsed: false, toDelete: false });
      const at = new Date().toISOString();
      return { status: 200, body: { id, function: 'DomainDnsUpdate', status: 'todo', comment: null, creationDate: at, todoDate: at, lastUpdate: at, doneDate: null, canAccelerate: false, canCancel: false, canRelaunch: false } };
    }
    throw new OError(404, '', 'Got an invalid (or empty) URL');
  };

  const handle = async (req: FakeRequest): Promise<FakeResponse> => {
    const p = req.path.replace(/^\/1\.0/, '').split('/').filter(Boolean);
    const body = () => (req.body ? JSON.parse(req.body) : {}) as Record<string, unknown>;
    const write = (z: Zone) => { z.pending++; };
    if (fake.garbage) return { status: 200, body: '<html>Maintenance</html>' };
    try {
      if (p[0] === 'auth' && p[1] === 'time' && req.method === 'GET') return { status: 200, body: now() + fake.timeLies };
      if (p[0] === 'domain' && p[1] !== undefined && p[1] !== 'zone') return domainCall(req, p, body);
      if (p[0] !== 'domain' || p[1] !== 'zone') throw new OError(404, '', 'Got an invalid (or empty) URL');
      if (p.length === 2 && req.method === 'GET') return { status: 200, body: [...zones.keys()] };
      const z = zoneOf(p[2]!);
      if (p.length === 3 && req.method === 'GET') return { status: 200, body: { name: z.name, nameServers: z.nameServers, dnssecSupported: true, hasDnsAnycast: true, lastUpdate: new Date().toISOString() } };
      if (p[3] === 'refresh' && p.length === 4 && req.method === 'POST') { z.pending = 0; z.refreshes++; return { status: 200, body: null }; }
      if (p[3] !== 'record') throw new OError(404, '', 'Got an invalid (or empty) URL');
      if (p.length === 4 && req.method === 'GET') {
        const ft = req.query.get('fieldType'); const sd = req.query.get('subDomain');
        return { status: 200, body: [...z.records.values()].filter((r) => (!ft || r.fieldType === ft) && (sd === null || r.subDomain === sd)).map((r) => r.id) };
      }
      if (p.length === 4 && req.method === 'POST') { const r = check(z, body()); z.records.set(r.id, r); write(z); return { status: 200, body: r }; }
      const r = z.records.get(Number(p[4]));
      if (!r || p.length !== 5) throw new OError(404, '', `The requested object (id = ${p[4]}) does not exist`);
      if (req.method === 'GET') {
        inFlight++; fake.maxInFlight = Math.max(fake.maxInFlight, inFlight);
        await new Promise((res) => setImmediate(res));
        inFlight--;
        return { status: 200, body: r };
      }
      if (req.method === 'PUT') { z.records.set(r.id, check(z, body(), r)); write(z); return { status: 200, body: null }; }
      if (req.method === 'DELETE') { z.records.delete(r.id); write(z); return { status: 200, body: null }; }
      throw new OError(404, '', 'Got an invalid (or empty) URL');
    } catch (e) {
      if (!(e instanceof OError)) throw e;
      if (e.status === 404) return { status: 404, body: { class: 'Client::NotFound', message: e.message } };
      return { status: e.status, body: { errorCode: e.code || undefined, httpCode: HTTP[e.status], message: e.message, class: 'Client::BadRequest' } };
    }
  };

  const server = await startFake({
    seed: opts.seed,
    authorize,
    handle,
    faultResponse: (status) => ({ status, body: { message: status === 429 ? 'Too many requests' : 'Internal server error' } }),
  });
  fake = Object.assign(server, {
    appKey, appSecret, consumerKey, zones, unregistered: new Set<string>(), clockSkew: 0, timeLies: 0, window: 180, maxInFlight: 0, garbage: false,
    expireConsumer: () => { expired.add(consumerKey); },
    registered: new Map<string, RegisteredDomain>(), register, failTask: undefined,
  });
  return fake;
}

/** This fake as the suites find it from the provider registry (test/fakes/fake.ts). */
export const fake = defineFake<OvhFake>({
  start: () => startOvhFake(),
  creds: (f) => ({ 'app-key': f.appKey, 'app-secret-key': f.appSecret, 'consumer-key': f.consumerKey, base_url: `${f.url}/1.0` }),
  probe: {
    path: () => '/1.0/domain/zone',
    badAuth: { 'x-ovh-application': 'nope' },
    denied: 403,
    throttle: { status: 429, body: /Too many requests/ },
  },
  registrar: {
    register: (f, domain, nameservers) => { f.register(domain, nameservers); },
    delegation: (f, domain) => (f.registered.get(domain)?.servers ?? []).filter((s) => !s.toDelete).map((s) => s.host),
  },
});
