// Secrets (tokens, keys, passwords) must never reach logs, errors or reports. Every API provider
// registers its secrets here; the HTTP layer passes every message it builds through redact().

const MASK = '[REDACTED]';

/** Headers whose values are always credentials, whatever the provider. */
export const SECRET_HEADERS = new Set([
  'authorization', 'x-auth-key', 'x-auth-email', 'auth-api-token', 'x-api-key', 'x-amz-security-token',
  'proxy-authorization', 'cookie', 'set-cookie',
]);

export class Redactor {
  readonly #secrets = new Set<string>();

  constructor(secrets: Iterable<string | undefined> = []) {
    for (const s of secrets) this.add(s);
  }

  /** Registers a secret. Very short values are skipped: masking "1" would garble every message. */
  add(secret: string | undefined): void {
    if (!secret || secret.length < 4) return;
    // "Bearer <token>" / "Token <token>": the token alone must be masked too.
    const scheme = /^\S+\s+(\S{4,})$/.exec(secret);
    if (scheme) this.add(scheme[1]);
    this.#secrets.add(secret);
    this.#secrets.add(encodeURIComponent(secret));
    this.#secrets.add(JSON.stringify(secret).slice(1, -1));
  }

  redact(text: string): string {
    let out = text;
    // Longest first, so a secret containing another is masked whole.
    for (const s of [...this.#secrets].sort((a, b) => b.length - a.length)) out = out.split(s).join(MASK);
    // Bearer/Token schemes in any echoed header, even for secrets we were not told about.
    return out.replace(/\b(Bearer|Token|Apikey|AWS4-HMAC-SHA256)\s+[^\s"',]+/gi, `$1 ${MASK}`);
  }

  /** A copy of headers safe to print. */
  redactHeaders(headers: Record<string, string>): Record<string, string> {
    const out: Record<string, string> = {};
    for (const [k, v] of Object.entries(headers)) out[k] = SECRET_HEADERS.has(k.toLowerCase()) ? MASK : this.redact(v);
    return out;
  }
}
