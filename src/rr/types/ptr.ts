import type { RRType } from '../descriptor.js';

export const PTR: RRType = {
  name: 'PTR',
  code: 12,
  fields: [{ name: 'target', kind: 'name', ir: 'target' }],
};
