// The globals the DSL really installs in a config's context: the tables of src/dsl plus what the sandbox
// defines. The typings coverage test and the language reference test both check against this list.
import { builderFunctions } from '../../src/dsl/builders/index.js';
import { domainFunctions } from '../../src/dsl/domain.js';
import { modifierFunctions } from '../../src/dsl/modifiers.js';
import { PositionTracker } from '../../src/dsl/positions.js';
import { providerSpecificFunctions } from '../../src/dsl/providers-specific.js';
import { recordFunctions } from '../../src/dsl/records.js';
import { Sandbox } from '../../src/dsl/sandbox.js';
import { newState } from '../../src/dsl/state.js';
import { ConfinedSource } from '../../src/isolate/files.js';

export function engineGlobals(): Set<string> {
  const source = new ConfinedSource({ cwd: '/tmp', root: '/tmp', deny: [], allowFetch: false });
  const sandbox = new Sandbox({ cwd: '/tmp', tracker: new PositionTracker('/tmp'), source });
  const state = newState(new PositionTracker('/tmp'), sandbox.realm);
  return new Set([
    ...Object.keys({
      ...recordFunctions(state), ...domainFunctions(state), ...modifierFunctions(state),
      ...providerSpecificFunctions(state), ...builderFunctions(state),
    }),
    // Error is the context's own, pinned by the realm (not a DSL global).
    ...Object.getOwnPropertyNames(sandbox.context).filter((n) => n !== 'Error'),
    'REV', 'REVCOMPAT', // defined by dsl/evaluate.ts, which does not export its table
  ]);
}
