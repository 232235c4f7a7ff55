// The generator of the language reference: docs/reference/*.md and the doc comments of types/*.d.ts, both
// from src/typings/reference-data.ts. Signatures are printed from the declarations in types/*.d.ts and the
// supported providers are computed from the providers' capabilities and audits, so neither is typed by hand.
// `npm run docs:reference` (UPDATE_DOCS=1 on reference.test.ts) writes the files; the test compares them.
import path from 'node:path';
import { readFile } from 'node:fs/promises';
import ts from 'typescript';
import type { RecordConfig } from '../../src/ir/types.js';
import { normalizeRedirects } from '../../src/normalize/cloudflare-redirects.js';
import { newProblems } from '../../src/normalize/problems.js';
import { zoneProblems } from '../../src/providers/_core/capabilities.js';
import { allProviderTypes, getProviderType } from '../../src/providers/registry.js';
import type { Capability, ProviderType } from '../../src/providers/types.js';
import { typingFiles } from '../../src/typings/bundle.js';
import { REFERENCE } from '../../src/typings/reference-data.js';
import type { RefEntry, RefKind, RefSupport } from '../../src/typings/reference-data.js';

export const ROOT = path.join(import.meta.dirname, '../..');
export const DOCS_DIR = path.join(ROOT, 'docs/reference');
const DO_NOT_EDIT = '<!-- generated from src/typings/reference-data.ts by `npm run docs:reference`: do not edit -->';

/** The pages of docs/reference/, one per kind, in index order. */
export const PAGES: readonly { kind: RefKind; file: string; title: string; intro: string }[] = [
  { kind: 'top-level', file: 'top-level.md', title: 'Top-level functions', intro: 'Called at the top level of dnsconfig.js: they declare providers and domains, and load other files.' },
  { kind: 'domain-modifier', file: 'domain-modifiers.md', title: 'Domain modifiers', intro: 'Passed to `D()`, `D_EXTEND()` or `DEFAULTS()` next to the records: they set how the whole domain is managed.' },
  { kind: 'record', file: 'records.md', title: 'Records', intro: 'One function per DNS record type. Each takes the label first, then the type\'s fields, then record modifiers; pass the result to `D()`, `D_EXTEND()` or `DEFAULTS()`.' },
  { kind: 'provider-record', file: 'provider-records.md', title: 'Provider-specific records', intro: 'Records that only one provider understands (aliases, redirects, CDN entries). They have no zone-file form; the provider turns them into its own API objects.' },
  { kind: 'record-modifier', file: 'record-modifiers.md', title: 'Record modifiers', intro: 'Passed after a record\'s fixed arguments: `A("@", "192.0.2.1", TTL("1h"), CF_PROXY_ON)`.' },
  { kind: 'builder', file: 'builders.md', title: 'Builders', intro: 'Functions that write several records (or one complex record) from an options object. Their result goes where records go.' },
  { kind: 'helper', file: 'helpers.md', title: 'Helpers', intro: 'Values and functions for computing a config: addresses, reverse zones, hashes, errors.' },
];

// ---------------------------------------------------------------- declarations in types/*.d.ts

export interface Declaration {
  name: string;
  /** The types/ file it is in. */
  file: string;
  node: ts.FunctionDeclaration | ts.VariableStatement;
  /** Parameter names (rest parameters without the dots); empty for a constant. */
  params: string[];
  /** `A(name: RecordName, ...): DomainModifier` or `NO_PURGE: DomainModifier`. */
  signature: string;
}

/** The typing files whose declarations are DSL globals (not the *.json5 module shim). */
export async function globalTypingFiles(): Promise<string[]> {
  return (await typingFiles()).filter((f) => f.endsWith('.d.ts'));
}

function parse(file: string, text: string): ts.SourceFile {
  return ts.createSourceFile(file, text, ts.ScriptTarget.ES2022, true);
}

