// The config's view of the file system, enforced by dnscode outside the sandbox: only files inside the
// config's tree (its directory, or --config-root), never through `..` or a symlink that leaves it, never a
// hidden path (.git/config can hold a CI token), never the creds file or a file creds.json names, and only
// the kinds of file a config can load. Paths resolve as DNSControl resolves them ("./x" from the requiring
// file, anything else from the working directory).
import fs from 'node:fs';
import path from 'node:path';
import JSON5 from 'json5';
import { SourceRefusal } from '../dsl/source.js';
import type { ConfigSource, FetchReply, FetchRequest, LoadedFile } from '../dsl/source.js';

export interface ConfinedOptions {
  cwd: string;
  /** The directory tree the config may read (absolute). */
  root: string;
  /** Files and directories never served, whatever the root (the creds file and what it names). */
  deny: string[];
  allowFetch: boolean;
  /** Paths in messages are relative to this directory. */
  display?: (abs: string) => string;
}

/** Files that go through the transpiler instead of running as plain scripts. */
const TRANSPILED = /\.(ts|mts|cts|mjs)$/i;
/** Extensions tried, in order, for `import "./lib"` without one. */
const MODULE_EXTENSIONS = ['.ts', '.mts', '.js', '.mjs', '.json', '.json5'];
/** Names that can never reach the transpiler (an extensionless name may resolve to a .ts file). */
const PLAIN = /\.(js|cjs|json|json5)$/i;

/** The transpiler (sucrase): the largest part of config loading, loaded only for a config that needs it. */
let transpiler: typeof import('./transpile.js') | undefined;

/** What a config may load: scripts, modules and data. Anything else is refused before it is read. */
const LOADABLE = /\.(js|cjs|mjs|ts|mts|cts|json|json5)$/i;
/** Largest file a config may load (a config tree is source code, not data dumps). */
const MAX_FILE = 64 * 1024 * 1024;

/** underscore.js as a config's require("lib/underscore.js") gets it: copied from the `underscore` package into
 *  dist/vendor/ by the build (scripts/bundle.mjs), two levels up from src/isolate, dist/isolate and dist/bundle alike. */
const UNDERSCORE = new URL('../../dist/vendor/underscore-umd-min.js', import.meta.url);

export class ConfinedSource implements ConfigSource {
  private readonly opts: ConfinedOptions;
  private readonly realRoot: string;
  private readonly deny: string[];
  /** Original text of each file served (for error placement). */
  private readonly texts = new Map<string, string>();
  /** What takeBytes hands out: the main file's bytes, when it is served as read. */
  private mainBytes?: { path: string; bytes: Buffer };

  constructor(opts: ConfinedOptions) {
    this.opts = opts;
    this.realRoot = realOr(opts.root);
    this.deny = opts.deny.map(realOr);
  }

  main(file: string): LoadedFile {
    return this.serve(path.resolve(this.opts.cwd, file), true);
  }

  takeBytes(abs: string): Buffer | undefined {
    const b = this.mainBytes;
    this.mainBytes = undefined;
    return b?.path === abs ? b.bytes : undefined;
  }

  load(spec: string, fromFile: string | undefined): LoadedFile {
    const abs = this.resolve(spec, fromFile);
    this.confine(abs); // before probing extensions: nothing outside the tree is even looked at
    return this.serve(resolveExtension(abs));
  }

  glob(spec: string, fromFile: string | undefined, recursive: boolean): string[] {
    const dir = this.resolve(spec, fromFile);
    this.confine(dir);
    let entries: fs.Dirent[];
    try {
      entries = fs.readdirSync(dir, { recursive, withFileTypes: true }) as fs.Dirent[];
    } catch (e) {
      throw new SourceRefusal(`no such directory ${this.show(dir)} (${(e as NodeJS.ErrnoException).code ?? 'error'})`);
    }
    return entries
      .filter((e) => e.isFile() && e.name.endsWith('.js'))
      .map((e) => path.join(e.parentPath, e.name))
      .filter((f) => !this.refusal(f))
      .sort();
  }

  async prepare(spec: string): Promise<void> {
    if (!transpiler && !PLAIN.test(spec)) transpiler = await import('./transpile.js');
  }

  text(abs: string): string | undefined {
    return this.texts.get(abs);
  }

  underscore(): string {
    return fs.readFileSync(UNDERSCORE, 'utf8');
  }

  async fetch(req: FetchRequest): Promise<FetchReply> {
    if (!this.opts.allowFetch) throw new SourceRefusal('FETCH is disabled; run with --allow-fetch to enable it');
    const r = await fetch(req.url, { method: req.method, headers: req.headers, body: req.body });
    return { ok: r.ok, status: r.status, statusText: r.statusText, url: r.url, headers: Object.fromEntries(r.headers), body: await r.text() };
  }

