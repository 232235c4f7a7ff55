import type { RRType } from '../descriptor.js';
import { range } from '../checks.js';
import { svcbWire } from '../wire.js';

export const SVCB: RRType = {
  name: 'SVCB',
  code: 64,
  dslArgs: [['priority', 'number', 'svcpriority'], ['target', 'string'], ['params', 'string', 'svcparams']],
  check: (rc) => range(rc, 'svcpriority', 'priority', 65535),
  capability: 'canUseSVCB',
  wire: svcbWire,
  fields: [
    { name: 'priority', kind: 'u16', ir: 'svcpriority' },
    { name: 'target', kind: 'name', ir: 'target' },
    { name: 'params', kind: 'params', ir: 'svcparams' },
  ],
};
