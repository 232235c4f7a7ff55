import type { RRType } from '../descriptor.js';

export const NAPTR: RRType = {
  name: 'NAPTR',
  code: 35,
  fields: [
    { name: 'order', kind: 'u16', ir: 'naptrorder' },
    { name: 'preference', kind: 'u16', ir: 'naptrpreference' },
    { name: 'flags', kind: 'qstring', ir: 'naptrflags' },
    { name: 'service', kind: 'qstring', ir: 'naptrservice' },
    { name: 'regexp', kind: 'qstring', ir: 'naptrregexp' },
    { name: 'replacement', kind: 'name', ir: 'target' },
  ],
};
