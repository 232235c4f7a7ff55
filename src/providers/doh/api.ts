// DNS-over-HTTPS (RFC 8484): one NS query, sent as GET /dns-query?dns=<base64url message> (as DNSControl's
// go-doh-client does) to a public resolver, dns.google unless creds `host` names another. The message is
// built and read with dns-packet (already the project's DNS wire library, 84 kB, no native code); the
// answer is checked before it is believed: HTTP status, media type, ID, question and rcode.
import * as packet from 'dns-packet';
import { HttpClient } from '../_http/client.js';
import { httpOptionsFromCreds } from '../_http/creds-options.js';
import { rcodeName } from '../../dns/wire.js';

export const NAME = 'DNSOVERHTTPS';
const MEDIA = 'application/dns-message';

export class DohApi {
  readonly http: HttpClient;
  readonly endpoint: string;

  constructor(creds: Record<string, string>) {
    const host = (creds.host || 'dns.google').trim();
    if (!/^[a-z0-9.-]+(:\d{1,5})?$/i.test(host)) throw new Error(`creds: host must be a host name (and optional :port), got ${JSON.stringify(host)}; give a full URL as "url"`);
    this.endpoint = creds.url || `https://${host}/dns-query`;
    let u: URL;
    try {
      u = new URL(this.endpoint);
    } catch {
      throw new Error(`creds: url ${JSON.stringify(this.endpoint)} is not a URL`);
    }
    if (u.protocol !== 'https:' && u.protocol !== 'http:') throw new Error(`creds: url must be https (or http for a local responder), got ${u.protocol}`);
    // base_url is not a DoH key (url is): the endpoint is the whole URL, query string included.
    const { base_url: _, ...rest } = creds;
    this.http = new HttpClient({ provider: NAME, concurrency: 4, ...httpOptionsFromCreds(rest), baseUrl: u.origin });
  }

  /** The NS names a resolver answers for `domain`: lower case, without the trailing dot, sorted. */
  async nameservers(domain: string): Promise<string[]> {
    const name = domain.replace(/\.$/, '');
    // ID 0, as RFC 8484 §4.1 asks of GET (cache friendly); recursion desired: the resolver looks it up.
    const query = packet.encode({ type: 'query', id: 0, flags: packet.RECURSION_DESIRED, questions: [{ type: 'NS', name, class: 'IN' }] });
    const u = new URL(this.endpoint);
    u.searchParams.set('dns', query.toString('base64url'));
    const r = await this.http.request('GET', u.toString(), { headers: { accept: MEDIA } });
    const what = `NS query for ${name} at ${u.host}`;
    const type = (r.headers.get('content-type') ?? '').split(';')[0]!.trim().toLowerCase();
    if (type !== MEDIA) throw new Error(`${what}: the answer is ${type || 'untyped'}, not ${MEDIA} (is ${u.origin}${u.pathname} a DoH endpoint?)`);
    let msg: packet.Packet;
    try {
      msg = packet.decode(Buffer.from(r.bytes));
    } catch (e) {
      throw new Error(`${what}: the answer is not a DNS message (${(e as Error).message})`);
    }
    const q = msg.questions?.[0];
    if (msg.type !== 'response' || msg.id !== 0 || !q || q.type !== 'NS' || q.name.toLowerCase() !== name.toLowerCase()) {
      throw new Error(`${what}: the answer is not a response to this query`);
    }
    const rcode = ((msg.flags ?? 0) & 0xf);
    if (rcode === 3) throw new Error(`${what}: ${name} does not exist (NXDOMAIN): it is not registered, or not delegated yet`);
    if (rcode !== 0) throw new Error(`${what}: the resolver answered ${rcodeName(rcode)}`);
    const ns = (msg.answers ?? []).filter((a): a is packet.StringAnswer => a.type === 'NS' && a.name.toLowerCase() === name.toLowerCase());
    return [...new Set(ns.map((a) => a.data.replace(/\.$/, '').toLowerCase()))].sort();
  }
}
