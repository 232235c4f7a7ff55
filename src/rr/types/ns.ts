import type { RRType } from '../descriptor.js';
import { hostTarget } from '../checks.js';
import { nameWire } from '../wire.js';

export const NS: RRType = {
  name: 'NS',
  code: 2,
  dslArgs: [['target', 'any']],
  check: (rc) => [...hostTarget(rc), ...(rc.name === '@' ? ['cannot create NS records at the apex; use NAMESERVER() instead'] : [])],
  wire: nameWire,
  fields: [{ name: 'target', kind: 'name', ir: 'target' }],
};
