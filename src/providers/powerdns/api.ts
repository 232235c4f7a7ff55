// PowerDNS Authoritative HTTP API client: node:http (http-send.ts), JSON, a small retry for 5xx and network errors.
// The API key is sent in a header only and never appears in errors.
import { httpSend, type HttpReply } from './http-send.js';
import { DeadlineError, sleep } from '../../_util/deadline.js';

import { DEFAULT_PDNS_TIMEOUT_MS } from './constants.js';

export { DEFAULT_PDNS_TIMEOUT_MS };

export interface PdnsRecord {
  content: string;
  disabled: boolean;
}
export interface PdnsRRset {
  name: string;
  type: string;
  ttl?: number;
  changetype?: 'REPLACE' | 'DELETE';
  records?: PdnsRecord[];
  comments?: unknown[];
}
export interface PdnsZone {
  id: string;
  name: string;
  kind?: string;
  serial?: number;
  rrsets?: PdnsRRset[];
}
export interface CreateZone {
  name: string;
  kind: string;
  nameservers: string[];
  soa_edit_api?: string;
  dnssec?: boolean;
  rrsets?: PdnsRRset[];
}

/** A DNSSEC key of a zone (GET /zones/{zone}/cryptokeys). */
export interface PdnsCryptokey {
  id: number;
  keytype: string;
  active: boolean;
  published?: boolean;
}

export class PdnsApiError extends Error {
  readonly status: number;
  constructor(status: number, message: string) {
    super(message);
    this.name = 'PdnsApiError';
    this.status = status;
  }
}

const RETRIES = 2;

export class PdnsApi {
  private readonly base: string;
  private readonly key: string;
  private readonly timeoutMs: number;
  /** `base` as messages show it: a user and password in the URL (sent as HTTP basic auth) masked. */
  private readonly shownBase: string;

  /** `apiUrl` is the webserver's base URL (e.g. http://localhost:8081); `serverName` usually "localhost". */
  constructor(apiUrl: string, apiKey: string, serverName = 'localhost', timeoutMs = DEFAULT_PDNS_TIMEOUT_MS) {
    const u = new URL(apiUrl);
    // The API's paths are appended to the URL: after a query or a fragment they would be no path at all.
    // (Not shown: a query may hold a key.)
    if (u.search || u.hash) throw new Error('apiUrl must have no query or fragment (the API\'s paths are appended to it)');
    this.base = `${apiUrl.replace(/\/+$/, '').replace(/\/api\/v1$/, '')}/api/v1/servers/${encodeURIComponent(serverName)}`;
    this.shownBase = shownUrl(new URL(this.base));
    this.key = apiKey;
    this.timeoutMs = timeoutMs;
  }

