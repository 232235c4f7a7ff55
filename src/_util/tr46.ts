// tr46 (UTS #46 tables: a 270 KB chunk whose start-up was a sixth of `dnscode check`'s CPU) is loaded the first
// time a name needs it, synchronously because every name helper is synchronous. The build puts it in one
// CommonJS file, dist/vendor/tr46.cjs (scripts/bundle.mjs), two levels up from src/_util, dist/_util, dist/bundle
// and dist/isolate alike; the isolated evaluator is allowed to read that file (src/isolate/launch.ts).
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

type Tr46 = typeof import('tr46');

/** dist/vendor/tr46.cjs, the file the isolated evaluator may read besides its own. */
export const TR46_FILE = fileURLToPath(new URL('../../dist/vendor/tr46.cjs', import.meta.url));

let lib: Tr46 | undefined;

export function tr46(): Tr46 {
  lib ??= createRequire(import.meta.url)(TR46_FILE) as Tr46;
  return lib;
}
