// The stable layout of a config, by prettier with fixed options. A project's own .prettierrc is ignored on
// purpose: `dnscode fmt` must give the same bytes on every machine, so `fmt --check` means the same in CI.
// prettier's standalone build with the three plugins configs need (JavaScript and JSON by babel, TypeScript):
// the full package would bring twenty more languages' parsers. Loaded only when `fmt` runs.
import path from 'node:path';
import type { Options } from 'prettier';
import { ConfigError } from '../errors.js';
import { deepNesting, deepNestingReason, explainV8SyntaxError, isStackOverflow } from '../dsl/syntax-errors.js';

/** Files `check` runs through the transpiler (src/isolate/files.ts). */
const TRANSPILED = /\.(ts|mts|cts|mjs)$/i;
/** The name a file is compiled under to find its syntax error: V8's message starts with it. */
const FILE_ID = '/dnscode-fmt/config.js';

const PARSERS: Record<string, string> = {
  '.js': 'babel', '.cjs': 'babel', '.mjs': 'babel', '.jsx': 'babel',
  '.ts': 'typescript', '.cts': 'typescript', '.mts': 'typescript',
  '.json': 'json', '.json5': 'json5',
};

export const FORMAT_OPTIONS: Readonly<Options> = {
  printWidth: 120,
  tabWidth: 4,
  useTabs: false,
  semi: true,
  singleQuote: false,
  quoteProps: 'preserve',
  // No trailing commas: DNSControl's ES5 engine rejects them in calls, and configs may be shared with it.
  trailingComma: 'none',
  bracketSpacing: true,
  arrowParens: 'always',
  endOfLine: 'lf',
};

/** The parser for a config file name (by extension; unknown extensions are JavaScript). */
export function parserFor(file: string): string {
  return PARSERS[path.extname(file).toLowerCase()] ?? 'babel';
}

interface PrettierSyntaxError {
  loc?: { start?: { line?: number; column?: number } };
  message?: string;
}

/** Formats `text` (the contents of `file`). Throws ConfigError with file:line:col when it does not parse. */
export async function formatConfig(text: string, file: string): Promise<string> {
  const [prettier, babel, estree, typescript] = await Promise.all([
    import('prettier/standalone'), import('prettier/plugins/babel'), import('prettier/plugins/estree'), import('prettier/plugins/typescript'),
  ]);
  try {
    return await prettier.format(text, { ...FORMAT_OPTIONS, parser: parserFor(file), filepath: undefined, plugins: [babel, estree, typescript] });
  } catch (e) {
    const err = e as PrettierSyntaxError;
    const start = err.loc?.start;
    if (!start?.line) throw await unplacedError(e, text, file);
    // prettier's message is "reason (line:col)" followed by a code frame: keep the reason only.
    const reason = (err.message ?? 'syntax error').split('\n')[0]!.replace(/\s*\(\d+:\d+\)\s*$/, '');
    throw new ConfigError(reason, { file, line: start.line, column: start.column ?? 1 });
  }
}

/**
 * prettier failed without saying where: its parser or printer ran out of stack (brackets nested hundreds
 * deep), or its parser threw a bare JavaScript error on something it cannot read (babel: "Invalid code point
 * 1114112" for "\u{110000}"). The file is then placed the way `check` places it: by the nesting, or by V8's
 * own syntax error, found by compiling the file (never running it; syntax-errors.ts puts it in plain words).
 */
async function unplacedError(e: unknown, text: string, file: string): Promise<ConfigError> {
  if (isStackOverflow(e)) {
    const deep = deepNesting(text);
    if (deep) return new ConfigError(`cannot format: ${deepNestingReason(deep.depth, 'the formatter')}`, { file, line: deep.line, column: deep.column });
    return new ConfigError(`${file}: cannot format: the code is nested too deeply for the formatter`);
  }
  const found = parserFor(file) === 'babel' || parserFor(file) === 'typescript' ? await compileError(text, file) : undefined;
  return found ?? new ConfigError(`${file}: cannot format: ${(e as Error)?.message ?? String(e)}`);
}

/** V8's syntax error for `text`, placed and explained as `check` reports it (syntax-errors.ts), or undefined
 *  when it compiles. TypeScript and ES modules go through the transpiler first, as `check` runs them. */
async function compileError(text: string, file: string): Promise<ConfigError | undefined> {
  const vm = await import('node:vm');
  let code = text;
  let isModule = false;
  let map: string | undefined;
  if (TRANSPILED.test(file)) {
    const { transpile } = await import('../isolate/transpile.js');
    try {
      ({ code, isModule, map } = transpile(text, file, file));
    } catch (e) {
      return e instanceof ConfigError ? e : undefined;
    }
  }
  try {
    if (isModule) vm.compileFunction(code, ['exports', 'require', 'module'], { filename: FILE_ID });
    else new vm.Script(code, { filename: FILE_ID });
    return undefined;
  } catch (e) {
    const explained = explainV8SyntaxError(code, e, FILE_ID);
    if (!explained) return undefined;
    let { line, column } = explained;
    if (map) {
      const { SourceMap } = await import('node:module');
      const entry = new SourceMap(JSON.parse(map) as never).findEntry(line - 1, column - 1) as { originalLine?: number; originalColumn?: number };
      if (entry.originalLine !== undefined && entry.originalColumn !== undefined) ({ line, column } = { line: entry.originalLine + 1, column: entry.originalColumn + 1 });
    }
    return new ConfigError(`syntax error: ${explained.reason}`, { file, line, column });
  }
}
