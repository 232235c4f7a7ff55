import type { RRType } from '../descriptor.js';
import { hex, range } from '../checks.js';
import { certWire } from '../wire.js';

export const TLSA: RRType = {
  name: 'TLSA',
  code: 52,
  dslArgs: [['usage', 'number', 'tlsausage'], ['selector', 'number', 'tlsaselector'], ['matchingtype', 'number', 'tlsamatchingtype'], ['target', 'any']],
  check: (rc) => [...range(rc, 'tlsausage', 'usage', 3), ...range(rc, 'tlsaselector', 'selector', 1), ...range(rc, 'tlsamatchingtype', 'matching type', 2), ...hex(rc.target, 'certificate data')],
  capability: 'canUseTLSA',
  wire: certWire('tlsausage', 'tlsaselector', 'tlsamatchingtype'),
  fields: [
    { name: 'usage', kind: 'u8', ir: 'tlsausage' },
    { name: 'selector', kind: 'u8', ir: 'tlsaselector' },
    { name: 'matchingtype', kind: 'u8', ir: 'tlsamatchingtype' },
    { name: 'certificate', kind: 'hex', ir: 'target' },
  ],
};
