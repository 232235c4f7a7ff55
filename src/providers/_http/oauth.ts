// OAuth 2 access tokens for the cloud APIs (Google service accounts, Azure client credentials), fetched
// through the shared HTTP layer and cached until shortly before they expire. The Google JWT assertion
// is hand-written (RS256 with node:crypto): google-auth-library would bypass our retry/redaction rules.
import { createSign } from 'node:crypto';
import type { HttpClient } from './client.js';

interface TokenResponse { access_token: string; expires_in?: number | string }

export class TokenCache {
  readonly #fetch: () => Promise<TokenResponse>;
  #token: Promise<{ value: string; until: number }> | undefined;

  constructor(fetchToken: () => Promise<TokenResponse>) {
    this.#fetch = fetchToken;
  }

  async get(): Promise<string> {
    const now = Date.now();
    const cur = this.#token && (await this.#token.catch(() => undefined));
    if (!cur || cur.until <= now) {
      this.#token = this.#fetch().then((t) => ({ value: t.access_token, until: now + (Number(t.expires_in ?? 3600) - 60) * 1000 }));
    }
    return (await this.#token!).value;
  }
}

const b64url = (b: Buffer | string) => Buffer.from(b).toString('base64url');

/** RFC 7523 JWT bearer assertion for a Google service account. */
export function googleAssertion(clientEmail: string, privateKey: string, scope: string, tokenUri: string, now = Date.now()): string {
  const iat = Math.floor(now / 1000);
  const head = b64url(JSON.stringify({ alg: 'RS256', typ: 'JWT' }));
  const claims = b64url(JSON.stringify({ iss: clientEmail, scope, aud: tokenUri, iat, exp: iat + 3600 }));
  const sig = createSign('RSA-SHA256').update(`${head}.${claims}`).sign(privateKey);
  return `${head}.${claims}.${b64url(sig)}`;
}

/** POSTs a form to a token endpoint with the client's rules (use a client without authHeaders).
 *  `secretFields` name the form fields to mask (client_secret, assertion). */
export async function postTokenForm(http: HttpClient, url: string, form: Record<string, string>, secretFields: string[]): Promise<TokenResponse> {
  for (const k of secretFields) http.redactor.add(form[k]);
  const r = await http.request('POST', url, { body: new URLSearchParams(form).toString(), headers: { 'content-type': 'application/x-www-form-urlencoded' } });
  const t = r.json<TokenResponse>();
  http.redactor.add(t.access_token);
  return t;
}
