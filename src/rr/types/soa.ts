import { checkHostTarget } from '../checks.js';
import type { RRType } from '../descriptor.js';

export const SOA: RRType = {
  name: 'SOA',
  code: 6,
  dslArgs: [['target', 'any'], ['mbox', 'string', 'soambox'], ['refresh', 'number', 'soarefresh'], ['retry', 'number', 'soaretry'], ['expire', 'number', 'soaexpire'], ['minttl', 'number', 'soaminttl']],
  check: (rc) => {
    const out: string[] = [];
    if (rc.name !== '@') out.push('SOA records are only allowed at the apex ("@")');
    for (const f of ['soarefresh', 'soaretry', 'soaexpire', 'soaminttl'] as const) {
      if (!(Number.isInteger(rc[f]) && (rc[f] as number) > 0 && (rc[f] as number) <= 4294967295)) out.push(`${f.slice(3)} must be a positive 32-bit integer, got ${String(rc[f])}`);
    }
    // As DNSControl's checkSoa and checkTarget: an mbox is required, and the primary name is a target.
    if (!rc.soambox) out.push('mbox must be given (hostmaster.example.com.)');
    out.push(...checkHostTarget(rc.target));
    if (rc.soambox?.includes('@')) out.push(`mbox ${JSON.stringify(rc.soambox)} must be written as a name (hostmaster.example.com.), not an email address`);
    return out;
  },
  capability: 'canUseSOA',
  fields: [
    { name: 'mname', kind: 'name', ir: 'target' },
    { name: 'rname', kind: 'name', ir: 'soambox' },
    { name: 'serial', kind: 'u32', ir: 'soaserial' },
    { name: 'refresh', kind: 'ttl', ir: 'soarefresh' },
    { name: 'retry', kind: 'ttl', ir: 'soaretry' },
    { name: 'expire', kind: 'ttl', ir: 'soaexpire' },
    { name: 'minimum', kind: 'ttl', ir: 'soaminttl' },
  ],
};
