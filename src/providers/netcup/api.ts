// The netcup CCP DNS API: one endpoint (…/endpoint.php?JSON), every call a POST of {action, param}, every
// answer {status, statuscode, shortmessage, longmessage, responsedata} with HTTP 200, failures included.
// `login` gives an apisessionid that later calls carry with the API key and customer number; an expired
// session is logged in again once. The password and the session id travel in the JSON body: both are
// registered with the client's redactor, so no message or error body shows them.
import { HttpClient } from '../_http/client.js';
import { httpOptionsFromCreds } from '../_http/creds-options.js';
import type { NetcupRecord } from './convert.js';

export const NAME = 'NETCUP';

/** Status codes of the API's answers that callers act on. */
const OK = 2000;
/** infoDnsRecords: the zone has no records (an "error" for netcup). */
export const NO_RECORDS = 5029;
/** The domain is not one of the customer's. */
export const NO_DOMAIN = 5028;
/** The session timed out (15 minutes without a call) or was ended. */
const SESSION_EXPIRED = 4001;

export interface NetcupAnswer {
  status: string;
  statuscode: number;
  shortmessage?: string;
  longmessage?: string;
  responsedata?: unknown;
}

export class NetcupApiError extends Error {
  readonly code: number;
  constructor(message: string, code: number) { super(message); this.name = 'NetcupApiError'; this.code = code; }
}

export interface NetcupZone { name: string; ttl: string | number; serial?: string; refresh?: string; retry?: string; expire?: string; dnssecstatus?: boolean }

export class NetcupApi {
  readonly http: HttpClient;
  readonly #key: string;
  readonly #password: string;
  readonly #customer: string;
  #session: Promise<string> | undefined;

  constructor(creds: Record<string, string>) {
    const o = httpOptionsFromCreds(creds, { baseUrl: 'https://ccp.netcup.net/run/webservice/servers' });
    this.#key = creds['api-key']!; this.#password = creds['api-password']!; this.#customer = creds['customer-number']!;
    // netcup documents no rate limit; DNSControl sends one request at a time. A few at once, 10 a second.
    this.http = new HttpClient({ provider: NAME, concurrency: 4, ratePerSecond: 10, ...o, baseUrl: o.baseUrl!, secrets: [this.#key, this.#password],
      // Every call is a POST; reads (info…) and login are safe to send again after no answer, updates are not.
      safeToRepeat: (_m, _url, body) => /^\{"action":"(info|login)/.test(body ?? '') });
  }

  async #post(action: string, param: Record<string, unknown>): Promise<NetcupAnswer> {
    const r = await this.http.request('POST', '/endpoint.php?JSON', { json: { action, param } });
    try {
      return r.json<NetcupAnswer>();
    } catch {
      throw new NetcupApiError(`${NAME}: ${action}: not a JSON answer: ${this.http.redactor.redact(r.text).slice(0, 200)}`, 0);
    }
  }

  #login(): Promise<string> {
    this.#session ??= (async () => {
      const a = await this.#post('login', { apikey: this.#key, apipassword: this.#password, customernumber: this.#customer });
      const id = (a.responsedata as { apisessionid?: string } | undefined)?.apisessionid;
      if (a.statuscode !== OK || !id) throw this.#error('login', a);
      this.http.redactor.add(id);
      return id;
    })().catch((e: unknown) => { this.#session = undefined; throw e; });
    return this.#session;
  }

  #error(action: string, a: NetcupAnswer): NetcupApiError {
    const text = [a.shortmessage, a.longmessage].filter(Boolean).join(' ');
    return new NetcupApiError(this.http.redactor.redact(`${NAME}: ${action}: ${text || a.status} (status ${a.statuscode})`), a.statuscode);
  }

  /** One action with the session; `accept` lists further status codes returned rather than thrown. */
  async call(action: string, param: Record<string, unknown>, accept: number[] = []): Promise<NetcupAnswer> {
    for (let attempt = 0; ; attempt++) {
      const session = await this.#login();
      const a = await this.#post(action, { apikey: this.#key, apisessionid: session, customernumber: this.#customer, ...param });
      if (a.statuscode === SESSION_EXPIRED && attempt === 0) {
        if (this.#session && (await this.#session.catch(() => '')) === session) this.#session = undefined;
        continue;
      }
      if (a.statuscode === OK || accept.includes(a.statuscode)) return a;
      throw this.#error(action, a);
    }
  }

  /** The zone (its TTL is the TTL of every record), or undefined when the domain is not the customer's. */
  async zone(domain: string): Promise<NetcupZone | undefined> {
    const a = await this.call('infoDnsZone', { domainname: domain }, [NO_DOMAIN]);
    return a.statuscode === NO_DOMAIN ? undefined : (a.responsedata as NetcupZone);
  }

  async setZoneTtl(domain: string, zone: NetcupZone, ttl: number): Promise<void> {
    await this.call('updateDnsZone', { domainname: domain, dnszone: { ...zone, name: domain, ttl: String(ttl) } });
  }

  async records(domain: string): Promise<NetcupRecord[]> {
    const a = await this.call('infoDnsRecords', { domainname: domain }, [NO_RECORDS]);
    if (a.statuscode === NO_RECORDS) return [];
    return (a.responsedata as { dnsrecords?: NetcupRecord[] } | undefined)?.dnsrecords ?? [];
  }

  /** Creates (no id), updates (with id) or deletes (deleterecord: true) records. */
  async updateRecords(domain: string, records: NetcupRecord[]): Promise<void> {
    await this.call('updateDnsRecords', { domainname: domain, dnsrecordset: { dnsrecords: records } });
  }
}
