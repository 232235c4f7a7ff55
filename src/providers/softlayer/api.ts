// The SoftLayer (IBM Cloud classic infrastructure) API, REST flavour (https://api.softlayer.com/rest/v3.1,
// sldn.softlayer.com "REST" article; the transports of softlayer-python and softlayer-go): HTTP Basic
// username:api_key; a method is `<Service>[/<id>]/<method>.json`, its arguments go as {"parameters": […]} in
// a POST; objectMask and objectFilter are query parameters; lists page with resultLimit=offset,limit and
// say their size in the SoftLayer-Total-Items header. Errors are {"error": "…", "code": "SoftLayer_Exception_…"}.
// Services used: SoftLayer_Account::getDomains, SoftLayer_Dns_Domain::createObject and ::getResourceRecords,
// SoftLayer_Dns_Domain_ResourceRecord (…_MxType, …_SrvType)::createObject, ::editObject, ::deleteObject.
import { HttpClient, HttpError } from '../_http/client.js';
import { httpOptionsFromCreds } from '../_http/creds-options.js';
import { collectPages } from '../_http/paging.js';

export const NAME = 'SOFTLAYER';
const DEFAULT_ENDPOINT = 'https://api.softlayer.com/rest/v3.1';
const PAGE = 1000;

/** SoftLayer_Dns_Domain_ResourceRecord (the MX and SRV subtypes add mxPriority, service, protocol, priority, weight, port). */
export interface SlRecord {
  id?: number;
  domainId?: number;
  host: string;
  data: string;
  ttl: number;
  type: string;
  mxPriority?: number | null;
  service?: string | null;
  protocol?: string | null;
  priority?: number | null;
  weight?: number | null;
  port?: number | null;
}

const RECORD_MASK = 'mask[id,domainId,host,data,ttl,type,mxPriority,service,protocol,priority,weight,port]';
/** The service a record of `type` is created and edited through (softlayer-go's typed services, as DNSControl). */
export const serviceFor = (type: string): string =>
  type.toUpperCase() === 'MX' ? 'SoftLayer_Dns_Domain_ResourceRecord_MxType'
    : type.toUpperCase() === 'SRV' ? 'SoftLayer_Dns_Domain_ResourceRecord_SrvType' : 'SoftLayer_Dns_Domain_ResourceRecord';

/** Calls whose arguments change nothing: the only ones sent again after a timeout. */
const READ_METHOD = /\/(get[A-Za-z]*)\.json(\?|$)/;

export class SoftLayerApi {
  readonly http: HttpClient;

  constructor(creds: Record<string, string>) {
    const o = httpOptionsFromCreds(creds, { baseUrl: creds.endpoint_url || DEFAULT_ENDPOINT });
    const basic = `Basic ${Buffer.from(`${creds.username!}:${creds.api_key!}`).toString('base64')}`;
    this.http = new HttpClient({
      // SoftLayer documents no request rate (unconfirmed: a 429 when an account calls too fast).
      provider: NAME, concurrency: 4, ratePerSecond: 10, ...o, baseUrl: o.baseUrl!,
      headers: { authorization: basic }, secrets: [creds.api_key],
      // Deletions are GET …/deleteObject.json (as softlayer-python sends them): only get* methods are repeated.
      safeToRepeat: (_method, url) => READ_METHOD.test(url),
    });
  }

  async #call<T>(method: string, path: string, query: Record<string, string | undefined> = {}, parameters?: unknown[]) {
    const r = await this.http.request(method, path, { query, json: parameters && { parameters } });
    let body: T;
    try { body = r.json<T>(); } catch {
      throw new Error(`${NAME}: ${method} ${path}: HTTP ${r.status} answer is not JSON: ${JSON.stringify(this.http.redactor.redact(r.text.slice(0, 120)))}`);
    }
    return { body, total: Number(r.headers.get('softlayer-total-items') ?? NaN) };
  }

  /** All pages of a list method (resultLimit=offset,limit; stops at SoftLayer-Total-Items or a short page). */
  #pages<T>(path: string, query: Record<string, string | undefined>): Promise<T[]> {
    return collectPages<T, number>(0, async (offset) => {
      const { body, total } = await this.#call<T[]>('GET', path, { ...query, resultLimit: `${offset},${PAGE}` });
      if (!Array.isArray(body)) throw new Error(`${NAME}: GET ${path} did not answer a list`);
      const end = offset + body.length;
      const more = Number.isFinite(total) ? end < total && body.length > 0 : body.length === PAGE;
      return { items: body, next: more ? end : null };
    });
  }

  async domains(): Promise<Array<{ id: number; name: string }>> {
    return this.#pages('/SoftLayer_Account/getDomains.json', { objectMask: 'mask[id,name]' });
  }

  /** The domain's id, or undefined when the account has none of that name. */
  async domainId(name: string): Promise<number | undefined> {
    const { body } = await this.#call<Array<{ id: number; name: string }>>('GET', '/SoftLayer_Account/getDomains.json', {
      objectMask: 'mask[id,name]', objectFilter: JSON.stringify({ domains: { name: { operation: name } } }),
    });
    const found = (Array.isArray(body) ? body : []).filter((d) => d.name?.toLowerCase() === name.toLowerCase());
    if (found.length > 1) throw new Error(`${NAME}: ${found.length} domains named ${name} in this account`);
    const id = found[0]?.id;
    if (found.length === 1 && !Number.isSafeInteger(id)) throw new Error(`${NAME}: getDomains answered ${name} without a numeric id`);
    return id;
  }

  records(domainId: number): Promise<SlRecord[]> {
    return this.#pages(`/SoftLayer_Dns_Domain/${domainId}/getResourceRecords.json`, { objectMask: RECORD_MASK });
  }

  /** SoftLayer creates a domain only with at least one A record in it: `@ A 127.0.0.1` (the diff then removes it
   *  unless the config has it). Answers the new domain's id. */
  async createDomain(name: string): Promise<number> {
    const { body } = await this.#call<{ id: number }>('POST', '/SoftLayer_Dns_Domain/createObject.json', {}, [
      { name, resourceRecords: [{ host: '@', data: '127.0.0.1', type: 'a', ttl: 86400 }] },
    ]);
    if (!Number.isSafeInteger(body?.id)) throw new Error(`${NAME}: SoftLayer_Dns_Domain::createObject answered no domain id for ${name}`);
    return body.id;
  }

  async createRecord(r: SlRecord): Promise<void> {
    await this.#call('POST', `/${serviceFor(r.type)}/createObject.json`, {}, [r]);
  }

  /** Sends only the fields that change (DNSControl's updateRecordFunc does the same). */
  async editRecord(type: string, id: number, changed: Partial<SlRecord>): Promise<void> {
    await this.#call('POST', `/${serviceFor(type)}/${id}/editObject.json`, {}, [changed]);
  }

  async deleteRecord(id: number): Promise<void> {
    try {
      await this.http.request('GET', `/SoftLayer_Dns_Domain_ResourceRecord/${id}/deleteObject.json`);
    } catch (e) {
      // Already gone (a retried deletion whose first answer was lost): what was asked for is done.
      if (e instanceof HttpError && e.status === 404) return;
      throw e;
    }
  }
}
