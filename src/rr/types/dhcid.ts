import type { RRType } from '../descriptor.js';

export const DHCID: RRType = {
  name: 'DHCID',
  code: 49,
  fields: [{ name: 'digest', kind: 'rest', ir: 'target' }],
};
