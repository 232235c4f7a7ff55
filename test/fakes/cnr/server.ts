// A fake CentralNic Reseller API (formerly RRPproxy), the two domain commands a registrar needs, following
// CentralNic Reseller's API documentation (kb.centralnicreseller.com "API": call.cgi with s_login, s_pw and
// s_command of KEY=VALUE lines; "StatusDomain" answers property[nameserver][n]; "ModifyDomain" takes
// NAMESERVER0…n and replaces the list; return codes 200 "Command completed successfully", 421 "Command
// failed due to server error. Client should try again", 531 "Authorization failed", 545 "Entity reference
// not found", 504 "Missing required attribute") and DNSControl's providers/cnr/nameservers.go (code 200 =
// success) with its SDK centralnicgroup-opensource/rtldev-middleware-go-sdk (plain-text "[RESPONSE]" /
// "EOF" answers, always HTTP 200). The fault mode answers its 429s as code 421. HEXONET's ISPAPI
// (test/fakes/hexonet) is the same protocol with s_entity 54cd (LIVE) or 1234 (OTE) and upper-case keys.
import { randomBytes } from 'node:crypto';
import { startFake, type FakeRequest, type FakeResponse, type FakeServer } from '../_server.js';
import { defineFake } from '../fake.js';

export interface CnrFake extends FakeServer {
  login: string;
  password: string;
  domains: Map<string, { nameservers: string[] }>;
  /** Commands received, parsed (for tests). */
  commands: Array<Record<string, string>>;
  /** The s_remoteaddr of the last call (HEXONET's IP filter), if any. */
  remoteAddr?: string;
}

const HOST_RE = /^(?=.{1,253}$)([a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$/i;

export async function startCnrFake(opts: { seed?: number; hexonet?: boolean } = {}): Promise<CnrFake> {
  const login = `reseller${randomBytes(3).toString('hex')}`;
  const password = `pw${randomBytes(8).toString('hex')}`;
  const domains = new Map<string, { nameservers: string[] }>();
  const commands: Array<Record<string, string>> = [];
  const hx = opts.hexonet === true;
  const answer = (code: number, description: string, props: Record<string, string[]> = {}): FakeResponse => {
    const line = (k: string, v: string) => (hx ? `${k.toUpperCase()}=${v}` : `${k} = ${v}`);
    const lines = ['[RESPONSE]', line('code', String(code)), line('description', description)];
    for (const [k, vs] of Object.entries(props)) vs.forEach((v, i) => lines.push(line(`property[${k}][${i}]`, v)));
    lines.push(hx ? 'EOF' : 'EOF', '');
    return { status: 200, headers: { 'content-type': 'text/plain' }, body: lines.join('\n') };
  };
  const form = (req: FakeRequest) => new URLSearchParams(req.method === 'POST' ? req.body : req.query.toString());
  const parse = (cmd: string) => Object.fromEntries(cmd.split(/\r?\n/).filter((l) => l.includes('=')).map((l) => {
    const eq = l.indexOf('=');
    return [l.slice(0, eq).trim().toUpperCase(), l.slice(eq + 1).trim()];
  }));

  let fake!: CnrFake;
  const server = await startFake({
    seed: opts.seed,
    authorize: (req) => {
      const f = form(req);
      const entityOk = !hx || f.get('s_entity') === '54cd' || f.get('s_entity') === '1234';
      return f.get('s_login') === login && f.get('s_pw') === password && entityOk ? undefined : answer(531, 'Authorization failed');
    },
    handle: (req) => {
      if (req.path !== '/api/call.cgi') return { status: 404, body: 'Not Found' };
      const c = parse(form(req).get('s_command') ?? '');
      commands.push(c);
      fake.remoteAddr = form(req).get('s_remoteaddr') ?? undefined;
      const name = (c.DOMAIN ?? '').toLowerCase();
      switch ((c.COMMAND ?? '').toLowerCase()) {
        case 'statusdomain': {
          if (!name) return answer(504, 'Missing required attribute; DOMAIN');
          const d = domains.get(name);
          if (!d) return answer(545, `Entity reference not found; ${name}`);
          return answer(200, 'Command completed successfully', { domain: [name], status: ['ACTIVE'], nameserver: d.nameservers });
        }
        case 'modifydomain': {
          const d = domains.get(name);
          if (!d) return answer(545, `Entity reference not found; ${name}`);
          const ns = Object.keys(c).filter((k) => /^NAMESERVER\d+$/.test(k)).sort((a, b) => Number(a.slice(10)) - Number(b.slice(10))).map((k) => c[k]!);
          const bad = ns.find((n) => !HOST_RE.test(n));
          if (bad !== undefined) return answer(505, `Invalid attribute value syntax; NAMESERVER: ${bad}`);
          if (ns.length > 0) d.nameservers = ns;
          return answer(200, 'Command completed successfully');
        }
        default:
          return answer(500, `Invalid command name; ${c.COMMAND ?? ''}`);
      }
    },
    faultResponse: (status) => (status === 429 ? answer(421, 'Command failed due to server error. Client should try again') : { status, body: 'Internal Server Error' }),
  });
  fake = Object.assign(server, {
    login, password, domains, commands,
    // Every command is a POST: only StatusDomain reads.
    isWrite: (req: FakeRequest) => !/^COMMAND\s*=\s*Status/i.test(form(req).get('s_command') ?? ''),
  });
  return fake;
}

export const fake = defineFake<CnrFake>({
  start: () => startCnrFake(),
  creds: (f) => ({ apilogin: f.login, apipassword: f.password, apientity: 'LIVE', base_url: `${f.url}/api/call.cgi` }),
  probe: {
    path: () => '/api/call.cgi?s_login=nope&s_pw=nope&s_command=COMMAND%3DStatusDomain%0ADOMAIN%3Dexample.com',
    badAuth: {},
    denied: 200,
    throttle: { status: 200, body: /code = 421/ },
  },
  registrar: {
    register: (f, domain, nameservers) => { f.domains.set(domain, { nameservers: [...nameservers] }); },
    delegation: (f, domain) => f.domains.get(domain)?.nameservers ?? [],
  },
});