const oneLine = (s: string) => s.replace(/\s*\n\s*/g, ' ').replace(/\(\s+/g, '(').replace(/\s+\)/g, ')').replace(/;$/, '');

/** Every declared global of one file, in file order; `require` is the function inside `namespace __dnscode`. */
function declarationsOf(file: string, sf: ts.SourceFile): Declaration[] {
  const out: Declaration[] = [];
  const visit = (stmts: readonly ts.Statement[]) => {
    for (const s of stmts) {
      if (ts.isFunctionDeclaration(s) && s.name) {
        const name = s.name.text;
        const sig = oneLine(s.getText(sf).slice(s.name.getStart(sf) - s.getStart(sf)));
        out.push({ name, file, node: s, params: s.parameters.map((p) => p.name.getText(sf)), signature: sig });
      } else if (ts.isVariableStatement(s)) {
        for (const d of s.declarationList.declarations) {
          const name = d.name.getText(sf);
          if (name.startsWith('__dnscode')) continue;
          out.push({ name, file, node: s, params: [], signature: `${name}: ${d.type ? oneLine(d.type.getText(sf)) : 'any'}` });
        }
      } else if (ts.isModuleDeclaration(s) && s.name.getText(sf) === '__dnscode' && s.body && ts.isModuleBlock(s.body)) {
        visit(s.body.statements);
      }
    }
  };
  visit(sf.statements);
  return out;
}

export async function declarations(): Promise<Declaration[]> {
  const out: Declaration[] = [];
  for (const file of await globalTypingFiles()) out.push(...declarationsOf(file, parse(file, await readFile(file, 'utf8'))));
  return out;
}

// ---------------------------------------------------------------- supported providers

/** Providers that store records (NONE stores nothing and is left out of every list). */
const dnsProviders = (): ProviderType[] => allProviderTypes().filter((p) => p.roles.includes('dns') && p.name !== 'NONE');

/** A minimal, valid record of a type, for asking a provider's capabilities and audit whether it stores it. */
function sample(type: string): RecordConfig {
  const rc: RecordConfig = { type, name: 'www', target: 'host.example.com.', ttl: 300 };
  if (type === 'A') rc.target = '192.0.2.1';
  if (type === 'AAAA') rc.target = '2001:db8::1';
  if (type === 'ALIAS') rc.name = '@';
  if (type === 'CAA') Object.assign(rc, { caatag: 'issue', caaflag: 0, target: 'letsencrypt.org' });
  if (type === 'TXT') rc.target = 'v=spf1 -all';
  if (type === 'DS') rc.name = 'child';
  if (type === 'R53_ALIAS') rc.r53_alias = { type: 'A' };
  if (type === 'AZURE_ALIAS') Object.assign(rc, { azure_alias: { type: 'A' }, target: '/subscriptions/s/resourceGroups/g/providers/Microsoft.Network/publicIPAddresses/ip' });
  if (type.startsWith('CF_')) Object.assign(rc, { name: '@', target: 'old.example.com/*,https://example.com/$1' });
  return rc;
}

function storesType(pt: ProviderType, type: string): boolean {
  const dc = { name: 'example.com', registrar: 'none', dnsProviders: {}, records: [sample(type)] };
  // As the config hands them over: CF_REDIRECT / CF_TEMP_REDIRECT are single redirects by then.
  normalizeRedirects(dc, newProblems());
  const z = zoneProblems(dc, pt);
  return z.unsupported.length === 0 && z.audit.length === 0;
}

const supportCache = new Map<string, string[] | 'all'>();

/** The provider types supporting an entry, or 'all' when the feature does not depend on the provider (or
 *  every provider that stores records supports it). */
export function supportedBy(e: RefEntry): string[] | 'all' {
  let by = supportCache.get(e.name);
  if (!by) {
    by = computeSupport(e);
    if (by !== 'all' && by.length === dnsProviders().length) by = 'all';
    supportCache.set(e.name, by);
  }
  return by;
}

