// The language reference covers the DSL: every global the engine installs has an entry in
// src/typings/reference-data.ts, a section in docs/reference/, and a doc comment (with @param for each
// parameter and an @example) on each of its declarations in types/*.d.ts; and the generated files are current.
// `npm run docs:reference` (UPDATE_DOCS=1) rewrites docs/reference/ and the doc comments instead of failing.
import { existsSync, readdirSync } from 'node:fs';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { REFERENCE } from '../../src/typings/reference-data.js';
import { engineGlobals } from './engine-globals.js';
import { anchor, declarations, DOCS_DIR, globalTypingFiles, PAGES, referenceEntries, referencePages, withDocComments } from './reference.js';

const UPDATE = !!process.env.UPDATE_DOCS;
const engine = [...engineGlobals()].sort();
const entries = referenceEntries();
const typingFiles = (await globalTypingFiles()).map((f) => [path.basename(f), f] as const);

describe('language reference source', () => {
  it('every DSL global has exactly one entry, and every entry is a DSL global', () => {
    expect(engine.filter((n) => !entries.has(n))).toEqual([]);
    expect(REFERENCE.map((e) => e.name).filter((n) => !engine.includes(n))).toEqual([]);
    expect(REFERENCE.length).toBe(entries.size);
  });

  it('each entry describes exactly the parameters its declarations have', async () => {
    const decls = await declarations();
    const problems: string[] = [];
    for (const e of REFERENCE) {
      const params = new Set(decls.filter((d) => d.name === e.name).flatMap((d) => d.params));
      const described = new Set((e.args ?? []).map((a) => a.name));
      for (const p of params) if (!described.has(p)) problems.push(`${e.name}: parameter ${p} has no description`);
      for (const a of described) if (!params.has(a)) problems.push(`${e.name}: describes ${a}, which no declaration has`);
      if (!e.example.trim()) problems.push(`${e.name}: no example`);
    }
    expect(problems).toEqual([]);
  });
});

describe('doc comments in types/*.d.ts', () => {
  it.each(typingFiles)('%s is generated from the reference', async (_n, file) => {
    const text = await readFile(file, 'utf8');
    const want = withDocComments(file, text, entries);
    if (UPDATE && want !== text) await writeFile(file, want);
    else expect(text).toBe(want);
  });

  it('every DSL global is declared with a doc comment that has its @param tags and an @example', async () => {
    const decls = await declarations();
    const problems: string[] = [];
    for (const name of engine) {
      const own = decls.filter((d) => d.name === name);
      if (!own.length) problems.push(`${name}: not declared`);
      for (const d of own) {
        const target = ts.isVariableStatement(d.node) ? d.node.declarationList.declarations[0]! : d.node;
        const tags = ts.getJSDocTags(target);
        const docs = ts.getJSDocCommentsAndTags(target).filter(ts.isJSDoc);
        if (!docs.length || !docs.at(-1)!.comment) problems.push(`${name} (${path.basename(d.file)}): no doc comment`);
        const params = tags.filter(ts.isJSDocParameterTag).map((t) => t.name.getText());
        for (const p of d.params) if (!params.includes(p)) problems.push(`${name}: no @param ${p}`);
        if (!tags.some((t) => t.tagName.text === 'example')) problems.push(`${name}: no @example`);
      }
    }
    expect(problems).toEqual([]);
  });
});

describe('docs/reference', () => {
  it('every page is generated from the reference', async () => {
    const pages = referencePages(await declarations());
    if (UPDATE) await mkdir(DOCS_DIR, { recursive: true });
    const stale: string[] = [];
    for (const [file, want] of pages) {
      const p = path.join(DOCS_DIR, file);
      const have = existsSync(p) ? await readFile(p, 'utf8') : undefined;
      if (have === want) continue;
      if (UPDATE) await writeFile(p, want);
      else stale.push(file);
    }
    expect(stale, 'run `npm run docs:reference`').toEqual([]);
    const extra = readdirSync(DOCS_DIR).filter((f) => !pages.has(f));
    expect(extra, 'files in docs/reference/ that the generator does not write').toEqual([]);
  });

  it('every DSL global has a section on its page and a row in the index', async () => {
    const index = await readFile(path.join(DOCS_DIR, 'README.md'), 'utf8');
    const problems: string[] = [];
    for (const name of engine) {
      const e = entries.get(name);
      const page = PAGES.find((p) => p.kind === e?.kind);
      if (!e || !page) { problems.push(`${name}: no entry`); continue; }
      const text = await readFile(path.join(DOCS_DIR, page.file), 'utf8');
      if (!text.includes(`\n## ${name}\n`)) problems.push(`${name}: no section in ${page.file}`);
      if (!index.includes(`](${page.file}#${anchor(name)})`)) problems.push(`${name}: no row in README.md`);
    }
    expect(problems).toEqual([]);
  });
});
