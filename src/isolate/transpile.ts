// TypeScript and ES-module configs (src/isolate/files.ts says which files): transpiled by dnscode (outside the sandbox) with sucrase (types
// stripped, no type-check; `import`/`export` to CommonJS), so `import` of local modules and JSON goes through
// the sandbox's require(). sucrase rather than the TypeScript compiler: about 1/40 of its size, bundled into
// dnscode at build time, and it keeps every line where it was, so errors point at the line as written.
import { transform } from 'sucrase';
import { parse } from 'sucrase/dist/parser/index.js';
import { TokenType as tt } from 'sucrase/dist/parser/tokenizer/types.js';
import { explainSyntaxError } from '../dsl/syntax-errors.js';
import { ConfigError } from '../errors.js';

export interface Transpiled {
  code: string;
  /** Source map (JSON) from `code` back to the file as written. */
  map?: string;
  /** Has import/export: runs with its own module scope and returns its exports. Otherwise a script
   *  whose top-level declarations are globals, like a DNSControl dnsconfig.js. */
  isModule: boolean;
}

interface SucraseSyntaxError { message: string; loc?: { line: number; column: number } }

export function transpile(source: string, fileName: string, displayName: string): Transpiled {
  const isTs = /\.[mc]?ts$/i.test(fileName);
  try {
    const isModule = hasModuleSyntax(source, isTs);
    const out = transform(source, {
      transforms: isModule ? (isTs ? ['typescript', 'imports'] : ['imports']) : isTs ? ['typescript'] : [],
      filePath: displayName,
      sourceMapOptions: { compiledFilename: displayName },
    });
    return { code: out.code, map: out.sourceMap ? JSON.stringify(out.sourceMap) : undefined, isModule };
  } catch (e) {
    const err = e as SucraseSyntaxError;
    if (!err.loc) throw e;
    // sucrase says "Error transforming <file>: <reason> (line:col)": keep the reason, in plain words where
    // there are plainer ones; the place goes in the position (sucrase's line and column are both 1-based).
    const reason = err.message.replace(/^Error transforming [^:]*: /, '').replace(/\s*\(\d+:\d+\)\s*$/, '');
    const explained = explainSyntaxError(source, reason, { line: err.loc.line, column: err.loc.column });
    throw new ConfigError(`syntax error: ${explained.reason}`, { file: displayName, line: explained.line, column: explained.column });
  }
}

/** Whether the file has a top-level `import`/`export` (TypeScript's rule for "this file is a module"); a
 *  dynamic `import()`, `import.meta` or a namespace's `export` does not count. */
function hasModuleSyntax(source: string, isTs: boolean): boolean {
  const { tokens } = parse(source, false, isTs, false);
  let depth = 0;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!.type;
    if (t === tt.braceL || t === tt.dollarBraceL || t === tt.braceBarL) depth++;
    else if (t === tt.braceR || t === tt.braceBarR) depth--;
    else if (depth === 0 && t === tt._export) return true;
    else if (depth === 0 && t === tt._import && tokens[i + 1]?.type !== tt.parenL && tokens[i + 1]?.type !== tt.dot) return true;
  }
  return false;
}
