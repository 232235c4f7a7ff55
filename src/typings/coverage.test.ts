// The typings and the DSL engine must agree: every global a config can call is declared, and nothing is
// declared that the engine does not provide (a config that type-checks must not fail with "not defined").
import { describe, expect, it } from 'vitest';
import { engineGlobals } from '../../test/typings/engine-globals.js';
import { bundleTypings } from './bundle.js';

async function declaredValues(): Promise<Set<string>> {
  const text = await bundleTypings('0');
  const names = [...text.matchAll(/^(?:declare (?:function|const|var)|import) ([A-Za-z_$][\w$]*)/gm)].map((m) => m[1]!);
  return new Set(names.filter((n) => !n.startsWith('__dnscode')));
}

describe('typings cover the DSL exactly', () => {
  it('every DSL global is declared', async () => {
    const declared = await declaredValues();
    expect([...engineGlobals()].filter((n) => !declared.has(n))).toEqual([]);
  });

  it('every declared global exists in the DSL', async () => {
    const engine = engineGlobals();
    expect([...(await declaredValues())].filter((n) => !engine.has(n))).toEqual([]);
  });
});
