import type { RRType } from '../descriptor.js';
import { RdataError } from '../descriptor.js';
import { isIPv4 } from 'node:net';
import { addressWire } from '../wire.js';
import { compareOrdered, ipv4Number } from '../order.js';

export const A: RRType = {
  name: 'A',
  code: 1,
  dslArgs: [['target', 'any']],
  check: (rc) => (isIPv4(rc.target) ? [] : [`target ${JSON.stringify(rc.target)} is not an IPv4 address`]),
  // Numerically when both are dotted quads.
  compare: (a, b) => compareOrdered(ipv4Number(a.target), ipv4Number(b.target)),
  wire: addressWire,
  fields: [{ name: 'address', kind: 'word', ir: 'target' }],
  parseText(tokens) {
    const ip = tokens[0]?.text ?? '';
    if (!isIPv4(ip) || tokens.length !== 1) throw new RdataError(`A: expected one IPv4 address, got ${JSON.stringify(tokens.map((t) => t.text).join(' '))}`);
    return { target: ip };
  },
};
