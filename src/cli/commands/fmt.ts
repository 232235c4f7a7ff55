// `dnscode fmt [-i file] [-o file] [--check] [files...]`: rewrite configs in dnscode's stable layout.
import { access } from 'node:fs/promises';
import path from 'node:path';
import type { Io } from '../../_util/io.js';
import { UsageError } from '../../errors.js';
import { formatFile } from '../../fmt/format-file.js';
import { CONFIG_CANDIDATES } from '../../config/load.js';

export interface FmtOptions {
  input?: string;
  output?: string;
  check?: boolean;
}

/** Without -i or files: the config `preview` would run (the loader's candidates, in its order). */
async function defaultInput(io: Io): Promise<string> {
  for (const name of CONFIG_CANDIDATES) {
    if (await access(path.resolve(io.cwd, name)).then(() => true, () => false)) return name;
  }
  return 'dnsconfig.js';
}

/** Formats `-i` (or the default config) and any further files named on the command line, e.g. the files a
 *  multi-file config require()s. With --check, every unformatted file is named and the exit code is 1. */
export async function fmt(opts: FmtOptions, files: string[], io: Io): Promise<number> {
  if (opts.output !== undefined && files.length > 0) throw new UsageError('fmt: -o/--output takes a single input; drop it to format several files in place');
  const names = [...(opts.input !== undefined || files.length === 0 ? [opts.input ?? (await defaultInput(io))] : []), ...files];
  let unformatted = 0;
  for (const name of names) {
    const input = path.resolve(io.cwd, name);
    const output = opts.output === undefined ? undefined : path.resolve(io.cwd, opts.output);
    const outcome = await formatFile({ input, output, check: opts.check, name });
    const shown = opts.output ?? name;
    if (outcome === 'needs-formatting') {
      unformatted++;
      io.err(`${name}: not formatted (run: dnscode fmt ${names.length === 1 ? `-i ${name}` : name})\n`);
    } else {
      io.err(outcome === 'written' ? `${shown}: formatted\n` : `${shown}: already formatted\n`);
    }
  }
  return unformatted > 0 ? 1 : 0;
}
