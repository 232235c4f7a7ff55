// TypeScript and ES-module configs: transpiled by dnscode (outside the sandbox) with the `typescript` package (transpileModule, no
// type-check) to CommonJS, so `import` of local modules and JSON goes through the sandbox's require().
import { createRequire } from 'node:module';
import { ConfigError } from '../errors.js';

type TS = typeof import('typescript');
let ts: TS | undefined;

function typescript(file: string): TS {
  if (ts) return ts;
  try {
    ts = createRequire(import.meta.url)('typescript') as TS;
    return ts;
  } catch {
    throw new ConfigError(`${file}: TypeScript/ES module configs need the "typescript" package (npm install typescript)`);
  }
}

/** Files that go through the transpiler instead of running as plain scripts. */
export const TRANSPILED = /\.(ts|mts|cts|mjs)$/i;

/** Extensions tried, in order, for `import "./lib"` without one. */
export const MODULE_EXTENSIONS = ['.ts', '.mts', '.js', '.mjs', '.json', '.json5'];

export interface Transpiled {
  code: string;
  /** Source map (JSON) from `code` back to the file as written. */
  map?: string;
  /** Has import/export: runs with its own module scope and returns its exports. Otherwise a script
   *  whose top-level declarations are globals, like a DNSControl dnsconfig.js. */
  isModule: boolean;
}

export function transpile(source: string, fileName: string, displayName: string): Transpiled {
  const t = typescript(displayName);
  // .mjs/.mts would force ES module output; the sandbox runs CommonJS, so present them as .js/.ts.
  const asName = fileName.replace(/\.m?js$/i, '.js').replace(/\.[mc]ts$/i, '.ts');
  const out = t.transpileModule(source, {
    fileName: asName,
    reportDiagnostics: true,
    compilerOptions: { module: t.ModuleKind.CommonJS, target: t.ScriptTarget.ES2022, esModuleInterop: true, allowJs: true, sourceMap: true },
  });
  const diag = out.diagnostics?.find((d) => d.category === t.DiagnosticCategory.Error);
  if (diag) {
    const where = diag.file && diag.start !== undefined ? diag.file.getLineAndCharacterOfPosition(diag.start) : undefined;
    const msg = t.flattenDiagnosticMessageText(diag.messageText, '\n');
    throw new ConfigError(`syntax error: ${msg}`, where ? { file: displayName, line: where.line + 1, column: where.character + 1 } : undefined);
  }
  const sf = t.createSourceFile(asName, source, t.ScriptTarget.ES2022, false);
  const isModule = sf.statements.some((s) => t.isImportDeclaration(s) || t.isExportDeclaration(s) || t.isExportAssignment(s) ||
    t.isImportEqualsDeclaration(s) || (t.canHaveModifiers(s) && (t.getModifiers(s) ?? []).some((m) => m.kind === t.SyntaxKind.ExportKeyword)));
  // Drop the sourceMappingURL comment: the map is handed to the position tracker directly.
  return { code: out.outputText.replace(/\n\/\/# sourceMappingURL=.*$/, ''), map: out.sourceMapText, isModule };
}
