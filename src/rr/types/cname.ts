import type { RRType } from '../descriptor.js';

export const CNAME: RRType = {
  name: 'CNAME',
  code: 5,
  fields: [{ name: 'target', kind: 'name', ir: 'target' }],
};
