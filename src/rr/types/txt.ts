import type { RRType } from '../descriptor.js';
import { RdataError } from '../descriptor.js';
import { chunk255, quoteString } from '../quote.js';

/** TXT: the IR keeps the strings joined in `target`; the writer re-splits at 255 bytes. */
export const TXT: RRType = {
  name: 'TXT',
  code: 16,
  fields: [{ name: 'text', kind: 'qstring', ir: 'target' }],
  parseText(tokens) {
    if (tokens.length === 0) throw new RdataError('TXT: expected at least one string');
    let s = '';
    for (const t of tokens) s += t.text;
    return { target: s };
  },
  formatText(rc) {
    const chunks = chunk255(rc.target);
    return chunks.length === 1 ? quoteString(chunks[0]!) : chunks.map(quoteString).join(' ');
  },
};
