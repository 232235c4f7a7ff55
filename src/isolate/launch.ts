// Starting the isolated config evaluator (src/isolate/child.ts): its command line (permissions, limits,
// namespaces) and the spare one started ahead of time. Kept apart from evaluate.ts and light on imports,
// so that dnscode can start the evaluator before it loads anything else.
import { spawn } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { TR46_FILE } from '../_util/tr46.js';

/** --eval-max-memory's default, in MB. */
export const DEFAULT_EVAL_MAX_MEMORY = 4096;

const here = path.dirname(fileURLToPath(import.meta.url));
/** dnscode's compiled code. Tests run this module from src/ (vitest); the evaluator is always the compiled
 *  one (`npm test` builds first). */
const DIST = path.basename(path.dirname(here)) === 'src' ? path.resolve(here, '../../dist') : path.dirname(here);

/** The evaluator: src/isolate/child.ts and everything it imports (the DSL) bundled into one file by
 *  `npm run build` (scripts/bundle.mjs). One file starts faster than ~60 modules (about a quarter
 *  of its start-up), and it is the only file the evaluator may read. */
const EVALUATOR = path.join(DIST, 'isolate', 'evaluator.mjs');

/** The evaluator by its real path (a symlinked install, as pnpm or npm link make, resolved here, so Node
 *  needs to read no link on the way), or undefined when dnscode was compiled without bundling it. */
function evaluatorFile(): string | undefined {
  try {
    return fs.realpathSync(EVALUATOR);
  } catch {
    return undefined;
  }
}

/** Linux: a new user, network and PID namespace (no interface but a down loopback; cannot signal dnscode). */
const UNSHARE = ['unshare', '--user', '--map-root-user', '--net', '--pid', '--fork', '--kill-child'];
/** Whether unshare works here; learnt from the first evaluation of this process. */
let namespaces: boolean | undefined = process.platform === 'linux' ? undefined : false;

/** Whether to try namespaces (true until an evaluation learnt that they do not work), and the lesson. */
export function namespacesWork(learnt?: boolean): boolean {
  if (learnt !== undefined) namespaces = learnt;
  return namespaces !== false;
}

function command(evaluator: string, maxMemoryMb: number, withNamespaces: boolean): [string, string[]] {
  const node = [
    '--experimental-permission',
    `--allow-fs-read=${evaluator}`,
    `--allow-fs-read=${TR46_FILE}`,
    '--disallow-code-generation-from-strings',
    `--max-old-space-size=${maxMemoryMb}`,
    '--no-warnings',
    evaluator,
  ];
  const [cmd, args]: [string, string[]] = withNamespaces ? [UNSHARE[0]!, [...UNSHARE.slice(1), process.execPath, ...node]] : [process.execPath, node];
  const setpriv = setprivFile();
  return setpriv ? [setpriv, ['--pdeathsig', 'KILL', '--', cmd, ...args]] : [cmd, args];
}

/**
 * Linux's setpriv (util-linux, as unshare is), found once: started through it, the evaluator (or unshare,
 * whose --kill-child then takes the evaluator along) is killed when dnscode dies, even by SIGKILL or a CI
 * runner's timeout, which run no exit handler. Without it a config stuck in a loop ran on, a core busy for good.
 */
let setprivPath: string | undefined | null = null;
function setprivFile(): string | undefined {
  if (setprivPath === null) {
    setprivPath = process.platform === 'linux' ? ['/usr/bin/setpriv', '/bin/setpriv'].find((f) => fs.existsSync(f)) : undefined;
  }
  return setprivPath;
}

/** Evaluators running now: killed when dnscode is told to stop (SIGINT, SIGTERM, SIGHUP), on any platform. */
const running = new Set<ChildProcess>();
let stopHandlers = false;

function killOnStop(child: ChildProcess): void {
  running.add(child);
  child.once('exit', () => running.delete(child));
  if (stopHandlers) return;
  stopHandlers = true;
  for (const sig of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) {
    process.once(sig, () => {
      for (const c of running) c.kill('SIGKILL');
      // Then stop as the signal would have stopped dnscode, unless something else handles it.
      if (process.listenerCount(sig) === 0) process.kill(process.pid, sig);
    });
  }
}

