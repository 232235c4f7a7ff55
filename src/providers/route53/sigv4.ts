// AWS Signature Version 4 for one request (docs.aws.amazon.com/IAM/latest/UserGuide/create-signed-request.html),
// used by the Route 53 Domains client (AWS JSON 1.1: one signed POST per call). Hand-written on node:crypto:
// the Route 53 Domains SDK client is not a dependency, and the signing is twenty lines; the credentials come
// from the Route 53 SDK client's provider, so both roles share the creds entry and the default chain.
import { createHash, createHmac } from 'node:crypto';

export interface AwsCredentials { accessKeyId: string; secretAccessKey: string; sessionToken?: string }

const sha256 = (s: string) => createHash('sha256').update(s, 'utf8').digest('hex');
const hmac = (key: string | Buffer, s: string) => createHmac('sha256', key).update(s, 'utf8').digest();

/** The headers to add (authorization, x-amz-date, x-amz-security-token) for a request with these headers. */
export function signV4(o: {
  method: string; url: string; headers: Record<string, string>; body: string;
  service: string; region: string; credentials: AwsCredentials; now?: Date;
}): Record<string, string> {
  const u = new URL(o.url);
  const amzDate = (o.now ?? new Date()).toISOString().replace(/[:-]|\.\d{3}/g, '');
  const day = amzDate.slice(0, 8);
  const added: Record<string, string> = { 'x-amz-date': amzDate };
  if (o.credentials.sessionToken) added['x-amz-security-token'] = o.credentials.sessionToken;
  const all: Record<string, string> = { host: u.host };
  for (const [k, v] of Object.entries({ ...o.headers, ...added })) all[k.toLowerCase()] = v.trim().replace(/\s+/g, ' ');
  const names = Object.keys(all).sort();
  const query = [...u.searchParams].map(([k, v]) => [encodeURIComponent(k), encodeURIComponent(v)]).sort(([a, x], [b, y]) => (a === b ? (x! < y! ? -1 : 1) : a! < b! ? -1 : 1)).map(([k, v]) => `${k}=${v}`).join('&');
  const canonical = [o.method, u.pathname || '/', query, names.map((n) => `${n}:${all[n]}\n`).join(''), names.join(';'), sha256(o.body)].join('\n');
  const scope = `${day}/${o.region}/${o.service}/aws4_request`;
  const toSign = ['AWS4-HMAC-SHA256', amzDate, scope, sha256(canonical)].join('\n');
  const key = hmac(hmac(hmac(hmac(`AWS4${o.credentials.secretAccessKey}`, day), o.region), o.service), 'aws4_request');
  const signature = createHmac('sha256', key).update(toSign, 'utf8').digest('hex');
  return { ...added, authorization: `AWS4-HMAC-SHA256 Credential=${o.credentials.accessKeyId}/${scope}, SignedHeaders=${names.join(';')}, Signature=${signature}` };
}
