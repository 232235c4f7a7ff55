import type { RRType } from '../descriptor.js';
import { RdataError } from '../descriptor.js';
import { parseName } from '../codec.js';

/** RP (RFC 1183): DNSControl keeps it as a "modern" type without flat IR fields, so `target` holds
 *  both names ("mbox. txt."). */
export const RP: RRType = {
  name: 'RP',
  code: 17,
  // RP(name, mbox, txt): the DSL joins the two names into target itself (dsl/records.ts).
  capability: 'canUseRP',
  fields: [{ name: 'mbox txt', kind: 'params', ir: 'target' }],
  parseText(tokens, origin) {
    if (tokens.length !== 2) throw new RdataError('RP: expected a mailbox name and a TXT name');
    if (tokens.some((t) => t.quoted)) throw new RdataError('RP: a name cannot be a quoted string');
    return { target: `${parseName(tokens[0]!.text, origin, 'mbox')} ${parseName(tokens[1]!.text, origin, 'txt')}` };
  },
};
