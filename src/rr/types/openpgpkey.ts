import type { RRType } from '../descriptor.js';
import { base64Wire } from '../wire.js';
import { base64Target } from '../checks.js';

export const OPENPGPKEY: RRType = {
  name: 'OPENPGPKEY',
  code: 61,
  dslArgs: [['target', 'any']],
  check: base64Target('publickey'),
  capability: 'canUseOPENPGPKEY',
  wire: base64Wire,
  fields: [{ name: 'publickey', kind: 'rest', ir: 'target' }],
};
