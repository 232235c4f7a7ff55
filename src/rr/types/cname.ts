import type { RRType } from '../descriptor.js';
import { hostTarget } from '../checks.js';
import { nameWire } from '../wire.js';

export const CNAME: RRType = {
  name: 'CNAME',
  code: 5,
  dslArgs: [['target', 'any']],
  check: (rc) => [...hostTarget(rc), ...(rc.name === '@' ? ['cannot create a CNAME record at the apex (bare domain); use ALIAS if the provider supports it'] : [])],
  wire: nameWire,
  fields: [{ name: 'target', kind: 'name', ir: 'target' }],
};
