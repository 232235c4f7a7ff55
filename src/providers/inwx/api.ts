// The INWX DomRobot API over JSON-RPC (as INWX's own clients call it: POST {base}/jsonrpc/ with
// {method, params}; answers {code, msg, reason?, resData} with HTTP 200, failures included; 1000 and 1001
// are success). `account.login` sets the session cookie `domrobot`; when the account has 2FA its answer
// says tfa "GOOGLE-AUTH" and `account.unlock {tan}` must follow with a TOTP code (creds `totp`, or one
// computed from `totp-key`). A call refused for want of a session (code 2200) logs in again once. The
// password, the TOTP secret and code and the session id are registered with the client's redactor.
// Registrar calls (domain.info / domain.update) live here too, for the INWX registrar.
import { HttpClient } from '../_http/client.js';
import { httpOptionsFromCreds } from '../_http/creds-options.js';
import { totpCode } from '../_core/totp.js';
import { toASCII } from '../../_util/names.js';

export const NAME = 'INWX';
export const LIVE_URL = 'https://api.domrobot.com';
export const SANDBOX_URL = 'https://api.ote.domrobot.com';

/** Success codes: done, and done but pending. */
const OK = new Set([1000, 1001]);
/** Authentication error: bad login, bad TAN, or no (more) session. */
export const AUTH_ERROR = 2200;
/** Object does not exist (e.g. nameserver.info of a domain without a zone). */
export const NO_OBJECT = 2303;

export interface InwxAnswer { code: number; msg?: string; reason?: string; reasonCode?: string; resData?: unknown }

export class InwxApiError extends Error {
  readonly code: number;
  constructor(message: string, code: number) { super(message); this.name = 'InwxApiError'; this.code = code; }
}

/** A record as nameserver.info lists it: `name` is the FQDN; numbers may come as strings. */
export interface InwxRecord { id: number | string; name: string; type: string; content: string; ttl: number | string; prio?: number | string }
/** What nameserver.createRecord / updateRecord take: `name` relative ("@" at the apex). */
export interface InwxRecordRequest { type: string; name: string; content: string; ttl: number; prio?: number }

