import type { RRType } from '../descriptor.js';
import { hostTarget } from '../checks.js';
import { nameWire } from '../wire.js';

export const DNAME: RRType = {
  name: 'DNAME',
  code: 39,
  dslArgs: [['target', 'any']],
  check: hostTarget,
  capability: 'canUseDNAME',
  wire: nameWire,
  fields: [{ name: 'target', kind: 'name', ir: 'target' }],
};
