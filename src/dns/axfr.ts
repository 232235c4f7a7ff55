// Zone transfer (AXFR, RFC 5936) over TCP: multi-message replies, each TSIG-verified (RFC 8945 §5.3.1).
import * as packet from 'dns-packet';
import type { Answer } from 'dns-packet';
import { TcpSession, fmtServer, type ServerAddress } from './transport.js';
import type { TsigKey } from './tsig.js';
import { checkReply, DnsResponseError, encodeQuery, newId, prepare } from './message.js';

export interface AxfrOptions {
  server: ServerAddress;
  zone: string;
  key?: TsigKey;
  timeoutMs?: number;
}

/** Every record of the zone, the opening SOA first and without the closing SOA. */
export async function axfr(opts: AxfrOptions): Promise<Answer[]> {
  const zone = opts.zone.replace(/\.$/, '');
  const what = `AXFR of ${zone} from ${fmtServer(opts.server)}`;
  const id = newId();
  const { wire, verifier } = prepare(encodeQuery(id, zone, 'AXFR'), opts.key);
  const session = await TcpSession.open(opts.server, opts.timeoutMs);
  const records: Answer[] = [];
  try {
    session.send(wire);
    for (let n = 0; ; n++) {
      const reply = await session.next();
      checkReply(reply, id, verifier, what);
      const msg = packet.decode(reply);
      for (const a of msg.answers ?? []) {
        if (records.length === 0 && a.type !== 'SOA') throw new DnsResponseError('FORMERR', `${what}: transfer does not start with the SOA`);
        if (records.length > 0 && a.type === 'SOA') {
          verifier?.finish();
          return records;
        }
        records.push(a);
      }
      if (n === 0 && records.length === 0) throw new DnsResponseError('NOTAUTH', `${what}: empty transfer (zone not served here?)`);
    }
  } finally {
    session.close();
  }
}