/** Calls that read, or log in: safe to send again after no answer. Writes are never repeated. */
const REPEATABLE = /^\{"method":"(account\.login|nameserver\.(info|list)|dnssec\.info|domain\.info)"/;

export class InwxApi {
  readonly http: HttpClient;
  readonly sandbox: boolean;
  /** The clock TOTP codes are computed from (tests skew it). */
  now: () => number = Date.now;
  readonly #user: string;
  readonly #pass: string;
  readonly #totp: string;
  readonly #totpKey: string;
  #session: Promise<string> | undefined;

  constructor(creds: Record<string, string>) {
    this.sandbox = creds.sandbox === '1';
    this.#user = creds.username!; this.#pass = creds.password!;
    this.#totp = creds.totp ?? ''; this.#totpKey = creds['totp-key'] ?? '';
    if (this.#totp && this.#totpKey) throw new Error(`${NAME}: give totp or totp-key in creds.json, not both`);
    const o = httpOptionsFromCreds(creds, { baseUrl: this.sandbox ? SANDBOX_URL : LIVE_URL });
    // INWX documents no request rate; one session, a few calls at once, 10 a second.
    this.http = new HttpClient({ provider: NAME, concurrency: 4, ratePerSecond: 10, ...o, baseUrl: o.baseUrl!, secrets: [this.#pass, this.#totp, this.#totpKey],
      safeToRepeat: (_m, _url, body) => REPEATABLE.test(body ?? '') });
  }

  async #post(method: string, params: Record<string, unknown>, cookie?: string): Promise<{ a: InwxAnswer; setCookie: string | null }> {
    const r = await this.http.request('POST', '/jsonrpc/', { json: { method, params }, headers: cookie ? { cookie: `domrobot=${cookie}` } : {} });
    let a: InwxAnswer;
    try {
      a = r.json<InwxAnswer>();
    } catch {
      throw new InwxApiError(`${NAME}: ${method}: not a JSON answer: ${this.http.redactor.redact(r.text).slice(0, 200)}`, 0);
    }
    if (!a || typeof a !== 'object' || typeof a.code !== 'number') throw new InwxApiError(`${NAME}: ${method}: an answer without a code: ${this.http.redactor.redact(r.text).slice(0, 200)}`, 0);
    return { a, setCookie: r.headers.get('set-cookie') };
  }

  #error(method: string, a: InwxAnswer, hint = ''): InwxApiError {
    const text = [a.msg, a.reason].filter(Boolean).join(': ');
    return new InwxApiError(this.http.redactor.redact(`${NAME}: ${method}: ${text || 'failed'} (code ${a.code})${hint}`), a.code);
  }

  #login(): Promise<string> {
    this.#session ??= (async () => {
      const { a, setCookie } = await this.#post('account.login', { user: this.#user, pass: this.#pass, lang: 'en' });
      if (!OK.has(a.code)) throw this.#error('account.login', a, a.code === AUTH_ERROR ? ' (check username and password)' : '');
      const id = /(?:^|[;,]\s*)domrobot=([^;,\s]+)/.exec(setCookie ?? '')?.[1];
      if (!id) throw new InwxApiError(`${NAME}: account.login: no session cookie in the answer`, 0);
      this.http.redactor.add(id);
      const tfa = String((a.resData as { tfa?: unknown } | undefined)?.tfa ?? '0');
      if (tfa === 'GOOGLE-AUTH') await this.#unlock(id);
      else if (tfa !== '0') throw new InwxApiError(`${NAME}: account.login asks for an unknown two-factor mode ${JSON.stringify(tfa)}`, 0);
      return id;
    })().catch((e: unknown) => { this.#session = undefined; throw e; });
    return this.#session;
  }

  async #unlock(session: string): Promise<void> {
    let tan = this.#totp;
    if (!tan && this.#totpKey) {
      try { tan = totpCode(this.#totpKey, this.now()); } catch (e) { throw new InwxApiError(`${NAME}: totp-key: ${(e as Error).message}`, 0); }
    }
    if (!tan) throw new InwxApiError(`${NAME}: the account has two-factor authentication: give totp or totp-key in creds.json`, 0);
    this.http.redactor.add(tan);
    const { a } = await this.#post('account.unlock', { tan }, session);
    if (!OK.has(a.code)) {
      throw this.#error('account.unlock', a, ` (the TOTP code was refused: check ${this.#totp ? 'that totp is current' : "this machine's clock and totp-key"})`);
    }
  }

  /** One method in the session; `accept` lists further codes returned rather than thrown. */
  async call(method: string, params: Record<string, unknown> = {}, accept: number[] = []): Promise<InwxAnswer> {
    for (let attempt = 0; ; attempt++) {
      const session = await this.#login();
      const { a } = await this.#post(method, params, session);
      // 2200 on a call: the session expired (or was ended); nothing was done. Log in again, once.
      if (a.code === AUTH_ERROR && attempt === 0) {
        if (this.#session && (await this.#session.catch(() => '')) === session) this.#session = undefined;
        continue;
      }
      if (OK.has(a.code) || accept.includes(a.code)) return a;
      throw this.#error(method, a);
    }
  }

  /** Zones in the account's nameserver (domain names in ASCII), page by page. */
  async zoneNames(pagesize = 100): Promise<string[]> {
    const out: string[] = [];
    for (let page = 1; ; page++) {
      const r = (await this.call('nameserver.list', { page, pagesize })).resData as { count?: number | string; domains?: Array<{ domain: string }> } | undefined;
      const domains = r?.domains ?? [];
      out.push(...domains.map((d) => toASCII(String(d.domain))));
      if (domains.length === 0 || out.length >= Number(r?.count ?? 0)) return out;
    }
  }

  /** The zone's records (SOA included), or undefined when the account has no zone for it. */
  async records(domain: string): Promise<InwxRecord[] | undefined> {
    const a = await this.call('nameserver.info', { domain }, [NO_OBJECT]);
    if (a.code === NO_OBJECT) return undefined;
    const rec = (a.resData as { record?: unknown } | undefined)?.record ?? [];
    if (!Array.isArray(rec)) throw new InwxApiError(`${NAME}: nameserver.info ${domain}: "record" is not a list`, 0);
    return rec as InwxRecord[];
  }

  async createZone(domain: string, ns: string[]): Promise<void> {
    await this.call('nameserver.create', { domain, type: 'MASTER', ns });
  }

  async createRecord(domain: string, r: InwxRecordRequest): Promise<void> {
    await this.call('nameserver.createRecord', { domain, ...r });
  }

  async updateRecord(id: number, r: InwxRecordRequest): Promise<void> {
    await this.call('nameserver.updateRecord', { id, ...r });
  }

  async deleteRecord(id: number): Promise<void> {
    await this.call('nameserver.deleteRecord', { id });
  }

  /** Whether automatic DNSSEC is on (status AUTO). */
  async autoDnssec(domain: string): Promise<boolean> {
    const r = (await this.call('dnssec.info', { domainName: [domain] })).resData as { data?: Array<{ dnssecStatus?: string }> } | undefined;
    return r?.data?.[0]?.dnssecStatus === 'AUTO';
  }

  async setAutoDnssec(domain: string, on: boolean): Promise<void> {
    await this.call(on ? 'dnssec.enableDNSSEC' : 'dnssec.disableDNSSEC', { domainName: domain });
  }

  /** Registrar: the domain's delegation (`ns`); undefined when the account has not registered it (2303). */
  async domainNameservers(domain: string): Promise<string[] | undefined> {
    const a = await this.call('domain.info', { domain }, [NO_OBJECT]);
    if (a.code === NO_OBJECT) return undefined;
    const ns = (a.resData as { ns?: unknown } | undefined)?.ns ?? [];
    if (!Array.isArray(ns)) throw new InwxApiError(`${NAME}: domain.info ${domain}: "ns" is not a list`, 0);
    return ns.map(String);
  }

  /** Registrar: replaces the domain's delegation. */
  async setDomainNameservers(domain: string, ns: string[]): Promise<void> {
    await this.call('domain.update', { domain, ns });
  }
}
