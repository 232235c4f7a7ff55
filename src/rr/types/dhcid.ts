import type { RRType } from '../descriptor.js';
import { base64Wire } from '../wire.js';

export const DHCID: RRType = {
  name: 'DHCID',
  code: 49,
  dslArgs: [['target', 'any']],
  capability: 'canUseDHCID',
  wire: base64Wire,
  fields: [{ name: 'digest', kind: 'rest', ir: 'target' }],
};
