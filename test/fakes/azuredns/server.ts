// A fake Azure DNS (ARM, api-version 2018-05-01) plus the Entra ID client-credentials token endpoint:
// zones and record sets with $top/absolute nextLink paging, PUT/DELETE per record set (no batch),
// type-specific property names (ARecords, CNAMERecord, TXTRecords[{value:[]}], caaRecords…), alias
// record sets (targetResource.id), SOA and Azure's apex NS protected, 429 + Retry-After.
import { randomBytes } from 'node:crypto';
import { startFake, type FakeRequest, type FakeResponse, type FakeServer } from '../_server.js';
import { defineFake } from '../fake.js';

export interface AzRecordSet { name: string; type: string; properties: Record<string, unknown> }
interface Zone { name: string; rrsets: Map<string, AzRecordSet> }

export interface AzureFake extends FakeServer {
  tenant: string; clientId: string; clientSecret: string; subscription: string; resourceGroup: string;
  zones: Map<string, Zone>;
  pageSize: number;
}

const TYPES: Record<string, string> = { A: 'ARecords', AAAA: 'AAAARecords', CNAME: 'CNAMERecord', MX: 'MXRecords', NS: 'NSRecords', PTR: 'PTRRecords', SRV: 'SRVRecords', TXT: 'TXTRecords', CAA: 'caaRecords', SOA: 'SOARecord' };
const AZ_NS = ['ns1-01.azure-dns.com.', 'ns2-01.azure-dns.net.', 'ns3-01.azure-dns.org.', 'ns4-01.azure-dns.info.'];
class AzError extends Error {
  readonly status: number; readonly code: string;
  constructor(status: number, code: string, message: string) { super(message); this.status = status; this.code = code; }
}

