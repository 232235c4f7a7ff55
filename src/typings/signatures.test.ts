// The record functions' declared parameters agree with the engine's argument table (src/dsl/record-types.ts):
// same number of fixed arguments, numbers where the engine checks for numbers, strings where it wants strings.
import ts from 'typescript';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { RECORD_TYPES } from '../dsl/record-types.js';
import { TYPES_DIR } from './bundle.js';

const program = ts.createProgram([path.join(TYPES_DIR, 'index.d.ts')], { strict: true, noEmit: true, types: [], lib: ['lib.es2022.d.ts'] });
const checker = program.getTypeChecker();
const globals = new Map<string, ts.Symbol>();
for (const file of program.getSourceFiles()) {
  if (!file.fileName.startsWith(TYPES_DIR.replace(/\/$/, ''))) continue;
  for (const stmt of file.statements) {
    if (ts.isFunctionDeclaration(stmt) && stmt.name) globals.set(stmt.name.text, checker.getSymbolAtLocation(stmt.name)!);
  }
}

/** Declared fixed (non-rest) parameters of the first overload, as [name, 'number' | 'string' | 'other']. */
function declaredParams(fn: string): [string, string][] {
  const symbol = globals.get(fn);
  if (!symbol) return [];
  const sig = checker.getSignaturesOfType(checker.getTypeOfSymbol(symbol), ts.SignatureKind.Call)[0]!;
  return sig.parameters
    .filter((p) => !(p.valueDeclaration && ts.isParameter(p.valueDeclaration) && p.valueDeclaration.dotDotDotToken))
    .map((p) => {
      const type = checker.getTypeOfSymbol(p);
      const parts = type.isUnion() ? type.types : [type];
      const kind = parts.every((t) => t.flags & ts.TypeFlags.NumberLike) ? 'number'
        : parts.every((t) => t.flags & ts.TypeFlags.StringLike || (t.flags & ts.TypeFlags.Intersection && checker.typeToString(t) === 'string & {}')) ? 'string'
        : 'other';
      return [p.name, kind];
    });
}

describe('record function signatures match the engine', () => {
  it.each(RECORD_TYPES.map((spec) => [spec.fn, spec] as const))('%s', (fn, spec) => {
    const declared = declaredParams(fn);
    expect(declared.length, `${fn}: declared ${declared.map(([n]) => n).join(', ')}`).toBe(spec.args.length);
    spec.args.forEach(([name, check], i) => {
      if (check === 'number' || check === 'string') expect([name, declared[i]![1]]).toEqual([name, check]);
    });
  });
});
