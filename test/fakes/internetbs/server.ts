// A fake Internet.bs Reseller/Registrar API, the two calls a registrar needs, following
// internetbs.net/ResellerRegistrarDomainNameAPI ("General information", "Domain Info (Resource path
// /Domain/Info)", "Domain Update (Resource path /Domain/Update)": HTTPS GET or POST with ApiKey, Password,
// Domain and ResponseFormat; Update takes /Domain/Create's parameters, Ns_list a comma-separated list) and
// DNSControl's providers/internetbs/api.go (reads `nameserver`, fails on {status:"FAILURE", message, code,
// transactid}). Every answer, refusals included, is HTTP 200 with that JSON status; a bad key or password
// is a FAILURE too (its exact wording and code are unconfirmed). The API documents no throttle signal: the
// fault mode answers as an edge would (429 with Retry-After, 5xx). Unknown domain: FAILURE, as for any
// domain not in the account; an Ns_list of fewer than two hosts is refused as most registries do.
import { randomBytes } from 'node:crypto';
import { startFake, type FakeRequest, type FakeResponse, type FakeServer } from '../_server.js';
import { defineFake } from '../fake.js';

export interface InternetbsFake extends FakeServer {
  apiKey: string;
  password: string;
  domains: Map<string, { nameservers: string[] }>;
}

const NS_RE = /^(?=.{1,253}$)([a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$/i;

export async function startInternetbsFake(opts: { seed?: number } = {}): Promise<InternetbsFake> {
  const apiKey = `ibs${randomBytes(8).toString('hex')}`;
  const password = `pw${randomBytes(8).toString('hex')}`;
  const domains = new Map<string, { nameservers: string[] }>();
  const txn = () => randomBytes(16).toString('hex');
  const failure = (message: string, code: number): FakeResponse => ({ status: 200, body: { transactid: txn(), status: 'FAILURE', message, code } });
  const query = (req: FakeRequest) => {
    // POST carries the same parameters as a form body.
    const q = new URLSearchParams(req.query);
    if (req.method === 'POST') for (const [k, v] of new URLSearchParams(req.body)) q.set(k, v);
    // Parameter names are case-insensitive in the documentation's own examples (apiKey, ApiKey).
    return new Map([...q].map(([k, v]) => [k.toLowerCase(), v]));
  };

  const server = await startFake({
    seed: opts.seed,
    authorize: (req) => {
      const q = query(req);
      return q.get('apikey') === apiKey && q.get('password') === password ? undefined : failure('Invalid API key and/or Password', 100002);
    },
    handle: (req) => {
      const q = query(req);
      if (q.get('responseformat')?.toUpperCase() !== 'JSON') return { status: 200, body: 'status=FAILURE\nmessage=this fake answers ResponseFormat=JSON only' };
      const name = (q.get('domain') ?? '').toLowerCase();
      if (!name) return failure('Domain is mandatory', 100004);
      const d = domains.get(name);
      if (!d) return failure(`Domain ${name} does not belong to your account`, 100005);
      if (req.path === '/Domain/Info') {
        return { status: 200, body: { transactid: txn(), status: 'SUCCESS', domain: name, domainstatus: 'REGISTERED', nameserver: d.nameservers } };
      }
      if (req.path === '/Domain/Update') {
        const list = q.get('ns_list');
        if (list === undefined) return failure('At least one optional parameter is required', 100004);
        const ns = list.split(',').map((n) => n.trim()).filter(Boolean);
        if (ns.length < 2) return failure('At least 2 name servers are required', 100040);
        const bad = ns.find((n) => !NS_RE.test(n));
        if (bad) return failure(`Invalid name server ${bad}`, 100041);
        d.nameservers = ns;
        return { status: 200, body: { transactid: txn(), status: 'SUCCESS', domain: name } };
      }
      return failure(`Unknown resource ${req.path}`, 100001);
    },
  });
  return Object.assign(server, {
    apiKey, password, domains,
    // Update is a GET as well: only Info is a read.
    isWrite: (req: FakeRequest) => req.path !== '/Domain/Info',
  });
}

export const fake = defineFake<InternetbsFake>({
  start: () => startInternetbsFake(),
  creds: (f) => ({ 'api-key': f.apiKey, password: f.password, base_url: f.url }),
  probe: {
    path: () => '/Domain/Info?ApiKey=nope&Password=nope&ResponseFormat=JSON&Domain=example.com',
    badAuth: {},
    denied: 200,
    throttle: { status: 429, retryAfter: '7', body: /rate limited/ },
  },
  registrar: {
    register: (f, domain, nameservers) => { f.domains.set(domain, { nameservers: [...nameservers] }); },
    delegation: (f, domain) => f.domains.get(domain)?.nameservers ?? [],
  },
});
