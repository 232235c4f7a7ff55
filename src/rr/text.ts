// Contract (implemented by the record-type work): record ↔ zone-file rdata text.
import type { RecordConfig } from '../ir/types.js';

/** The zone-file rdata of a record, e.g. "10 mx.example.com." for MX, quoted strings for TXT.
 *  Also the diff's comparable form. */
export function rdataText(_rc: RecordConfig): string {
  throw new Error('rdataText: not implemented yet');
}

/** Parse zone-file rdata text for `type` into the record's IR fields (target + flat fields).
 *  Relative names are completed with `origin` (no trailing dot). */
export function parseRdata(_type: string, _text: string, _origin: string): Partial<RecordConfig> {
  throw new Error('parseRdata: not implemented yet');
}