function computeSupport(e: RefEntry): string[] | 'all' {
  const s: RefSupport | undefined = e.support ?? (e.kind === 'record' || e.kind === 'provider-record' ? { rtype: e.name } : undefined);
  if (!s) return 'all';
  const names = (f: (p: ProviderType) => boolean) => dnsProviders().filter(f).map((p) => p.name);
  if ('owner' in s) {
    const owner = getProviderType(s.owner);
    return owner && (!s.rtype || storesType(owner, s.rtype)) ? [s.owner] : [];
  }
  if ('rtype' in s) return names((p) => storesType(p, s.rtype));
  if ('rtypes' in s) return names((p) => s.rtypes.every((t) => storesType(p, t)));
  return names((p) => p.capabilities[s.capability as Capability]?.can === true);
}

function supportText(e: RefEntry): string {
  const by = supportedBy(e);
  if (by === 'all') return 'every provider';
  if (by.length) return by.map((n) => `\`${n}\``).join(', ');
  const s = e.support;
  if (s && 'owner' in s && getProviderType(s.owner)) return `none of dnscode's providers yet (\`${s.owner}\` does not support it)`;
  return s && 'owner' in s ? `none of dnscode's providers (it is for DNSControl's \`${s.owner}\`, ${s.ownerName})` : 'none of dnscode\'s providers yet';
}

// ---------------------------------------------------------------- doc comments

