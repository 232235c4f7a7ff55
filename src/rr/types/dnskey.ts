import type { RRType } from '../descriptor.js';
import { range } from '../checks.js';

export const DNSKEY: RRType = {
  name: 'DNSKEY',
  code: 48,
  dslArgs: [['flags', 'number', 'dnskeyflags'], ['protocol', 'number', 'dnskeyprotocol'], ['algorithm', 'number', 'dnskeyalgorithm'], ['publickey', 'string', 'dnskeypublickey']],
  check: (rc) => [...range(rc, 'dnskeyflags', 'flags', 65535), ...range(rc, 'dnskeyprotocol', 'protocol', 255), ...range(rc, 'dnskeyalgorithm', 'algorithm', 255)],
  capability: 'canUseDNSKEY',
  fields: [
    { name: 'flags', kind: 'u16', ir: 'dnskeyflags' },
    { name: 'protocol', kind: 'u8', ir: 'dnskeyprotocol' },
    { name: 'algorithm', kind: 'u8', ir: 'dnskeyalgorithm' },
    { name: 'publickey', kind: 'rest', ir: 'dnskeypublickey' },
  ],
};
