// All builder functions (LOC_BUILDER_*, CAA/DMARC/DKIM/M365/SPF builders, DKIM()).
import { recordFunctions } from '../records.js';
import type { DslState } from '../state.js';
import { locFunctions } from './loc.js';
import { mailBuilders } from './mail.js';
import { spfBuilder } from './spf.js';

export function builderFunctions(state: DslState): Record<string, unknown> {
  const rec = recordFunctions(state);
  return {
    ...locFunctions(state),
    ...mailBuilders(state, rec),
    ...spfBuilder(state, rec.TXT!),
    AUTOSPLIT: {},
  };
}
