// The OVHcloud API (api.ovh.com, "First steps with the OVHcloud APIs"; the official clients go-ovh and
// node-ovh): JSON over HTTPS, every call signed with the application's keys. Kept free of DNS so the OVH
// registrar can reuse the signed client (OvhClient) as it is.
//
// Signing: X-Ovh-Application (app-key), X-Ovh-Consumer (consumer-key), X-Ovh-Timestamp (the SERVER's Unix
// time: GET /auth/time, unsigned, once, kept as an offset from ours) and X-Ovh-Signature = "$1$" + hex SHA-1
// of appSecret+consumerKey+METHOD+fullURL+body+timestamp joined by "+". A call refused as out of time
// (QUERY_TIME_OUT) re-reads the server time and is signed again, once: it was not applied.
import { createHash } from 'node:crypto';
import { HttpClient } from '../_http/client.js';
import { httpOptionsFromCreds } from '../_http/creds-options.js';

export const NAME = 'OVH';

/** DNSControl's `endpoint` values (eu, ca, us) and the client libraries' names (ovh-eu, ovh-ca, ovh-us). */
const ENDPOINTS: Record<string, string> = {
  eu: 'https://eu.api.ovh.com/1.0',
  ca: 'https://ca.api.ovh.com/1.0',
  us: 'https://api.us.ovhcloud.com/1.0',
};

