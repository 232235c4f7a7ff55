// creds.json loading, as DNSControl reads it: JSON with comments and trailing commas, BOMs, $VAR values,
// `!command` and executable creds files, and the implicit `none`/`bind` entries.
import { execFile } from 'node:child_process';
import { open, stat } from 'node:fs/promises';
import path from 'node:path';
import JSON5 from 'json5';
import { parse as shellParse } from 'shell-quote';
import { ConfigError } from '../errors.js';
import type { Io } from '../_util/io.js';
import { findNonUtf8, hexByte } from '../_util/utf8.js';
import { parseJsonFast } from './json-fast.js';

export type Creds = Record<string, Record<string, string>>;

/**
 * The largest creds file (or creds command output) read, in bytes. Real ones hold a few entries (a few KB,
 * tens with inline keys); the limit only stops a runaway file before it costs seconds and gigabytes.
 */
export const MAX_CREDS_BYTES = 10 * 1024 * 1024;
const LIMIT_TEXT = `${MAX_CREDS_BYTES / (1024 * 1024)} MB`;

/** Entries DNSControl adds when absent, so that pre-v4 configs keep working. */
const IMPLICIT: Creds = { none: { TYPE: 'NONE' }, bind: { TYPE: 'BIND' } };

/** Load creds from a file, or from the stdout of a command (`!cmd args` or an executable file). */
export async function loadCreds(file: string, io: Io): Promise<Creds> {
  const { text, source } = await readSource(file, io);
  const parsed = text === undefined ? {} : parseCredsText(text, source);
  return withImplicit(substituteEnv(parsed, io.env, source));
}

/** Parse creds text (BOM, comments, trailing commas); errors name source:line:col. */
export function parseCredsText(text: string, source: string): Creds {
  // Characters, not bytes, here (callers may have decoded the text themselves): at most 2 bytes of UTF-16 each.
  if (text.length > MAX_CREDS_BYTES) throw tooLarge(source);
  const body = text.replace(/^\uFEFF/, '');
  if (body.trim() === '') return {};
  // JSON, with or without comments and trailing commas, is parsed natively in linear time; only the rest
  // (JSON5's other forms, or an error to locate) goes to the JSON5 parser, which takes about 0.5 s a MB.
  const fast = parseJsonFast(body);
  if (fast) return checkShape(fast.value, source);
  let value: unknown;
  try {
    value = JSON5.parse(body);
  } catch (e) {
    const err = e as { lineNumber?: number; columnNumber?: number; message: string };
    const reason = err.message.replace(/^JSON5: /, '').replace(/ at \d+:\d+$/, '')
      .replace(/^invalid character (.*)$/, 'unexpected $1 (is a comma, colon or quote missing before it?)');
    throw new ConfigError(`invalid creds file: ${reason}`, { file: source, line: err.lineNumber ?? 1, column: err.columnNumber ?? 1 });
  }
  return checkShape(value, source);
}

function tooLarge(source: string): ConfigError {
  return new ConfigError(`${source}: creds file is larger than ${LIMIT_TEXT}; a creds file holds a few provider entries, is this the right file?`);
}

const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

function checkShape(value: unknown, source: string): Creds {
  if (!isObject(value)) throw new ConfigError(`${source}: creds must be a JSON object of credkey → {"TYPE": ...}`);
  const out: Creds = {};
  for (const [key, entry] of Object.entries(value)) {
    // `out[key] = ...` with key "__proto__" would replace the object's prototype instead of adding an entry.
    if (FORBIDDEN_KEYS.has(key)) throw new ConfigError(`${source}: "${key}" cannot be a creds entry name`);
    if (!isObject(entry)) throw new ConfigError(`${source}: creds entry "${key}" must be an object`);
    const fields: Record<string, string> = {};
    for (const [field, v] of Object.entries(entry)) {
      if (FORBIDDEN_KEYS.has(field)) throw new ConfigError(`${source}: "${field}" cannot be a field of creds entry "${key}"`);
      // The notifications block holds booleans (notify_on_push); everything else must be a string.
      if (typeof v === 'string') fields[field] = v;
      else if (key === 'notifications' && (typeof v === 'boolean' || typeof v === 'number')) fields[field] = String(v);
      else throw new ConfigError(`${source}: creds value "${key}"."${field}" must be a string`);
    }
    out[key] = fields;
  }
  return out;
}

