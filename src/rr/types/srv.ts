import type { RRType } from '../descriptor.js';

export const SRV: RRType = {
  name: 'SRV',
  code: 33,
  fields: [
    { name: 'priority', kind: 'u16', ir: 'srvpriority' },
    { name: 'weight', kind: 'u16', ir: 'srvweight' },
    { name: 'port', kind: 'u16', ir: 'srvport' },
    { name: 'target', kind: 'name', ir: 'target' },
  ],
};
