import type { RRType } from '../descriptor.js';

export const CAA: RRType = {
  name: 'CAA',
  code: 257,
  fields: [
    { name: 'flag', kind: 'u8', ir: 'caaflag' },
    { name: 'tag', kind: 'word', ir: 'caatag' },
    { name: 'value', kind: 'qstring', ir: 'target' },
  ],
};
