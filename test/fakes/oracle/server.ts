// A fake OCI DNS API (version 20180115), following Oracle's documentation: the API reference
// (docs.oracle.com/iaas/api/#/en/dns/20180115/: ListZones, CreateZone, GetZone, GetZoneRecords,
// PatchZoneRecords; RecordOperation {operation ADD|REMOVE, domain, rtype, rdata, ttl, recordHash}), "Request
// Signatures" (docs.oracle.com/iaas/Content/API/Concepts/signingrequests.htm: Signature version="1", keyId
// tenancy/user/fingerprint, rsa-sha256 over date, (request-target), host and, for POST/PUT/PATCH,
// x-content-sha256, content-type, content-length; a Date more than 5 minutes off is refused), "API Errors"
// (docs.oracle.com/iaas/Content/API/References/apierrors.htm: JSON {code, message}, 401 NotAuthenticated,
// 404 NotAuthorizedOrNotFound, 400 InvalidParameter, 409 Conflict, 429 TooManyRequests) and "Pagination"
// (the opc-next-page response header, sent back as `page`; `limit` up to 100, default 50), and DNSControl's
// providers/oracle (oci-go-sdk v65): zones are created CREATING and polled until ACTIVE, a zone starts with its
// SOA and four protected apex NS (TTL 86400), at most 500 operations per PATCH (DNSControl's batch size),
// each PATCH applied whole or not at all. Every request's signature is verified against the registered public
// key: a wrong key, a Date off by more than 5 minutes (`clockSkewMs` moves the fake's clock), a body whose
// hash or length does not match, or a header left out of the signature are each a 401 NotAuthenticated.
// API keys have no session, so there is nothing to expire. Quirks kept (unconfirmed): TXT rdata is stored
// quoted, host names lower case; a REMOVE of a protected record or of an unknown recordHash is a 400.
import { createHash, generateKeyPairSync, verify, type KeyObject } from 'node:crypto';
import { startFake, type FakeRequest, type FakeResponse, type FakeServer } from '../_server.js';
import { defineFake } from '../fake.js';

export interface FRecord { domain: string; rtype: string; rdata: string; ttl: number; recordHash: string; isProtected: boolean; rrsetVersion: string }
interface Zone { name: string; id: string; compartment: string; state: string; pollsLeft: number; records: Map<string, FRecord>; version: number }

export interface OracleFake extends FakeServer {
  tenancy: string;
  user: string;
  compartment: string;
  fingerprint: string;
  /** The API key's PEM private key (the provider's creds). */
  privateKeyPem: string;
  zones: Map<string, Zone>;
  /** Added to the fake's clock: a client whose Date differs by more than 5 minutes is refused. */
  clockSkewMs: number;
  /** GETs a new zone stays CREATING for. */
  creatingPolls: number;
  /** Operations in each PATCH received. */
  patchSizes: number[];
  /** Every Authorization header received (to check the signed header lists). */
  authorizations: string[];
}

