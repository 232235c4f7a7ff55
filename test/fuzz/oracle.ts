// What a fuzz case may do: succeed, or fail with one of the project's typed errors. Anything else (a
// TypeError, a RangeError from a stack overflow, an untyped Error) is a crash. Failures are collected with
// the case number and mutators, and the input is saved so it can be replayed or turned into a unit test.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { ConfigError, ExitError, ProviderError, UsageError, ValidationError, ZoneParseError } from '../../src/errors.js';
import { FUZZ_SEED } from './prng.js';

const TYPED = [ConfigError, ZoneParseError, ValidationError, ProviderError, UsageError, ExitError] as const;

export const isTypedError = (e: unknown): boolean => TYPED.some((T) => e instanceof T);

export class Findings {
  readonly items: string[] = [];
  private readonly dir = fs.mkdtempSync(path.join(os.tmpdir(), 'dnscode-fuzz-'));
  private readonly suite: string;
  constructor(suite: string) {
    this.suite = suite;
  }

  add(caseNo: number, steps: string[], input: string, problem: string): void {
    if (this.items.length >= 20) return;
    const file = path.join(this.dir, `${this.suite}-${caseNo}.txt`);
    fs.writeFileSync(file, input);
    this.items.push(`case ${caseNo} (${steps.join(', ')}; input in ${file}): ${problem.slice(0, 600)}`);
  }

  /** Runs one case: a typed error is fine, anything else is recorded as a crash. */
  crash(caseNo: number, steps: string[], input: string, e: unknown): void {
    const err = e as Error;
    this.add(caseNo, steps, input, `uncaught ${err?.name ?? typeof e}: ${err?.stack ?? String(e)}`);
  }

  report(): string {
    return `${this.items.length} finding(s) with FUZZ_SEED=${FUZZ_SEED}:\n${this.items.join('\n')}`;
  }
}
