import type { RRType } from '../descriptor.js';
import { checkHostTarget, range } from '../checks.js';
import { compareNumbers } from '../order.js';
import { dot, noDot } from '../wire.js';

export const SRV: RRType = {
  name: 'SRV',
  code: 33,
  dslArgs: [['priority', 'number', 'srvpriority'], ['weight', 'number', 'srvweight'], ['port', 'number', 'srvport'], ['target', 'any']],
  check: (rc) => [...checkHostTarget(rc.target), ...range(rc, 'srvpriority', 'priority', 65535), ...range(rc, 'srvweight', 'weight', 65535), ...range(rc, 'srvport', 'port', 65535)],
  capability: 'canUseSRV',
  compare: (a, b) => compareNumbers(a.srvport, b.srvport) || compareNumbers(a.srvpriority, b.srvpriority) || compareNumbers(a.srvweight, b.srvweight),
  wire: {
    toData: (rc) => ({ priority: rc.srvpriority ?? 0, weight: rc.srvweight ?? 0, port: rc.srvport ?? 0, target: noDot(rc.target) }),
    toText: (d: { priority: number; weight: number; port: number; target: string }) => `${d.priority} ${d.weight} ${d.port} ${dot(d.target)}`,
  },
  fields: [
    { name: 'priority', kind: 'u16', ir: 'srvpriority' },
    { name: 'weight', kind: 'u16', ir: 'srvweight' },
    { name: 'port', kind: 'u16', ir: 'srvport' },
    { name: 'target', kind: 'name', ir: 'target' },
  ],
};