/** The JSDoc comment of one declaration, indented by `indent`. */
export function docComment(e: RefEntry, d: Declaration, indent: string): string {
  const lines: string[] = [e.summary];
  if (e.notes) lines.push('', ...e.notes.split('\n'));
  if (supportedBy(e) !== 'all') lines.push('', `Providers: ${supportText(e)}.`);
  if (e.deprecated) lines.push(`@deprecated ${e.deprecated}`);
  for (const p of d.params) {
    const a = e.args?.find((x) => x.name === p);
    if (!a) throw new Error(`${e.name}: no description of parameter ${p} (src/typings/reference-data.ts)`);
    lines.push(`@param ${p} ${a.text}${a.default ? ` Default: \`${a.default}\`.` : ''}`);
  }
  lines.push('@example', ...e.example.split('\n'));
  const body = lines.join('\n');
  if (body.includes('*/')) throw new Error(`${e.name}: "*/" cannot go in a doc comment`);
  return ['/**', ...lines.map((l) => (l ? ` * ${l}` : ' *')), ' */'].join(`\n${indent}`);
}

/** A typing file with the doc comment of every declared global replaced by the generated one. */
export function withDocComments(file: string, text: string, entries: ReadonlyMap<string, RefEntry>): string {
  const sf = parse(file, text);
  const edits: { from: number; to: number; text: string }[] = [];
  for (const d of declarationsOf(file, sf)) {
    const e = entries.get(d.name);
    if (!e) continue;
    const start = d.node.getStart(sf);
    const indent = text.slice(text.lastIndexOf('\n', start - 1) + 1, start);
    const comment = docComment(e, d, indent);
    const docs = ts.getJSDocCommentsAndTags(ts.isVariableStatement(d.node) ? d.node.declarationList.declarations[0]! : d.node).filter(ts.isJSDoc);
    if (docs.length) edits.push({ from: docs[0]!.getStart(sf), to: docs.at(-1)!.end, text: comment });
    else edits.push({ from: start, to: start, text: `${comment}\n${indent}` });
  }
  let out = text;
  for (const ed of edits.sort((a, b) => b.from - a.from)) out = out.slice(0, ed.from) + ed.text + out.slice(ed.to);
  return out;
}

// ---------------------------------------------------------------- pages

const cell = (s: string) => s.replace(/\|/g, '\\|').replace(/\n/g, ' ');
/** GitHub's heading anchor for a global's name. */
export const anchor = (name: string) => name.toLowerCase().replace(/[^a-z0-9_-]/g, '');

function section(e: RefEntry, decls: readonly Declaration[]): string {
  const lines = [`## ${e.name}`, '', e.summary, ''];
  if (e.deprecated) lines.push(`> **Deprecated:** ${e.deprecated}`, '');
  lines.push('```ts', ...decls.map((d) => d.signature), '```', '');
  if (e.args?.length) {
    lines.push('| argument | meaning | default |', '|---|---|---|');
    for (const a of e.args) lines.push(`| \`${a.name}\` | ${cell(a.text)} | ${a.default ? `\`${cell(a.default)}\`` : ''} |`);
    lines.push('');
  }
  if (e.notes) lines.push(e.notes, '');
  lines.push(`Supported by: ${supportText(e)}.`, '', '```js', e.example, '```', '');
  return lines.join('\n');
}

function indexPage(byName: ReadonlyMap<string, Declaration[]>): string {
  const lines = [
    '# Language reference',
    '',
    DO_NOT_EDIT,
    '',
    'Every function, record type, modifier and builder a `dnsconfig.js` (or `dnsconfig.ts`, `dnsconfig.mjs`) can use.',
    'The same text is what editors show on hover, from the typings in `types/` (see [typescript.md](../typescript.md)).',
    'New to dnscode: [Getting started](../getting-started.md); coming from DNSControl: [Migrating from DNSControl](../migrating-from-dnscontrol.md).',
    '',
    'Types in the signatures: `RecordName` is a label (`"@"`, `"www"`, or a name ending in a dot); `Duration` is',
    'seconds or a string with a unit (`"5m"`, `"1h"`, `"2d"`); `DomainModifier` is anything `D()` accepts and',
    '`RecordModifier` anything a record accepts after its fixed arguments; `...Arg` types also accept meta objects.',
    '',
  ];
  for (const p of PAGES) {
    lines.push(`## [${p.title}](${p.file})`, '', p.intro, '', '| name | what | providers |', '|---|---|---|');
    for (const e of REFERENCE.filter((x) => x.kind === p.kind)) {
      const by = supportedBy(e);
      const prov = by === 'all' ? 'all' : by.length ? by.join(', ') : 'none yet';
      lines.push(`| [\`${e.name}\`](${p.file}#${anchor(e.name)}) | ${cell(e.summary)}${e.deprecated ? ' (deprecated)' : ''} | ${prov} |`);
    }
    lines.push('');
  }
  const types = REFERENCE.filter((e) => e.kind === 'record' || e.kind === 'provider-record').filter((e) => byName.has(e.name));
  const provs = dnsProviders();
  lines.push('## Record types by provider', '', 'Computed from each provider\'s capabilities and audit (what `check` and `preview` accept).', '');
  lines.push(`| type | ${provs.map((p) => p.name).join(' | ')} |`, `|---|${provs.map(() => '---').join('|')}|`);
  for (const e of types) {
    const by = supportedBy(e);
    lines.push(`| \`${e.name}\` | ${provs.map((p) => (by === 'all' || by.includes(p.name) ? '✅' : '')).join(' | ')} |`);
  }
  lines.push('');
  return lines.join('\n');
}

/** Every file of docs/reference/: its name and generated text. */
export function referencePages(decls: readonly Declaration[]): Map<string, string> {
  const byName = new Map<string, Declaration[]>();
  for (const d of decls) byName.set(d.name, [...(byName.get(d.name) ?? []), d]);
  const pages = new Map<string, string>([['README.md', indexPage(byName)]]);
  for (const p of PAGES) {
    const head = [`# ${p.title}`, '', DO_NOT_EDIT, '', p.intro, '', 'Back to the [language reference](README.md).', ''];
    const body = REFERENCE.filter((e) => e.kind === p.kind).map((e) => section(e, byName.get(e.name) ?? []));
    pages.set(p.file, [...head, ...body].join('\n').trimEnd() + '\n');
  }
  return pages;
}

export const referenceEntries = (): Map<string, RefEntry> => new Map(REFERENCE.map((e) => [e.name, e]));
