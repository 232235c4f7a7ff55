// A fake Cloudflare API v4 (dns_records, batch, zones) following the documented shapes:
// envelope {success, errors, messages, result, result_info}, page/per_page paging, Bearer or
// X-Auth-Email/X-Auth-Key auth, 429 + Retry-After, TTL 1 ("automatic") or 60–86400, proxied only on
// A/AAAA/CNAME (and then TTL 1), TXT stored as quoted 255-byte strings, names as FQDNs without a dot.
import { randomBytes } from 'node:crypto';
import { quoteTxt, startFake, type FakeRequest, type FakeResponse, type FakeServer } from '../_server.js';
import { defineFake } from '../fake.js';

export interface CfRecord {
  id: string;
  type: string;
  name: string;
  content?: string;
  data?: Record<string, unknown>;
  priority?: number;
  ttl: number;
  proxied: boolean;
  proxiable: boolean;
  settings: Record<string, unknown>;
  comment: string | null;
  tags: string[];
}

/** A stored ruleset rule: what the tests read is typed, the rest is kept as sent. */
interface CfRule {
  description?: string;
  expression: string;
  action_parameters?: { from_value?: { status_code?: number; target_url?: { expression?: string } } };
  [key: string]: unknown;
}
interface Zone { id: string; name: string; account: string; records: Map<string, CfRecord>; rulesets: Map<string, { id: string; rules: CfRule[] }> }

export interface CloudflareFake extends FakeServer {
  token: string;
  zones: Map<string, Zone>;
  addZone(name: string): Zone;
  /** Records per batch request (200 on Free, 3,500 on paid plans). */
  batchLimit: number;
  /** Largest per_page honoured for dns_records (lower it to exercise paging). */
  maxPerPage: number;
}

const TYPES = new Set(['A', 'AAAA', 'CAA', 'CERT', 'CNAME', 'DNSKEY', 'DS', 'HTTPS', 'LOC', 'MX', 'NAPTR', 'NS', 'OPENPGPKEY', 'PTR', 'SMIMEA', 'SRV', 'SSHFP', 'SVCB', 'TLSA', 'TXT', 'URI']);
const PROXIABLE = new Set(['A', 'AAAA', 'CNAME']);
const DATA_TYPES = new Set(['CAA', 'CERT', 'DNSKEY', 'DS', 'HTTPS', 'LOC', 'NAPTR', 'SMIMEA', 'SRV', 'SSHFP', 'SVCB', 'TLSA', 'URI']);
const id = () => randomBytes(16).toString('hex');

class CfError extends Error {
  readonly status: number; readonly code: number;
  constructor(status: number, code: number, message: string) { super(message); this.status = status; this.code = code; }
}

const ok = (result: unknown, extra: Record<string, unknown> = {}): FakeResponse =>
  ({ status: 200, headers: { ratelimit: '"default";r=1199;t=300', 'ratelimit-policy': '"burst";q=1200;w=300' }, body: { success: true, errors: [], messages: [], result, ...extra } });
const fail = (e: CfError): FakeResponse => ({ status: e.status, body: { success: false, errors: [{ code: e.code, message: e.message }], messages: [], result: null } });

function page<T>(items: T[], q: URLSearchParams, maxPer: number): FakeResponse {
  const per = Math.min(Number(q.get('per_page') ?? 100), maxPer);
  const p = Math.max(1, Number(q.get('page') ?? 1));
  const slice = items.slice((p - 1) * per, p * per);
  return ok(slice, { result_info: { page: p, per_page: per, count: slice.length, total_count: items.length, total_pages: Math.ceil(items.length / per) } });
}

