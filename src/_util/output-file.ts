// Files named by output flags (--report, --out). A path that cannot be written is a usage error that names
// the flag; preview/push check it before anything is read, so a typo in --report never fails a push after
// the zones were already changed.
import { statSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { UsageError } from '../errors.js';

/** Throws UsageError when `file` cannot be created: its folder is missing or not a folder, or it is a folder. */
export function checkOutputPath(flag: string, file: string, cwd: string): void {
  const full = path.resolve(cwd, file);
  const dir = statSync(path.dirname(full), { throwIfNoEntry: false });
  if (!dir) throw new UsageError(`${flag} ${file}: the folder ${path.dirname(file)} does not exist`);
  if (!dir.isDirectory()) throw new UsageError(`${flag} ${file}: ${path.dirname(file)} is not a folder`);
  if (statSync(full, { throwIfNoEntry: false })?.isDirectory()) throw new UsageError(`${flag} ${file}: is a folder, not a file`);
}

export async function writeOutputFile(flag: string, file: string, text: string, cwd: string): Promise<void> {
  checkOutputPath(flag, file, cwd);
  try {
    await writeFile(path.resolve(cwd, file), text);
  } catch (err) {
    throw new UsageError(`${flag} ${file}: cannot write: ${(err as Error).message}`);
  }
}
