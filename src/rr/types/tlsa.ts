import type { RRType } from '../descriptor.js';

export const TLSA: RRType = {
  name: 'TLSA',
  code: 52,
  fields: [
    { name: 'usage', kind: 'u8', ir: 'tlsausage' },
    { name: 'selector', kind: 'u8', ir: 'tlsaselector' },
    { name: 'matchingtype', kind: 'u8', ir: 'tlsamatchingtype' },
    { name: 'certificate', kind: 'hex', ir: 'target' },
  ],
};
