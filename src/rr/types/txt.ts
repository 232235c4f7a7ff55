import type { RRType } from '../descriptor.js';
import { RdataError } from '../descriptor.js';
import type { RecordConfig } from '../../ir/types.js';
import { MAX_RDATA, chunk255, quoteString, tokenString, txtWireSize } from '../quote.js';
import { quoted } from '../wire.js';

/** TXT rdata on the wire. */
const txtSize = (rc: RecordConfig): number => txtWireSize(rc.txtstrings ?? [rc.target]);

/** TXT: the IR keeps the strings joined in `target`; the writer re-splits at 255 bytes. */
export const TXT: RRType = {
  name: 'TXT',
  code: 16,
  // TXT(name, string | string[]): the DSL builds it by hand (dsl/records.ts).
  // Most TXT records are short: only long ones are measured.
  check: (rc) => (rc.target.length < 16_000 && (rc.txtstrings?.length ?? 0) < 4_000 ? []
    : txtSize(rc) > MAX_RDATA ? [`TXT data is ${txtSize(rc).toLocaleString('en-US')} bytes on the wire; a DNS record holds at most ${MAX_RDATA.toLocaleString('en-US')}`] : []),
  wire: {
    toData: (rc) => chunk255(rc.target).map((s) => Buffer.from(s, 'utf8')),
    toText: (d: Buffer[]) => (d.length ? d.map(quoted).join(' ') : '""'),
  },
  fields: [{ name: 'text', kind: 'qstring', ir: 'target' }],
  parseText(tokens) {
    if (tokens.length === 0) throw new RdataError('TXT: expected at least one string');
    let s = '';
    for (const t of tokens) s += tokenString(t);
    return { target: s };
  },
  formatText(rc) {
    const chunks = chunk255(rc.target);
    return chunks.length === 1 ? quoteString(chunks[0]!) : chunks.map(quoteString).join(' ');
  },
};
