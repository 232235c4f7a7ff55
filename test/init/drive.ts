// Drives a real `dnscode` process: waits for each prompt to appear on stdout, then types the answer on
// stdin, the way a user at a terminal would.
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { fileURLToPath } from 'node:url';

export const BIN = fileURLToPath(new URL('../../bin/dnscode', import.meta.url));
export const ENTER = '\r';
export const DOWN = '\x1b[B';

export interface Session {
  /** Waits until `prompt` appears in stdout after everything consumed so far, then types `keys`. */
  answer(prompt: string, keys: string): Promise<void>;
  /** Resolves with the exit code and the full output once the process ends. */
  done(): Promise<{ code: number; stdout: string; stderr: string }>;
}

export function drive(args: string[], cwd: string, timeoutMs = 20_000): Session {
  const child: ChildProcessWithoutNullStreams = spawn(process.execPath, [BIN, ...args], {
    cwd,
    env: { ...process.env, NO_COLOR: '1' },
  });
  let stdout = '';
  let stderr = '';
  let consumed = 0;
  let waiter: (() => void) | undefined;
  child.stdout.on('data', (d: Buffer) => { stdout += d.toString(); waiter?.(); });
  child.stderr.on('data', (d: Buffer) => { stderr += d.toString(); });
  const exited = new Promise<number>((resolve) => child.on('close', (code) => resolve(code ?? 1)));

  return {
    async answer(prompt, keys) {
      const deadline = Date.now() + timeoutMs;
      while (stdout.indexOf(prompt, consumed) < 0) {
        if (child.exitCode !== null || Date.now() > deadline) {
          child.kill();
          throw new Error(`prompt ${JSON.stringify(prompt)} never came; stdout:\n${stdout}\nstderr:\n${stderr}`);
        }
        await new Promise<void>((resolve) => { waiter = resolve; setTimeout(resolve, 100); });
      }
      consumed = stdout.indexOf(prompt, consumed) + prompt.length;
      child.stdin.write(keys);
    },
    async done() {
      const timer = setTimeout(() => child.kill(), timeoutMs);
      const code = await exited;
      clearTimeout(timer);
      return { code, stdout, stderr };
    },
  };
}
