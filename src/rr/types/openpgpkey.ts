import type { RRType } from '../descriptor.js';

export const OPENPGPKEY: RRType = {
  name: 'OPENPGPKEY',
  code: 61,
  fields: [{ name: 'publickey', kind: 'rest', ir: 'target' }],
};
