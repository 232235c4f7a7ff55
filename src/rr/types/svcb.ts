import type { RRType } from '../descriptor.js';

export const SVCB: RRType = {
  name: 'SVCB',
  code: 64,
  fields: [
    { name: 'priority', kind: 'u16', ir: 'svcpriority' },
    { name: 'target', kind: 'name', ir: 'target' },
    { name: 'params', kind: 'params', ir: 'svcparams' },
  ],
};
