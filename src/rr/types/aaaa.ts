import type { RRType } from '../descriptor.js';
import { RdataError } from '../descriptor.js';
import { addressWire } from '../wire.js';
import { compareStrings, ipv6Sortable } from '../order.js';
import { canonicalIPv6, ipv6Groups } from '../ipv6.js';

export const AAAA: RRType = {
  name: 'AAAA',
  code: 28,
  dslArgs: [['target', 'any']],
  check: (rc) => (ipv6Groups(rc.target) ? [] : [`target ${JSON.stringify(rc.target)} is not an IPv6 address`]),
  compare: (a, b) => {
    const x = ipv6Sortable(a.target), y = ipv6Sortable(b.target);
    return x && y ? compareStrings(x, y) : 0;
  },
  wire: addressWire,
  fields: [{ name: 'address', kind: 'word', ir: 'target' }],
  parseText(tokens) {
    const ip = tokens.length === 1 ? canonicalIPv6(tokens[0]!.text) : undefined;
    if (ip === undefined) throw new RdataError(`AAAA: expected one IPv6 address, got ${JSON.stringify(tokens.map((t) => t.text).join(' '))}`);
    return { target: ip };
  },
};
