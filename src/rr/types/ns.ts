import type { RRType } from '../descriptor.js';

export const NS: RRType = {
  name: 'NS',
  code: 2,
  fields: [{ name: 'target', kind: 'name', ir: 'target' }],
};
