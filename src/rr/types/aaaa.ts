import type { RRType } from '../descriptor.js';
import { RdataError } from '../descriptor.js';
import { isIPv6 } from 'node:net';

export const AAAA: RRType = {
  name: 'AAAA',
  code: 28,
  fields: [{ name: 'address', kind: 'word', ir: 'target' }],
  parseText(tokens) {
    const ip = tokens[0]?.text ?? '';
    if (!isIPv6(ip) || tokens.length !== 1) throw new RdataError(`AAAA: expected one IPv6 address, got ${JSON.stringify(tokens.map((t) => t.text).join(' '))}`);
    return { target: ip.toLowerCase() };
  },
};