/** A started evaluator: the process and what it wrote on stderr so far. */
export interface Launched {
  child: ChildProcess;
  maxMemoryMb: number;
  withNamespaces: boolean;
  stderr: { text: string };
}

/** An evaluator started ahead of time (prestartEvaluator), waiting for its job. */
let spare: Launched | undefined;

export function launch(maxMemoryMb: number, withNamespaces: boolean): Launched | undefined {
  const evaluator = evaluatorFile();
  if (!evaluator) return undefined;
  const [cmd, args] = command(evaluator, maxMemoryMb, withNamespaces);
  const env: Record<string, string> = {};
  if (process.env.TZ) env.TZ = process.env.TZ;
  let child: ChildProcess;
  try {
    child = spawn(cmd, args, { cwd: '/', env, stdio: ['pipe', 'pipe', 'pipe'] });
  } catch {
    return undefined;
  }
  killOnStop(child);
  const stderr = { text: '' };
  child.stderr!.on('data', (d: Buffer) => { if (stderr.text.length < 65536) stderr.text += d.toString('utf8'); });
  child.stdin!.on('error', () => { /* the evaluator ended; its exit says why */ });
  return { child, maxMemoryMb, withNamespaces, stderr };
}

/**
 * Starts an evaluator now, so that its start-up (Node and the bundled DSL, ~150 ms) overlaps with
 * dnscode's own; the next evaluation with the same memory limit uses it. An unused one is killed at exit
 * and never keeps dnscode running.
 */
export function prestartEvaluator(maxMemoryMb: number): void {
  if (spare) return;
  const launched = launch(maxMemoryMb, namespacesWork());
  if (!launched) return;
  launched.child.on('error', () => { if (spare === launched) spare = undefined; });
  for (const s of [launched.child.stdin, launched.child.stdout, launched.child.stderr]) (s as unknown as { unref?: () => void })?.unref?.();
  launched.child.unref();
  process.once('exit', () => launched.child.kill('SIGKILL'));
  spare = launched;
}

export function takeSpare(maxMemoryMb: number, withNamespaces: boolean): Launched | undefined {
  const s = spare;
  spare = undefined;
  if (!s || s.maxMemoryMb !== maxMemoryMb || s.withNamespaces !== withNamespaces || s.child.exitCode !== null || s.child.signalCode !== null) {
    s?.child.kill('SIGKILL');
    return undefined;
  }
  for (const st of [s.child.stdin, s.child.stdout, s.child.stderr]) (st as unknown as { ref?: () => void })?.ref?.();
  s.child.ref();
  return s;
}

/** Commands that evaluate the config. */
export const EVALUATING_COMMANDS: ReadonlySet<string> = new Set(['preview', 'push', 'check', 'print-ir', 'print-zones']);

/**
 * bin/dnscode calls this before it loads the command line: a cheap look at argv that starts the evaluator
 * when the command will evaluate the config (not with --ir/--json, not push --plan), so that its start-up
 * overlaps with loading dnscode itself. A guess that is wrong costs one spare process, killed at exit;
 * main.ts still decides with the parsed options.
 */
export function prestartFromArgv(argv: readonly string[]): void {
  const command = argv.find((a) => !a.startsWith('-'));
  if (!command || !EVALUATING_COMMANDS.has(command)) return;
  if (argv.some((a) => /^--(ir|json)(=|$)/.test(a)) || (command === 'push' && argv.some((a) => /^--plan(=|$)/.test(a)))) return;
  const i = argv.findIndex((a) => a === '--eval-max-memory' || a.startsWith('--eval-max-memory='));
  const mb = i < 0 ? DEFAULT_EVAL_MAX_MEMORY : Number(argv[i]!.includes('=') ? argv[i]!.split('=')[1] : argv[i + 1]);
  if (Number.isInteger(mb) && mb > 0) prestartEvaluator(mb);
}