let keyPair: { pub: KeyObject; pem: string } | undefined;
/** One RSA key for all fakes of a run (generating one takes a while). */
export function fakeKeyPair(): { pub: KeyObject; pem: string } {
  if (!keyPair) {
    const { publicKey, privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
    keyPair = { pub: publicKey, pem: privateKey.export({ type: 'pkcs8', format: 'pem' }).toString() };
  }
  return keyPair;
}

const SKEW_MS = 5 * 60_000;
const BODY = new Set(['POST', 'PUT', 'PATCH']);
const TYPES = new Set(['A', 'AAAA', 'ALIAS', 'CAA', 'CNAME', 'MX', 'NAPTR', 'NS', 'PTR', 'SRV', 'SSHFP', 'TLSA', 'TXT', 'DS', 'HTTPS', 'SVCB']);
const HOSTS = new Set(['CNAME', 'NS', 'PTR', 'ALIAS']);
const err = (status: number, code: string, message: string): FakeResponse => ({ status, headers: { 'opc-request-id': `fake/${Math.random().toString(36).slice(2)}` }, body: { code, message } });
class OciError extends Error { readonly r: FakeResponse; constructor(r: FakeResponse) { super(String((r.body as { message: string }).message)); this.r = r; } }
const fail = (status: number, code: string, message: string): never => { throw new OciError(err(status, code, message)); };

function parseSignature(h: string | undefined): Record<string, string> | undefined {
  if (!h?.startsWith('Signature ')) return undefined;
  const out: Record<string, string> = {};
  for (const m of h.slice(10).matchAll(/(\w+)="([^"]*)"/g)) out[m[1]!] = m[2]!;
  return out;
}

export async function startOracleFake(opts: { seed?: number } = {}): Promise<OracleFake> {
  const { pub, pem } = fakeKeyPair();
  const tenancy = 'ocid1.tenancy.oc1..aaaatenancyfake';
  const user = 'ocid1.user.oc1..aaaauserfake';
  // OCI's fingerprint: MD5 of the DER public key, colon-separated.
  const fingerprint = createHash('md5').update(pub.export({ format: 'der', type: 'spki' })).digest('hex').match(/../g)!.join(':');
  const zones = new Map<string, Zone>();
  let fake!: OracleFake;
  let nextZone = 1;

  const authorize = (req: FakeRequest): FakeResponse | undefined => {
    const h = (n: string) => { const v = req.headers[n]; return Array.isArray(v) ? v.join(', ') : v; };
    const sig = parseSignature(h('authorization'));
    fake.authorizations.push(h('authorization') ?? '');
    const denied = (why: string) => err(401, 'NotAuthenticated', why);
    if (!sig) return denied('The required information to complete authentication was not provided.');
    if (sig.version !== '1' || sig.algorithm !== 'rsa-sha256' || !sig.keyId || !sig.signature || !sig.headers) return denied('The Authorization header is not a version 1 rsa-sha256 signature.');
    const names = sig.headers.split(' ');
    const need = ['(request-target)', 'host', ...(BODY.has(req.method) ? ['x-content-sha256', 'content-type', 'content-length'] : [])];
    if (!names.includes('date') && !names.includes('x-date')) need.push('date');
    const missing = need.filter((n) => !names.includes(n));
    if (missing.length) return denied(`The signature does not cover: ${missing.join(', ')}.`);
    const date = Date.parse(h('x-date') ?? h('date') ?? '');
    if (!Number.isFinite(date) || Math.abs(Date.now() + fake.clockSkewMs - date) > SKEW_MS) {
      return denied(`Date ${JSON.stringify(h('x-date') ?? h('date') ?? '')} is not within 5 minutes of the server time; the client clock is skewed.`);
    }
    if (sig.keyId !== `${tenancy}/${user}/${fingerprint}`) return denied('The required information to complete authentication was not provided or was incorrect.');
    if (BODY.has(req.method)) {
      if (h('x-content-sha256') !== createHash('sha256').update(req.body).digest('base64')) return denied('x-content-sha256 does not match the request body.');
      if (h('content-length') !== String(Buffer.byteLength(req.body))) return denied('content-length does not match the request body.');
    }
    // The signing string rebuilt from the request as received, in the order the client listed the headers.
    const qs = req.query.toString();
    const lines = names.map((n) => (n === '(request-target)' ? `(request-target): ${req.method.toLowerCase()} ${req.path}${qs ? `?${qs}` : ''}` : `${n}: ${h(n) ?? ''}`));
    const ok = verify('RSA-SHA256', Buffer.from(lines.join('\n')), pub, Buffer.from(sig.signature, 'base64'));
    if (!ok) return denied('The required information to complete authentication was not provided or was incorrect.');
    return undefined;
  };

  const hashOf = (r: Omit<FRecord, 'recordHash' | 'rrsetVersion' | 'isProtected'>) => createHash('sha256').update(`${r.domain}|${r.rtype}|${r.rdata}|${r.ttl}`).digest('hex').slice(0, 40);
  const normalise = (rtype: string, rdata: string): string => {
    const t = rdata.trim();
    if (rtype === 'TXT' && !t.startsWith('"')) return `"${t}"`;
    if (HOSTS.has(rtype)) return t.toLowerCase();
    if (rtype === 'MX' || rtype === 'SRV') return t.toLowerCase();
    return t;
  };
  const put = (z: Zone, r: Omit<FRecord, 'recordHash' | 'rrsetVersion'>) => {
    const rec = { ...r, recordHash: hashOf(r), rrsetVersion: String(z.version) };
    z.records.set(rec.recordHash, rec);
  };
  const zoneView = (z: Zone) => ({
    name: z.name, id: z.id, compartmentId: z.compartment, zoneType: 'PRIMARY', lifecycleState: z.state, serial: z.version, version: String(z.version),
    nameservers: [1, 2, 3, 4].map((i) => ({ hostname: `ns${i}.p68.dns.oraclecloud.net` })), self: `/20180115/zones/${z.id}`,
  });
  const zoneOf = (nameOrId: string, compartment: string | null): Zone => {
    const z = zones.get(nameOrId.toLowerCase()) ?? [...zones.values()].find((x) => x.id === nameOrId);
    if (!z || (compartment && z.compartment !== compartment)) fail(404, 'NotAuthorizedOrNotFound', 'Authorization failed or requested resource not found.');
    return z!;
  };
  const page = <T>(req: FakeRequest, all: T[], def = 50): FakeResponse => {
    const limit = Number(req.query.get('limit') ?? def);
    if (!Number.isInteger(limit) || limit < 1 || limit > 100) fail(400, 'InvalidParameter', 'limit must be between 1 and 100.');
    const start = Number((req.query.get('page') ?? 'p0').slice(1));
    if (!Number.isInteger(start) || start < 0) fail(400, 'InvalidParameter', 'page is not a valid page token.');
    const items = all.slice(start, start + limit);
    const headers: Record<string, string> = { 'opc-request-id': 'fake' };
    if (start + limit < all.length) headers['opc-next-page'] = `p${start + limit}`;
    return { status: 200, headers, body: items };
  };

  const patch = (z: Zone, body: { items?: Array<Record<string, unknown>> }): void => {
    const items = body.items ?? [];
    fake.patchSizes.push(items.length);
    if (items.length > 500) fail(400, 'InvalidParameter', `A patch may contain at most 500 operations; got ${items.length}.`);
    const next = new Map(z.records);
    for (const [i, op] of items.entries()) {
      const at = `items[${i}]`;
      if (op.operation === 'REMOVE' && op.recordHash) {
        const r = next.get(String(op.recordHash));
        if (!r) fail(400, 'InvalidParameter', `${at}: no record with recordHash ${String(op.recordHash)}.`);
        if (r!.isProtected) fail(400, 'InvalidParameter', `${at}: the record is protected and cannot be removed.`);
        next.delete(r!.recordHash);
        continue;
      }
      const rtype = String(op.rtype ?? '').toUpperCase();
      const domain = String(op.domain ?? '').replace(/\.$/, '').toLowerCase();
      if (domain !== z.name && !domain.endsWith(`.${z.name}`)) fail(400, 'InvalidParameter', `${at}: domain ${domain} is not in zone ${z.name}.`);
      if (!TYPES.has(rtype)) fail(400, 'InvalidParameter', `${at}: rtype ${rtype} is not supported.`);
      const rdata = normalise(rtype, String(op.rdata ?? ''));
      if (!rdata || rdata === '""') fail(400, 'InvalidParameter', `${at}: rdata is required.`);
      const ttl = Number(op.ttl);
      if (op.operation === 'ADD') {
        if (!Number.isInteger(ttl) || ttl < 0) fail(400, 'InvalidParameter', `${at}: ttl must be a non-negative integer.`);
        const r = { domain, rtype, rdata, ttl, isProtected: false };
        const h = hashOf(r);
        // An ADD of a record the zone has is a no-op: records are a set.
        if (![...next.values()].some((x) => x.domain === domain && x.rtype === rtype && x.rdata === rdata)) next.set(h, { ...r, recordHash: h, rrsetVersion: String(z.version + 1) });
      } else if (op.operation === 'REMOVE') {
        for (const [h, x] of next) if (x.domain === domain && x.rtype === rtype && x.rdata === rdata && !x.isProtected) next.delete(h);
      } else {
        fail(400, 'InvalidParameter', `${at}: operation must be ADD or REMOVE.`);
      }
    }
    const all = [...next.values()];
    for (const c of all.filter((r) => r.rtype === 'CNAME')) {
      if (all.some((r) => r.domain === c.domain && r.rtype !== 'CNAME')) fail(400, 'InvalidParameter', `CNAME at ${c.domain} conflicts with other records there.`);
    }
    z.records = next;
    z.version++;
  };

  const handle = (req: FakeRequest): FakeResponse => {
    try {
      const path = req.path.replace(/^\/20180115/, '');
      const compartment = req.query.get('compartmentId');
      if (path === '/zones' && req.method === 'GET') {
        if (!compartment) fail(400, 'InvalidParameter', 'compartmentId is required.');
        return page(req, [...zones.values()].filter((z) => z.compartment === compartment).sort((a, b) => a.name.localeCompare(b.name)).map(zoneView));
      }
      if (path === '/zones' && req.method === 'POST') {
        const b = JSON.parse(req.body) as { name?: string; zoneType?: string; compartmentId?: string };
        const name = String(b.name ?? '').replace(/\.$/, '').toLowerCase();
        if (!/^[a-z0-9-]+(\.[a-z0-9-]+)+$/.test(name) || b.zoneType !== 'PRIMARY' || !b.compartmentId) fail(400, 'InvalidParameter', 'name, zoneType PRIMARY and compartmentId are required.');
        if (zones.has(name)) fail(409, 'Conflict', `Zone ${name} already exists.`);
        const z: Zone = { name, id: `ocid1.dns-zone.oc1..fake${nextZone++}`, compartment: b.compartmentId!, state: 'CREATING', pollsLeft: fake.creatingPolls, records: new Map(), version: 1 };
        put(z, { domain: name, rtype: 'SOA', rdata: `ns1.p68.dns.oraclecloud.net. hostmaster.${name}. 1 3600 600 604800 1800`, ttl: 300, isProtected: true });
        for (const i of [1, 2, 3, 4]) put(z, { domain: name, rtype: 'NS', rdata: `ns${i}.p68.dns.oraclecloud.net.`, ttl: 86400, isProtected: true });
        zones.set(name, z);
        return { status: 201, headers: { etag: `"${z.version}"` }, body: zoneView(z) };
      }
      const m = /^\/zones\/([^/]+)(\/records)?$/.exec(path);
      if (!m) return err(404, 'NotAuthorizedOrNotFound', 'Authorization failed or requested resource not found.');
      const z = zoneOf(m[1]!, compartment);
      if (!m[2] && req.method === 'GET') {
        if (z.state === 'CREATING' && z.pollsLeft-- <= 0) z.state = 'ACTIVE';
        return { status: 200, body: zoneView(z) };
      }
      if (m[2] && z.state !== 'ACTIVE') fail(409, 'IncorrectState', `Zone ${z.name} is ${z.state}.`);
      if (m[2] && req.method === 'GET') return page(req, [...z.records.values()].sort((a, b) => a.domain.localeCompare(b.domain) || a.rtype.localeCompare(b.rtype)));
      if (m[2] && req.method === 'PATCH') {
        patch(z, JSON.parse(req.body) as { items?: Array<Record<string, unknown>> });
        return { status: 200, headers: { etag: `"${z.version}"` }, body: { items: [...z.records.values()].slice(0, 50) } };
      }
      return err(405, 'MethodNotAllowed', `${req.method} is not allowed here.`);
    } catch (e) {
      if (e instanceof OciError) return e.r;
      throw e;
    }
  };

  const server = await startFake({
    seed: opts.seed,
    authorize,
    handle,
    faultResponse: (status, retryAfter) => status === 429
      ? { ...err(429, 'TooManyRequests', 'Too many requests for the user'), ...(retryAfter !== undefined ? { headers: { 'retry-after': String(retryAfter) } } : {}) }
      : err(status, 'InternalServerError', 'Internal error occurred'),
  });
  fake = Object.assign(server, {
    tenancy, user, compartment: 'ocid1.compartment.oc1..aaaacompartmentfake', fingerprint, privateKeyPem: pem, zones,
    clockSkewMs: 0, creatingPolls: 1, patchSizes: [] as number[], authorizations: [] as string[],
  });
  return fake;
}

/** This fake as the suites find it from the provider registry (test/fakes/fake.ts). */
export const fake = defineFake({
  start: () => startOracleFake(),
  creds: (f) => ({
    user_ocid: f.user, tenancy_ocid: f.tenancy, fingerprint: f.fingerprint, private_key: f.privateKeyPem, region: 'us-ashburn-1',
    compartment: f.compartment, base_url: `${f.url}/20180115`,
  }),
  probe: {
    path: (f) => `/20180115/zones?compartmentId=${f.compartment}`,
    badAuth: {},
    denied: 401,
    throttle: { status: 429, body: /TooManyRequests/ },
  },
});
