import type { RRType } from '../descriptor.js';
import { RdataError } from '../descriptor.js';
import { isIPv4 } from 'node:net';

export const A: RRType = {
  name: 'A',
  code: 1,
  fields: [{ name: 'address', kind: 'word', ir: 'target' }],
  parseText(tokens) {
    const ip = tokens[0]?.text ?? '';
    if (!isIPv4(ip) || tokens.length !== 1) throw new RdataError(`A: expected one IPv4 address, got ${JSON.stringify(tokens.map((t) => t.text).join(' '))}`);
    return { target: ip };
  },
};
