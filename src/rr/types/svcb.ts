import type { RRType, RecordCapability } from '../descriptor.js';
import { RdataError } from '../descriptor.js';
import { range } from '../checks.js';
import { parseFields } from '../codec.js';
import { svcParamProblems } from '../svcb-wire.js';
import { svcbWire } from '../wire.js';

/** A config's reasons stop here: 30,000 unknown keys are one mistake, not 30,000 lines of output. */
const MAX_REASONS = 10;

/** SVCB and HTTPS (RFC 9460) have the same rdata: one descriptor maker for both. */
export function svcbType(name: 'SVCB' | 'HTTPS', code: number, capability: RecordCapability): RRType {
  const t: RRType = {
    name,
    code,
    dslArgs: [['priority', 'number', 'svcpriority'], ['target', 'string'], ['params', 'string', 'svcparams']],
    // Configs: every bad parameter, each reason naming it; the caller adds the record and its position.
    check(rc) {
      const reasons = svcParamProblems(rc.svcparams ?? '', { echIgnore: true, limit: MAX_REASONS + 1 }).map((p) => p.message);
      if (reasons.length > MAX_REASONS) reasons[MAX_REASONS] = '… and more invalid parameters';
      return [...range(rc, 'svcpriority', 'priority', 65535), ...reasons];
    },
    capability,
    wire: svcbWire,
    fields: [
      { name: 'priority', kind: 'u16', ir: 'svcpriority' },
      { name: 'target', kind: 'name', ir: 'target' },
      { name: 'params', kind: 'params', ir: 'svcparams' },
    ],
    // Zone files and providers' text: the generic fields, then the first bad parameter as an RdataError
    // on its token, so the zone parser reports it at file:line:col.
    parseText(tokens, origin) {
      const out = parseFields(t, tokens, origin);
      const params = tokens.slice(2);
      const q = params.findIndex((tok) => tok.quoted);
      if (q >= 0) {
        throw new RdataError(`${name}: expected key=value parameters (a quoted value follows "=" with no blank), got the string ${JSON.stringify(params[q]!.text.slice(0, 80))}`, q + 2);
      }
      const problem = svcParamProblems(out.svcparams ?? '', { limit: 1 })[0];
      if (!problem) return out;
      // The params text is the tokens joined by single blanks: find the token the parameter starts in.
      let k = 0;
      for (let next = params[0]!.text.length + 1; k + 1 < params.length && next <= problem.start; k++) next += params[k + 1]!.text.length + 1;
      throw new RdataError(`${name}: ${problem.message}`, k + 2);
    },
  };
  return t;
}

export const SVCB: RRType = svcbType('SVCB', 64, 'canUseSVCB');
