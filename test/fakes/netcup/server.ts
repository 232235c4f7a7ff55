// A fake netcup CCP DNS API, following netcup's API documentation (https://ccp.netcup.net/run/webservice/
// servers/endpoint.php, "DNS" functions: login, logout, infoDnsZone, updateDnsZone, infoDnsRecords,
// updateDnsRecords; and the helpcenter page "CCP API") and DNSControl's providers/netcup/types.go: one
// endpoint, POST {action, param} as JSON, every answer HTTP 200 with {serverrequestid, clientrequestid,
// action, status, statuscode, shortmessage, longmessage, responsedata}. Kept: login → apisessionid, later
// calls refused with 4001 when the session has expired (`expireSessions()`), infoDnsRecords on an empty zone
// answers status "error" code 5029, a TTL per zone (infoDnsZone/updateDnsZone) and none per record, records
// created without id / updated with id / deleted with deleterecord: true, hostname "@" at the apex, apex NS
// netcup's own and not listed. The account holds every domain asked about except those in `unregistered`
// (code 5028, unconfirmed). netcup documents no rate limit: in fault mode the fake answers as an edge would,
// HTTP 429 / 500 with a plain body.
import { startFake, type FakeRequest, type FakeResponse, type FakeServer } from '../_server.js';
import { defineFake } from '../fake.js';

export interface NRecord { id: string; hostname: string; type: string; priority: string; destination: string; deleterecord: boolean; state: string }
interface Zone { name: string; ttl: number; serial: number; records: Map<string, NRecord> }

export interface NetcupFake extends FakeServer {
  apikey: string;
  password: string;
  customer: string;
  domains: Map<string, Zone>;
  unregistered: Set<string>;
  /** Live session ids. */
  sessions: Set<string>;
  expireSessions(): void;
  /** Every request body received (to check what travels where). */
  bodies: string[];
}

const TYPES = new Set(['A', 'AAAA', 'MX', 'CNAME', 'CAA', 'SRV', 'TXT', 'TLSA', 'NS', 'DS', 'SSHFP', 'SMIMEA', 'OPENPGPKEY']);
class NcError extends Error {
  readonly code: number; readonly long: string;
  constructor(code: number, short: string, long: string) { super(short); this.code = code; this.long = long; }
}

