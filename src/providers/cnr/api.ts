// The CentralNic Reseller API (formerly RRPproxy), and HEXONET's ISPAPI of the same family: an HTTPS POST
// of form fields s_login, s_pw (HEXONET also s_entity) and s_command, the command being KEY=VALUE lines
// (COMMAND=StatusDomain, DOMAIN=…); the answer is plain text "[RESPONSE]", `code = 200`, `description = …`,
// `property[NAME][n] = value` lines, "EOF". Code 200 is success; 421 is "failed, client should try again"
// (a temporary server failure: retried); 531 is a refused login, 545 an object the account does not hold.
// Hand-written: the format is a few lines of KEY = VALUE, and the vendor SDKs are Go/PHP/Node ones that
// would bring far more than two commands need.
import { HttpClient } from '../_http/client.js';
import { httpOptionsFromCreds } from '../_http/creds-options.js';
import { ProviderError } from '../../errors.js';

export interface Flavour {
  /** Provider TYPE. */
  name: string;
  live: string;
  ote: string;
  /** HEXONET's s_entity for LIVE and OTE; CNR has none (OTE is another host). */
  entity?: { live: string; ote: string };
}

export const CNR: Flavour = { name: 'CNR', live: 'https://api.rrpproxy.net/api/call.cgi', ote: 'https://api-ote.rrpproxy.net/api/call.cgi' };
export const HEXONET: Flavour = { name: 'HEXONET', live: 'https://api.ispapi.net/api/call.cgi', ote: 'https://api.ispapi.net/api/call.cgi', entity: { live: '54cd', ote: '1234' } };

export interface ApiResponse { code: number; description: string; properties: Map<string, string[]> }

/** Parses an answer; undefined when it is not one (no code line). Property names are upper-cased. */
export function parseResponse(text: string): ApiResponse | undefined {
  let code: number | undefined;
  let description = '';
  const properties = new Map<string, string[]>();
  for (const raw of text.split(/\r?\n/)) {
    const eq = raw.indexOf('=');
    if (eq < 0) continue;
    const key = raw.slice(0, eq).trim().toUpperCase();
    const value = raw.slice(eq + 1).trim();
    const prop = /^PROPERTY\[([^\]]+)\]\[(\d+)\]$/.exec(key);
    if (prop) {
      const list = properties.get(prop[1]!) ?? [];
      list[Number(prop[2])] = value;
      properties.set(prop[1]!, list);
    } else if (key === 'CODE') code = Number(value);
    else if (key === 'DESCRIPTION') description = value;
  }
  if (code === undefined || !Number.isInteger(code)) return undefined;
  for (const [k, v] of properties) properties.set(k, v.filter((x) => x !== undefined));
  return { code, description, properties };
}

const command = (body: string | undefined) => new URLSearchParams(body ?? '').get('s_command') ?? '';

export class CnrApi {
  readonly http: HttpClient;
  readonly flavour: Flavour;
  readonly #form: Record<string, string>;

  constructor(flavour: Flavour, creds: Record<string, string>) {
    this.flavour = flavour;
    const entity = (creds.apientity || 'LIVE').toUpperCase();
    if (entity !== 'LIVE' && entity !== 'OTE') throw new Error(`${flavour.name}: apientity must be "LIVE" or "OTE" (the OT&E test system), got ${JSON.stringify(creds.apientity)}`);
    const o = httpOptionsFromCreds(creds, { baseUrl: entity === 'OTE' ? flavour.ote : flavour.live });
    this.#form = {
      s_login: creds.apilogin!, s_pw: creds.apipassword!,
      ...(flavour.entity && { s_entity: entity === 'OTE' ? flavour.entity.ote : flavour.entity.live }),
      ...(flavour.entity && creds.ipaddress && { s_remoteaddr: creds.ipaddress }),
    };
    this.http = new HttpClient({
      provider: flavour.name, concurrency: 2, ratePerSecond: 5, ...o, baseUrl: o.baseUrl!, secrets: [creds.apipassword],
      // Every command is a POST: only a status read may be sent again after no answer.
      safeToRepeat: (_m, _u, body) => /^COMMAND=Status/i.test(command(body)),
      // 421: "Command failed due to server error. Client should try again" (nothing was done).
      isThrottle: (status, body) => status === 200 && parseResponse(body)?.code === 421,
    });
  }

  async call(domain: string, cmd: Record<string, string>): Promise<ApiResponse> {
    const lines = Object.entries(cmd).map(([k, v]) => {
      if (/[\r\n]/.test(v)) throw new ProviderError(this.flavour.name, domain, `${k}: a value cannot hold a line break`);
      return `${k}=${v}`;
    });
    const body = new URLSearchParams({ ...this.#form, s_command: lines.join('\n') }).toString();
    const r = await this.http.request('POST', '', { body, headers: { 'content-type': 'application/x-www-form-urlencoded' } });
    const a = parseResponse(r.text);
    if (!a) throw new ProviderError(this.flavour.name, domain, `${cmd.COMMAND}: not an API answer: ${this.http.redactor.redact(r.text).slice(0, 200)}`);
    if (a.code !== 200) throw new ProviderError(this.flavour.name, domain, `${cmd.COMMAND}: ${a.code} ${this.http.redactor.redact(a.description)}`);
    return a;
  }

  async nameservers(domain: string): Promise<string[]> {
    return (await this.call(domain, { COMMAND: 'StatusDomain', DOMAIN: domain })).properties.get('NAMESERVER') ?? [];
  }

  /** Sets the whole list (NAMESERVER0…n); the registry drops the ones not named. */
  async setNameservers(domain: string, names: string[]): Promise<void> {
    await this.call(domain, { COMMAND: 'ModifyDomain', DOMAIN: domain, ...Object.fromEntries(names.map((n, i) => [`NAMESERVER${i}`, n])) });
  }
}
