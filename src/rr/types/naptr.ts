import type { RRType } from '../descriptor.js';
import { checkHostTarget, range } from '../checks.js';
import { dot, noDot, quoted } from '../wire.js';

export const NAPTR: RRType = {
  name: 'NAPTR',
  code: 35,
  dslArgs: [['order', 'number', 'naptrorder'], ['preference', 'number', 'naptrpreference'], ['flags', 'string', 'naptrflags'], ['service', 'string', 'naptrservice'], ['regexp', 'string', 'naptrregexp'], ['target', 'any']],
  // The replacement is a target when given (DNSControl's checkTargets); "" means ".".
  check: (rc) => [...range(rc, 'naptrorder', 'order', 65535), ...range(rc, 'naptrpreference', 'preference', 65535), ...(rc.target ? checkHostTarget(rc.target) : [])],
  capability: 'canUseNAPTR',
  wire: {
    toData: (rc) => ({
      order: rc.naptrorder ?? 0, preference: rc.naptrpreference ?? 0, flags: rc.naptrflags ?? '',
      services: rc.naptrservice ?? '', regexp: rc.naptrregexp ?? '', replacement: noDot(rc.target),
    }),
    toText: (d: { order: number; preference: number; flags: string; services: string; regexp: string; replacement: string }) =>
      `${d.order} ${d.preference} ${quoted(d.flags)} ${quoted(d.services)} ${quoted(d.regexp)} ${dot(d.replacement)}`,
  },
  fields: [
    { name: 'order', kind: 'u16', ir: 'naptrorder' },
    { name: 'preference', kind: 'u16', ir: 'naptrpreference' },
    { name: 'flags', kind: 'qstring', ir: 'naptrflags' },
    { name: 'service', kind: 'qstring', ir: 'naptrservice' },
    { name: 'regexp', kind: 'qstring', ir: 'naptrregexp' },
    { name: 'replacement', kind: 'name', ir: 'target' },
  ],
};
