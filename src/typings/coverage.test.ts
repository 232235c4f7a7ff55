// The typings and the DSL engine must agree: every global a config can call is declared, and nothing is
// declared that the engine does not provide (a config that type-checks must not fail with "not defined").
import { describe, expect, it } from 'vitest';
import { builderFunctions } from '../dsl/builders/index.js';
import { domainFunctions } from '../dsl/domain.js';
import { modifierFunctions } from '../dsl/modifiers.js';
import { PositionTracker } from '../dsl/positions.js';
import { providerSpecificFunctions } from '../dsl/providers-specific.js';
import { recordFunctions } from '../dsl/records.js';
import { Sandbox } from '../dsl/sandbox.js';
import { newState } from '../dsl/state.js';
import { bundleTypings } from './bundle.js';
import { ConfinedSource } from '../isolate/files.js';

async function engineGlobals(): Promise<Set<string>> {
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

async function declaredValues(): Promise<Set<string>> {
  const text = await bundleTypings('0');
  const names = [...text.matchAll(/^(?:declare (?:function|const|var)|import) ([A-Za-z_$][\w$]*)/gm)].map((m) => m[1]!);
  return new Set(names.filter((n) => !n.startsWith('__dnscode')));
}

describe('typings cover the DSL exactly', () => {
  it('every DSL global is declared', async () => {
    const declared = await declaredValues();
    expect([...(await engineGlobals())].filter((n) => !declared.has(n))).toEqual([]);
  });

  it('every declared global exists in the DSL', async () => {
    const engine = await engineGlobals();
    expect([...(await declaredValues())].filter((n) => !engine.has(n))).toEqual([]);
  });
});
