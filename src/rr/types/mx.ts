import type { RRType } from '../descriptor.js';
import { checkHostTarget, range } from '../checks.js';
import { compareNumbers } from '../order.js';
import { dot, noDot } from '../wire.js';

export const MX: RRType = {
  name: 'MX',
  code: 15,
  dslArgs: [['priority', 'number', 'mxpreference'], ['target', 'any']],
  check: (rc) => [...checkHostTarget(rc.target), ...(rc.mxpreference === undefined ? ['MX needs a priority: MX(name, priority, target)'] : range(rc, 'mxpreference', 'priority', 65535))],
  compare: (a, b) => compareNumbers(a.mxpreference, b.mxpreference),
  wire: {
    toData: (rc) => ({ preference: rc.mxpreference ?? 0, exchange: noDot(rc.target) }),
    toText: (d: { preference: number; exchange: string }) => `${d.preference} ${dot(d.exchange)}`,
  },
  fields: [
    { name: 'preference', kind: 'u16', ir: 'mxpreference' },
    { name: 'exchange', kind: 'name', ir: 'target' },
  ],
};
