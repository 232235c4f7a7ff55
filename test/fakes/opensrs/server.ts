// A fake OpenSRS XML API (OPS envelope over HTTPS POST), the calls a registrar needs, following the OpenSRS
// API documentation (opensrs.com/docs/apidomains "Connecting to the API" — X-Username and X-Signature =
// md5(md5(xml + key) + key), content-type text/xml; "OPS protocol" envelope with dt_assoc / dt_array / item;
// "GET_DOMAIN" with type status (lock_state "0"/"1") and type nameservers (nameserver_list of {name,
// ipaddress, sortorder}); "ADVANCED_UPDATE_NAMESERVERS" with op_type assign and assign_ns; replies with
// is_success, response_code, response_text) and philhug/opensrs-go (the client DNSControl's
// providers/opensrs uses: protocol XCP, is_success "1" = success). A bad signature is HTTP 200 with
// response_code 400 "Authentication Error." (wording unconfirmed); an unknown domain 465. The API documents
// no throttle signal: the fault mode answers as an edge would (429 with Retry-After, 5xx).
import { randomBytes, createHash } from 'node:crypto';
import { XMLParser } from 'fast-xml-parser';
import { startFake, type FakeRequest, type FakeResponse, type FakeServer } from '../_server.js';
import { defineFake } from '../fake.js';

export interface OpensrsFake extends FakeServer {
  username: string;
  apiKey: string;
  domains: Map<string, { nameservers: string[]; locked: boolean }>;
  /** Actions received with their attributes (for tests). */
  calls: Array<{ action: string; attributes: Record<string, unknown>; top: Record<string, unknown> }>;
}