export function endpointUrl(endpoint: string | undefined): string {
  const e = (endpoint ?? '').trim().toLowerCase().replace(/^ovh-/, '');
  if (e === '') return ENDPOINTS.eu!;
  if (ENDPOINTS[e]) return ENDPOINTS[e];
  if (/^https?:\/\//.test(e)) return endpoint!.trim();
  throw new Error(`OVH: endpoint must be eu, ca, us (or ovh-eu, ovh-ca, ovh-us) or a URL, got ${JSON.stringify(endpoint)}`);
}

/** "$1$" + SHA-1 of the six parts joined by "+" (go-ovh Client.getSignature / node-ovh signRequest). */
export function ovhSignature(secret: string, consumer: string, method: string, url: string, body: string, timestamp: number): string {
  return `$1$${createHash('sha1').update([secret, consumer, method, url, body, String(timestamp)].join('+')).digest('hex')}`;
}

/** What to tell the user about each documented refusal (none of them carries a secret). */
const HINTS: Record<string, string> = {
  INVALID_KEY: 'the application key (creds "app-key") is not known to this endpoint (is "endpoint" right?)',
  INVALID_SIGNATURE: 'the request signature was refused: "app-secret-key" does not belong to "app-key"',
  INVALID_CREDENTIAL: 'the consumer key (creds "consumer-key") does not exist, has expired or was revoked: create a new one (https://api.ovh.com/createToken/)',
  NOT_CREDENTIAL: 'the consumer key (creds "consumer-key") is not validated or has expired: create a new one (https://api.ovh.com/createToken/)',
  NOT_GRANTED_CALL: 'the consumer key is not granted this call: give it GET/POST/PUT/DELETE on /domain/*',
  QUERY_TIME_OUT: 'the request timestamp was refused as out of time, even after re-reading the server time (GET /auth/time)',
};

export class OvhApiError extends Error {
  readonly status: number;
  readonly errorCode: string;
  constructor(message: string, status: number, errorCode: string) {
    super(message);
    this.name = 'OvhApiError';
    this.status = status; this.errorCode = errorCode;
  }
}

interface OvhErrorBody { errorCode?: string; httpCode?: string; message?: string; class?: string }

export class OvhClient {
  readonly http: HttpClient;
  readonly #appKey: string;
  readonly #secret: string;
  readonly #consumer: string;
  #offset: Promise<number> | undefined;
  /** Calls to GET /auth/time (tests check the offset is read once, and again after QUERY_TIME_OUT). */
  timeSyncs = 0;

  constructor(creds: Record<string, string>, defaults: { concurrency: number; ratePerSecond: number }) {
    const o = httpOptionsFromCreds(creds, { baseUrl: endpointUrl(creds.endpoint) });
    this.#appKey = creds['app-key']!;
    this.#secret = creds['app-secret-key']!;
    this.#consumer = creds['consumer-key']!;
    this.http = new HttpClient({
      provider: NAME, ...defaults, ...o, baseUrl: o.baseUrl!,
      secrets: [this.#appKey, this.#secret, this.#consumer],
    });
  }

  /** Server time minus ours, in seconds (go-ovh: PollTimeshift). */
  #serverOffset(): Promise<number> {
    this.#offset ??= (async () => {
      this.timeSyncs++;
      const r = await this.http.request('GET', '/auth/time', { headers: { 'x-ovh-application': this.#appKey } });
      const server = Number(r.text.trim());
      if (!Number.isSafeInteger(server) || server <= 0) throw new Error(`${NAME}: GET /auth/time answered ${JSON.stringify(r.text.slice(0, 80))}, not a Unix time`);
      return server - Math.floor(Date.now() / 1000);
    })();
    this.#offset.catch(() => { this.#offset = undefined; });
    return this.#offset;
  }

  /** One signed call; the answer's JSON (null for OVH's empty answers). `allow`: statuses returned as undefined. */
  async call<T>(method: string, path: string, body?: unknown, allow: number[] = []): Promise<T | undefined> {
    const payload = body === undefined ? '' : JSON.stringify(body);
    const url = this.http.url(path);
    for (let resynced = false; ; resynced = true) {
      const offset = this.#serverOffset();
      const timestamp = Math.floor(Date.now() / 1000) + (await offset);
      const headers: Record<string, string> = {
        'x-ovh-application': this.#appKey,
        'x-ovh-consumer': this.#consumer,
        'x-ovh-timestamp': String(timestamp),
        'x-ovh-signature': ovhSignature(this.#secret, this.#consumer, method, url, payload, timestamp),
      };
      if (payload) headers['content-type'] = 'application/json';
      const res = await this.http.request(method, path, { headers, body: payload || undefined, allow: [400, 401, 403, 404, 409] });
      if (res.status >= 200 && res.status < 300) {
        if (res.text.trim() === '') return null as T;
        try { return res.json<T>(); } catch {
          throw new OvhApiError(`${NAME}: ${method} ${path}: HTTP ${res.status} answer is not JSON: ${JSON.stringify(this.http.redactor.redact(res.text.slice(0, 120)))}`, res.status, '');
        }
      }
      if (allow.includes(res.status)) return undefined;
      let e: OvhErrorBody = {};
      try { e = JSON.parse(res.text) as OvhErrorBody; } catch { /* not JSON: the text is shown below */ }
      const code = e.errorCode ?? '';
      if (code === 'QUERY_TIME_OUT' && !resynced) {
        // Calls refused together re-read the time once: only the first drops the offset they all used.
        if (this.#offset === offset) this.#offset = undefined;
        continue;
      }
      const what = this.http.redactor.redact(e.message ?? res.text.slice(0, 300));
      const hint = HINTS[code] ? ` (${HINTS[code]})` : '';
      throw new OvhApiError(`${NAME}: ${method} ${path}: HTTP ${res.status}${code ? ` ${code}` : ''}: ${what}${hint}`, res.status, code);
    }
  }
}

/** The client for a creds entry, shared by the DNS provider and the registrar made from it (one server-time
 *  offset, one limiter). OVH documents no request rate; its API answers 429 when a consumer key calls too
 *  fast (unconfirmed). */
export function ovhClient(creds: Record<string, string>): OvhClient {
  return new OvhClient(creds, { concurrency: 8, ratePerSecond: 20 });
}

/** A record as /domain/zone/{zone}/record/{id} answers it. */
export interface OvhRecord {
  id: number;
  zone?: string;
  subDomain: string;
  fieldType: string;
  target: string;
  ttl: number;
}

export type NewOvhRecord = Omit<OvhRecord, 'id' | 'zone'>;

/** The DNS zone calls (GET /domain/zone…, the "domain" API section). */
export class OvhDnsApi {
  readonly client: OvhClient;
  constructor(client: OvhClient) { this.client = client; }

  async zones(): Promise<string[]> {
    return (await this.client.call<string[]>('GET', '/domain/zone')) ?? [];
  }

  /** The zone's OVH nameservers; undefined when the account has no such zone (404). */
  async zoneInfo(zone: string): Promise<{ nameServers: string[] } | undefined> {
    return this.client.call<{ nameServers: string[] }>('GET', `/domain/zone/${zone}`, undefined, [404]);
  }

  /** Ids only: each record is one more GET. They run at once, bounded by the client's limiter. Undefined
   *  when the account has no such zone (404). */
  async records(zone: string): Promise<OvhRecord[] | undefined> {
    const ids = await this.client.call<number[]>('GET', `/domain/zone/${zone}/record`, undefined, [404]);
    if (ids === undefined) return undefined;
    if (!Array.isArray(ids) || ids.some((i) => !Number.isSafeInteger(i))) throw new Error(`${NAME}: GET /domain/zone/${zone}/record did not answer a list of ids`);
    const got = await Promise.all(ids.map((id) => this.client.call<OvhRecord>('GET', `/domain/zone/${zone}/record/${id}`, undefined, [404])));
    // A record deleted between the list and its GET (404) is gone: skipped.
    return got.filter((r): r is OvhRecord => r !== undefined && r !== null);
  }

  async createRecord(zone: string, r: NewOvhRecord): Promise<void> {
    await this.client.call('POST', `/domain/zone/${zone}/record`, r);
  }

  /** The type of a record cannot change (read-only fieldType): only subDomain, target and ttl travel. */
  async updateRecord(zone: string, id: number, r: NewOvhRecord): Promise<void> {
    const { subDomain, target, ttl } = r;
    await this.client.call('PUT', `/domain/zone/${zone}/record/${id}`, { subDomain, target, ttl });
  }

  async deleteRecord(zone: string, id: number): Promise<void> {
    await this.client.call('DELETE', `/domain/zone/${zone}/record/${id}`);
  }

  /** Publishes the zone's changes: OVH serves none of them until this call. */
  async refresh(zone: string): Promise<void> {
    await this.client.call('POST', `/domain/zone/${zone}/refresh`);
  }
}
