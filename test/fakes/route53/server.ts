// A fake Route 53 (REST-XML, API 2013-04-01) speaking what @aws-sdk/client-route-53 sends: hosted zones,
// ListResourceRecordSets paging (maxitems ≤300, NextRecordName/Type), atomic ChangeResourceRecordSets with
// CREATE/DELETE/UPSERT rules and per-request limits, GetChange, and throttling as HTTP 400 `Throttling`.
// Signatures are not checked; the access key id in the SigV4 Authorization header is.
// Route 53 Domains (API 2014-05-15, AWS JSON 1.1) answers on the same server: POST / with X-Amz-Target
// Route53Domains_v20140515.GetDomainDetail / UpdateDomainNameservers (docs.aws.amazon.com/Route53/latest/
// APIReference: API_route53domains_GetDomainDetail, API_route53domains_UpdateDomainNameservers, "Common
// Errors"): Nameservers are [{Name, GlueIps}], the update answers {OperationId} (AWS completes it later; this
// fake at once), errors are HTTP 400 JSON {__type, message} (InvalidInput for a domain the account has not
// registered, wording unconfirmed), throttling a 400 ThrottlingException. Its SigV4 signature IS checked, with
// the SDK's own signer (@smithy/signature-v4) for service route53domains in us-east-1.
import { createHash, createHmac } from 'node:crypto';
import { SignatureV4 } from '@smithy/signature-v4';
import { XMLParser } from 'fast-xml-parser';
import { startFake, type FakeRequest, type FakeResponse, type FakeServer } from '../_server.js';
import { defineFake } from '../fake.js';

export interface R53RRSet {
  Name: string;
  Type: string;
  TTL?: number;
  Values: string[];
  AliasTarget?: { HostedZoneId: string; DNSName: string; EvaluateTargetHealth: boolean };
}

interface Zone { id: string; name: string; rrsets: Map<string, R53RRSet>; ns: string[] }

export interface Route53Fake extends FakeServer {
  accessKeyId: string;
  secretAccessKey: string;
  zones: Map<string, Zone>;
  addZone(name: string): Zone;
  /** Largest maxitems honoured for ListResourceRecordSets (lower it to exercise paging). */
  maxItems: number;
  /** Domains registered with Route 53 Domains, with their delegation. */
  registered: Map<string, { nameservers: string[] }>;
}