const md5 = (s: string) => createHash('md5').update(s).digest('hex');
const HOST_RE = /^(?=.{1,253}$)([a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$/i;
const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** OPS XML of a value (the fake's own writer, independent of the provider's). */
function xml(v: unknown): string {
  if (typeof v === 'string' || typeof v === 'number') return esc(String(v));
  const arr = Array.isArray(v);
  const entries = arr ? (v as unknown[]).map((x, i) => [String(i), x] as const) : Object.entries(v as Record<string, unknown>);
  return `<${arr ? 'dt_array' : 'dt_assoc'}>${entries.map(([k, x]) => `<item key="${k}">${xml(x)}</item>`).join('')}</${arr ? 'dt_array' : 'dt_assoc'}>`;
}
const reply = (attrs: Record<string, unknown>, ok = true, code = 200, text = 'Command successful'): FakeResponse => ({
  status: 200, headers: { 'content-type': 'text/xml' },
  body: `<?xml version='1.0' encoding='UTF-8' standalone='no' ?>\n<!DOCTYPE OPS_envelope SYSTEM 'ops.dtd'>\n<OPS_envelope><header><version>0.9</version></header><body><data_block>${xml({ protocol: 'XCP', action: 'REPLY', object: 'DOMAIN', is_success: ok ? '1' : '0', response_code: String(code), response_text: text, attributes: attrs })}</data_block></body></OPS_envelope>`,
});

/** An OPS dt_assoc/dt_array as read by fast-xml-parser, back to plain values. */
function value(node: unknown): unknown {
  if (node === null || typeof node !== 'object') return node === undefined ? '' : String(node);
  const n = node as Record<string, unknown>;
  const items = (c: unknown) => (Array.isArray(c) ? c : c === undefined ? [] : [c]) as Array<Record<string, unknown>>;
  // An empty <dt_assoc/> parses as "".
  const children = (c: unknown) => items(c && typeof c === 'object' ? (c as Record<string, unknown>).item : undefined);
  if ('dt_assoc' in n) return Object.fromEntries(children(n.dt_assoc).map((it) => [String(it['@_key']), value(itemValue(it))]));
  if ('dt_array' in n) return children(n.dt_array).map((it) => value(itemValue(it)));
  return String(n['#text'] ?? '');
}
const itemValue = (it: Record<string, unknown>) => ('dt_assoc' in it || 'dt_array' in it ? it : it['#text'] ?? '');

export async function startOpensrsFake(opts: { seed?: number } = {}): Promise<OpensrsFake> {
  const username = `reseller${randomBytes(3).toString('hex')}`;
  const apiKey = randomBytes(24).toString('hex');
  const domains = new Map<string, { nameservers: string[]; locked: boolean }>();
  const calls: OpensrsFake['calls'] = [];
  const parser = new XMLParser({ ignoreAttributes: false, parseTagValue: false, textNodeName: '#text', isArray: (n) => n === 'item' });

  const server = await startFake({
    seed: opts.seed,
    authorize: (req) => (req.headers['x-username'] === username && req.headers['x-signature'] === md5(md5(req.body + apiKey) + apiKey)
      ? undefined : reply({}, false, 400, 'Authentication Error.')),
    handle: (req) => {
      if (req.method !== 'POST') return { status: 405, body: 'Method Not Allowed' };
      let data: Record<string, unknown>;
      try {
        const doc = parser.parse(req.body) as { OPS_envelope?: { body?: { data_block?: unknown } } };
        data = value(doc.OPS_envelope?.body?.data_block) as Record<string, unknown>;
        if (!data || typeof data !== 'object') throw new Error('no data_block');
      } catch {
        return reply({}, false, 400, 'Invalid XML');
      }
      const attributes = (data.attributes ?? {}) as Record<string, unknown>;
      calls.push({ action: String(data.action), attributes, top: data });
      if (data.protocol !== 'XCP' || data.object !== 'DOMAIN') return reply({}, false, 400, 'Invalid protocol or object');
      const name = String(attributes.domain ?? data.domain ?? '').toLowerCase();
      const d = domains.get(name);
      if (!d) return reply({}, false, 465, `Domain ${name} not found in this reseller's profile`);
      if (data.action === 'GET') {
        if (attributes.type === 'status') return reply({ lock_state: d.locked ? '1' : '0', can_modify: '1', domain_supports: '1' });
        if (attributes.type === 'nameservers') return reply({ nameserver_list: d.nameservers.map((n, i) => ({ name: n, ipaddress: '', sortorder: String(i + 1) })) });
        return reply({}, false, 400, `Unsupported type ${String(attributes.type)}`);
      }
      if (data.action === 'ADVANCED_UPDATE_NAMESERVERS') {
        if (d.locked) return reply({}, false, 405, 'Domain is locked');
        if (attributes.op_type !== 'assign') return reply({}, false, 400, 'op_type must be assign or add_remove');
        const ns = attributes.assign_ns;
        if (!Array.isArray(ns) || ns.length < 2) return reply({}, false, 465, 'At least 2 nameservers are required');
        const bad = (ns as unknown[]).find((n) => typeof n !== 'string' || !HOST_RE.test(n));
        if (bad !== undefined) return reply({}, false, 480, `Nameserver ${String(bad)} does not exist at the registry`);
        d.nameservers = ns as string[];
        return reply({});
      }
      return reply({}, false, 400, `Unknown action ${String(data.action)}`);
    },
  });
  return Object.assign(server, {
    username, apiKey, domains, calls,
    // Every call is a POST: only GET actions read.
    isWrite: (req: FakeRequest) => !/<item key="action">GET<\/item>/.test(req.body),
  });
}

export const fake = defineFake<OpensrsFake>({
  start: () => startOpensrsFake(),
  creds: (f) => ({ username: f.username, apikey: f.apiKey, base_url: f.url }),
  probe: {
    path: () => '/',
    badAuth: { 'x-username': 'nope', 'x-signature': 'nope' },
    denied: 200,
    throttle: { status: 429, retryAfter: '7', body: /rate limited/ },
  },
  registrar: {
    register: (f, domain, nameservers) => { f.domains.set(domain, { nameservers: [...nameservers], locked: false }); },
    delegation: (f, domain) => f.domains.get(domain)?.nameservers ?? [],
  },
});
