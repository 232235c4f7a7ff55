// `dnscode write-types [-o file]`: the DSL typings as one .d.ts, for editors and `tsc --noEmit`.
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Io } from '../../_util/io.js';
import { bundleTypings } from '../../typings/bundle.js';
import { VERSION } from '../../version.js';

export interface WriteTypesOptions {
  dtsFile?: string;
}

export async function writeTypes(opts: WriteTypesOptions, io: Io): Promise<number> {
  const file = path.resolve(io.cwd, opts.dtsFile ?? 'types-dnscontrol.d.ts');
  const text = await bundleTypings(VERSION);
  const old = await readFile(file, 'utf8').catch(() => undefined);
  // Leave an identical file alone so that editors and build tools do not see a change.
  if (old !== text) await writeFile(file, text);
  io.err(`${old === text ? 'Unchanged' : 'Wrote'} ${path.relative(io.cwd, file) || file}\n`);
  return 0;
}
