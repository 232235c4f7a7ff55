// Zone files hold names in ASCII (punycode): named-checkzone and every DNS server reject raw UTF-8 owner
// names. The IR keeps internationalised names in Unicode (as DNSControl's print-ir of the compat era
// shows them), so BIND converts the desired records to ASCII before the diff; the records read from the
// file are ASCII already, and both sides then compare (and are written) in one form.
import { toASCII } from '../../_util/names.js';
import type { RecordConfig } from '../../ir/types.js';
import { getRRType } from '../../rr/registry.js';

const isAscii = (s: string) => /^[\x00-\x7f]*$/.test(s);

/** The record with its owner label and every name-valued rdata field in ASCII; the same object when
 *  nothing needed converting (the common case), a copy otherwise (records are shared between providers). */
export function asciiRecord(rc: RecordConfig): RecordConfig {
  let out: RecordConfig | undefined;
  const set = (key: string, value: string) => {
    out ??= { ...rc };
    (out as unknown as Record<string, unknown>)[key] = value;
  };
  if (!isAscii(rc.name)) set('name', toASCII(rc.name));
  for (const f of getRRType(rc.type)?.fields ?? []) {
    if (f.kind !== 'name') continue;
    const v = (rc as unknown as Record<string, unknown>)[f.ir];
    if (typeof v === 'string' && !isAscii(v)) set(f.ir, toASCII(v));
  }
  return out ?? rc;
}
