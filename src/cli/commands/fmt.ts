// `dnscode fmt [-i file] [-o file] [--check]`: rewrite a config in dnscode's stable layout.
import path from 'node:path';
import type { Io } from '../io.js';
import { formatFile } from '../../fmt/format-file.js';

export interface FmtOptions {
  input?: string;
  output?: string;
  check?: boolean;
}

export async function fmt(opts: FmtOptions, io: Io): Promise<number> {
  const name = opts.input ?? 'dnsconfig.js';
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
