import type { RRType } from '../descriptor.js';
import { range } from '../checks.js';
import { compareNumbers, compareStrings } from '../order.js';
import { quoted } from '../wire.js';

/** IANA's CAA properties less the reserved ones: DNSControl v4.40's list (pkg/normalize/validate.go). */
const CAA_TAGS = new Set(['issue', 'issuewild', 'iodef', 'contactemail', 'contactphone', 'issuemail', 'issuevmc']);

export const CAA: RRType = {
  name: 'CAA',
  code: 257,
  dslArgs: [['tag', 'string', 'caatag'], ['value', 'string', 'target']],
  check: (rc) => [
    ...(CAA_TAGS.has(rc.caatag ?? '') ? [] : [`CAA tag ${JSON.stringify(rc.caatag)} is invalid (use ${[...CAA_TAGS].join(', ')})`]),
    ...range(rc, 'caaflag', 'flag', 255),
  ],
  capability: 'canUseCAA',
  // Critical (flag set) before non-critical.
  compare: (a, b) => compareStrings(a.caatag ?? '', b.caatag ?? '') || compareNumbers(b.caaflag, a.caaflag),
  wire: {
    toData: (rc) => ({ flags: rc.caaflag ?? 0, tag: rc.caatag ?? '', value: rc.target }),
    toText: (d: { flags: number; tag: string; value: string }) => `${d.flags} ${d.tag} ${quoted(d.value)}`,
  },
  fields: [
    { name: 'flag', kind: 'u8', ir: 'caaflag' },
    { name: 'tag', kind: 'word', ir: 'caatag' },
    { name: 'value', kind: 'qstring', ir: 'target' },
  ],
};
