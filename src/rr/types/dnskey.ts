import type { RRType } from '../descriptor.js';

export const DNSKEY: RRType = {
  name: 'DNSKEY',
  code: 48,
  fields: [
    { name: 'flags', kind: 'u16', ir: 'dnskeyflags' },
    { name: 'protocol', kind: 'u8', ir: 'dnskeyprotocol' },
    { name: 'algorithm', kind: 'u8', ir: 'dnskeyalgorithm' },
    { name: 'publickey', kind: 'rest', ir: 'dnskeypublickey' },
  ],
};
