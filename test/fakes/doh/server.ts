// A local DNS-over-HTTPS responder (RFC 8484) backing the DNSOVERHTTPS registrar's tests. Sources:
// RFC 8484 §4.1 (GET /dns-query?dns=<base64url without padding>, POST with Content-Type
// application/dns-message, the ID 0 a GET should carry), §6 (answers are application/dns-message;
// HTTP status other than 2xx is an HTTP-level failure, a DNS error is a 200 with an rcode), and Cloudflare's
// DoH wireformat page (developers.cloudflare.com/1.1.1.1/encryption/dns-over-https/make-api-requests/
// dns-wireformat/): 400 for a missing or unparsable query, 413 over 65,535 bytes, 415 for a POST of another
// media type, 504 when the upstream times out. Throttling is an HTTP 429 (fault mode), as any HTTP API.
// Answers are real DNS messages (dns-packet): the NS set of a known domain, NXDOMAIN for an unknown one,
// SERVFAIL for a domain set to fail. It exports no `fake`: the registry suites drive DNS providers, and
// DNSOVERHTTPS is a registrar only (its own tests start this responder).
import * as packet from 'dns-packet';
import { startFake, type FakeRequest, type FakeResponse, type FakeServer } from '../_server.js';

const MEDIA = 'application/dns-message';

export interface DohFake extends FakeServer {
  /** The endpoint URL (creds `url`). */
  endpoint: string;
  /** Domain (lower case, no trailing dot) → the NS names a resolver answers for it. */
  delegations: Map<string, string[]>;
  /** Domains whose lookups fail upstream (SERVFAIL). */
  servfail: Set<string>;
  /** Answer with this media type instead (a captive portal's HTML, say). */
  mediaType?: string;
  /** Broken answers: three bytes that are no DNS message, or a reply to another question. */
  corrupt?: 'bytes' | 'other-question';
  /** Requests by method, to tell GET from POST. */
  methods: Record<string, number>;
}

function badRequest(msg: string, status = 400): FakeResponse {
  return { status, headers: { 'content-type': 'text/plain' }, body: msg };
}

export async function startDohFake(opts: { seed?: number } = {}): Promise<DohFake> {
  const delegations = new Map<string, string[]>();
  const servfail = new Set<string>();
  const methods: Record<string, number> = {};
  let fake: DohFake;

  const answer = (wire: Buffer): FakeResponse => {
    if (wire.length < 12) return badRequest('DNS query is too small');
    if (wire.length > 65535) return badRequest('DNS query is larger than the maximum DNS message size', 413);
    let q: packet.Packet;
    try {
      q = packet.decode(wire);
    } catch {
      return badRequest('DNS query could not be parsed');
    }
    const question = q.questions?.[0];
    if (q.type !== 'query' || !question) return badRequest('DNS query has no question');
    const name = question.name.replace(/\.$/, '').toLowerCase();
    const known = delegations.get(name);
    // RFC 1035 §4.1.1 rcodes: 0 NOERROR, 2 SERVFAIL, 3 NXDOMAIN (the low four bits of the flags).
    let rcode = 0;
    if (servfail.has(name)) rcode = 2;
    else if (!known) rcode = 3;
    const answers: packet.Answer[] = rcode === 0 && question.type === 'NS'
      ? (known ?? []).map((ns) => ({ type: 'NS', name: question.name, ttl: 3600, class: 'IN', data: ns }))
      : [];
    const flags = packet.RECURSION_DESIRED | packet.RECURSION_AVAILABLE | rcode;
    const questions = fake.corrupt === 'other-question' ? [{ ...question, name: `other.${question.name}` }] : q.questions;
    const reply = fake.corrupt === 'bytes' ? Buffer.from([1, 2, 3]) : packet.encode({ type: 'response', id: q.id ?? 0, flags, questions, answers });
    return { status: 200, headers: { 'content-type': fake.mediaType ?? MEDIA, 'cache-control': 'max-age=3600' }, body: new Uint8Array(reply) };
  };

  const server = await startFake({
    seed: opts.seed,
    // Public resolvers take no credentials.
    authorize: () => undefined,
    handle: (req: FakeRequest): FakeResponse => {
      methods[req.method] = (methods[req.method] ?? 0) + 1;
      if (req.path !== '/dns-query') return badRequest('not found', 404);
      if (req.method === 'GET') {
        const dns = req.query.get('dns');
        if (!dns) return badRequest('DNS query not specified');
        // base64url without padding (RFC 8484 §4.1); padding or the other alphabet is a malformed query.
        if (!/^[A-Za-z0-9_-]+$/.test(dns)) return badRequest('DNS query is not base64url');
        return answer(Buffer.from(dns, 'base64url'));
      }
      if (req.method === 'POST') {
        const type = (req.headers['content-type'] ?? '').split(';')[0]!.trim().toLowerCase();
        if (type !== MEDIA) return badRequest(`Unsupported content type ${type || '(none)'}`, 415);
        return answer(req.rawBody);
      }
      return { status: 405, headers: { allow: 'GET, POST', 'content-type': 'text/plain' }, body: 'method not allowed' };
    },
    faultResponse: (status, retryAfter) => ({
      status,
      headers: { 'content-type': 'text/plain', ...(status === 429 && retryAfter !== undefined ? { 'retry-after': String(retryAfter) } : {}) },
      body: status === 429 ? 'Too many requests' : status === 504 ? 'resolver timed out' : 'internal error',
    }),
  });
  fake = Object.assign(server, { endpoint: `${server.url}/dns-query`, delegations, servfail, methods });
  return fake;
}
