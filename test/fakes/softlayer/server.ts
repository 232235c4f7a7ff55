// A fake SoftLayer API, REST flavour (api.softlayer.com/rest/v3.1), following SLDN's "REST" article and the
// reference pages of SoftLayer_Account::getDomains, SoftLayer_Dns_Domain (createObject, getResourceRecords),
// SoftLayer_Dns_Domain_ResourceRecord and its _MxType and _SrvType (createObject, editObject, deleteObject),
// the datatype pages of those services (fields id, domainId, host, data, ttl, type, mxPriority, service,
// protocol, priority, weight, port), the object mask / object filter / result limit articles, and the REST
// transports of softlayer-python (transports/rest.py) and softlayer-go, as DNSControl's providers/softlayer
// uses them. Kept: HTTP Basic username:api_key, a wrong pair is 401 {"error", "code"} (the code
// SoftLayer_Exception_InvalidLegacyToken is unconfirmed); URLs are <Service>[/<id>]/<method>.json, arguments
// {"parameters": [...]} in a POST body; objectMask picks the properties returned (relational ones such as
// resourceRecords only when asked); objectFilter {"domains":{"name":{"operation":"x"}}} selects domains;
// resultLimit=offset,limit pages a list, whose size is in SoftLayer-Total-Items. Types are stored lower
// case; a new domain must carry at least one A record (unconfirmed) and gets an SOA and NS ns1/ns2.softlayer.com
// (TTL 86400); TTLs under 60 are refused; SRV records are made through the _SrvType service, which stores
// service and protocol with their underscore and makes the host from them; MX keep mxPriority. A missing
// object is 404 SoftLayer_Exception_ObjectNotFound, invalid data 400 (status unconfirmed). SoftLayer
// documents no rate limit: throttling (unconfirmed) is a 429 with code SoftLayer_Exception_WebService_RateLimitExceeded.
// Basic auth has no session and no clock: there is no expiry or skew to model.
import { startFake, type FakeRequest, type FakeResponse, type FakeServer } from '../_server.js';
import { defineFake } from '../fake.js';

export interface SlRec {
  id: number; domainId: number; host: string; data: string; ttl: number; type: string;
  mxPriority: number | null; service: string | null; protocol: string | null; priority: number | null; weight: number | null; port: number | null;
}
interface Domain { id: number; name: string; serial: number; records: Map<number, SlRec> }

export interface SoftLayerFake extends FakeServer {
  username: string;
  apiKey: string;
  domains: Map<string, Domain>;
  /** Every request line (method, path with query, and the body if any), to check masks, filters, paging and edits. */
  log: string[];
  /** Every call answers an HTML page with HTTP 200 (a captive proxy or maintenance page). */
  garbage: boolean;
}

const TYPES = new Set(['a', 'aaaa', 'cname', 'mx', 'ns', 'ptr', 'spf', 'srv', 'txt']);
class SlError extends Error {
  readonly status: number; readonly code: string;
  constructor(status: number, code: string, message: string) { super(message); this.status = status; this.code = code; }
}
const RR = 'SoftLayer_Dns_Domain_ResourceRecord';

/** A mask "mask[a,b,c]" as a set of property names (undefined: the default properties). */
function maskOf(q: URLSearchParams): Set<string> | undefined {
  const m = q.get('objectMask');
  if (!m) return undefined;
  const inner = /^mask\[(.*)\]$/.exec(m.trim())?.[1] ?? m;
  return new Set(inner.split(',').map((s) => s.trim()).filter(Boolean));
}
const pick = <T extends object>(o: T, mask: Set<string> | undefined, defaults: string[]): Partial<T> =>
  Object.fromEntries(Object.entries(o).filter(([k]) => (mask ? mask.has(k) : defaults.includes(k)))) as Partial<T>;

