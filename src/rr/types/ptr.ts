import type { RRType } from '../descriptor.js';
import { hostTarget } from '../checks.js';
import { nameWire } from '../wire.js';

export const PTR: RRType = {
  name: 'PTR',
  code: 12,
  dslArgs: [['target', 'any']],
  check: hostTarget,
  capability: 'canUsePTR',
  wire: nameWire,
  fields: [{ name: 'target', kind: 'name', ir: 'target' }],
};
