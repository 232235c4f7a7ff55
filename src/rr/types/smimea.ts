import type { RRType } from '../descriptor.js';
import { hex, range } from '../checks.js';
import { certWire } from '../wire.js';

export const SMIMEA: RRType = {
  name: 'SMIMEA',
  code: 53,
  dslArgs: [['usage', 'number', 'smimeausage'], ['selector', 'number', 'smimeaselector'], ['matchingtype', 'number', 'smimeamatchingtype'], ['target', 'any']],
  check: (rc) => [...range(rc, 'smimeausage', 'usage', 3), ...range(rc, 'smimeaselector', 'selector', 1), ...range(rc, 'smimeamatchingtype', 'matching type', 2), ...hex(rc.target, 'certificate data')],
  capability: 'canUseSMIMEA',
  wire: certWire('smimeausage', 'smimeaselector', 'smimeamatchingtype'),
  fields: [
    { name: 'usage', kind: 'u8', ir: 'smimeausage' },
    { name: 'selector', kind: 'u8', ir: 'smimeaselector' },
    { name: 'matchingtype', kind: 'u8', ir: 'smimeamatchingtype' },
    { name: 'certificate', kind: 'hex', ir: 'target' },
  ],
};
