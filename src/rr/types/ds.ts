import type { RRType } from '../descriptor.js';

export const DS: RRType = {
  name: 'DS',
  code: 43,
  fields: [
    { name: 'keytag', kind: 'u16', ir: 'dskeytag' },
    { name: 'algorithm', kind: 'u8', ir: 'dsalgorithm' },
    { name: 'digesttype', kind: 'u8', ir: 'dsdigesttype' },
    { name: 'digest', kind: 'hex', ir: 'dsdigest' },
  ],
};
