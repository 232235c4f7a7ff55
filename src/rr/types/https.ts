import type { RRType } from '../descriptor.js';

export const HTTPS: RRType = {
  name: 'HTTPS',
  code: 65,
  fields: [
    { name: 'priority', kind: 'u16', ir: 'svcpriority' },
    { name: 'target', kind: 'name', ir: 'target' },
    { name: 'params', kind: 'params', ir: 'svcparams' },
  ],
};
