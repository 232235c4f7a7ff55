// One ordinary query (RD off) to an authoritative server: UDP first, TCP when the reply is truncated (TLS
// only, for a DNS-over-TLS server), TSIG-signed when a key is given.
import * as packet from 'dns-packet';
import type { Answer } from 'dns-packet';
import { tcpExchange, udpExchange, fmtServer, type ServerAddress } from './transport.js';
import type { TsigKey } from './tsig.js';
import { checkReply, encodeQuery, newId, prepare } from './message.js';

const TC = 1 << 9;

export interface QueryOptions {
  server: ServerAddress;
  key?: TsigKey;
  timeoutMs?: number;
}

/** The answer records of `name`/`type` (only that owner and type; CNAMEs and glue are left out). */
export async function query(opts: QueryOptions, name: string, type: string): Promise<Answer[]> {
  const what = `${type} query for ${name} at ${fmtServer(opts.server)}`;
  const id = newId();
  const ask = () => prepare(encodeQuery(id, name, type), opts.key);
  let sent = ask();
  let reply = opts.server.tls ? await tcpExchange(opts.server, sent.wire, opts.timeoutMs) : await udpExchange(opts.server, sent.wire, opts.timeoutMs);
  if (!opts.server.tls && reply.readUInt16BE(2) & TC) {
    // A new signature for the TCP retry: a TSIG verifier accepts one reply to one request MAC.
    sent = ask();
    reply = await tcpExchange(opts.server, sent.wire, opts.timeoutMs);
  }
  checkReply(reply, id, sent.verifier, what);
  const want = name.replace(/\.$/, '').toLowerCase();
  return (packet.decode(reply).answers ?? []).filter((a) => a.type === type && a.name.toLowerCase() === want);
}
