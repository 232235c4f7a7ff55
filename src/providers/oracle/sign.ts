// OCI HTTP request signing (docs.oracle.com/iaas/Content/API/Concepts/signingrequests.htm): the draft-cavage
// HTTP Signatures scheme with RSA-SHA256 and the API key. Every request signs `date`, `(request-target)` and
// `host`; requests with a body (POST, PUT, PATCH) also sign `x-content-sha256` (base64 SHA-256 of the body),
// `content-type` and `content-length`. The header is
//   Authorization: Signature version="1",keyId="<tenancy>/<user>/<fingerprint>",algorithm="rsa-sha256",
//                  headers="date (request-target) host …",signature="<base64>"
// Signed per attempt (a retry gets a new Date): OCI refuses a Date more than 5 minutes off.
// Hand-written rather than oci-common: the SDK brings a large dependency tree for what node:crypto does in 30 lines.
import { createHash, createPrivateKey, createPublicKey, sign, type KeyObject } from 'node:crypto';

export interface OciKey {
  tenancy: string;
  user: string;
  fingerprint: string;
  privateKey: KeyObject;
}

/** The PEM private key of the creds (`private_key`: the PEM text; "\n" escapes as a one-line JSON value). */
export function loadPrivateKey(pem: string, passphrase?: string): KeyObject {
  const text = pem.includes('\\n') && !pem.includes('\n') ? pem.replaceAll('\\n', '\n') : pem;
  try {
    return createPrivateKey({ key: text, format: 'pem', ...(passphrase ? { passphrase } : {}) });
  } catch (e) {
    // The message never quotes the key.
    throw new Error(`private_key is not a usable PEM private key (${(e as { code?: string }).code ?? 'unreadable'}): give the key file's text, e.g. "$(cat ~/.oci/oci_api_key.pem)"`);
  }
}

/** OCI's key fingerprint: MD5 of the DER public key, as colon-separated hex (what the console shows). */
export function fingerprintOf(key: KeyObject): string {
  const der = createPublicKey(key).export({ format: 'der', type: 'spki' });
  return createHash('md5').update(der).digest('hex').match(/../g)!.join(':');
}

const BODY_METHODS = new Set(['POST', 'PUT', 'PATCH']);

/** The signing string and the header list for a request (shared with the fake that verifies it). */
export function signingString(method: string, url: URL, headers: Record<string, string>): { text: string; names: string[] } {
  const names = ['date', '(request-target)', 'host', ...(BODY_METHODS.has(method.toUpperCase()) ? ['x-content-sha256', 'content-type', 'content-length'] : [])];
  const lines = names.map((n) => (n === '(request-target)' ? `(request-target): ${method.toLowerCase()} ${url.pathname}${url.search}` : `${n}: ${headers[n] ?? ''}`));
  return { text: lines.join('\n'), names };
}

/** The headers to add to a request (date, host-independent body headers, authorization). */
export function signRequest(key: OciKey, method: string, url: string, headers: Record<string, string>, body: string | undefined, date = new Date()): Record<string, string> {
  const u = new URL(url);
  const h: Record<string, string> = {};
  for (const [k, v] of Object.entries(headers)) h[k.toLowerCase()] = v;
  h.date = date.toUTCString();
  h.host = u.host;
  if (BODY_METHODS.has(method.toUpperCase())) {
    const b = body ?? '';
    h['x-content-sha256'] = createHash('sha256').update(b).digest('base64');
    h['content-type'] ??= 'application/json';
    h['content-length'] = String(Buffer.byteLength(b));
  }
  const { text, names } = signingString(method, u, h);
  const signature = sign('RSA-SHA256', Buffer.from(text), key.privateKey).toString('base64');
  h.authorization = `Signature version="1",keyId="${key.tenancy}/${key.user}/${key.fingerprint}",algorithm="rsa-sha256",headers="${names.join(' ')}",signature="${signature}"`;
  // fetch sets Host itself (from the URL it signs).
  delete h.host;
  return h;
}
