// The ClouDNS API (api.cloudns.net): every call is a GET with its parameters, the credentials included, in
// the query string, answering JSON. Failures are HTTP 200 with {"status":"Failed","statusDescription":…};
// throttling looks the same ("Request blocked. <ip> is sending more than 20 requests per second."), which
// the client treats as a retryable throttle. The password is registered with the redactor in every form it
// takes in a URL, so no path or message shows it.
import { HttpClient } from '../_http/client.js';
import { httpOptionsFromCreds } from '../_http/creds-options.js';
import type { CloudnsRecord } from './convert.js';

export const NAME = 'CLOUDNS';

/** The TTLs ClouDNS accepts by default (the zone's list is asked for; this is the fallback). */
export const DEFAULT_TTLS = [60, 300, 900, 1800, 3600, 21600, 43200, 86400, 172800, 259200, 604800, 1209600, 2419200];

const WRITES = /\/(add-record|mod-record|delete-record|register|activate-dnssec|deactivate-dnssec)\.json$/;
const BLOCKED = /"status"\s*:\s*"Failed"[^}]*(Request blocked|requests per second)/i;

export class CloudnsApiError extends Error {
  constructor(message: string) { super(message); this.name = 'CloudnsApiError'; }
}

type Params = Record<string, string | number | undefined>;

export class CloudnsApi {
  readonly http: HttpClient;
  readonly #auth: Params;

  constructor(creds: Record<string, string>) {
    const o = httpOptionsFromCreds(creds, { baseUrl: 'https://api.cloudns.net' });
    const password = creds['auth-password']!;
    // A sub-user's id replaces the main id.
    this.#auth = creds['sub-auth-id'] ? { 'sub-auth-id': creds['sub-auth-id'], 'auth-password': password } : { 'auth-id': creds['auth-id'], 'auth-password': password };
    // ClouDNS blocks an address above 20 requests a second; DNSControl keeps to 10 (burst 10).
    this.http = new HttpClient({
      provider: NAME, concurrency: 4, ratePerSecond: 10, ...o, baseUrl: o.baseUrl!,
      // The account id travels next to the password: it is masked too.
      secrets: [password, new URLSearchParams({ p: password }).toString().slice(2), creds['auth-id'], creds['sub-auth-id']],
      isThrottle: (status, body) => status === 200 && BLOCKED.test(body),
      // Writes are GETs here too: one that got no answer may have been applied and is not sent again.
      safeToRepeat: (_m, url) => !WRITES.test(new URL(url).pathname),
    });
  }

  /** One call; a "Failed" answer is thrown with its description unless `failedOk` accepts it. */
  async get<T>(path: string, params: Params = {}, failedOk?: (description: string) => boolean): Promise<T | { failed: string }> {
    const r = await this.http.request('GET', path, { query: { ...params, ...this.#auth } });
    let body: unknown;
    try {
      body = r.json();
    } catch {
      throw new CloudnsApiError(`${NAME}: ${path}: not a JSON answer: ${this.http.redactor.redact(r.text).slice(0, 200)}`);
    }
    const b = body as { status?: string; statusDescription?: string } | null;
    if (b && !Array.isArray(b) && b.status === 'Failed') {
      const d = this.http.redactor.redact(String(b.statusDescription ?? 'Failed'));
      if (failedOk?.(d)) return { failed: d };
      throw new CloudnsApiError(`${NAME}: ${path}: ${d}`);
    }
    return body as T;
  }

  async #must<T>(path: string, params: Params = {}): Promise<T> {
    return (await this.get<T>(path, params)) as T;
  }

  /** Zone names, 100 a page until a short page. */
  async zoneNames(): Promise<string[]> {
    const out: string[] = [];
    for (let page = 1; ; page++) {
      const rows = await this.#must<Array<{ name: string }> | Record<string, { name: string }>>('/dns/list-zones.json', { page, 'rows-per-page': 100 });
      const list = Array.isArray(rows) ? rows : Object.values(rows);
      out.push(...list.map((z) => z.name));
      if (list.length < 100) return out;
    }
  }

  async createZone(domain: string): Promise<void> {
    await this.#must('/dns/register.json', { 'domain-name': domain, 'zone-type': 'master' });
  }

  async records(domain: string): Promise<CloudnsRecord[]> {
    // An object keyed by record id; an empty zone is [].
    const r = await this.#must<Record<string, CloudnsRecord> | CloudnsRecord[]>('/dns/records.json', { 'domain-name': domain });
    return Array.isArray(r) ? r : Object.values(r);
  }

  async allowedTtls(domain: string): Promise<number[]> {
    const r = await this.#must<Array<number | string>>('/dns/get-available-ttl.json', { 'domain-name': domain });
    const ttls = (Array.isArray(r) ? r : []).map(Number).filter(Number.isFinite).sort((a, b) => a - b);
    return ttls.length ? ttls : DEFAULT_TTLS;
  }

  async nameservers(): Promise<string[]> {
    const r = await this.#must<Array<{ type: string; name: string }>>('/dns/available-name-servers.json');
    return (Array.isArray(r) ? r : []).filter((n) => n.type === 'premium').map((n) => n.name);
  }

  async addRecord(domain: string, params: Params): Promise<void> {
    await this.#must('/dns/add-record.json', { ...params, 'domain-name': domain });
  }

  async modifyRecord(domain: string, id: string, params: Params): Promise<void> {
    await this.#must('/dns/mod-record.json', { ...params, 'domain-name': domain, 'record-id': id });
  }

  async deleteRecord(domain: string, id: string): Promise<void> {
    await this.#must('/dns/delete-record.json', { 'domain-name': domain, 'record-id': id });
  }

  /** Whether DNSSEC is on ("The DNSSEC is not active." means off). */
  async dnssecActive(domain: string): Promise<boolean> {
    const r = await this.get('/dns/get-dnssec-ds-records.json', { 'domain-name': domain }, (d) => /DNSSEC is not active/i.test(d));
    return !(r && typeof r === 'object' && 'failed' in r);
  }

  async setDnssec(domain: string, on: boolean): Promise<void> {
    await this.#must(on ? '/dns/activate-dnssec.json' : '/dns/deactivate-dnssec.json', { 'domain-name': domain });
  }
}