export async function startAzureFake(opts: { seed?: number } = {}): Promise<AzureFake> {
  const tenant = 'tenant-0000'; const clientId = 'client-1111'; const clientSecret = `azsecret-${randomBytes(12).toString('hex')}`;
  const subscription = 'sub-2222'; const resourceGroup = 'rg-dns';
  const zones = new Map<string, Zone>();
  const tokens = new Set<string>();
  let fake!: AzureFake;
  const base = `/subscriptions/${subscription}/resourceGroups/${resourceGroup}/providers/Microsoft.Network/dnsZones`;
  const zoneJson = (z: Zone) => ({ id: `${base}/${z.name}`, name: z.name, type: 'Microsoft.Network/dnszones', location: 'global', properties: { nameServers: AZ_NS.map((n) => n.slice(0, -1)), numberOfRecordSets: z.rrsets.size } });
  const rsJson = (z: Zone, r: AzRecordSet) => ({ id: `${base}/${z.name}/${r.type}/${r.name}`, name: r.name, type: `Microsoft.Network/dnszones/${r.type}`, etag: randomBytes(8).toString('hex'), properties: { ...r.properties, fqdn: `${r.name === '@' ? '' : `${r.name}.`}${z.name}.` } });

  const validate = (type: string, props: Record<string, unknown>) => {
    const key = TYPES[type];
    if (!key) throw new AzError(400, 'BadRequest', `The record type ${type} is not supported.`);
    if (typeof props.TTL !== 'number') throw new AzError(400, 'BadRequest', 'TTL is required.');
    const target = props.targetResource as { id?: string } | undefined;
    if (target?.id) {
      if (!['A', 'AAAA', 'CNAME'].includes(type)) throw new AzError(400, 'BadRequest', 'Alias record sets are supported only for A, AAAA and CNAME.');
      return;
    }
    const v = props[key];
    if (v === undefined || (Array.isArray(v) && v.length === 0)) throw new AzError(400, 'BadRequest', `The ${key} property is required.`);
    if (type === 'TXT') for (const t of v as Array<{ value: string[] }>) if (!t.value.length || t.value.some((s) => s.length > 1024)) throw new AzError(400, 'BadRequest', 'TXT strings must be 1–1024 characters.');
  };

  const handle = (req: FakeRequest): FakeResponse => {
    if (req.path === `/${tenant}/oauth2/v2.0/token`) {
      const f = new URLSearchParams(req.body);
      if (f.get('grant_type') !== 'client_credentials' || f.get('client_id') !== clientId || f.get('client_secret') !== clientSecret)
        return { status: 401, body: { error: 'invalid_client', error_description: 'AADSTS7000215: Invalid client secret provided.' } };
      const t = `eyJ0${randomBytes(24).toString('base64url')}`;
      tokens.add(t);
      return { status: 200, body: { token_type: 'Bearer', expires_in: 3599, access_token: t } };
    }
    try {
      if (!tokens.has(String(req.headers.authorization ?? '').replace(/^Bearer /, ''))) throw new AzError(401, 'AuthenticationFailed', 'Authentication failed.');
      if (req.query.get('api-version') !== '2018-05-01') throw new AzError(400, 'MissingApiVersionParameter', 'The api-version query parameter (?api-version=) is required for all requests.');
      if (!req.path.startsWith(base)) throw new AzError(404, 'ResourceGroupNotFound', `Resource group '${resourceGroup}' could not be found.`);
      const p = req.path.slice(base.length).split('/').filter(Boolean);
      if (p.length === 0 && req.method === 'GET') return { status: 200, body: { value: [...zones.values()].map(zoneJson) } };
      const zname = p[0]!;
      if (p.length === 1 && req.method === 'PUT') {
        if (zones.has(zname) && req.headers['if-none-match'] === '*') throw new AzError(412, 'PreconditionFailed', 'The zone already exists.');
        const z: Zone = zones.get(zname) ?? { name: zname, rrsets: new Map() };
        z.rrsets.set('NS/@', { name: '@', type: 'NS', properties: { TTL: 172800, NSRecords: AZ_NS.map((n) => ({ nsdname: n })) } });
        z.rrsets.set('SOA/@', { name: '@', type: 'SOA', properties: { TTL: 3600, SOARecord: { host: 'ns1-01.azure-dns.com.', email: 'azuredns-hostmaster.microsoft.com', serialNumber: 1, refreshTime: 3600, retryTime: 300, expireTime: 2419200, minimumTTL: 300 } } });
        zones.set(zname, z);
        return { status: 201, body: zoneJson(z) };
      }
      const z = zones.get(zname);
      if (!z) throw new AzError(404, 'ResourceNotFound', `The Resource 'Microsoft.Network/dnszones/${zname}' under resource group '${resourceGroup}' was not found.`);
      if (p.length === 1 && req.method === 'GET') return { status: 200, body: zoneJson(z) };
      if (p[1] === 'recordsets' && req.method === 'GET') {
        const top = Math.min(Number(req.query.get('$top') ?? 100), fake.pageSize);
        const skip = Number(req.query.get('$skipToken') ?? 0);
        const all = [...z.rrsets.values()];
        const next = skip + top < all.length ? `${fake.url}${req.path}?api-version=2018-05-01&$top=${top}&$skipToken=${skip + top}` : undefined;
        return { status: 200, body: { value: all.slice(skip, skip + top).map((r) => rsJson(z, r)), ...(next ? { nextLink: next } : {}) } };
      }
      const [, type, name] = p;
      if (!type || !name) throw new AzError(404, 'NotFound', 'not found');
      const key = `${type}/${name}`;
      if (req.method === 'PUT') {
        const b = JSON.parse(req.body || '{}') as { properties?: Record<string, unknown> };
        if (type === 'SOA' && !z.rrsets.has(key)) throw new AzError(400, 'BadRequest', 'SOA record sets cannot be created.');
        validate(type, b.properties ?? {});
        if (type === 'CNAME' ? [...z.rrsets.values()].some((r) => r.name === name && r.type !== 'CNAME') : z.rrsets.has(`CNAME/${name}`))
          throw new AzError(409, 'Conflict', `The record set ${name} conflicts with a CNAME record set.`);
        const existed = z.rrsets.has(key);
        z.rrsets.set(key, { name, type, properties: { ...(b.properties ?? {}) } });
        return { status: existed ? 200 : 201, body: rsJson(z, z.rrsets.get(key)!) };
      }
      if (req.method === 'DELETE') {
        if (type === 'SOA' || (type === 'NS' && name === '@')) throw new AzError(400, 'BadRequest', `The ${type} record set at the apex cannot be deleted.`);
        return { status: z.rrsets.delete(key) ? 200 : 204 };
      }
      if (req.method === 'GET') {
        const r = z.rrsets.get(key);
        if (!r) throw new AzError(404, 'NotFound', `The resource record '${name}' does not exist.`);
        return { status: 200, body: rsJson(z, r) };
      }
      throw new AzError(405, 'MethodNotAllowed', 'method not allowed');
    } catch (e) {
      if (e instanceof AzError) return { status: e.status, body: { error: { code: e.code, message: e.message } } };
      throw e;
    }
  };

  const server = await startFake({
    seed: opts.seed, authorize: () => undefined, handle,
    faultResponse: (status, retryAfter): FakeResponse => ({
      status, headers: status === 429 ? { 'retry-after': String(retryAfter ?? 1) } : {},
      body: { error: { code: status === 429 ? 'TooManyRequests' : 'InternalServerError', message: status === 429 ? 'The request is being throttled.' : 'Internal error.' } },
    }),
  });
  fake = Object.assign(server, { tenant, clientId, clientSecret, subscription, resourceGroup, zones, pageSize: 100 });
  return fake;
}

/** This fake as the suites find it from the provider registry (test/fakes/fake.ts). */
export const fake = defineFake({
  start: () => startAzureFake(),
  creds: (f) => ({
    SubscriptionID: f.subscription, ResourceGroup: f.resourceGroup, TenantID: f.tenant, ClientID: f.clientId, ClientSecret: f.clientSecret,
    login_url: f.url,
  }),
  probe: {
    path: () => '/subscriptions/sub-2222/resourceGroups/rg-dns/providers/Microsoft.Network/dnsZones?api-version=2018-05-01',
    badAuth: { authorization: 'Bearer nope' },
    denied: 401,
    throttle: { status: 429, retryAfter: '7', body: /TooManyRequests/ },
  },
});
