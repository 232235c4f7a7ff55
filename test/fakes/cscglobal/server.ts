// A fake CSC Global Domain Manager API v2, the calls a registrar needs, following CSC's API documentation
// (apis.cscglobal.com/dbs/api/v2 "Domains": GET /domains/{qualifiedDomainName}, PUT /domains/nsmodification
// with {qualifiedDomainName, nameServers, dnsType, notifications:{enabled, additionalNotificationEmails},
// showPrice, customFields} answering {result:{qualifiedDomainName, status:{code:"SUBMITTED", message,
// additionalInformation, uuid}}}) and DNSControl's providers/cscglobal/{api.go,registrar.go}: every call
// needs the `apikey` header and `Authorization: Bearer <user token>`; errors are JSON {code, description,
// value}; the rate limit (20 requests a second) is answered HTTP 400 with the plain-text body "Requests
// exceeded API Rate limit." (no Retry-After), which the fault mode sends for its 429s. CSC processes an
// accepted order on its side; this fake applies it at once (a real account shows the old list until the
// order completes). Name servers with a final dot or fewer than two are refused (unconfirmed wording).
import { randomBytes, randomUUID } from 'node:crypto';
import { startFake, type FakeRequest, type FakeResponse, type FakeServer } from '../_server.js';
import { defineFake } from '../fake.js';

export interface CscglobalFake extends FakeServer {
  apiKey: string;
  token: string;
  domains: Map<string, { nameservers: string[] }>;
  /** The last nsmodification body, as sent. */
  lastOrder?: Record<string, unknown>;
}

const BASE = '/dbs/api/v2';
const HOST_RE = /^(?=.{1,253}$)([a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$/i;
const err = (status: number, code: string, description: string, value?: string): FakeResponse => ({ status, body: { code, description, ...(value !== undefined && { value }) } });

export async function startCscglobalFake(opts: { seed?: number } = {}): Promise<CscglobalFake> {
  const apiKey = `csc${randomBytes(8).toString('hex')}`;
  const token = `tok${randomBytes(12).toString('hex')}`;
  const domains = new Map<string, { nameservers: string[] }>();
  let fake!: CscglobalFake;

  const handle = (req: FakeRequest): FakeResponse => {
    if (!req.path.startsWith(`${BASE}/`)) return err(404, 'NOT_FOUND', `No resource ${req.path}`);
    const p = req.path.slice(BASE.length).split('/').filter(Boolean);
    if (p[0] === 'domains' && p[1] === 'nsmodification' && p.length === 2) {
      if (req.method !== 'PUT') return err(405, 'METHOD_NOT_ALLOWED', 'Use PUT');
      let b: { qualifiedDomainName?: unknown; nameServers?: unknown; dnsType?: unknown };
      try { b = JSON.parse(req.body) as typeof b; } catch { return err(400, 'INVALID_REQUEST', 'Request body is not valid JSON'); }
      fake.lastOrder = b as Record<string, unknown>;
      const name = String(b.qualifiedDomainName ?? '').toLowerCase();
      const d = domains.get(name);
      if (!d) return err(404, 'DOMAIN_NOT_FOUND', `Domain ${name} not found in your portfolio`, name);
      if (b.dnsType !== 'OTHER_DNS' && b.dnsType !== 'CSC_DNS') return err(400, 'INVALID_DNS_TYPE', 'dnsType must be OTHER_DNS or CSC_DNS', String(b.dnsType));
      const ns = b.nameServers;
      if (!Array.isArray(ns) || ns.length < 2) return err(400, 'INVALID_NAMESERVERS', 'At least two name servers are required');
      const bad = ns.find((n) => typeof n !== 'string' || !HOST_RE.test(n));
      if (bad !== undefined) return err(400, 'INVALID_NAMESERVER', 'Invalid name server', String(bad));
      d.nameservers = ns as string[];
      return { status: 200, body: { result: { qualifiedDomainName: name, status: { code: 'SUBMITTED', message: 'The order has been submitted', additionalInformation: '', uuid: randomUUID() } } } };
    }
    if (p[0] === 'domains' && p.length === 2 && req.method === 'GET') {
      const d = domains.get(p[1]!.toLowerCase());
      if (!d) return err(404, 'DOMAIN_NOT_FOUND', `Domain ${p[1]} not found in your portfolio`, p[1]);
      return { status: 200, body: { qualifiedDomainName: p[1], domain: p[1]!.split('.')[0], managedStatus: 'ACTIVE', dnsType: 'OTHER_DNS', nameservers: d.nameservers } };
    }
    return err(404, 'NOT_FOUND', `No resource ${req.method} ${req.path}`);
  };

  const server = await startFake({
    seed: opts.seed,
    authorize: (req) => (req.headers.apikey === apiKey && req.headers.authorization === `Bearer ${token}` ? undefined : err(401, 'UNAUTHORIZED', 'Invalid apikey or bearer token')),
    handle,
    faultResponse: (status) => (status === 429 ? { status: 400, body: 'Requests exceeded API Rate limit.' } : err(status, String(status), 'Internal Server Error')),
  });
  fake = Object.assign(server, { apiKey, token, domains });
  return fake;
}

export const fake = defineFake<CscglobalFake>({
  start: () => startCscglobalFake(),
  creds: (f) => ({ 'api-key': f.apiKey, 'user-token': f.token, base_url: `${f.url}${BASE}` }),
  probe: {
    path: () => `${BASE}/domains/example.com`,
    badAuth: { apikey: 'nope', authorization: 'Bearer nope' },
    denied: 401,
    throttle: { status: 400, body: /^Requests exceeded API Rate limit\.$/ },
  },
  registrar: {
    register: (f, domain, nameservers) => { f.domains.set(domain, { nameservers: [...nameservers] }); },
    delegation: (f, domain) => f.domains.get(domain)?.nameservers ?? [],
  },
});
