import type { RRType } from '../descriptor.js';
import { hex, range } from '../checks.js';
import { hexBytes } from '../wire.js';

export const DS: RRType = {
  name: 'DS',
  code: 43,
  dslArgs: [['keytag', 'number', 'dskeytag'], ['algorithm', 'number', 'dsalgorithm'], ['digesttype', 'number', 'dsdigesttype'], ['digest', 'string', 'dsdigest']],
  check: (rc) => [...range(rc, 'dskeytag', 'key tag', 65535), ...range(rc, 'dsalgorithm', 'algorithm', 255), ...range(rc, 'dsdigesttype', 'digest type', 255), ...hex(rc.dsdigest, 'digest')],
  // Below the apex a DS is a delegation signer for a child zone: some providers have only canUseDSForChildren.
  capability: 'canUseDS',
  wire: {
    toData: (rc) => ({ keyTag: rc.dskeytag ?? 0, algorithm: rc.dsalgorithm ?? 0, digestType: rc.dsdigesttype ?? 0, digest: hexBytes(rc.dsdigest ?? '') }),
    toText: (d: { keyTag: number; algorithm: number; digestType: number; digest: Buffer }) =>
      `${d.keyTag} ${d.algorithm} ${d.digestType} ${d.digest.toString('hex').toUpperCase()}`,
  },
  fields: [
    { name: 'keytag', kind: 'u16', ir: 'dskeytag' },
    { name: 'algorithm', kind: 'u8', ir: 'dsalgorithm' },
    { name: 'digesttype', kind: 'u8', ir: 'dsdigesttype' },
    { name: 'digest', kind: 'hex', ir: 'dsdigest' },
  ],
};
