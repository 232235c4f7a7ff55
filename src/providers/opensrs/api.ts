// The OpenSRS XML API (OPS over HTTPS POST, protocol XCP): GET DOMAIN with type "status" (lock_state) and
// type "nameservers" (nameserver_list), and ADVANCED_UPDATE_NAMESERVERS with op_type "assign" and
// assign_ns. Each request is signed: X-Username, and X-Signature = md5(md5(body + key) + key) in hex. An
// answer is a REPLY whose is_success is "1"; otherwise response_code and response_text say why.
import { createHash } from 'node:crypto';
import { HttpClient } from '../_http/client.js';
import { httpOptionsFromCreds } from '../_http/creds-options.js';
import { ProviderError } from '../../errors.js';
import { opsRequest, parseOps, type OpsValue } from './ops.js';

export const NAME = 'OPENSRS';
const md5 = (s: string) => createHash('md5').update(s).digest('hex');
/** OpenSRS's request signature. */
export const signature = (body: string, key: string): string => md5(md5(body + key) + key);

type Assoc = { [key: string]: OpsValue };
const assoc = (v: OpsValue | undefined): Assoc | undefined => (v !== undefined && typeof v === 'object' && !Array.isArray(v) ? v : undefined);

export class OpensrsApi {
  readonly http: HttpClient;
  readonly #user: string;
  readonly #key: string;

  constructor(creds: Record<string, string>) {
    // DNSControl's key for another endpoint (the test system horizon.opensrs.net:55443) is `baseurl`.
    const o = httpOptionsFromCreds(creds, { baseUrl: creds.baseurl || 'https://rr-n1-tor.opensrs.net:55443' });
    this.#user = creds.username!;
    this.#key = creds.apikey!;
    this.http = new HttpClient({
      provider: NAME, concurrency: 2, ratePerSecond: 5, ...o, baseUrl: o.baseUrl!, secrets: [this.#key],
      // Reads and writes are POSTs: only GET DOMAIN may be sent again after no answer.
      safeToRepeat: (_m, _u, body) => /<item key="action">GET<\/item>/.test(body ?? ''),
    });
  }

  async #call(domain: string, action: string, attributes: Assoc, top: Assoc = {}): Promise<Assoc> {
    const body = opsRequest({ protocol: 'XCP', action, object: 'DOMAIN', ...top, attributes });
    const r = await this.http.request('POST', '/', {
      body, headers: { 'content-type': 'text/xml', accept: 'text/xml', 'x-username': this.#user, 'x-signature': signature(body, this.#key) },
    });
    let reply: Assoc | undefined;
    try {
      reply = assoc(parseOps(r.text));
    } catch (e) {
      throw new ProviderError(NAME, domain, `${action}: the answer is not an OPS reply (${(e as Error).message})`);
    }
    if (!reply) throw new ProviderError(NAME, domain, `${action}: the answer is not an OPS reply`);
    if (reply.is_success !== '1') {
      throw new ProviderError(NAME, domain, `${action}: ${String(reply.response_code ?? '?')} ${this.http.redactor.redact(String(reply.response_text ?? 'failed'))}`);
    }
    return assoc(reply.attributes) ?? {};
  }

  /** The domain's delegation; refuses a locked domain (its nameservers cannot be changed), as DNSControl does. */
  async nameservers(domain: string): Promise<string[]> {
    const status = await this.#call(domain, 'GET', { domain, type: 'status', limit: '1' });
    if (status.lock_state !== '0') {
      throw new ProviderError(NAME, domain, `the domain is locked (lock_state ${JSON.stringify(status.lock_state ?? null)}); unlock it at OpenSRS to change its nameservers`);
    }
    const a = await this.#call(domain, 'GET', { domain, type: 'nameservers', limit: '1' });
    const list = a.nameserver_list ?? [];
    if (!Array.isArray(list)) throw new ProviderError(NAME, domain, 'GET nameservers: nameserver_list is not a list');
    return list.map((x) => {
      const name = assoc(x)?.name;
      if (typeof name !== 'string') throw new ProviderError(NAME, domain, 'GET nameservers: an entry of nameserver_list has no name');
      return name;
    });
  }

  /** Assigns the whole list. */
  async setNameservers(domain: string, names: string[]): Promise<void> {
    await this.#call(domain, 'ADVANCED_UPDATE_NAMESERVERS', { domain, op_type: 'assign', assign_ns: names }, { domain });
  }
}