export async function startSoftLayerFake(opts: { seed?: number } = {}): Promise<SoftLayerFake> {
  const username = `SL${Math.floor(Math.random() * 1e6)}`;
  const apiKey = Array.from({ length: 64 }, () => Math.floor(Math.random() * 16).toString(16)).join('');
  const domains = new Map<string, Domain>();
  let nextId = 300_000_000;
  let fake!: SoftLayerFake;

  const page = (req: FakeRequest, items: unknown[]): FakeResponse => {
    const rl = req.query.get('resultLimit');
    let out = items;
    if (rl) {
      const m = /^(\d+),(\d+)$/.exec(rl);
      if (!m) throw new SlError(400, 'SoftLayer_Exception_Public', `Invalid resultLimit: ${rl}`);
      const [off, lim] = [Number(m[1]), Number(m[2])];
      out = items.slice(off, lim === 0 ? undefined : off + lim);
    }
    return { status: 200, headers: { 'softlayer-total-items': String(items.length) }, body: out };
  };

  const record = (d: Domain, service: string, b: Record<string, unknown>, prior?: SlRec): SlRec => {
    const type = String(prior?.type ?? b.type ?? '').toLowerCase();
    if (!TYPES.has(type)) throw new SlError(400, 'SoftLayer_Exception_Dns_InvalidResourceRecordType', `Invalid resource record type: ${JSON.stringify(b.type ?? '')}`);
    if (!prior && type === 'srv' && service !== `${RR}_SrvType`) throw new SlError(400, 'SoftLayer_Exception_Public', 'SRV records must be created through SoftLayer_Dns_Domain_ResourceRecord_SrvType');
    const num = (k: string) => (b[k] === undefined ? (prior?.[k as keyof SlRec] as number | null | undefined) ?? null : Number(b[k]));
    const ttl = Number(b.ttl ?? prior?.ttl ?? 86400);
    if (!Number.isInteger(ttl) || ttl < 60) throw new SlError(400, 'SoftLayer_Exception_Public', `TTL must be at least 60, not ${String(b.ttl)}`);
    const data = String(b.data ?? prior?.data ?? '');
    let host = String(b.host ?? prior?.host ?? '').toLowerCase();
    let svc = prior?.service ?? null; let proto = prior?.protocol ?? null;
    if (type === 'srv') {
      const u = (s: unknown) => { const v = String(s ?? '').toLowerCase(); return v.startsWith('_') ? v : `_${v}`; };
      if (b.service !== undefined) svc = u(b.service);
      if (b.protocol !== undefined) proto = u(b.protocol);
      if (!svc || svc === '_' || !proto || proto === '_') throw new SlError(400, 'SoftLayer_Exception_Public', 'An SRV record needs a service and a protocol');
      host = `${svc}.${proto}`;
      for (const k of ['priority', 'weight', 'port']) { const v = num(k); if (v === null || !Number.isInteger(v) || v < 0 || v > 65535) throw new SlError(400, 'SoftLayer_Exception_Public', `Invalid SRV ${k}`); }
    }
    if (host === '' || /\s/.test(host)) throw new SlError(400, 'SoftLayer_Exception_Public', 'A host is required');
    if (type === 'a' && !/^\d{1,3}(\.\d{1,3}){3}$/.test(data)) throw new SlError(400, 'SoftLayer_Exception_Public', `Invalid IPv4 address: ${data}`);
    if (type === 'aaaa' && !/^[0-9a-f:.]+$/i.test(data)) throw new SlError(400, 'SoftLayer_Exception_Public', `Invalid IPv6 address: ${data}`);
    if (type === 'cname' && host === '@') throw new SlError(400, 'SoftLayer_Exception_Public', 'A CNAME record cannot be at the apex');
    if (['cname', 'ns', 'mx', 'srv'].includes(type) && (data === '' || /\s/.test(data))) throw new SlError(400, 'SoftLayer_Exception_Public', `Invalid hostname: ${JSON.stringify(data)}`);
    const mxPriority = type === 'mx' ? num('mxPriority') ?? 10 : null;
    return {
      id: prior?.id ?? nextId++, domainId: d.id, host, data, ttl, type, mxPriority, service: type === 'srv' ? svc : null, protocol: type === 'srv' ? proto : null,
      priority: type === 'srv' ? num('priority') : null, weight: type === 'srv' ? num('weight') : null, port: type === 'srv' ? num('port') : null,
    };
  };

  const byId = (id: number): [Domain, SlRec] => {
    for (const d of domains.values()) { const r = d.records.get(id); if (r) return [d, r]; }
    throw new SlError(404, 'SoftLayer_Exception_ObjectNotFound', `Unable to find object with id of '${id}'.`);
  };
  const params = (req: FakeRequest): Record<string, unknown> => {
    const b = req.body ? (JSON.parse(req.body) as { parameters?: unknown[] }) : {};
    const p = b.parameters?.[0];
    if (!p || typeof p !== 'object') throw new SlError(400, 'SoftLayer_Exception_Public', 'A template object is required in "parameters"');
    return p as Record<string, unknown>;
  };

  const handle = (req: FakeRequest): FakeResponse => {
    fake.log.push(`${req.method} ${req.path}${req.query.size ? `?${req.query.toString()}` : ''}${req.body ? ` ${req.body}` : ''}`);
    if (fake.garbage) return { status: 200, body: '<html>Maintenance</html>' };
    const m = /^\/rest\/v3\.1\/(SoftLayer_[A-Za-z_]+)(?:\/(\d+))?(?:\/([A-Za-z]+))?\.json$/.exec(req.path);
    try {
      if (!m) throw new SlError(404, 'SoftLayer_Exception_Public', `Unknown service or method: ${req.path}`);
      const [, service, idText, method] = m;
      const id = idText === undefined ? undefined : Number(idText);
      const mask = maskOf(req.query);
      if (service === 'SoftLayer_Account' && method === 'getDomains') {
        let list = [...domains.values()];
        const f = req.query.get('objectFilter');
        if (f) {
          const want = (JSON.parse(f) as { domains?: { name?: { operation?: string } } }).domains?.name?.operation;
          if (want !== undefined) list = list.filter((d) => d.name === want.toLowerCase());
        }
        return page(req, list.map((d) => {
          const full = { id: d.id, name: d.name, serial: d.serial, updateDate: null, resourceRecords: [...d.records.values()] };
          return pick(full, mask, ['id', 'name', 'serial', 'updateDate']);
        }));
      }
      if (service === 'SoftLayer_Dns_Domain' && method === 'createObject') {
        const p = params(req);
        const name = String(p.name ?? '').toLowerCase();
        if (!/^[a-z0-9-]+(\.[a-z0-9-]+)+$/.test(name)) throw new SlError(400, 'SoftLayer_Exception_Public', `Invalid domain name: ${name}`);
        if (domains.has(name)) throw new SlError(400, 'SoftLayer_Exception_Dns_Domain_AlreadyExists', `${name} already exists`);
        const rrs = Array.isArray(p.resourceRecords) ? (p.resourceRecords as Array<Record<string, unknown>>) : [];
        if (!rrs.some((r) => String(r.type ?? '').toLowerCase() === 'a')) throw new SlError(400, 'SoftLayer_Exception_Public', 'A domain must be created with at least one A record');
        const d: Domain = { id: nextId++, name, serial: 2026120701, records: new Map() };
        const add = (r: Omit<SlRec, 'id' | 'domainId'>) => { const rid = nextId++; d.records.set(rid, { id: rid, domainId: d.id, ...r }); };
        const blank = { mxPriority: null, service: null, protocol: null, priority: null, weight: null, port: null };
        add({ ...blank, host: '@', data: 'ns1.softlayer.com.', ttl: 86400, type: 'soa' });
        for (const ns of ['ns1.softlayer.com.', 'ns2.softlayer.com.']) add({ ...blank, host: '@', data: ns, ttl: 86400, type: 'ns' });
        for (const r of rrs) { const rec = record(d, RR, r); d.records.set(rec.id, rec); }
        domains.set(name, d);
        return { status: 200, body: { id: d.id, name: d.name, serial: d.serial } };
      }
      if (service === 'SoftLayer_Dns_Domain' && method === 'getResourceRecords' && id !== undefined) {
        const d = [...domains.values()].find((x) => x.id === id);
        if (!d) throw new SlError(404, 'SoftLayer_Exception_ObjectNotFound', `Unable to find object with id of '${id}'.`);
        return page(req, [...d.records.values()].map((r) => pick(r, mask, ['id', 'domainId', 'host', 'data', 'ttl', 'type', 'mxPriority'])));
      }
      if (service === RR || service === `${RR}_MxType` || service === `${RR}_SrvType`) {
        if (method === 'createObject' && id === undefined) {
          const p = params(req);
          const d = [...domains.values()].find((x) => x.id === Number(p.domainId));
          if (!d) throw new SlError(404, 'SoftLayer_Exception_ObjectNotFound', `Unable to find object with id of '${String(p.domainId)}'.`);
          const r = record(d, service, p);
          d.records.set(r.id, r); d.serial++;
          return { status: 200, body: r };
        }
        if (id !== undefined) {
          const [d, r] = byId(id);
          if (method === 'getObject' || method === undefined) return { status: 200, body: r };
          if (method === 'editObject') { d.records.set(id, record(d, service, params(req), r)); d.serial++; return { status: 200, body: true }; }
          if (method === 'deleteObject') { d.records.delete(id); d.serial++; return { status: 200, body: true }; }
        }
      }
      throw new SlError(404, 'SoftLayer_Exception_Public', `Unknown service or method: ${req.path}`);
    } catch (e) {
      if (e instanceof SlError) return { status: e.status, body: { error: e.message, code: e.code } };
      throw e;
    }
  };

  const basic = `Basic ${Buffer.from(`${username}:${apiKey}`).toString('base64')}`;
  const server = await startFake({
    seed: opts.seed,
    authorize: (req) => (req.headers.authorization === basic ? undefined
      : { status: 401, body: { error: 'Invalid API token.', code: 'SoftLayer_Exception_InvalidLegacyToken' } }),
    handle,
    faultResponse: (status) => ({
      status,
      body: status === 429
        ? { error: 'Rate limit exceeded: too many requests', code: 'SoftLayer_Exception_WebService_RateLimitExceeded' }
        : { error: 'Internal Error', code: 'SoftLayer_Exception_Public' },
    }),
  });
  fake = Object.assign(server, {
    username, apiKey, domains, log: [] as string[], garbage: false,
    // Deletions are GETs (…/deleteObject.json): a write is named by its method, not its HTTP verb.
    isWrite: (req: FakeRequest) => /\/(createObject|editObject|deleteObject)\.json$/.test(req.path),
  });
  return fake;
}

/** This fake as the suites find it from the provider registry (test/fakes/fake.ts). */
export const fake = defineFake({
  start: () => startSoftLayerFake(),
  creds: (f) => ({ username: f.username, api_key: f.apiKey, base_url: `${f.url}/rest/v3.1` }),
  probe: {
    path: () => '/rest/v3.1/SoftLayer_Account/getDomains.json',
    badAuth: { authorization: `Basic ${Buffer.from('nobody:wrong').toString('base64')}` },
    denied: 401,
    throttle: { status: 429, body: /Rate limit exceeded/ },
  },
});
