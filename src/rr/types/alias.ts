import type { RRType } from '../descriptor.js';

/** ALIAS/ANAME: a CNAME-like pseudo type at the apex; providers flatten it. Code 0: never on the wire. */
export const ALIAS: RRType = {
  name: 'ALIAS',
  code: 0,
  pseudo: true,
  fields: [{ name: 'target', kind: 'name', ir: 'target' }],
};
