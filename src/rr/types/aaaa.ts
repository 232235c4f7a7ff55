import type { RRType } from '../descriptor.js';
import { RdataError } from '../descriptor.js';
import { isIPv6 } from 'node:net';
import { addressWire } from '../wire.js';
import { compareStrings, ipv6Sortable } from '../order.js';

/** RFC 5952 text (lower case, longest zero run compressed), so "2001:db8:0::f" and "2001:db8::f" compare equal.
 *  The WHATWG URL host serialiser implements exactly that, so no hand-written compressor is needed. */
export function canonicalIPv6(ip: string): string {
  return new URL(`http://[${ip}]`).hostname.slice(1, -1);
}

export const AAAA: RRType = {
  name: 'AAAA',
  code: 28,
  dslArgs: [['target', 'any']],
  check: (rc) => (isIPv6(rc.target) ? [] : [`target ${JSON.stringify(rc.target)} is not an IPv6 address`]),
  compare: (a, b) => {
    const x = ipv6Sortable(a.target), y = ipv6Sortable(b.target);
    return x && y ? compareStrings(x, y) : 0;
  },
  wire: addressWire,
  fields: [{ name: 'address', kind: 'word', ir: 'target' }],
  parseText(tokens) {
    const ip = tokens[0]?.text ?? '';
    if (!isIPv6(ip) || tokens.length !== 1) throw new RdataError(`AAAA: expected one IPv6 address, got ${JSON.stringify(tokens.map((t) => t.text).join(' '))}`);
    return { target: canonicalIPv6(ip) };
  },
};
