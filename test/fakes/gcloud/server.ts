// A fake Google Cloud DNS v1 plus its OAuth token endpoint: the JWT-bearer grant is checked against
// the service account's public key; managedZones and rrsets page with pageToken/nextPageToken; a
// change is atomic, its deletions must match the live rrset exactly (412 preconditionFailed) and its
// additions must not exist (409 alreadyExists); at most 1,000 additions and 1,000 deletions per change.
import { createVerify, generateKeyPairSync, randomBytes } from 'node:crypto';
import { startFake, type FakeRequest, type FakeResponse, type FakeServer } from '../_server.js';
import { defineFake } from '../fake.js';

export interface GRRSet { name: string; type: string; ttl: number; rrdatas: string[] }
interface Zone { name: string; dnsName: string; id: string; nameServers: string[]; rrsets: Map<string, GRRSet> }

export interface GCloudFake extends FakeServer {
  project: string;
  clientEmail: string;
  privateKey: string;
  zones: Map<string, Zone>;
  pageSize: number;
  changeLimit: number;
}

class GError extends Error {
  readonly status: number; readonly reason: string;
  constructor(status: number, reason: string, message: string) { super(message); this.status = status; this.reason = reason; }
}
const gerr = (e: GError): FakeResponse => ({ status: e.status, body: { error: { code: e.status, message: e.message, errors: [{ domain: 'global', reason: e.reason, message: e.message }] } } });
const k = (name: string, type: string) => `${name} ${type}`;

