// Small file helpers shared by commands that read a file which may not exist yet, and by readers of large files.
import { readSync } from 'node:fs';
import { readFile } from 'node:fs/promises';

/**
 * The bytes of a file open at `fd` whose size its caller has just read (fstat): read into a buffer of that
 * size, and on to the end should it have grown. readFileSync(fd) would stat it a second time: a tenth of
 * reading 10,000 small zone files. (Decoding bytes afterwards is also faster than Node 20's
 * readFileSync(file, 'utf8'): 120–260 ms against 350 ms for a 29 MB zone file.)
 */
export function readOpenSync(fd: number, size: number): Buffer {
  let buf = Buffer.allocUnsafe(size + 1); // one byte more: a file that grew since its fstat fills it
  let n = 0;
  for (;;) {
    if (n === buf.length) {
      const bigger = Buffer.allocUnsafe(buf.length * 2);
      buf.copy(bigger, 0, 0, n);
      buf = bigger;
    }
    const want = buf.length - n;
    const got = readSync(fd, buf, n, want, null);
    n += got;
    // The end: nothing more, or a read that stopped short once the size from fstat is reached (a regular file
    // reads short only at its end). Without the second test, every file took a second read that returns 0:
    // a tenth of the syscalls of reading 10,000 small zones. A read short of that size (a pipe, a file system
    // that returns partial reads) goes on.
    if (got === 0 || (got < want && n >= size)) return buf.subarray(0, n);
  }
}

/** The file's text, or undefined when it does not exist; any other error is thrown. */
export async function readIfExists(file: string): Promise<string | undefined> {
  try {
    return await readFile(file, 'utf8');
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw e;
  }
}
