// Request building and response checking shared by AXFR and UPDATE.
import { randomInt } from 'node:crypto';
import * as packet from 'dns-packet';
import { readHeader, rcodeName } from './wire.js';
import { signMessage, TsigVerifier, type TsigKey } from './tsig.js';

/** A DNS server answered with an error rcode. */
export class DnsResponseError extends Error {
  readonly rcode: string;
  constructor(rcode: string, message: string) {
    super(message);
    this.name = 'DnsResponseError';
    this.rcode = rcode;
  }
}

export const newId = (): number => randomInt(0, 0x10000);

/** Sign when a key is given; returns the wire message and a verifier for the replies (if signed). */
export function prepare(msg: Buffer, key: TsigKey | undefined): { wire: Buffer; verifier?: TsigVerifier } {
  if (!key) return { wire: msg };
  const { wire, mac } = signMessage(msg, key);
  return { wire, verifier: new TsigVerifier(key, mac) };
}

/** Throw for a reply that does not match the request or carries an error rcode. TSIG is checked first,
 *  because a NOTAUTH reply's TSIG error (BADSIG, BADKEY, BADTIME) is the useful part. */
export function checkReply(reply: Buffer, id: number, verifier: TsigVerifier | undefined, what: string): void {
  const h = readHeader(reply);
  if (h.id !== id) throw new DnsResponseError('ID', `${what}: reply ID ${h.id} does not match request ID ${id}`);
  if (verifier) {
    try {
      verifier.verify(reply);
    } catch (e) {
      throw new DnsResponseError(h.rcode ? rcodeName(h.rcode) : 'TSIG', `${what}: ${h.rcode ? `${rcodeName(h.rcode)}, ` : ''}${(e as Error).message}`);
    }
  }
  if (h.rcode !== 0) throw new DnsResponseError(rcodeName(h.rcode), `${what}: server answered ${rcodeName(h.rcode)}`);
}

export const encodeQuery = (id: number, name: string, type: string): Buffer =>
  packet.encode({ id, type: 'query', flags: 0, questions: [{ name, type: type as packet.RecordType, class: 'IN' }] });