  /** Zone ids are absolute names; PowerDNS escapes "/" as "=2F". */
  static zoneId(zone: string): string {
    return `${zone.replace(/\.$/, '')}.`.replace(/\//g, '=2F');
  }

  listZones(): Promise<PdnsZone[]> {
    return this.request('GET', '/zones?dnssec=false') as Promise<PdnsZone[]>;
  }

  /** The zone with its rrsets, or undefined if PowerDNS does not have it. */
  getZone(zone: string): Promise<PdnsZone | undefined> {
    return unlessNoZone(this.request('GET', zonePath(zone)) as Promise<PdnsZone>);
  }

  createZone(body: CreateZone): Promise<unknown> {
    return this.request('POST', '/zones', body);
  }

  /** The zone's DNSSEC keys, or undefined if PowerDNS does not have the zone. */
  listCryptokeys(zone: string): Promise<PdnsCryptokey[] | undefined> {
    return unlessNoZone(this.request('GET', `${zonePath(zone)}/cryptokeys`) as Promise<PdnsCryptokey[]>);
  }

  createCryptokey(zone: string, key: { keytype: string; active: boolean; published: boolean }): Promise<unknown> {
    return this.request('POST', `${zonePath(zone)}/cryptokeys`, key);
  }

  deleteCryptokey(zone: string, id: number): Promise<unknown> {
    return this.request('DELETE', `${zonePath(zone)}/cryptokeys/${id}`);
  }

  /** `rrsets` may be given already serialised (one JSON text per rrset), as splitPatches measures them. */
  patchZone(zone: string, rrsets: PdnsRRset[] | string[]): Promise<unknown> {
    const parts = rrsets.map((r) => (typeof r === 'string' ? r : JSON.stringify(r)));
    return this.request('PATCH', zonePath(zone), `{"rrsets":[${parts.join(',')}]}`);
  }

  private async request(method: string, path: string, body?: unknown): Promise<unknown> {
    const url = `${this.base}${path}`;
    const shown = `${this.shownBase}${path}`;
    const payload = body === undefined ? undefined : typeof body === 'string' ? body : JSON.stringify(body);
    let timeouts = 0;
    for (let attempt = 0; ; attempt++) {
      let res: HttpReply;
      try {
        res = await httpSend(method, url, { 'X-API-Key': this.key, Accept: 'application/json', ...(payload ? { 'Content-Type': 'application/json' } : {}) },
          payload, this.timeoutMs);
      } catch (e) {
        // A server that accepts and never answers: a GET is asked once more (unless the zone's deadline
        // ran out), a write never, since it may have been applied.
        if (e instanceof DeadlineError) {
          timeouts++;
          if (method === 'GET' && timeouts < 2 && /^no answer/.test(e.message)) continue;
          throw new PdnsApiError(0, `${method} ${shown}: ${e.message}`);
        }
        // Socket errors carry a code (ECONNREFUSED; an AggregateError per address tried).
        const x = e as { code?: string; errors?: { code?: string }[]; cause?: { message?: string }; message: string };
        const cause = x.code ?? x.errors?.[0]?.code ?? x.cause?.message ?? x.message;
        if (attempt < RETRIES && method === 'GET') { await sleep(200 * (attempt + 1)); continue; }
        throw new PdnsApiError(0, `${method} ${shown}: ${cause}`);
      }
      if (res.status >= 500 && attempt < RETRIES) { await sleep(200 * (attempt + 1)); continue; }
      const text = res.text;
      const hint = res.status === 401 ? ' (check apiKey)' : '';
      if (res.status < 200 || res.status > 299) throw new PdnsApiError(res.status, `${method} ${shown}: HTTP ${res.status} ${errorText(text, res.statusText)}${hint}`);
      return text ? JSON.parse(text) : undefined;
    }
  }
}

/** The answer, or undefined when PowerDNS says the zone does not exist (404, or 422 "Could not find"). */
async function unlessNoZone<T>(answer: Promise<T>): Promise<T | undefined> {
  try {
    return await answer;
  } catch (e) {
    if (e instanceof PdnsApiError && (e.status === 404 || (e.status === 422 && /not find|not found/i.test(e.message)))) return undefined;
    throw e;
  }
}

/** The API path of a zone. */
const zonePath = (zone: string): string => `/zones/${encodeURIComponent(PdnsApi.zoneId(zone))}`;

/** PowerDNS errors look like {"error": "...", "errors": [...]}; fall back to the raw text. */
function errorText(text: string, statusText: string): string {
  try {
    const j = JSON.parse(text) as { error?: string; errors?: string[] };
    const all = [j.error, ...(j.errors ?? [])].filter(Boolean);
    if (all.length) return all.join('; ');
  } catch { /* not JSON */ }
  return text.trim().slice(0, 300) || statusText;
}

/** A URL as messages may show it: a password (and the user it goes with) in it masked. */
function shownUrl(u: URL): string {
  if (!u.username && !u.password) return u.href;
  const masked = new URL(u.href);
  masked.username = '***';
  masked.password = '';
  return masked.href;
}