/** Builds the stored record from a create/overwrite body, enforcing the API's rules. */
function toStored(zone: Zone, body: Record<string, unknown>, prior?: CfRecord): CfRecord {
  const type = String(body.type ?? prior?.type ?? '');
  if (!TYPES.has(type)) throw new CfError(400, 9000, `DNS record type "${type}" is invalid.`);
  let name = String(body.name ?? prior?.name ?? '').toLowerCase().replace(/\.$/, '');
  if (name === '@' || name === '') name = zone.name;
  else if (name !== zone.name && !name.endsWith(`.${zone.name}`)) name = `${name}.${zone.name}`;
  const proxied = Boolean(body.proxied ?? prior?.proxied ?? false);
  if (proxied && !PROXIABLE.has(type)) throw new CfError(400, 9004, `This record type cannot be proxied.`);
  let ttl = Number(body.ttl ?? prior?.ttl ?? 1);
  if (ttl !== 1 && (ttl < 60 || ttl > 86400)) throw new CfError(400, 9021, 'TTL must be between 60 and 86400 seconds, or 1 for Automatic.');
  if (proxied) ttl = 1;
  const rec: CfRecord = {
    id: prior?.id ?? id(), type, name, ttl, proxied, proxiable: PROXIABLE.has(type),
    settings: (body.settings as Record<string, unknown>) ?? prior?.settings ?? {},
    comment: (body.comment as string | null | undefined) ?? prior?.comment ?? null,
    tags: (body.tags as string[] | undefined) ?? prior?.tags ?? [],
  };
  if (DATA_TYPES.has(type)) {
    const data = (body.data ?? prior?.data) as Record<string, unknown> | undefined;
    if (!data || typeof data !== 'object') throw new CfError(400, 9101, `${type} records need a data object.`);
    rec.data = data;
  } else {
    let content = String(body.content ?? prior?.content ?? '');
    if (content === '' && type !== 'TXT') throw new CfError(400, 9005, 'Content for the record is invalid.');
    if (type === 'TXT' && !content.startsWith('"')) content = quoteTxt(content);
    if (type === 'CNAME' || type === 'NS' || type === 'MX' || type === 'PTR') content = content.replace(/\.$/, '').toLowerCase() || '.';
    rec.content = content;
  }
  if (type === 'MX') {
    const prio = body.priority ?? prior?.priority;
    if (prio === undefined) throw new CfError(400, 9100, 'MX records need a priority.');
    rec.priority = Number(prio);
  }
  return rec;
}

/** Name-level rules: a CNAME owns its name; an identical record cannot exist twice. */
function checkConflicts(zone: Zone, rec: CfRecord): void {
  for (const r of zone.records.values()) {
    if (r.id === rec.id || r.name !== rec.name) continue;
    if ((r.type === 'CNAME') !== (rec.type === 'CNAME')) throw new CfError(400, 81053, 'An A, AAAA, or CNAME record with that host already exists.');
    if (r.type === rec.type && r.content === rec.content && JSON.stringify(r.data) === JSON.stringify(rec.data) && r.priority === rec.priority)
      throw new CfError(400, 81058, 'An identical record already exists.');
  }
}

