// The OCI DNS API, version 20180115 (docs.oracle.com/iaas/api/#/en/dns/20180115/): zones and their records,
// lists paged by the `opc-next-page` response header (sent back as `page`), record changes as PATCH
// …/zones/{zone}/records with ADD/REMOVE operations (at most 500 per request, as DNSControl sends them).
// Errors are JSON {code, message}; 429 TooManyRequests is retried like the SDK's default policy. Every
// request is signed (sign.ts) inside the client's fetch, so each retry is signed again with a fresh Date.
import { HttpClient, HttpError, type HttpResponse } from '../_http/client.js';
import { httpOptionsFromCreds } from '../_http/creds-options.js';
import { collectPages } from '../_http/paging.js';
import { sleep } from '../../_util/deadline.js';
import { fingerprintOf, loadPrivateKey, signRequest, type OciKey } from './sign.js';

export const NAME = 'ORACLE';

export interface OciRecord {
  domain: string;
  rtype: string;
  rdata: string;
  ttl: number;
  recordHash?: string;
  isProtected?: boolean;
  rrsetVersion?: string;
}

export interface OciOperation {
  operation: 'ADD' | 'REMOVE';
  domain?: string;
  rtype?: string;
  rdata?: string;
  ttl?: number;
  recordHash?: string;
}

export interface OciZone {
  name: string;
  id: string;
  lifecycleState?: string;
  nameservers?: Array<{ hostname: string }>;
}

/** The JSON of an answer; an answer that is not JSON (a proxy's HTML page) is a clear error. */
function jsonOf<T>(r: HttpResponse, what: string): T {
  try {
    return r.json<T>();
  } catch {
    throw new Error(`${NAME}: ${what}: the answer is not JSON (HTTP ${r.status}, ${r.headers.get('content-type') ?? 'no content type'}): ${r.text.slice(0, 120)}`);
  }
}

/** A clear message for an OCI error answer (without the request's signature or key). */
function explain(e: unknown): Error {
  if (!(e instanceof HttpError)) return e as Error;
  let code = '';
  try { code = (JSON.parse(e.body) as { code?: string }).code ?? ''; } catch { /* not JSON */ }
  if (e.status === 401 && code === 'NotAuthenticated') {
    e.message += ' (OCI refused the request signature: check user_ocid, tenancy_ocid, fingerprint and private_key belong together, and that this machine\'s clock is right: OCI refuses a Date more than 5 minutes off)';
  }
  return e;
}

export class OciDnsApi {
  readonly http: HttpClient;
  readonly compartment: string;

  constructor(creds: Record<string, string>) {
    const key: OciKey = { tenancy: creds.tenancy_ocid!, user: creds.user_ocid!, fingerprint: creds.fingerprint!, privateKey: loadPrivateKey(creds.private_key!, creds.private_key_passphrase) };
    // A fingerprint that is not this key's would only show as a 401 on the first request: say it now.
    const own = fingerprintOf(key.privateKey);
    if (key.fingerprint.toLowerCase() !== own) throw new Error(`${NAME}: fingerprint ${key.fingerprint} is not the fingerprint of private_key (${own}): the key and fingerprint must be the same API key's`);
    this.compartment = creds.compartment || creds.tenancy_ocid!;
    const o = httpOptionsFromCreds(creds, { baseUrl: `https://dns.${creds.region}.oraclecloud.com/20180115` });
    const base = globalThis.fetch;
    // OCI publishes no request rate for DNS (it answers 429 when one is exceeded): 10 a second, 4 at once.
    this.http = new HttpClient({
      provider: NAME, concurrency: 4, ratePerSecond: 10, ...o, baseUrl: o.baseUrl!, secrets: [creds.private_key, creds.private_key_passphrase],
      fetchImpl: (input, init) => {
        const headers: Record<string, string> = {};
        new Headers(init?.headers).forEach((v, k) => { headers[k] = v; });
        const signed = signRequest(key, init?.method ?? 'GET', String(input), headers, init?.body as string | undefined);
        return base(input, { ...init, headers: signed });
      },
    });
  }

  async #pages<T>(path: string, query: Record<string, string> = {}): Promise<T[]> {
    return collectPages<T, string>('', async (page) => {
      try {
        const r = await this.http.request('GET', path, { query: { compartmentId: this.compartment, limit: '100', ...query, page: page || undefined } });
        const body = jsonOf<T[] | { items?: T[] } | null>(r, `GET ${path}`);
        const items = Array.isArray(body) ? body : body?.items;
        if (!Array.isArray(items)) throw new Error(`${NAME}: GET ${path}: the answer has no list of items`);
        return { items, next: r.headers.get('opc-next-page') || null };
      } catch (e) { throw explain(e); }
    });
  }

  async zoneNames(): Promise<string[]> {
    return (await this.#pages<OciZone>('/zones', { zoneType: 'PRIMARY' })).map((z) => z.name.replace(/\.$/, '').toLowerCase());
  }

  /** The zone, or undefined when it does not exist (404). */
  async zone(name: string): Promise<OciZone | undefined> {
    try {
      const r = await this.http.request('GET', `/zones/${encodeURIComponent(name)}`, { query: { compartmentId: this.compartment }, allow: [404] });
      return r.status === 404 ? undefined : jsonOf<OciZone>(r, `GET zone ${name}`);
    } catch (e) { throw explain(e); }
  }

  /** Creates a primary zone and waits until OCI reports it ACTIVE (polls after 0.25 s, doubling up to 5 s). */
  async createZone(name: string, maxPolls = 60): Promise<OciZone> {
    try {
      let z = jsonOf<OciZone>(await this.http.request('POST', '/zones', { query: { compartmentId: this.compartment }, json: { name, zoneType: 'PRIMARY', compartmentId: this.compartment } }), `create zone ${name}`);
      for (let i = 0; z.lifecycleState !== 'ACTIVE'; i++) {
        if (i >= maxPolls) throw new Error(`${NAME}: zone ${name} is still ${z.lifecycleState ?? 'not ACTIVE'} after ${maxPolls} polls`);
        if (z.lifecycleState === 'FAILED') throw new Error(`${NAME}: OCI failed to create zone ${name}`);
        await sleep(Math.min(250 * 2 ** i, 5000));
        z = (await this.zone(name)) ?? z;
      }
      return z;
    } catch (e) { throw explain(e); }
  }

  records(zone: string): Promise<OciRecord[]> {
    return this.#pages<OciRecord>(`/zones/${encodeURIComponent(zone)}/records`);
  }

  async patch(zone: string, items: OciOperation[]): Promise<void> {
    try {
      await this.http.request('PATCH', `/zones/${encodeURIComponent(zone)}/records`, { query: { compartmentId: this.compartment }, json: { items } });
    } catch (e) { throw explain(e); }
  }
}