  private resolve(spec: string, fromFile: string | undefined): string {
    if (spec.includes('\0')) throw new SourceRefusal('a path cannot contain a NUL character');
    if (path.isAbsolute(spec)) return path.normalize(spec);
    if (spec.startsWith('.')) return path.resolve(fromFile ? path.dirname(fromFile) : this.opts.cwd, spec);
    return path.resolve(this.opts.cwd, spec);
  }

  /** Why `abs` may not be read, or undefined. Checks the path as written and where its symlinks lead. */
  private refusal(abs: string): string | undefined {
    if (!inside(abs, this.opts.root) && !inside(abs, this.realRoot)) return `${this.show(abs)} is outside the config's tree ${this.show(this.opts.root)} (see --config-root)`;
    const real = realOr(abs);
    if (!inside(real, this.realRoot)) return `${this.show(abs)} leads outside the config's tree ${this.show(this.opts.root)} (symlink)`;
    const rel = path.relative(this.realRoot, real);
    if (rel.split(path.sep).some((part) => part.startsWith('.') && part !== '.')) return `${this.show(abs)} is a hidden path`;
    if (path.basename(real) === 'creds.json' || this.deny.some((d) => real === d || inside(real, d))) return `${this.show(abs)} holds credentials (the creds file or a file it names)`;
    return undefined;
  }

  private confine(abs: string): void {
    const why = this.refusal(abs);
    if (why) throw new SourceRefusal(`refused: ${why}`);
  }

  private serve(abs: string, isMain = false): LoadedFile {
    this.confine(abs);
    if (!LOADABLE.test(abs)) throw new SourceRefusal(`refused: ${this.show(abs)} is not a .js, .ts, .mjs or .json file`);
    let st: fs.Stats;
    try {
      st = fs.statSync(abs);
    } catch {
      throw new SourceRefusal(`no such file ${this.show(abs)}`);
    }
    if (!st.isFile()) throw new SourceRefusal(`${this.show(abs)} is not a file`);
    if (st.size > MAX_FILE) throw new SourceRefusal(`${this.show(abs)} is larger than ${MAX_FILE / 1024 / 1024} MB`);
    let text: string;
    let bytes: Buffer;
    try {
      // Bytes then text (as the zone-file reader does): the bytes are also what the evaluator is sent (takeBytes).
      bytes = fs.readFileSync(abs);
      text = bytes.toString('utf8');
    } catch (e) {
      throw new SourceRefusal(`cannot read ${this.show(abs)}: ${(e as NodeJS.ErrnoException).code ?? 'error'}`);
    }
    this.texts.set(abs, text);
    if (/\.json5?$/i.test(abs)) {
      try {
        return { path: abs, kind: 'json', code: JSON.stringify(JSON5.parse(text)) ?? 'null' };
      } catch (e) {
        throw new SourceRefusal(`${this.show(abs)}: ${(e as Error).message}`);
      }
    }
    if (TRANSPILED.test(abs)) {
      if (!transpiler) throw new Error(`internal error: ${this.show(abs)} served before prepare()`);
      const t = transpiler.transpile(text, abs, this.show(abs));
      return { path: abs, kind: t.isModule ? 'module' : 'script', code: t.code, map: t.map };
    }
    if (isMain) this.mainBytes = { path: abs, bytes };
    return { path: abs, kind: 'script', code: text };
  }

  private show(abs: string): string {
    return this.opts.display ? this.opts.display(abs) : abs;
  }
}

/** Where the config's tree starts: --config-root, else the config file's own directory. */
export function configRoot(configFile: string, configRootFlag: string | undefined, cwd: string): string {
  return path.resolve(cwd, configRootFlag ?? path.dirname(path.resolve(cwd, configFile)));
}

function inside(abs: string, dir: string): boolean {
  const rel = path.relative(dir, abs);
  return rel === '' || (!rel.startsWith('..') && !path.isAbsolute(rel));
}

/** realpath, or the path itself when it does not exist (yet): a missing file is reported as missing. */
function realOr(abs: string): string {
  try {
    return fs.realpathSync.native(abs);
  } catch {
    // A missing file under a symlinked directory: resolve the directory part.
    const dir = path.dirname(abs);
    if (dir === abs) return abs;
    return path.join(realOr(dir), path.basename(abs));
  }
}

/** `import "./lib"` → lib.ts, lib.js, ... or lib/index.ts (TypeScript's resolution for relative paths). */
function resolveExtension(abs: string): string {
  if (isFile(abs)) return abs;
  for (const ext of MODULE_EXTENSIONS) if (isFile(abs + ext)) return abs + ext;
  for (const ext of MODULE_EXTENSIONS) if (isFile(path.join(abs, `index${ext}`))) return path.join(abs, `index${ext}`);
  // TypeScript's convention for ES modules: `import "./mail.js"` names the source file mail.ts.
  const ts = abs.replace(/\.js$/, '.ts').replace(/\.mjs$/, '.mts');
  if (ts !== abs && isFile(ts)) return ts;
  return abs;
}

function isFile(abs: string): boolean {
  try {
    return fs.statSync(abs).isFile();
  } catch {
    return false;
  }
}
