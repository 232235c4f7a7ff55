import type { RRType } from '../descriptor.js';
import { hostTarget } from '../checks.js';

/** ALIAS/ANAME: a CNAME-like pseudo type at the apex; providers flatten it. Code 0: never on the wire. */
export const ALIAS: RRType = {
  name: 'ALIAS',
  code: 0,
  pseudo: true,
  dslArgs: [['target', 'any']],
  check: hostTarget,
  capability: 'canUseAlias',
  fields: [{ name: 'target', kind: 'name', ir: 'target' }],
};
