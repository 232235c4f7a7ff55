import type { RRType } from '../descriptor.js';

export const SSHFP: RRType = {
  name: 'SSHFP',
  code: 44,
  fields: [
    { name: 'algorithm', kind: 'u8', ir: 'sshfpalgorithm' },
    { name: 'fptype', kind: 'u8', ir: 'sshfpfingerprint' },
    { name: 'fingerprint', kind: 'hex', ir: 'target' },
  ],
};
