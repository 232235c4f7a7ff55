// Skips are never silent: the reason goes to the run's output (console output survives every reporter) and,
// for a skip inside a test, becomes the test's skip note.
import type { TestContext } from 'vitest';

const said = new Set<string>();

/** Undefined when `ok`; otherwise `reason`, printed once per reason and file: for `it.skipIf(...)`. */
export function skipUnless(ok: boolean, reason: string): string | undefined {
  if (ok) return undefined;
  if (!said.has(reason)) {
    said.add(reason);
    console.warn(`\n*** SKIPPED: ${reason} ***\n`);
  }
  return reason;
}

/** Skips the running test, saying why. */
export function skipTest(ctx: TestContext, reason: string): never {
  console.warn(`SKIPPED: ${ctx.task.name}: ${reason}`);
  return ctx.skip(reason);
}
