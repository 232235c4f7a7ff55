import type { RRType } from '../descriptor.js';

export const SOA: RRType = {
  name: 'SOA',
  code: 6,
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
