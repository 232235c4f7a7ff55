// File side of `fmt`: read, format, and write only when the bytes change (so mtimes and build tools that
// watch the file are left alone when it is already formatted).
import { writeFile } from 'node:fs/promises';
import { UsageError } from '../errors.js';
import { formatConfig } from './format.js';
import { readIfExists } from '../_util/fs.js';

export type FormatOutcome = 'unchanged' | 'written' | 'needs-formatting';

export interface FormatFileOptions {
  input: string;
  /** Defaults to the input. */
  output?: string;
  /** Compare only; never write. */
  check?: boolean;
  /** The input as the user named it, for error messages (default: input). */
  name?: string;
}

export async function formatFile(opts: FormatFileOptions): Promise<FormatOutcome> {
  const text = await readIfExists(opts.input);
  const name = opts.name ?? opts.input;
  if (text === undefined) throw new UsageError(`${name}: no such file`);
  const formatted = await formatConfig(text, name);
  if (opts.check) return formatted === text ? 'unchanged' : 'needs-formatting';
  const output = opts.output ?? opts.input;
  const current = output === opts.input ? text : await readIfExists(output);
  if (current === formatted) return 'unchanged';
  await writeFile(output, formatted);
  return 'written';
}
