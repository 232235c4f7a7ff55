import type { RRType } from '../descriptor.js';

export const MX: RRType = {
  name: 'MX',
  code: 15,
  fields: [
    { name: 'preference', kind: 'u16', ir: 'mxpreference' },
    { name: 'exchange', kind: 'name', ir: 'target' },
  ],
};
