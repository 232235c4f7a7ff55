// One ordinary query (RD off) to an authoritative server over TCP (or TLS), TSIG-signed when a key is given.
// TCP, not UDP: the callers ask the server they transfer zones from, which AXFR already needs reachable
// over TCP, while UDP may be filtered on the way to a hidden primary.
import * as packet from 'dns-packet';
import type { Answer } from 'dns-packet';
import { tcpExchange, fmtServer, type ServerAddress } from './transport.js';
import type { TsigKey } from './tsig.js';
import { checkReply, encodeQuery, newId, prepare } from './message.js';

export interface QueryOptions {
  server: ServerAddress;
  key?: TsigKey;
  timeoutMs?: number;
}

/** The answer records of `name`/`type` (only that owner and type; CNAMEs and glue are left out). */
export async function query(opts: QueryOptions, name: string, type: string): Promise<Answer[]> {
  const what = `${type} query for ${name} at ${fmtServer(opts.server)}`;
  const id = newId();
  const { wire, verifier } = prepare(encodeQuery(id, name, type), opts.key);
  const reply = await tcpExchange(opts.server, wire, opts.timeoutMs);
  checkReply(reply, id, verifier, what);
  const want = name.replace(/\.$/, '').toLowerCase();
  return (packet.decode(reply).answers ?? []).filter((a) => a.type === type && a.name.toLowerCase() === want);
}
