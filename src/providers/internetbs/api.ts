// The Internet.bs Reseller/Registrar API (internetbs.net/ResellerRegistrarDomainNameAPI): GET /Domain/Info and
// /Domain/Update with ApiKey, Password and ResponseFormat=JSON in the query. A refused call is still HTTP 200:
// its JSON says {status: "FAILURE", message, code, transactid}.
import { HttpClient } from '../_http/client.js';
import { httpOptionsFromCreds } from '../_http/creds-options.js';
import { ProviderError } from '../../errors.js';

export const NAME = 'INTERNETBS';

interface Answer { status?: string; message?: string; code?: number | string; transactid?: string; nameserver?: unknown }

export class InternetbsApi {
  readonly http: HttpClient;
  readonly #auth: Record<string, string>;

  constructor(creds: Record<string, string>) {
    const o = httpOptionsFromCreds(creds, { baseUrl: 'https://api.internet.bs' });
    this.#auth = { ApiKey: creds['api-key']!, Password: creds.password!, ResponseFormat: 'JSON' };
    this.http = new HttpClient({
      provider: NAME, concurrency: 2, ratePerSecond: 5, ...o, baseUrl: o.baseUrl!, secrets: [creds['api-key'], creds.password],
      // Updates are GETs too: only the read may be sent again after no answer.
      safeToRepeat: (method, url) => method === 'GET' && new URL(url).pathname.endsWith('/Domain/Info'),
    });
  }

  async #call(path: string, domain: string, params: Record<string, string> = {}): Promise<Answer> {
    const r = await this.http.request('GET', path, { query: { ...this.#auth, Domain: domain, ...params } });
    let a: Answer;
    try {
      a = r.json<Answer>();
    } catch {
      throw new ProviderError(NAME, domain, `${path}: the answer is not JSON: ${this.http.redactor.redact(r.text).slice(0, 200)}`);
    }
    if (a === null || typeof a !== 'object') throw new ProviderError(NAME, domain, `${path}: unexpected answer ${this.http.redactor.redact(r.text).slice(0, 200)}`);
    if (a.status === 'FAILURE') {
      throw new ProviderError(NAME, domain, `${path}: ${this.http.redactor.redact(String(a.message ?? 'failed'))} (code ${a.code ?? '?'}, transaction ${a.transactid ?? '?'})`);
    }
    return a;
  }

  /** The nameservers the domain is delegated to. */
  async nameservers(domain: string): Promise<string[]> {
    const a = await this.#call('/Domain/Info', domain);
    const ns = a.nameserver ?? [];
    if (!Array.isArray(ns) || !ns.every((n) => typeof n === 'string')) throw new ProviderError(NAME, domain, '/Domain/Info: "nameserver" is not a list of names');
    return ns;
  }

  /** Sets the whole list (Ns_list, comma separated). */
  async setNameservers(domain: string, names: string[]): Promise<void> {
    await this.#call('/Domain/Update', domain, { Ns_list: names.join(',') });
  }
}
