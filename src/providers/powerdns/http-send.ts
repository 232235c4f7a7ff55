// One HTTP exchange over node:http(s). Measured on a 10,000-rrset PATCH (1.35 MB): 10–40 ms less than
// fetch, which wraps the body and the reply in web streams; the PowerDNS API needs nothing fetch adds.
import { request as httpRequest } from 'node:http';
import { request as httpsRequest } from 'node:https';

export interface HttpReply {
  status: number;
  statusText: string;
  text: string;
}

/** Send `body` (if any) and read the whole reply. Rejects with the socket error (its `code`, e.g.
 *  ECONNREFUSED) or, after `timeoutMs`, an AbortError whose `cause` says so. */
export function httpSend(method: string, url: string, headers: Record<string, string>, body: string | undefined,
  timeoutMs: number): Promise<HttpReply> {
  const u = new URL(url);
  const payload = body === undefined ? undefined : Buffer.from(body, 'utf8');
  const send = u.protocol === 'https:' ? httpsRequest : httpRequest;
  const all = payload ? { ...headers, 'Content-Length': String(payload.length) } : headers;
  return new Promise((resolve, reject) => {
    const req = send(u, { method, headers: all, signal: AbortSignal.timeout(timeoutMs) }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('error', reject);
      res.on('end', () => resolve({ status: res.statusCode ?? 0, statusText: res.statusMessage ?? '', text: Buffer.concat(chunks).toString('utf8') }));
    });
    req.on('error', reject);
    req.end(payload);
  });
}
