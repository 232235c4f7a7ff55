// The generated part of docs/providers/<name>.md: creds keys and capabilities, straight from the
// ProviderType values, so the docs cannot drift from the code (provider-docs.test.ts checks it).
import type { CredsField, ProviderType } from '../../src/providers/types.js';
import { CAPABILITIES } from '../../src/providers/types.js';

export const BEGIN = '<!-- generated from the code: do not edit (UPDATE_DOCS=1 npx vitest run test/integration/provider-docs.test.ts) -->';
export const END = '<!-- end of generated part -->';

const cell = (s: string) => s.replace(/\|/g, '\\|');
const required = (f: CredsField) =>
  f.required ? 'yes' : f.requiredUnless ? `unless ${f.requiredUnless.map((k) => `\`${k}\``).join(' and ')}` : '';

export function generatedSection(t: ProviderType): string {
  const lines = [BEGIN, '', t.createDns ? `Diff unit: **${t.diffMode}**.` : 'Registrar only: it sets delegations, it holds no records.', '', '| creds key | required | secret | default | meaning |', '|---|---|---|---|---|'];
  for (const f of t.credsFields) lines.push(`| \`${f.name}\` | ${required(f)} | ${f.secret ? 'yes' : ''} | ${f.default ? `\`${cell(f.default)}\`` : ''} | ${cell(f.help)} |`);
  lines.push('', '| capability | | note |', '|---|---|---|');
  for (const c of CAPABILITIES) {
    const s = t.capabilities[c];
    if (!s) continue;
    lines.push(`| ${c} | ${s.can ? '✅' : '❌'} | ${cell(s.note ?? '')} |`);
  }
  lines.push('', END);
  return lines.join('\n');
}

/** The doc with its generated section replaced (or appended when missing). */
export function withGenerated(doc: string, t: ProviderType): string {
  const gen = generatedSection(t);
  const a = doc.indexOf(BEGIN);
  const b = doc.indexOf(END);
  if (a >= 0 && b > a) return doc.slice(0, a) + gen + doc.slice(b + END.length);
  return `${doc.trimEnd()}\n\n## Creds keys and capabilities\n\n${gen}\n`;
}
