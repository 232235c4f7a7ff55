import type { RRType } from '../descriptor.js';

export const SOA: RRType = {
  name: 'SOA',
  code: 6,
  fields: [
    { name: 'mname', kind: 'name', ir: 'target' },
    { name: 'rname', kind: 'name', ir: 'soambox' },
    { name: 'serial', kind: 'u32', ir: 'soaserial' },
    { name: 'refresh', kind: 'u32', ir: 'soarefresh' },
    { name: 'retry', kind: 'u32', ir: 'soaretry' },
    { name: 'expire', kind: 'u32', ir: 'soaexpire' },
    { name: 'minimum', kind: 'u32', ir: 'soaminttl' },
  ],
};