export async function startCloudflareFake(opts: { token?: string; seed?: number } = {}): Promise<CloudflareFake> {
  const token = opts.token ?? `cf-test-token-${id()}`;
  const zones = new Map<string, Zone>();
  const addZone = (name: string): Zone => {
    const z: Zone = { id: id(), name: name.toLowerCase(), account: 'acc1', records: new Map(), rulesets: new Map() };
    zones.set(z.id, z);
    return z;
  };
  let fake!: CloudflareFake;

  const zoneOf = (zid: string): Zone => {
    const z = zones.get(zid);
    if (!z) throw new CfError(404, 7003, 'Could not route to /zones/' + zid + ', perhaps your object identifier is invalid?');
    return z;
  };
  const put = (z: Zone, rec: CfRecord) => { checkConflicts(z, rec); z.records.set(rec.id, rec); return rec; };
  const recOf = (z: Zone, rid: string): CfRecord => {
    const r = z.records.get(rid);
    if (!r) throw new CfError(404, 81044, 'Record does not exist.');
    return r;
  };

  const handle = (req: FakeRequest): FakeResponse => {
    const parts = req.path.replace(/^\/client\/v4/, '').split('/').filter(Boolean);
    const body = () => (req.body ? JSON.parse(req.body) : {}) as Record<string, unknown>;
    try {
      if (parts[0] !== 'zones') throw new CfError(404, 7000, 'No route for that URI');
      if (parts.length === 1 && req.method === 'GET') {
        const name = req.query.get('name');
        const list = [...zones.values()].filter((z) => !name || z.name === name).map((z) => ({ id: z.id, name: z.name, status: 'active', name_servers: ['ada.ns.cloudflare.com', 'bob.ns.cloudflare.com'], account: { id: z.account } }));
        return page(list, req.query, 50);
      }
      if (parts.length === 1 && req.method === 'POST') {
        const b = body();
        const name = String(b.name ?? '').toLowerCase();
        if ([...zones.values()].some((z) => z.name === name)) throw new CfError(400, 1061, `${name} already exists`);
        if (!(b.account as { id?: string } | undefined)?.id) throw new CfError(400, 1001, 'account.id is required');
        const z = addZone(name);
        return ok({ id: z.id, name: z.name, status: 'pending', name_servers: ['ada.ns.cloudflare.com', 'bob.ns.cloudflare.com'] });
      }
      const z = zoneOf(parts[1]!);
      // Phase entrypoint rulesets (single redirects): GET answers 404 until the first PUT creates it.
      if (parts[2] === 'rulesets' && parts[3] === 'phases' && parts[5] === 'entrypoint') {
        const phase = parts[4]!;
        if (req.method === 'GET') {
          const rs = z.rulesets.get(phase);
          if (!rs) throw new CfError(404, 10003, 'could not find entrypoint ruleset in the ' + phase + ' phase');
          return ok({ id: rs.id, kind: 'zone', phase, rules: rs.rules });
        }
        if (req.method === 'PUT') {
          const rules = ((body().rules ?? []) as Array<Record<string, unknown>>).map((r) => {
            if (typeof r.expression !== 'string' || !r.action) throw new CfError(400, 20021, 'a rule needs an expression and an action');
            return { ...r, expression: r.expression, id: id(), version: '1' } as CfRule;
          });
          const rs = { id: z.rulesets.get(phase)?.id ?? id(), rules };
          z.rulesets.set(phase, rs);
          return ok({ id: rs.id, kind: 'zone', phase, rules });
        }
      }
      if (parts[2] !== 'dns_records') throw new CfError(404, 7000, 'No route for that URI');
      if (parts.length === 3 && req.method === 'GET') {
        const recs = [...z.records.values()].filter((r) => (!req.query.get('type') || r.type === req.query.get('type')) && (!req.query.get('name') || r.name === req.query.get('name')));
        return page(recs, req.query, fake.maxPerPage);
      }
      if (parts.length === 3 && req.method === 'POST') return ok(put(z, toStored(z, body())));
      if (parts[3] === 'batch' && req.method === 'POST') return ok(batch(z, body()));
      const rid = parts[3]!;
      if (req.method === 'GET') return ok(recOf(z, rid));
      if (req.method === 'DELETE') { recOf(z, rid); z.records.delete(rid); return ok({ id: rid }); }
      if (req.method === 'PUT') { const prior = recOf(z, rid); return ok(put(z, toStored(z, body(), { ...prior, data: undefined, content: undefined, priority: undefined, settings: {}, comment: null, tags: [] }))); }
      if (req.method === 'PATCH') return ok(put(z, toStored(z, body(), recOf(z, rid))));
      throw new CfError(405, 10000, 'Method not allowed');
    } catch (e) {
      if (e instanceof CfError) return fail(e);
      if (e instanceof SyntaxError) return fail(new CfError(400, 6007, 'Malformed JSON in request body'));
      throw e;
    }
  };

  /** deletes → patches → puts → posts in one transaction: on any error nothing changes. */
  const batch = (z: Zone, b: Record<string, unknown>) => {
    const lists = { deletes: [], patches: [], puts: [], posts: [], ...b } as Record<'deletes' | 'patches' | 'puts' | 'posts', Array<Record<string, unknown>>>;
    const n = lists.deletes.length + lists.patches.length + lists.puts.length + lists.posts.length;
    if (n > fake.batchLimit) throw new CfError(400, 81060, `Batch of ${n} records exceeds the limit of ${fake.batchLimit}.`);
    const saved = new Map(z.records);
    try {
      const result = {
        deletes: lists.deletes.map((d) => { const r = recOf(z, String(d.id)); z.records.delete(r.id); return r; }),
        patches: lists.patches.map((p) => put(z, toStored(z, p, recOf(z, String(p.id))))),
        puts: lists.puts.map((p) => { const prior = recOf(z, String(p.id)); return put(z, toStored(z, p, { ...prior, data: undefined, content: undefined, priority: undefined })); }),
        posts: lists.posts.map((p) => put(z, toStored(z, p))),
      };
      return result;
    } catch (e) {
      z.records = saved;
      throw e;
    }
  };

  const server = await startFake({
    seed: opts.seed,
    authorize: (req) => {
      const auth = req.headers.authorization;
      if (auth === `Bearer ${token}`) return undefined;
      if (req.headers['x-auth-key'] === token && req.headers['x-auth-email']) return undefined;
      return fail(new CfError(auth ? 403 : 401, auth ? 9109 : 10000, auth ? 'Invalid access token' : 'Authentication error'));
    },
    handle,
    faultResponse: (status, retryAfter): FakeResponse => ({
      status,
      headers: status === 429 && retryAfter !== undefined ? { 'retry-after': String(retryAfter) } : {},
      body: { success: false, errors: [{ code: status === 429 ? 971 : 10001, message: status === 429 ? 'Please wait and consider throttling your request speed' : 'Internal Server Error' }], messages: [], result: null },
    }),
  });
  fake = Object.assign(server, { token, zones, addZone, batchLimit: 200, maxPerPage: 5000 });
  return fake;
}

/** This fake as the suites find it from the provider registry (test/fakes/fake.ts). */
export const fake = defineFake({
  start: () => startCloudflareFake(),
  creds: (f) => ({ apitoken: f.token, accountid: 'acc1', base_url: `${f.url}/client/v4` }),
  probe: {
    path: () => '/client/v4/zones',
    badAuth: { authorization: 'Bearer nope' },
    denied: 403,
    throttle: { status: 429, retryAfter: '7', body: /"code":971/ },
  },
});
