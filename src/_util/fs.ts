// Small file helpers shared by commands that read a file which may not exist yet.
import { readFile } from 'node:fs/promises';

/** The file's text, or undefined when it does not exist; any other error is thrown. */
export async function readIfExists(file: string): Promise<string | undefined> {
  try {
    return await readFile(file, 'utf8');
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw e;
  }
}
