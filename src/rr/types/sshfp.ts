import type { RRType } from '../descriptor.js';
import { hex, range } from '../checks.js';

export const SSHFP: RRType = {
  name: 'SSHFP',
  code: 44,
  dslArgs: [['algorithm', 'number', 'sshfpalgorithm'], ['fingerprint', 'number', 'sshfpfingerprint'], ['target', 'any']],
  // Any 8-bit algorithm and type, as DNSControl (its SetTargetSSHFP range test can never fail) and zone files take them.
  check: (rc) => [...range(rc, 'sshfpalgorithm', 'algorithm', 255), ...range(rc, 'sshfpfingerprint', 'fingerprint type', 255), ...hex(rc.target, 'fingerprint')],
  capability: 'canUseSSHFP',
  wire: {
    toData: (rc) => ({ algorithm: rc.sshfpalgorithm ?? 0, hash: rc.sshfpfingerprint ?? 0, fingerprint: rc.target.replace(/\s+/g, '') }),
    toText: (d: { algorithm: number; hash: number; fingerprint: string }) => `${d.algorithm} ${d.hash} ${d.fingerprint.toLowerCase()}`,
  },
  fields: [
    { name: 'algorithm', kind: 'u8', ir: 'sshfpalgorithm' },
    { name: 'fptype', kind: 'u8', ir: 'sshfpfingerprint' },
    { name: 'fingerprint', kind: 'hex', ir: 'target' },
  ],
};
