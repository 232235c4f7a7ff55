// The isolated evaluator does not outlive dnscode: a config stuck in a loop, then dnscode stopped the way a CI
// runner's timeout or Ctrl-C stops it. Found by a bug hunt: the evaluator ran on with PPID 1, a core busy for good.
import { spawn, execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { CLI } from './helpers.js';

const linux = process.platform === 'linux';
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'evaluator-lifetime-'));
fs.writeFileSync(path.join(dir, 'dnsconfig.js'), 'var REG = NewRegistrar("none");\nwhile (true) {}\n');
fs.writeFileSync(path.join(dir, 'creds.json'), '{"bind": {"TYPE": "BIND", "directory": "zones"}}');
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

/** Every process below `pid`, by /proc's children lists. */
function descendants(pid: number): number[] {
  const out: number[] = [];
  for (const task of fs.readdirSync(`/proc/${pid}/task`, { withFileTypes: true })) {
    let kids: string;
    try { kids = fs.readFileSync(`/proc/${pid}/task/${task.name}/children`, 'utf8'); } catch { continue; }
    for (const k of kids.split(' ').filter(Boolean).map(Number)) out.push(k, ...descendants(k));
  }
  return out;
}

const alive = (pid: number): boolean => {
  try { process.kill(pid, 0); } catch { return false; }
  // A zombie waiting for its reaper is gone for this purpose.
  return !/^\d+ \(.*\) Z/.test(fs.readFileSync(`/proc/${pid}/stat`, 'utf8'));
};

const evaluatorOf = (pid: number): number[] =>
  descendants(pid).filter((p) => { try { return fs.readFileSync(`/proc/${p}/cmdline`, 'utf8').includes('evaluator.mjs'); } catch { return false; } });

async function until(what: () => boolean, ms: number): Promise<boolean> {
  for (const end = Date.now() + ms; Date.now() < end; await new Promise((r) => setTimeout(r, 50))) if (what()) return true;
  return what();
}

describe.runIf(linux)('the evaluator stops with dnscode', () => {
  it.each(['SIGKILL', 'SIGTERM', 'SIGINT'] as const)('when dnscode gets %s while the config loops', async (sig) => {
    const p = spawn(process.execPath, [CLI, 'check'], { cwd: dir, stdio: 'ignore' });
    let evaluators: number[] = [];
    // The evaluator is running the config (its loop) once it is there a moment after dnscode started it.
    expect(await until(() => (evaluators = evaluatorOf(p.pid!)).length > 0, 15_000)).toBe(true);
    await new Promise((r) => setTimeout(r, 300));
    const exited = new Promise((r) => p.once('exit', r));
    process.kill(p.pid!, sig);
    await exited;
    const gone = await until(() => evaluators.every((e) => !alive(e)), 5_000);
    for (const e of evaluators) if (alive(e)) execFileSync('kill', ['-9', String(e)]);
    expect(gone).toBe(true);
  }, 30_000);
});
