// PipeWriter in a real child process writing to a real pipe that its parent reads late: writes that need not
// wait return while the pipe is full, and every byte still arrives, in order; a write past the backlog waits;
// an empty write is nothing to wait for; a stdout that is a file (no pipe to make non-blocking) is written as is.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildSync } from 'esbuild';
import { afterAll, describe, expect, it } from 'vitest';

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'pipe-writer-'));
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));
const writerJs = path.join(tmp, 'pipe-writer.mjs');
buildSync({ entryPoints: [path.join(path.dirname(fileURLToPath(import.meta.url)), 'pipe-writer.ts')], outfile: writerJs, format: 'esm', platform: 'node', logLevel: 'silent' });

const CHUNKS = 40;
const CHUNK = 64 * 1024; // 2.5 MB in all: far more than a pipe holds (64 KB to a few hundred KB)
/** Chunk i is filled with byte i, so order and completeness can be checked. */
const child = `import { PipeWriter } from ${JSON.stringify(writerJs)};
const [backlog, wait] = [Number(process.argv[2]), process.argv[3] === 'wait'];
const out = new PipeWriter(1, backlog);
for (let i = 0; i < ${CHUNKS}; i++) { out.write(Buffer.alloc(${CHUNK}, i), wait); out.write(Buffer.alloc(0), wait); }
process.stderr.write('done ' + out.backlog + '\\n');
out.write(Buffer.from('end'), true);
process.exit(0);
`;
fs.writeFileSync(path.join(tmp, 'child.mjs'), child);

/** Runs the child; reads its stdout only `readAfterMs` after it starts. Resolves with what it wrote, the
 *  backlog it reported, and whether it reported before the reading began. */
function run(backlog: number, wait: boolean, readAfterMs: number): Promise<{ data: Buffer; reported: number; beforeReading: boolean }> {
  return new Promise((resolve, reject) => {
    const p = spawn(process.execPath, [path.join(tmp, 'child.mjs'), String(backlog), wait ? 'wait' : 'nowait'], { stdio: ['ignore', 'pipe', 'pipe'] });
    const parts: Buffer[] = [];
    let reading = false;
    let reported = -1;
    let beforeReading = false;
    let err = '';
    p.stderr.on('data', (d: Buffer) => {
      err += d;
      const m = /done (\d+)/.exec(err);
      if (m && reported < 0) { reported = Number(m[1]); beforeReading = !reading; }
    });
    setTimeout(() => { reading = true; p.stdout.on('data', (d: Buffer) => parts.push(d)); }, readAfterMs);
    p.on('error', reject);
    p.on('close', (code) => (code === 0 ? resolve({ data: Buffer.concat(parts), reported, beforeReading }) : reject(new Error(`child exited ${code}: ${err}`))));
  });
}

function expectAll(data: Buffer): void {
  expect(data.length).toBe(CHUNKS * CHUNK + 3);
  for (let i = 0; i < CHUNKS; i++) {
    const chunk = data.subarray(i * CHUNK, (i + 1) * CHUNK);
    expect(chunk.every((b) => b === i), `chunk ${i}`).toBe(true);
  }
  expect(data.subarray(CHUNKS * CHUNK).toString()).toBe('end');
}

describe('PipeWriter', () => {
  it('leaves what a full pipe does not take for later, without waiting, and loses nothing', async () => {
    const r = await run(64 << 20, false, 300);
    expect(r.beforeReading).toBe(true);
    expect(r.reported).toBeGreaterThan(0);
    expectAll(r.data);
  });
  it('waits for the reader once the backlog passes its limit, and when told to', async () => {
    for (const [backlog, wait] of [[256 * 1024, false], [64 << 20, true]] as const) {
      const r = await run(backlog, wait, 300);
      expect(r.beforeReading, `backlog ${backlog}, wait ${wait}`).toBe(false);
      expect(r.reported).toBeLessThanOrEqual(backlog);
      expectAll(r.data);
    }
  });
  it('writes to a stdout that is a file, which cannot be opened as a socket, with ordinary writes', async () => {
    const file = path.join(tmp, 'out.bin');
    const fd = fs.openSync(file, 'w');
    const code = await new Promise<number | null>((resolve, reject) => {
      const p = spawn(process.execPath, [path.join(tmp, 'child.mjs'), String(64 << 20), 'nowait'], { stdio: ['ignore', fd, 'ignore'] });
      p.on('error', reject);
      p.on('close', resolve);
    });
    fs.closeSync(fd);
    expect(code).toBe(0);
    expectAll(fs.readFileSync(file));
  });
});