export async function startNetcupFake(opts: { seed?: number } = {}): Promise<NetcupFake> {
  const apikey = `ncapikey${Math.random().toString(36).slice(2)}`;
  const password = `ncpass${Math.random().toString(36).slice(2)}`;
  const customer = '123456';
  const domains = new Map<string, Zone>();
  const sessions = new Set<string>();
  let nextId = 1000;
  let fake!: NetcupFake;

  const answer = (action: string, status: string, code: number, short: string, long = '', data: unknown = ''): FakeResponse => ({
    status: 200,
    body: { serverrequestid: Math.random().toString(36).slice(2), clientrequestid: '', action, status, statuscode: code, shortmessage: short, longmessage: long, responsedata: data },
  });

  const zoneOf = (name: unknown): Zone => {
    const n = String(name ?? '').toLowerCase();
    if (!/^[a-z0-9-]+(\.[a-z0-9-]+)+$/.test(n)) throw new NcError(4013, 'Validation Error.', 'Value in field domainname does not match requirements of type: domainname.');
    if (fake.unregistered.has(n)) throw new NcError(5028, 'Domain not found.', `The domain ${n} does not belong to this customer.`);
    let z = domains.get(n);
    if (!z) { z = { name: n, ttl: 86400, serial: 2026010101, records: new Map() }; domains.set(n, z); }
    return z;
  };

  const check = (z: Zone, r: Record<string, unknown>): NRecord => {
    const type = String(r.type ?? '').toUpperCase();
    if (!TYPES.has(type)) throw new NcError(4013, 'Validation Error.', `Record type ${type} is not supported.`);
    const hostname = String(r.hostname ?? '').toLowerCase();
    if (!hostname) throw new NcError(4013, 'Validation Error.', 'Value in field hostname does not match requirements.');
    const destination = String(r.destination ?? '');
    if (!destination) throw new NcError(4013, 'Validation Error.', 'Value in field destination does not match requirements.');
    if ((type === 'CNAME' || type === 'MX') && destination.endsWith('.')) throw new NcError(4013, 'Validation Error.', 'Destination must not end with a dot.');
    if (type === 'NS' && hostname === '@') throw new NcError(4013, 'Validation Error.', 'NS records of the zone apex are managed by netcup.');
    if (type === 'MX' && !/^\d+$/.test(String(r.priority ?? ''))) throw new NcError(4013, 'Validation Error.', 'Value in field priority does not match requirements.');
    void z;
    return { id: '', hostname, type, priority: type === 'MX' ? String(r.priority) : '', destination: type === 'CNAME' || type === 'MX' ? destination.toLowerCase() : destination, deleterecord: false, state: 'yes' };
  };

  const handle = (req: FakeRequest): FakeResponse => {
    fake.bodies.push(req.body);
    if (req.method !== 'POST' || req.path !== '/endpoint.php' || !req.query.has('JSON')) {
      return answer('', 'error', 4013, 'Validation Error.', 'Api key missing or request not JSON.');
    }
    let msg: { action?: string; param?: Record<string, unknown> };
    try { msg = JSON.parse(req.body) as typeof msg; } catch { return answer('', 'error', 4013, 'Validation Error.', 'Request is not valid JSON.'); }
    const action = String(msg.action ?? '');
    const p = msg.param ?? {};
    try {
      if (action === 'login') {
        if (p.apikey !== apikey || p.apipassword !== password || String(p.customernumber) !== customer) {
          return answer(action, 'error', 4013, 'Validation Error.', 'The login credentials are invalid.');
        }
        const id = `sess${Math.random().toString(36).slice(2)}${Math.random().toString(36).slice(2)}`;
        sessions.add(id);
        return answer(action, 'success', 2000, 'Login successful', 'Session has been created successful.', { apisessionid: id });
      }
      if (p.apikey !== apikey || String(p.customernumber) !== customer) return answer(action, 'error', 4013, 'Validation Error.', 'Api key or customer number invalid.');
      if (!sessions.has(String(p.apisessionid ?? ''))) return answer(action, 'error', 4001, 'Validation Error.', 'The session id is not in a valid format or the session has expired.');
      if (action === 'logout') { sessions.delete(String(p.apisessionid)); return answer(action, 'success', 2000, 'Logout successful', 'Session has been deleted successful.'); }
      const z = zoneOf(p.domainname);
      if (action === 'infoDnsZone') return answer(action, 'success', 2000, 'DNS zone found', '', { name: z.name, ttl: String(z.ttl), serial: String(z.serial), refresh: '28800', retry: '7200', expire: '1209600', dnssecstatus: false });
      if (action === 'updateDnsZone') {
        const dz = (p.dnszone ?? {}) as Record<string, unknown>;
        const ttl = Number(dz.ttl);
        if (!Number.isInteger(ttl) || ttl < 60) throw new NcError(4013, 'Validation Error.', 'Value in field ttl does not match requirements.');
        z.ttl = ttl; z.serial++;
        return answer(action, 'success', 2000, 'DNS zone was updated successfully.', '', { name: z.name, ttl: String(z.ttl), serial: String(z.serial) });
      }
      if (action === 'infoDnsRecords') {
        if (z.records.size === 0) return answer(action, 'error', 5029, 'Can not get DNS records for zone. Domain not found or no records in zone.', '');
        return answer(action, 'success', 2000, 'DNS records found', `DNS Records for this zone were found.`, { dnsrecords: [...z.records.values()] });
      }
      if (action === 'updateDnsRecords') {
        const set = ((p.dnsrecordset as { dnsrecords?: Array<Record<string, unknown>> } | undefined)?.dnsrecords) ?? [];
        // Checked in full before anything is applied.
        const plan = set.map((r) => {
          const id = r.id ? String(r.id) : '';
          if (id && !z.records.has(id)) throw new NcError(4013, 'Validation Error.', `DNS record ${id} not found.`);
          if (r.deleterecord === true) return { del: id };
          const rec = check(z, r);
          return { id, rec };
        });
        for (const o of plan) {
          if ('del' in o) { z.records.delete(o.del!); continue; }
          const rec = { ...o.rec, id: o.id || String(nextId++) };
          z.records.set(rec.id, rec);
        }
        z.serial++;
        return answer(action, 'success', 2000, 'DNS records successful updated', '', { dnsrecords: [...z.records.values()] });
      }
      return answer(action, 'error', 4013, 'Validation Error.', `Action ${action} is unknown.`);
    } catch (e) {
      if (e instanceof NcError) return answer(action, 'error', e.code, e.message, e.long);
      throw e;
    }
  };

  const server = await startFake({
    seed: opts.seed,
    // Auth is in the body: handle() answers a bad credential, as netcup does, with HTTP 200 and status "error".
    authorize: () => undefined,
    handle,
    faultResponse: (status, retryAfter) => ({
      status, headers: status === 429 && retryAfter !== undefined ? { 'retry-after': String(retryAfter) } : ({} as Record<string, string>),
      body: status === 429 ? 'Too Many Requests' : 'Internal Server Error',
    }),
  });
  fake = Object.assign(server, {
    apikey, password, customer, domains, unregistered: new Set<string>(), sessions, bodies: [] as string[],
    expireSessions: () => sessions.clear(),
    // Every call is a POST: the writes are the update actions.
    isWrite: (req: FakeRequest) => /"action"\s*:\s*"update/.test(req.body),
  });
  return fake;
}

/** This fake as the suites find it from the provider registry (test/fakes/fake.ts). */
export const fake = defineFake({
  start: () => startNetcupFake(),
  creds: (f) => ({ 'api-key': f.apikey, 'api-password': f.password, 'customer-number': f.customer, base_url: f.url }),
  probe: {
    path: () => '/endpoint.php?JSON',
    badAuth: {},
    // Failures, a bad credential included, are HTTP 200 with status "error".
    denied: 200,
    throttle: { status: 429, body: /Too Many Requests/ },
  },
});
