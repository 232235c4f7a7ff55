// Crash-safe file replacement: write a temp file in the same directory, fsync it, rename over the
// target, then fsync the directory so the rename itself is durable.
// Errors name what the user can fix (the directory that is not writable, the file that cannot be replaced),
// never the temporary file, which the user has never heard of and which is gone by then.
import { randomBytes } from 'node:crypto';
import fs from 'node:fs/promises';
import path from 'node:path';

/** A failed atomic write; `path` is the user's directory or file the message names. */
export class AtomicWriteError extends Error {
  override name = 'AtomicWriteError';
  readonly path: string;
  readonly code?: string;
  constructor(message: string, where: string, cause: unknown) {
    super(message, { cause });
    this.path = where;
    this.code = (cause as NodeJS.ErrnoException | undefined)?.code;
  }
}

/** "permission denied (EACCES)" from a Node error, without the path Node put in its message. */
function reason(err: unknown): string {
  const e = err as NodeJS.ErrnoException;
  const text: Record<string, string> = {
    EACCES: 'permission denied', EPERM: 'operation not permitted', EROFS: 'read-only file system', ENOSPC: 'no space left on device',
    EDQUOT: 'disk quota exceeded', ENOTDIR: 'a part of the path is a file, not a directory', EEXIST: 'a file of that name is in the way',
    EISDIR: 'it is a directory', ENOENT: 'no such directory',
  };
  return e?.code ? `${text[e.code] ?? e.message.replace(/,.*$/, '').replace(/^\w+: /, '')} (${e.code})` : String((err as Error)?.message ?? err);
}

const NOT_WRITABLE = new Set(['EACCES', 'EPERM', 'EROFS']);

export async function writeFileAtomic(file: string, data: string, dirMode = 0o750): Promise<void> {
  const dir = path.dirname(file);
  try {
    await fs.mkdir(dir, { recursive: true, mode: dirMode });
  } catch (err) {
    throw new AtomicWriteError(`cannot create the directory ${dir}: ${reason(err)}`, dir, err);
  }
  const tmp = path.join(dir, `.${path.basename(file)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
  // Keep the permissions of the file being replaced (e.g. 0640 for a bind group), else 0644.
  const mode = (await fs.stat(file).catch(() => undefined))?.mode ?? 0o644;
  let fh: fs.FileHandle;
  try {
    fh = await fs.open(tmp, 'wx', 0o600);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code ?? '';
    const why = NOT_WRITABLE.has(code) ? ' (the file is replaced by writing a new one beside it, so the directory itself must be writable)' : '';
    throw new AtomicWriteError(`the directory ${dir} is not writable: ${reason(err)}${why}`, dir, err);
  }
  try {
    await fh.writeFile(data);
    await fh.chmod(mode & 0o7777);
    await fh.sync();
  } catch (err) {
    await fh.close().catch(() => undefined);
    await fs.rm(tmp, { force: true });
    throw new AtomicWriteError(`cannot write into the directory ${dir}: ${reason(err)}`, dir, err);
  }
  await fh.close();
  try {
    await fs.rename(tmp, file);
  } catch (err) {
    await fs.rm(tmp, { force: true });
    throw new AtomicWriteError(`cannot replace ${file}: ${reason(err)}`, file, err);
  }
  const dh = await fs.open(dir, 'r').catch(() => undefined);
  if (dh) { await dh.sync().catch(() => undefined); await dh.close(); }
}