/** Entries with a `$VAR` whose variable is unset or empty → field → the message saying so (see checkCredsEntry). */
const missingVariables = new WeakMap<Record<string, string>, Map<string, string>>();

/**
 * Whole-value `$VAR` substitution (DNSControl's rule: only a value that starts with "$", no `${}`, no
 * interpolation). An unset or empty variable gives "" as in DNSControl, but the entry is marked: using it
 * (checkCredsEntry) is an error, so a missing TSIG secret cannot silently turn into unsigned updates.
 */
function substituteEnv(creds: Creds, env: Io['env'], source: string): Creds {
  const out: Creds = {};
  for (const [key, entry] of Object.entries(creds)) {
    const fields: Record<string, string> = {};
    const missing = new Map<string, string>();
    for (const [field, v] of Object.entries(entry)) {
      if (!v.startsWith('$')) { fields[field] = v; continue; }
      const name = v.slice(1);
      const value = env[name] ?? '';
      fields[field] = value;
      if (value === '') {
        const why = name === '' ? 'names no environment variable' : `but environment variable ${name} is ${env[name] === undefined ? 'not set' : 'empty'}`;
        missing.set(field, `${source}: entry "${key}", field "${field}" is "${v}", ${why} (a value starting with "$" is always read from the environment)`);
      }
    }
    out[key] = fields;
    if (missing.size) missingVariables.set(fields, missing);
  }
  return out;
}

/** Throws a ConfigError when the creds entry has a `$VAR` value whose variable is unset or empty. Called
 *  before a provider is created from the entry, so nothing is contacted with a missing secret. */
export function checkCredsEntry(entry: Record<string, string> | undefined): void {
  const missing = entry && missingVariables.get(entry);
  if (missing) throw new ConfigError([...missing.values()].join('\n'));
}

/** Whether `field` of the entry is a `$VAR` whose variable is unset or empty (its value is then ""). */
export function isMissingVariable(entry: Record<string, string> | undefined, field: string): boolean {
  return !!entry && (missingVariables.get(entry)?.has(field) ?? false);
}

function withImplicit(creds: Creds): Creds {
  const out = { ...creds };
  for (const [key, entry] of Object.entries(IMPLICIT)) out[key] ??= { ...entry };
  return out;
}

interface Source {
  text?: string;
  source: string;
}

async function readSource(file: string, io: Io): Promise<Source> {
  if (file.startsWith('!')) return runCommand(file.slice(1), io);
  const full = path.resolve(io.cwd, file);
  let st;
  try {
    st = await stat(full);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') {
      io.err(`INFO: creds file "${file}" does not exist; continuing without credentials\n`);
      return { source: file };
    }
    throw new ConfigError(`${file}: cannot read creds file: ${(e as Error).message}`);
  }
  if (st.isFile() && (st.mode & 0o111) !== 0 && !file.endsWith('.json')) {
    // An executable creds file is run; a relative path needs "./" so it is not looked up in $PATH.
    const cmd = path.isAbsolute(file) || file.startsWith('./') || file.startsWith('../') ? file : `./${file}`;
    return runCommand(quoteArg(cmd), io);
  }
  if (st.isFile() && st.size > MAX_CREDS_BYTES) throw tooLarge(file);
  let bytes: Buffer | undefined;
  try {
    bytes = await readAtMost(full, MAX_CREDS_BYTES);
  } catch (e) {
    throw new ConfigError(`${file}: cannot read creds file: ${(e as Error).message}`);
  }
  if (!bytes) throw tooLarge(file);
  return { text: decode(bytes, file), source: file };
}

