import type { RRType } from '../descriptor.js';

export const DNAME: RRType = {
  name: 'DNAME',
  code: 39,
  fields: [{ name: 'target', kind: 'name', ir: 'target' }],
};
