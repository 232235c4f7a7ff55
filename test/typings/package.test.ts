// The published package carries the typings that `"types": ["dnscode/types"]` and write-types rely on.
import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { expect, it } from 'vitest';
import { typingFiles } from '../../src/typings/bundle.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));

it('npm pack includes types/index.d.ts and every file it references', async () => {
  const { stdout } = await promisify(execFile)('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], { cwd: ROOT });
  const packed = new Set((JSON.parse(stdout) as { files: { path: string }[] }[])[0]!.files.map((f) => f.path));
  const wanted = ['types/index.d.ts', ...(await typingFiles()).map((f) => `types/${f.split('/').pop()}`)];
  expect(wanted.filter((f) => !packed.has(f))).toEqual([]);
}, 60_000);