/** The file's bytes, or undefined when it holds more than `limit` (it may have grown since its stat, or be
 *  a device or a pipe that never ends): never more than limit + 1 bytes are read. */
async function readAtMost(file: string, limit: number): Promise<Buffer | undefined> {
  const fh = await open(file, 'r');
  try {
    const chunks: Buffer[] = [];
    let total = 0;
    for (;;) {
      const buf = Buffer.allocUnsafe(Math.min(64 * 1024, limit + 1 - total));
      const { bytesRead } = await fh.read(buf, 0, buf.length, null);
      if (bytesRead === 0) return Buffer.concat(chunks, total);
      chunks.push(buf.subarray(0, bytesRead));
      total += bytesRead;
      if (total > limit) return undefined;
    }
  } finally {
    await fh.close();
  }
}

/** UTF-8 (with or without BOM) or UTF-16 with a BOM. Bytes that are not UTF-8 are an error at their line and
 *  column (decoding them would turn them into U+FFFD, silently changing a path or a secret). */
function decode(buf: Buffer, source: string): string {
  if (buf[0] === 0xff && buf[1] === 0xfe) return buf.subarray(2).toString('utf16le');
  if (buf[0] === 0xfe && buf[1] === 0xff) {
    const swapped = Buffer.from(buf.subarray(2));
    swapped.swap16();
    return swapped.toString('utf16le');
  }
  const bad = findNonUtf8(buf);
  if (bad) {
    // The byte's value only: the text around it may be a secret.
    throw new ConfigError(`invalid creds file: not UTF-8 text (byte ${hexByte(bad.byte)}); save it as UTF-8`, { file: source, line: bad.line, column: bad.column });
  }
  return buf.toString('utf8');
}

function quoteArg(s: string): string {
  return /^[\w./-]+$/.test(s) ? s : `'${s.replace(/'/g, `'\\''`)}'`;
}

async function runCommand(command: string, io: Io): Promise<Source> {
  const tokens = shellParse(command, (k) => io.env[k] ?? '');
  const source = `!${command}`;
  // The command is run directly, not by a shell (as DNSControl does): pipes and redirections cannot work.
  if (tokens.some((t) => typeof t !== 'string')) {
    throw new ConfigError('creds command: shell operators (|, >, &&, ;, ...) are not supported; put the pipeline in an executable script');
  }
  const argv = tokens as string[];
  if (argv.length === 0) throw new ConfigError(`creds command is empty: "${source}"`);
  const [cmd, ...args] = argv as [string, ...string[]];
  const env = Object.fromEntries(Object.entries(io.env).filter((e): e is [string, string] => e[1] !== undefined));
  const stdout = await new Promise<Buffer>((resolve, reject) => {
    execFile(cmd, args, { cwd: io.cwd, env, maxBuffer: MAX_CREDS_BYTES, encoding: 'buffer' }, (err, out, stderr) => {
      // Neither its stdout nor its arguments go in the error: both may hold secrets.
      if (err) reject(new ConfigError(`creds command "${cmd}" failed: ${describeFailure(err, stderr.toString('utf8'))}`));
      else resolve(out);
    });
  });
  const outSource = `output of creds command "${cmd}"`;
  return { text: decode(stdout, outSource), source: outSource };
}

function describeFailure(err: Error & { code?: unknown }, stderr: string): string {
  if (err.code === 'ENOENT') return 'command not found';
  if (err.code === 'ERR_CHILD_PROCESS_STDIO_MAXBUFFER') return `its output is larger than ${LIMIT_TEXT}`;
  const first = stderr.trim().split('\n')[0];
  return `${typeof err.code === 'number' ? `exit code ${err.code}` : 'killed'}${first ? `: ${first}` : ''}`;
}

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}
