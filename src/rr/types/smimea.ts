import type { RRType } from '../descriptor.js';

export const SMIMEA: RRType = {
  name: 'SMIMEA',
  code: 53,
  fields: [
    { name: 'usage', kind: 'u8', ir: 'smimeausage' },
    { name: 'selector', kind: 'u8', ir: 'smimeaselector' },
    { name: 'matchingtype', kind: 'u8', ir: 'smimeamatchingtype' },
    { name: 'certificate', kind: 'hex', ir: 'target' },
  ],
};
