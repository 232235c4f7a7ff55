// Crash-safe file replacement: write a temp file in the same directory, fsync it, rename over the
// target, then fsync the directory so the rename itself is durable.
import { randomBytes } from 'node:crypto';
import fs from 'node:fs/promises';
import path from 'node:path';

export async function writeFileAtomic(file: string, data: string, dirMode = 0o750): Promise<void> {
  const dir = path.dirname(file);
  await fs.mkdir(dir, { recursive: true, mode: dirMode });
  const tmp = path.join(dir, `.${path.basename(file)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
  // Keep the permissions of the file being replaced (e.g. 0640 for a bind group), else 0644.
  const mode = (await fs.stat(file).catch(() => undefined))?.mode ?? 0o644;
  const fh = await fs.open(tmp, 'wx', 0o600);
  try {
    await fh.writeFile(data);
    await fh.chmod(mode & 0o7777);
    await fh.sync();
  } finally {
    await fh.close();
  }
  try {
    await fs.rename(tmp, file);
  } catch (err) {
    await fs.rm(tmp, { force: true });
    throw err;
  }
  const dh = await fs.open(dir, 'r').catch(() => undefined);
  if (dh) { await dh.sync().catch(() => undefined); await dh.close(); }
}
