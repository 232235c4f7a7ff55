import type { RRType } from '../descriptor.js';
import { RdataError } from '../descriptor.js';
import { isIPv6 } from 'node:net';

/** RFC 5952 text (lower case, longest zero run compressed), so "2001:db8:0::f" and "2001:db8::f" compare equal.
 *  The WHATWG URL host serialiser implements exactly that, so no hand-written compressor is needed. */
export function canonicalIPv6(ip: string): string {
  return new URL(`http://[${ip}]`).hostname.slice(1, -1);
}

export const AAAA: RRType = {
  name: 'AAAA',
  code: 28,
  fields: [{ name: 'address', kind: 'word', ir: 'target' }],
  parseText(tokens) {
    const ip = tokens[0]?.text ?? '';
    if (!isIPv6(ip) || tokens.length !== 1) throw new RdataError(`AAAA: expected one IPv6 address, got ${JSON.stringify(tokens.map((t) => t.text).join(' '))}`);
    return { target: canonicalIPv6(ip) };
  },
};
