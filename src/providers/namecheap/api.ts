// The Namecheap XML API (namecheap.com/support/api: global parameters, domains.getList, domains.dns.getHosts,
// domains.dns.setHosts): one endpoint (…/xml.response), every call names its Command and carries ApiUser,
// ApiKey, UserName and ClientIp. Answers are <ApiResponse Status="OK|ERROR"> with HTTP 200, failures
// included (<Errors><Error Number="…">). Namecheap throttles with HTTP 405 (DNSControl waits and retries on
// it); the client retries it like a 429. setHosts replaces the whole host list, so sending it again after no
// answer is safe, and so does the registrar's setCustom. The client knows nothing of DNS records: the
// registrar (registrar.ts) reuses it.
import { HttpClient } from '../_http/client.js';
import { httpOptionsFromCreds } from '../_http/creds-options.js';
import { findAll, findFirst, parseXml, type XmlNode } from './xml.js';

export const NAME = 'NAMECHEAP';
export const PRODUCTION_URL = 'https://api.namecheap.com/xml.response';

/** Error numbers the provider acts on (namecheap.com/support/api/error-codes; unconfirmed where marked). */
export const NC_ERR = {
  /** domains.dns.getHosts/setHosts: the domain is not in this account (2019166 "Domain not found"). */
  domainNotFound: '2019166',
  /** The domain is not associated with the account (2016166). */
  notAssociated: '2016166',
  /** The domain does not use Namecheap's DNS servers (2030288). */
  notOurDns: '2030288',
} as const;

/** What the global errors mean for the user (Namecheap's texts are terse). */
const EXPLAIN: Record<string, string> = {
  '1011102': 'the API key is wrong or API access is not enabled for this account',
  '1011150': 'the address this request comes from is not on the API whitelist (Profile → Tools → API Access)',
  '1017150': 'the request address is disabled or locked for the API',
  '1017411': 'too many failed logins: the API user is locked for a while',
};

export class NamecheapApiError extends Error {
  readonly numbers: string[];
  constructor(message: string, numbers: string[]) { super(message); this.name = 'NamecheapApiError'; this.numbers = numbers; }
}

export interface NamecheapCreds {
  apiUser: string;
  apiKey: string;
  userName: string;
  clientIp: string;
  baseUrl: string;
}

export function namecheapCreds(creds: Record<string, string>): NamecheapCreds {
  return {
    apiUser: creds.apiuser!,
    apiKey: creds.apikey!,
    // DNSControl uses the API user as the user name; `username` names another user the API user acts for.
    userName: creds.username || creds.apiuser!,
    // Namecheap checks the address a request comes from against the account's whitelist; the parameter is
    // required but its value is not what is checked (unconfirmed). DNSControl sends its own default.
    clientIp: creds.clientip || '127.0.0.1',
    baseUrl: creds.base_url || creds.BaseURL || PRODUCTION_URL,
  };
}

export class NamecheapClient {
  readonly http: HttpClient;
  readonly #c: NamecheapCreds;

  constructor(creds: Record<string, string>) {
    this.#c = namecheapCreds(creds);
    const o = httpOptionsFromCreds({ ...creds, base_url: this.#c.baseUrl });
    // Documented limits are 20 calls a minute, 700 an hour, 8,000 a day per user (DNSControl's note from
    // Namecheap support): one request at a time, one every 3 s by default. A whole zone is one write.
    this.http = new HttpClient({
      provider: NAME, concurrency: 1, ratePerSecond: 1 / 3, ...o, baseUrl: o.baseUrl!, secrets: [this.#c.apiKey],
      isThrottle: (status) => status === 405,
      // Reads are GETs; the writes (setHosts, setCustom) replace the whole zone or delegation with the same
      // list: repeatable.
      safeToRepeat: () => true,
    });
  }

  /** One command; its <CommandResponse>. `post` sends the parameters as a form (setHosts with many hosts). */
  async call(command: string, params: Record<string, string | number | undefined> = {}, post = false): Promise<XmlNode> {
    const all: Record<string, string> = {
      ApiUser: this.#c.apiUser, ApiKey: this.#c.apiKey, UserName: this.#c.userName, ClientIp: this.#c.clientIp, Command: command,
    };
    for (const [k, v] of Object.entries(params)) if (v !== undefined) all[k] = String(v);
    const r = post
      ? await this.http.request('POST', '', { body: new URLSearchParams(all).toString(), headers: { 'content-type': 'application/x-www-form-urlencoded', accept: 'application/xml' } })
      : await this.http.request('GET', '', { query: all, headers: { accept: 'application/xml' } });
    let doc: XmlNode;
    try {
      doc = parseXml(r.text);
    } catch (e) {
      throw new NamecheapApiError(this.http.redactor.redact(`${NAME}: ${command}: not an XML answer (${(e as Error).message}): ${r.text.slice(0, 200)}`), []);
    }
    if (doc.name !== 'ApiResponse') throw new NamecheapApiError(`${NAME}: ${command}: unexpected answer <${doc.name}>`, []);
    if (doc.attrs.Status !== 'OK') {
      const errors = findAll(doc, 'Error');
      const text = errors.map((e) => `${e.text.trim()} (error ${e.attrs.Number ?? '?'})${EXPLAIN[e.attrs.Number ?? ''] ? `: ${EXPLAIN[e.attrs.Number!]}` : ''}`).join('; ') || `Status ${doc.attrs.Status ?? '?'}`;
      throw new NamecheapApiError(this.http.redactor.redact(`${NAME}: ${command}: ${text}`), errors.map((e) => e.attrs.Number ?? ''));
    }
    const resp = findFirst(doc, 'CommandResponse');
    if (!resp) throw new NamecheapApiError(`${NAME}: ${command}: the answer has no CommandResponse`, []);
    return resp;
  }

  /** Every domain of the account (namecheap.domains.getList, 100 a page, until Paging/TotalItems). */
  async domainNames(): Promise<string[]> {
    const names: string[] = [];
    for (let page = 1; page <= 10_000; page++) {
      const resp = await this.call('namecheap.domains.getList', { Page: page, PageSize: 100 });
      const got = findAll(resp, 'Domain').map((d) => (d.attrs.Name ?? '').toLowerCase()).filter(Boolean);
      names.push(...got);
      const total = Number(findFirst(resp, 'TotalItems')?.text.trim() ?? Number.NaN);
      if (got.length === 0 || !Number.isFinite(total) || names.length >= total) break;
    }
    return names;
  }
}

/** A registered domain's SLD and TLD as Namecheap's commands take them: split at the first dot (Namecheap
 *  holds registered domains only, so `example.co.uk` is SLD `example`, TLD `co.uk`). */
export function splitDomain(domain: string): { SLD: string; TLD: string } {
  const dot = domain.indexOf('.');
  if (dot <= 0 || dot === domain.length - 1) throw new Error(`${NAME}: ${JSON.stringify(domain)} is not a registered domain name (SLD.TLD)`);
  return { SLD: domain.slice(0, dot), TLD: domain.slice(dot + 1) };
}
