// Starting the isolated config evaluator (src/isolate/child.ts): its command line (permissions, limits,
// namespaces) and the spare one started ahead of time. Kept apart from evaluate.ts and light on imports,
// so that dnscode can start the evaluator before it loads anything else.
import { spawn } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** --eval-max-memory's default, in MB. */
export const DEFAULT_EVAL_MAX_MEMORY = 4096;

const here = path.dirname(fileURLToPath(import.meta.url));
/** dnscode's compiled code. Tests run this module from src/ (vitest); the evaluator is always the compiled
 *  one (`npm test` builds first). */
const DIST = path.basename(path.dirname(here)) === 'src' ? path.resolve(here, '../../dist') : path.dirname(here);
const CHILD = path.join(DIST, 'isolate', 'child.js');

/** What the evaluator may read: dnscode's compiled code and the one package the DSL imports (with its one
 *  dependency), as `--allow-fs-read` values. */
function readableCode(): string[] {
  // Found the way Node finds them from the evaluator's code, symlinks not yet resolved.
  const tr46 = findPackage('tr46', DIST);
  const punycode = findPackage('punycode', realOr(tr46));
  const dirs = new Set<string>();
  const links = new Set<string>();
  for (const dir of [DIST, tr46, punycode]) {
    dirs.add(dir);
    dirs.add(realOr(dir));
    // Node reads each symlink on the way to a module (pnpm's node_modules, npm link, a node_modules that is
    // itself a link). Such a link is granted by name, which Node extends to what lies below it: only links
    // in or at a node_modules folder are, never a link higher up that could open the user's files.
    // A link's target can pass through further links (pnpm's store, a linked node_modules): followed too.
    addLinks(dir, links);
  }
  // A grant at or below a granted link is left out: Node 20 then no longer lets the link itself be read
  // (below), or aborts at start-up (the same path with and without "/*").
  const under = (d: string) => [...links].some((l) => d === l || d.startsWith(`${l}${path.sep}`));
  return [...links, ...[...dirs].filter((d) => !under(d)).map((d) => `${d}${path.sep}*`)];
}

/** The folder of package `name` as Node's lookup from `fromDir` finds it (node_modules upwards). */
function findPackage(name: string, fromDir: string): string {
  for (let d = fromDir; ; d = path.dirname(d)) {
    const candidate = path.join(d, 'node_modules', name);
    if (fs.existsSync(path.join(candidate, 'package.json'))) return candidate;
    if (d === path.dirname(d)) return path.dirname(createRequire(path.join(fromDir, 'x.js')).resolve(`${name}/package.json`));
  }
}

function realOr(dir: string): string {
  try {
    return fs.realpathSync(dir);
  } catch {
    return dir;
  }
}

/** The symlinks on the way to `dir` in or at a node_modules folder, and those on the way to their targets. */
function addLinks(dir: string, links: Set<string>): void {
  for (let p = dir; p !== path.dirname(p); p = path.dirname(p)) {
    if (!p.split(path.sep).includes('node_modules')) break;
    if (!isLink(p) || links.has(p)) continue;
    links.add(p);
    try {
      addLinks(path.resolve(path.dirname(p), fs.readlinkSync(p)), links);
    } catch {
      // A dangling link: Node will say what it cannot read.
    }
  }
}

function isLink(p: string): boolean {
  try {
    return fs.lstatSync(p).isSymbolicLink();
  } catch {
    return false;
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

function command(maxMemoryMb: number, withNamespaces: boolean): [string, string[]] {
  const node = [
    '--experimental-permission',
    ...readableCode().map((grant) => `--allow-fs-read=${grant}`),
    '--disallow-code-generation-from-strings',
    `--max-old-space-size=${maxMemoryMb}`,
    '--no-warnings',
    CHILD,
  ];
  return withNamespaces ? [UNSHARE[0]!, [...UNSHARE.slice(1), process.execPath, ...node]] : [process.execPath, node];
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
  const [cmd, args] = command(maxMemoryMb, withNamespaces);
  const env: Record<string, string> = {};
  if (process.env.TZ) env.TZ = process.env.TZ;
  let child: ChildProcess;
  try {
    child = spawn(cmd, args, { cwd: '/', env, stdio: ['pipe', 'pipe', 'pipe'] });
  } catch {
    return undefined;
  }
  const stderr = { text: '' };
  child.stderr!.on('data', (d: Buffer) => { if (stderr.text.length < 65536) stderr.text += d.toString('utf8'); });
  child.stdin!.on('error', () => { /* the evaluator ended; its exit says why */ });
  return { child, maxMemoryMb, withNamespaces, stderr };
}

/**
 * Starts an evaluator now, so that its start-up (Node and the DSL's modules, ~100 ms) overlaps with
 * dnscode's own; the next evaluation with the same memory limit uses it. An unused one is killed at exit
 * and never keeps dnscode running.
 */
export function prestartEvaluator(maxMemoryMb: number): void {
  if (spare) return;
  const launched = launch(maxMemoryMb, namespaces !== false);
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