const DOMAINS_TARGET = 'Route53Domains_v20140515.';
const isDomains = (req: FakeRequest) => String(req.headers['x-amz-target'] ?? '').startsWith(DOMAINS_TARGET);
const jsonErr = (type: string, message: string, status = 400): FakeResponse => ({ status, headers: { 'content-type': 'application/x-amz-json-1.1' }, body: { __type: type, message } });
const HOST_RE = /^(?=.{1,253}$)([a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$/i;

const bytes = (d: string | ArrayBuffer | ArrayBufferView): string | Uint8Array =>
  typeof d === 'string' ? d : d instanceof ArrayBuffer ? new Uint8Array(d) : new Uint8Array(d.buffer, d.byteOffset, d.byteLength);
/** node:crypto as the Checksum the SDK's signer takes. */
class Sha256 {
  readonly #h;
  constructor(secret?: string | ArrayBuffer | ArrayBufferView) { this.#h = secret === undefined ? createHash('sha256') : createHmac('sha256', bytes(secret)); }
  update(d: string | ArrayBuffer | ArrayBufferView) { this.#h.update(bytes(d)); }
  async digest() { return new Uint8Array(this.#h.digest()); }
}

/** Whether the request's Authorization is the SigV4 signature the AWS SDK's signer makes for it. */
async function validSigV4(req: FakeRequest, host: string, accessKeyId: string, secretAccessKey: string): Promise<boolean> {
  const auth = String(req.headers.authorization ?? '');
  const m = /^AWS4-HMAC-SHA256 Credential=([^/]+)\/(\d{8})\/([^/]+)\/([^/]+)\/aws4_request, SignedHeaders=([^,]+), Signature=([0-9a-f]{64})$/.exec(auth);
  const date = String(req.headers['x-amz-date'] ?? '');
  if (!m || m[1] !== accessKeyId || m[3] !== 'us-east-1' || m[4] !== 'route53domains' || !/^\d{8}T\d{6}Z$/.test(date)) return false;
  const signed = m[5]!.split(';');
  const headers: Record<string, string> = {};
  for (const h of signed) headers[h] = h === 'host' ? host : String(req.headers[h] ?? '');
  const signer = new SignatureV4({ service: 'route53domains', region: 'us-east-1', credentials: { accessKeyId, secretAccessKey }, sha256: Sha256, applyChecksum: false });
  const at = new Date(`${date.slice(0, 4)}-${date.slice(4, 6)}-${date.slice(6, 8)}T${date.slice(9, 11)}:${date.slice(11, 13)}:${date.slice(13, 15)}Z`);
  const out = await signer.sign({ method: req.method, protocol: 'http:', hostname: host.split(':')[0]!, path: req.path, headers, body: req.body, query: {} }, { signingDate: at, unsignableHeaders: new Set(), signableHeaders: new Set(signed) });
  return String(out.headers.authorization ?? out.headers.Authorization ?? '').endsWith(`Signature=${m[6]}`);
}

const NS = 'https://route53.amazonaws.com/doc/2013-04-01/';
const TYPES = new Set(['A', 'AAAA', 'CAA', 'CNAME', 'DS', 'HTTPS', 'MX', 'NAPTR', 'NS', 'PTR', 'SOA', 'SPF', 'SRV', 'SSHFP', 'SVCB', 'TLSA', 'TXT']);
const esc = (s: string) => s.replace(/[<>&"]/g, (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', '"': '&quot;' })[c]!);
/** Route 53 writes special characters in names as \\DDD octal ("*" → "\\052"). */
const escName = (n: string) => n.replace(/[^a-z0-9.\-_]/gi, (c) => `\\${c.charCodeAt(0).toString(8).padStart(3, '0')}`);
const unescName = (n: string) => n.replace(/\\(\d{3})/g, (_m, o: string) => String.fromCharCode(parseInt(o, 8)));
const canon = (n: string) => { const u = unescName(n).toLowerCase(); return u.endsWith('.') ? u : `${u}.`; };
const key = (name: string, type: string) => `${canon(name)} ${type}`;
/** Route 53's list order: labels reversed, then type. */
const sortKey = (r: R53RRSet) => `${canon(r.Name).split('.').reverse().join('.')} ${r.Type}`;

class R53Error extends Error {
  readonly status: number; readonly code: string;
  constructor(status: number, code: string, message: string) { super(message); this.status = status; this.code = code; }
}
const xml = (status: number, body: string, headers: Record<string, string> = {}): FakeResponse =>
  ({ status, headers: { 'content-type': 'text/xml', 'x-amzn-requestid': 'req-1', ...headers }, body: `<?xml version="1.0" encoding="UTF-8"?>\n${body}` });
const errXml = (e: R53Error) => xml(e.status, `<ErrorResponse xmlns="${NS}"><Error><Type>Sender</Type><Code>${e.code}</Code><Message>${esc(e.message)}</Message></Error><RequestId>req-1</RequestId></ErrorResponse>`);

function rrsetXml(r: R53RRSet): string {
  const body = r.AliasTarget
    ? `<AliasTarget><HostedZoneId>${r.AliasTarget.HostedZoneId}</HostedZoneId><DNSName>${esc(r.AliasTarget.DNSName)}</DNSName><EvaluateTargetHealth>${r.AliasTarget.EvaluateTargetHealth}</EvaluateTargetHealth></AliasTarget>`
    : `<TTL>${r.TTL}</TTL><ResourceRecords>${r.Values.map((v) => `<ResourceRecord><Value>${esc(v)}</Value></ResourceRecord>`).join('')}</ResourceRecords>`;
  return `<ResourceRecordSet><Name>${esc(escName(canon(r.Name)))}</Name><Type>${r.Type}</Type>${body}</ResourceRecordSet>`;
}
const zoneXml = (z: Zone) => `<HostedZone><Id>/hostedzone/${z.id}</Id><Name>${z.name}.</Name><CallerReference>ref-${z.id}</CallerReference><Config><PrivateZone>false</PrivateZone></Config><ResourceRecordSetCount>${z.rrsets.size}</ResourceRecordSetCount></HostedZone>`;
const delegationXml = (z: Zone) => `<DelegationSet><NameServers>${z.ns.map((n) => `<NameServer>${n}</NameServer>`).join('')}</NameServers></DelegationSet>`;
const changeInfo = (id: number) => `<ChangeInfo><Id>/change/C${id}</Id><Status>INSYNC</Status><SubmittedAt>2026-01-01T00:00:00.000Z</SubmittedAt></ChangeInfo>`;

/** TXT/SPF values are one or more quoted strings of at most 255 characters each. */
function checkValue(type: string, v: string): void {
  if (type !== 'TXT' && type !== 'SPF') return;
  const strings = v.match(/"((?:[^"\\]|\\.)*)"/g);
  if (!strings || strings.join(' ').length !== v.trim().replace(/"\s+"/g, '" "').length) throw new R53Error(400, 'InvalidChangeBatch', `Invalid Resource Record: FATAL problem: InvalidCharacterString (Value should be enclosed in quotation marks) encountered with '${v}'`);
  for (const s of strings) if (s.length - 2 > 255 && s.replace(/\\./g, 'x').length - 2 > 255) throw new R53Error(400, 'InvalidChangeBatch', `Invalid Resource Record: FATAL problem: CharacterStringTooLong (Value is too long) encountered with '${v}'`);
}

export async function startRoute53Fake(opts: { seed?: number } = {}): Promise<Route53Fake> {
  const accessKeyId = 'AKIAFAKE0123456789';
  const secretAccessKey = `fake-secret-${Math.random().toString(36).slice(2)}`;
  const zones = new Map<string, Zone>();
  let nextZone = 1;
  let nextChange = 1;
  const addZone = (name: string): Zone => {
    const id = `Z${String(nextZone++).padStart(12, '0')}FAKE`;
    const ns = [`ns-${nextZone}.awsdns-01.org`, `ns-${nextZone}.awsdns-02.co.uk`, `ns-${nextZone}.awsdns-03.com`, `ns-${nextZone}.awsdns-04.net`];
    const z: Zone = { id, name: name.toLowerCase().replace(/\.$/, ''), rrsets: new Map(), ns };
    const apex = `${z.name}.`;
    z.rrsets.set(key(apex, 'NS'), { Name: apex, Type: 'NS', TTL: 172800, Values: ns.map((n) => `${n}.`) });
    z.rrsets.set(key(apex, 'SOA'), { Name: apex, Type: 'SOA', TTL: 900, Values: [`${ns[0]}. awsdns-hostmaster.amazon.com. 1 7200 900 1209600 86400`] });
    zones.set(id, z);
    return z;
  };
  const parser = new XMLParser({ ignoreAttributes: true, parseTagValue: false, isArray: (n) => ['Change', 'ResourceRecord'].includes(n) });
  let fake!: Route53Fake;
  const registered = new Map<string, { nameservers: string[] }>();

  const domainsCall = async (req: FakeRequest): Promise<FakeResponse> => {
    if (req.method !== 'POST' || req.path !== '/') return jsonErr('UnknownOperationException', `no route for ${req.method} ${req.path}`, 404);
    if (req.headers['content-type'] !== 'application/x-amz-json-1.1') return jsonErr('SerializationException', 'Content-Type must be application/x-amz-json-1.1');
    if (!(await validSigV4(req, String(req.headers.host ?? ''), accessKeyId, secretAccessKey))) {
      return jsonErr('InvalidSignatureException', 'The request signature we calculated does not match the signature you provided.', 403);
    }
    let input: { DomainName?: unknown; Nameservers?: unknown };
    try { input = JSON.parse(req.body) as typeof input; } catch { return jsonErr('SerializationException', 'Invalid JSON'); }
    const name = String(input.DomainName ?? '').toLowerCase();
    const d = registered.get(name);
    if (!d) return jsonErr('InvalidInput', `Domain ${name} not found in account`);
    const op = String(req.headers['x-amz-target']).slice(DOMAINS_TARGET.length);
    if (op === 'GetDomainDetail') {
      return { status: 200, headers: { 'content-type': 'application/x-amz-json-1.1' }, body: { DomainName: name, Nameservers: d.nameservers.map((n) => ({ Name: n, GlueIps: [] })), AutoRenew: true, StatusList: ['clientTransferProhibited'] } };
    }
    if (op === 'UpdateDomainNameservers') {
      const ns = input.Nameservers;
      if (!Array.isArray(ns) || ns.length < 2) return jsonErr('InvalidInput', 'At least 2 nameservers are required');
      const bad = ns.find((n: { Name?: unknown }) => typeof n?.Name !== 'string' || !HOST_RE.test(n.Name));
      if (bad !== undefined) return jsonErr('InvalidInput', `Invalid nameserver ${JSON.stringify(bad)}`);
      d.nameservers = ns.map((n: { Name: string }) => n.Name);
      return { status: 200, headers: { 'content-type': 'application/x-amz-json-1.1' }, body: { OperationId: `op-${Math.random().toString(36).slice(2)}` } };
    }
    return jsonErr('UnknownOperationException', `unknown operation ${op}`);
  };

  const zoneOf = (id: string) => {
    const z = zones.get(id.replace(/^\/?hostedzone\//, ''));
    if (!z) throw new R53Error(404, 'NoSuchHostedZone', `No hosted zone found with ID: ${id}`);
    return z;
  };

  const changeBatch = (z: Zone, body: string) => {
    type XChange = { Action: string; ResourceRecordSet: { Name: string; Type: string; TTL?: string; ResourceRecords?: { ResourceRecord: Array<{ Value: string }> }; AliasTarget?: { HostedZoneId: string; DNSName: string; EvaluateTargetHealth: string } } };
    const doc = parser.parse(body) as { ChangeResourceRecordSetsRequest?: { ChangeBatch?: { Changes?: { Change?: XChange[] } } } };
    const changes = doc.ChangeResourceRecordSetsRequest?.ChangeBatch?.Changes?.Change ?? [];
    if (changes.length === 0) throw new R53Error(400, 'InvalidInput', 'ChangeBatch must contain at least one change');
    let values = 0; let chars = 0;
    for (const c of changes) {
      const vs = c.ResourceRecordSet.ResourceRecords?.ResourceRecord ?? [];
      const mult = c.Action === 'UPSERT' ? 2 : 1;
      values += vs.length * mult;
      chars += vs.reduce((n, v) => n + String(v.Value).length, 0) * mult;
    }
    if (values > 1000) throw new R53Error(400, 'InvalidChangeBatch', `Number of records in the change batch (${values}) exceeds the limit of 1000`);
    if (chars > 32000) throw new R53Error(400, 'InvalidChangeBatch', `Number of characters in the change batch (${chars}) exceeds the limit of 32000`);
    const next = new Map(z.rrsets);
    const errors: string[] = [];
    for (const c of changes) {
      const x = c.ResourceRecordSet;
      const name = canon(x.Name);
      if (!TYPES.has(x.Type)) { errors.push(`Invalid type ${x.Type}`); continue; }
      if (name !== `${z.name}.` && !name.endsWith(`.${z.name}.`)) { errors.push(`RRSet with DNS name ${name} is not permitted in zone ${z.name}.`); continue; }
      const rr: R53RRSet = x.AliasTarget
        ? { Name: name, Type: x.Type, Values: [], AliasTarget: { HostedZoneId: x.AliasTarget.HostedZoneId, DNSName: canon(x.AliasTarget.DNSName), EvaluateTargetHealth: x.AliasTarget.EvaluateTargetHealth === 'true' } }
        : { Name: name, Type: x.Type, TTL: Number(x.TTL), Values: (x.ResourceRecords?.ResourceRecord ?? []).map((v) => String(v.Value)) };
      try { for (const v of rr.Values) checkValue(rr.Type, v); } catch (e) { errors.push((e as Error).message); continue; }
      const k = key(name, x.Type);
      const cur = next.get(k);
      if (c.Action === 'CREATE') {
        if (cur) errors.push(`Tried to create resource record set [name='${name}', type='${x.Type}'] but it already exists`);
        else next.set(k, rr);
      } else if (c.Action === 'DELETE') {
        const same = cur && cur.TTL === rr.TTL && JSON.stringify([...cur.Values].sort()) === JSON.stringify([...rr.Values].sort()) && JSON.stringify(cur.AliasTarget) === JSON.stringify(rr.AliasTarget);
        if (!same) errors.push(`Tried to delete resource record set [name='${name}', type='${x.Type}'] but the values provided do not match the current values`);
        else if (name === `${z.name}.` && (x.Type === 'SOA' || x.Type === 'NS')) errors.push(`A HostedZone must contain at least one NS record and one SOA record at the zone apex`);
        else next.delete(k);
      } else if (c.Action === 'UPSERT') {
        next.set(k, rr);
      } else errors.push(`Invalid action ${c.Action}`);
      // CNAME owns its name.
      const others = [...next.values()].filter((r) => canon(r.Name) === name && r.Type !== x.Type);
      if (c.Action !== 'DELETE' && (x.Type === 'CNAME' ? others.length > 0 : others.some((r) => r.Type === 'CNAME')))
        errors.push(`RRSet of type CNAME with DNS name ${name} is not permitted as it conflicts with other records with the same DNS name in zone ${z.name}.`);
    }
    if (errors.length) throw new R53Error(400, 'InvalidChangeBatch', `[${errors.join(', ')}]`);
    z.rrsets = next;
    return xml(200, `<ChangeResourceRecordSetsResponse xmlns="${NS}">${changeInfo(nextChange++)}</ChangeResourceRecordSetsResponse>`);
  };

  const listRRSets = (z: Zone, q: URLSearchParams) => {
    const max = Math.min(Number(q.get('maxitems') ?? 300), fake.maxItems);
    if (q.get('type') && !q.get('name')) throw new R53Error(400, 'InvalidInput', 'The input is not valid: type requires name');
    const all = [...z.rrsets.values()].sort((a, b) => (sortKey(a) < sortKey(b) ? -1 : sortKey(a) > sortKey(b) ? 1 : 0));
    let start = 0;
    if (q.get('name')) {
      const from = `${canon(q.get('name')!).split('.').reverse().join('.')} ${q.get('type') ?? ''}`;
      start = all.findIndex((r) => sortKey(r) >= from);
      if (start < 0) start = all.length;
    }
    const page = all.slice(start, start + max);
    const nextR = all[start + max];
    const more = nextR ? `<NextRecordName>${esc(escName(canon(nextR.Name)))}</NextRecordName><NextRecordType>${nextR.Type}</NextRecordType>` : '';
    return xml(200, `<ListResourceRecordSetsResponse xmlns="${NS}"><ResourceRecordSets>${page.map(rrsetXml).join('')}</ResourceRecordSets><IsTruncated>${nextR ? 'true' : 'false'}</IsTruncated>${more}<MaxItems>${max}</MaxItems></ListResourceRecordSetsResponse>`);
  };

  const server = await startFake({
    seed: opts.seed,
    authorize: (req) => (String(req.headers.authorization ?? '').includes(`Credential=${accessKeyId}/`) ? undefined
      : isDomains(req) ? jsonErr('UnrecognizedClientException', 'The security token included in the request is invalid.')
      : errXml(new R53Error(403, 'InvalidClientTokenId', 'The security token included in the request is invalid.'))),
    faultResponse: (status, _retryAfter, req) => (isDomains(req)
      ? status === 429 ? jsonErr('ThrottlingException', 'Rate exceeded') : jsonErr('InternalFailure', 'Internal failure', status)
      : status === 429
      ? errXml(new R53Error(400, 'Throttling', 'Rate exceeded'))
      : xml(status, `<ErrorResponse xmlns="${NS}"><Error><Type>Receiver</Type><Code>ServiceUnavailable</Code><Message>Internal failure</Message></Error></ErrorResponse>`)),
    handle: (req) => {
      if (isDomains(req)) return domainsCall(req);
      try {
        const p = req.path.replace(/^\/2013-04-01/, '').replace(/\/$/, '').split('/').filter(Boolean);
        if (p[0] === 'hostedzone' && p.length === 1 && req.method === 'GET') {
          const all = [...zones.values()].sort((a, b) => (a.id < b.id ? -1 : 1));
          const max = Math.min(Number(req.query.get('maxitems') ?? 100), 100);
          const start = req.query.get('marker') ? all.findIndex((z) => z.id === req.query.get('marker')) : 0;
          const page = all.slice(Math.max(0, start), Math.max(0, start) + max);
          const nxt = all[Math.max(0, start) + max];
          return xml(200, `<ListHostedZonesResponse xmlns="${NS}"><HostedZones>${page.map(zoneXml).join('')}</HostedZones><IsTruncated>${nxt ? 'true' : 'false'}</IsTruncated>${nxt ? `<NextMarker>${nxt.id}</NextMarker>` : ''}<MaxItems>${max}</MaxItems></ListHostedZonesResponse>`);
        }
        if (p[0] === 'hostedzone' && p.length === 1 && req.method === 'POST') {
          const doc = parser.parse(req.body) as { CreateHostedZoneRequest?: { Name?: string; CallerReference?: string } };
          const name = canon(doc.CreateHostedZoneRequest?.Name ?? '').replace(/\.$/, '');
          if (!name || !doc.CreateHostedZoneRequest?.CallerReference) throw new R53Error(400, 'InvalidInput', 'Name and CallerReference are required');
          const z = addZone(name);
          return xml(201, `<CreateHostedZoneResponse xmlns="${NS}">${zoneXml(z)}${changeInfo(nextChange++)}${delegationXml(z)}</CreateHostedZoneResponse>`, { location: `https://route53.amazonaws.com/2013-04-01/hostedzone/${z.id}` });
        }
        if (p[0] === 'hostedzone' && p.length === 2 && req.method === 'GET') {
          const z = zoneOf(p[1]!);
          return xml(200, `<GetHostedZoneResponse xmlns="${NS}">${zoneXml(z)}${delegationXml(z)}</GetHostedZoneResponse>`);
        }
        if (p[0] === 'hostedzone' && p[2] === 'rrset' && req.method === 'GET') return listRRSets(zoneOf(p[1]!), req.query);
        if (p[0] === 'hostedzone' && p[2] === 'rrset' && req.method === 'POST') return changeBatch(zoneOf(p[1]!), req.body);
        if (p[0] === 'change' && req.method === 'GET') return xml(200, `<GetChangeResponse xmlns="${NS}">${changeInfo(Number(p[1]!.slice(1)))}</GetChangeResponse>`);
        throw new R53Error(404, 'UnknownOperationException', `no route for ${req.method} ${req.path}`);
      } catch (e) {
        if (e instanceof R53Error) return errXml(e);
        throw e;
      }
    },
  });
  fake = Object.assign(server, {
    accessKeyId, secretAccessKey, zones, addZone, maxItems: 300, registered,
    // Route 53 Domains reads with POST too: only its UpdateDomainNameservers writes.
    isWrite: (req: FakeRequest) => (isDomains(req) ? String(req.headers['x-amz-target']).endsWith('.UpdateDomainNameservers') : req.method !== 'GET'),
  });
  return fake;
}

/** This fake as the suites find it from the provider registry (test/fakes/fake.ts). */
export const fake = defineFake<Route53Fake>({
  start: () => startRoute53Fake(),
  creds: (f) => ({ KeyId: f.accessKeyId, SecretKey: f.secretAccessKey, base_url: f.url }),
  probe: {
    path: () => '/2013-04-01/hostedzone',
    badAuth: { authorization: 'AWS4-HMAC-SHA256 Credential=AKIAWRONG/x' },
    denied: 403,
    throttle: { status: 400, body: /<Code>Throttling<\/Code>/ },
  },
  registrar: {
    register: (f, domain, nameservers) => { f.registered.set(domain, { nameservers: [...nameservers] }); },
    delegation: (f, domain) => f.registered.get(domain)?.nameservers ?? [],
  },
});
