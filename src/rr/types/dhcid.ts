import type { RRType } from '../descriptor.js';
import { base64Wire } from '../wire.js';
import { base64Target } from '../checks.js';

export const DHCID: RRType = {
  name: 'DHCID',
  code: 49,
  dslArgs: [['target', 'any']],
  check: base64Target('digest'),
  capability: 'canUseDHCID',
  wire: base64Wire,
  fields: [{ name: 'digest', kind: 'rest', ir: 'target' }],
};