export async function startGCloudFake(opts: { seed?: number } = {}): Promise<GCloudFake> {
  const { publicKey, privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  const pem = privateKey.export({ type: 'pkcs8', format: 'pem' }).toString();
  const project = 'test-project';
  const clientEmail = 'dnscode@test-project.iam.gserviceaccount.com';
  const tokens = new Set<string>();
  const zones = new Map<string, Zone>();
  let changeId = 1;
  let fake!: GCloudFake;

  const paged = <T>(req: FakeRequest, items: T[]) => {
    const size = Math.min(Number(req.query.get('maxResults') ?? fake.pageSize), fake.pageSize);
    const start = Number(req.query.get('pageToken') ?? 0);
    const next = start + size < items.length ? String(start + size) : undefined;
    return { items: items.slice(start, start + size), next };
  };

  const token = (req: FakeRequest): FakeResponse => {
    const form = new URLSearchParams(req.body);
    const jwt = form.get('assertion') ?? '';
    const [h, c, s] = jwt.split('.');
    const okSig = h && c && s && createVerify('RSA-SHA256').update(`${h}.${c}`).verify(publicKey, Buffer.from(s, 'base64url'));
    const claims = okSig ? JSON.parse(Buffer.from(c!, 'base64url').toString()) as { iss?: string; exp?: number } : {};
    if (form.get('grant_type') !== 'urn:ietf:params:oauth:grant-type:jwt-bearer' || !okSig || claims.iss !== clientEmail || (claims.exp ?? 0) * 1000 < Date.now())
      return { status: 400, body: { error: 'invalid_grant', error_description: 'Invalid JWT Signature.' } };
    const t = `ya29.${randomBytes(24).toString('base64url')}`;
    tokens.add(t);
    return { status: 200, body: { access_token: t, expires_in: 3599, token_type: 'Bearer' } };
  };

  const change = (z: Zone, body: { additions?: GRRSet[]; deletions?: GRRSet[] }) => {
    const adds = body.additions ?? []; const dels = body.deletions ?? [];
    if (adds.length > fake.changeLimit || dels.length > fake.changeLimit) throw new GError(400, 'invalidInput', `A change may hold at most ${fake.changeLimit} additions and ${fake.changeLimit} deletions.`);
    const next = new Map(z.rrsets);
    dels.forEach((d, i) => {
      const cur = next.get(k(d.name, d.type));
      if (!cur || cur.ttl !== d.ttl || JSON.stringify([...cur.rrdatas].sort()) !== JSON.stringify([...d.rrdatas].sort()))
        throw new GError(412, 'conditionNotMet', `Precondition not met for 'entity.change.deletions[${i}]'`);
      next.delete(k(d.name, d.type));
    });
    adds.forEach((a, i) => {
      if (!a.name.endsWith(z.dnsName)) throw new GError(400, 'invalid', `Invalid value for 'entity.change.additions[${i}].name': '${a.name}'`);
      if (a.type === 'ALIAS' && a.name !== z.dnsName) throw new GError(400, 'invalid', `ALIAS records are only allowed at the zone apex ('entity.change.additions[${i}]')`);
      if (next.has(k(a.name, a.type))) throw new GError(409, 'alreadyExists', `The resource 'entity.change.additions[${i}]' named '${a.name} (${a.type})' already exists`);
      if (['ALIAS', 'CNAME', 'NS', 'PTR', 'MX', 'SRV'].includes(a.type) && a.rrdatas.some((v) => !v.endsWith('.')))
        throw new GError(400, 'invalid', `Invalid value for 'entity.change.additions[${i}].rrdata': hostnames must be fully qualified`);
      next.set(k(a.name, a.type), { name: a.name, type: a.type, ttl: a.ttl, rrdatas: [...a.rrdatas] });
    });
    z.rrsets = next;
    return { kind: 'dns#change', id: String(changeId++), status: 'done', startTime: '2026-01-01T00:00:00.000Z', additions: adds, deletions: dels };
  };

  const handle = (req: FakeRequest): FakeResponse => {
    if (req.path === '/token') return token(req);
    try {
      const auth = String(req.headers.authorization ?? '');
      if (!tokens.has(auth.replace(/^Bearer /, ''))) throw new GError(401, 'authError', 'Request had invalid authentication credentials.');
      const m = /^\/dns\/v1\/projects\/([^/]+)\/managedZones(?:\/([^/]+))?(?:\/(rrsets|changes)(?:\/([^/]+))?)?$/.exec(req.path);
      if (!m || m[1] !== project) throw new GError(404, 'notFound', 'The requested resource was not found.');
      const [, , zname, sub, subId] = m;
      const body = () => (req.body ? JSON.parse(req.body) : {}) as Record<string, unknown>;
      if (!zname && req.method === 'GET') {
        const list = [...zones.values()].filter((z) => !req.query.get('dnsName') || z.dnsName === req.query.get('dnsName'));
        const pg = paged(req, list.map(({ rrsets: _r, ...z }) => ({ kind: 'dns#managedZone', ...z, visibility: 'public' })));
        return { status: 200, body: { managedZones: pg.items, ...(pg.next ? { nextPageToken: pg.next } : {}) } };
      }
      if (!zname && req.method === 'POST') {
        const b = body() as { name?: string; dnsName?: string; description?: string };
        if (!b.name || !/^[a-z][a-z0-9-]*$/.test(b.name) || !b.dnsName?.endsWith('.') || b.description === undefined) throw new GError(400, 'invalid', 'Invalid managed zone');
        if (zones.has(b.name)) throw new GError(409, 'alreadyExists', `The resource '${b.name}' already exists`);
        const ns = ['ns-cloud-a1.googledomains.com.', 'ns-cloud-a2.googledomains.com.', 'ns-cloud-a3.googledomains.com.', 'ns-cloud-a4.googledomains.com.'];
        const z: Zone = { name: b.name, dnsName: b.dnsName, id: String(1000 + zones.size), nameServers: ns, rrsets: new Map() };
        z.rrsets.set(k(b.dnsName, 'NS'), { name: b.dnsName, type: 'NS', ttl: 21600, rrdatas: ns });
        z.rrsets.set(k(b.dnsName, 'SOA'), { name: b.dnsName, type: 'SOA', ttl: 21600, rrdatas: [`${ns[0]} cloud-dns-hostmaster.google.com. 1 21600 3600 259200 300`] });
        zones.set(b.name, z);
        return { status: 200, body: { kind: 'dns#managedZone', name: z.name, dnsName: z.dnsName, id: z.id, nameServers: ns } };
      }
      const z = zones.get(zname!);
      if (!z) throw new GError(404, 'notFound', `The 'parameters.managedZone' resource named '${zname}' does not exist.`);
      if (!sub && req.method === 'GET') return { status: 200, body: { name: z.name, dnsName: z.dnsName, id: z.id, nameServers: z.nameServers } };
      if (sub === 'rrsets' && req.method === 'GET') {
        const pg = paged(req, [...z.rrsets.values()].map((r) => ({ kind: 'dns#resourceRecordSet', ...r })));
        return { status: 200, body: { kind: 'dns#resourceRecordSetsListResponse', rrsets: pg.items, ...(pg.next ? { nextPageToken: pg.next } : {}) } };
      }
      if (sub === 'changes' && req.method === 'POST') return { status: 200, body: change(z, body() as { additions?: GRRSet[]; deletions?: GRRSet[] }) };
      if (sub === 'changes' && subId && req.method === 'GET') return { status: 200, body: { kind: 'dns#change', id: subId, status: 'done' } };
      throw new GError(404, 'notFound', 'The requested resource was not found.');
    } catch (e) {
      if (e instanceof GError) return gerr(e);
      throw e;
    }
  };

  const server = await startFake({
    seed: opts.seed,
    authorize: () => undefined, // checked in handle: the token endpoint needs none
    handle,
    faultResponse: (status) => (status === 429
      ? { status: 429, body: { error: { code: 429, message: 'Rate Limit Exceeded', status: 'RESOURCE_EXHAUSTED', errors: [{ reason: 'rateLimitExceeded', domain: 'usageLimits' }] } } }
      : { status, body: { error: { code: status, message: 'Internal error encountered.', status: 'INTERNAL' } } }),
  });
  fake = Object.assign(server, { project, clientEmail, privateKey: pem, zones, pageSize: 100, changeLimit: 1000 });
  return fake;
}

/** This fake as the suites find it from the provider registry (test/fakes/fake.ts). */
export const fake = defineFake({
  start: () => startGCloudFake(),
  creds: (f) => ({
    project_id: f.project, client_email: f.clientEmail, private_key: f.privateKey, token_uri: `${f.url}/token`, base_url: `${f.url}/dns/v1`,
  }),
  oneRequest: true,
  probe: {
    path: () => '/dns/v1/projects/test-project/managedZones',
    badAuth: { authorization: 'Bearer nope' },
    denied: 401,
    throttle: { status: 429, body: /rateLimitExceeded/ },
  },
});
