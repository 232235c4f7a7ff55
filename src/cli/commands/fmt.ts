// `dnscode fmt [-i file] [-o file] [--check]`: rewrite a config in dnscode's stable layout.
import { access } from 'node:fs/promises';
import path from 'node:path';
import type { Io } from '../io.js';
import { formatFile } from '../../fmt/format-file.js';
import { CONFIG_CANDIDATES } from '../../config/load.js';

export interface FmtOptions {
  input?: string;
  output?: string;
  check?: boolean;
}

/** Without -i: the config `preview` would run (the loader's candidates, in its order), else dnsconfig.js. */
async function defaultInput(io: Io): Promise<string> {
  for (const name of CONFIG_CANDIDATES) {
    if (await access(path.resolve(io.cwd, name)).then(() => true, () => false)) return name;
  }
  return 'dnsconfig.js';
}

export async function fmt(opts: FmtOptions, io: Io): Promise<number> {
  const name = opts.input ?? (await defaultInput(io));
  const input = path.resolve(io.cwd, name);
  const output = opts.output === undefined ? undefined : path.resolve(io.cwd, opts.output);
  const outcome = await formatFile({ input, output, check: opts.check, name });
  if (outcome === 'needs-formatting') {
    io.err(`${name}: not formatted (run: dnscode fmt -i ${name})\n`);
    return 1;
  }
  const shown = opts.output ?? name;
  io.err(outcome === 'written' ? `${shown}: formatted\n` : `${shown}: already formatted\n`);
  return 0;
}
