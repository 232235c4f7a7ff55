// The files `init` writes: creds.json (merged into an existing one) and a starter config.
import { chmod, writeFile } from 'node:fs/promises';
import { UsageError } from '../errors.js';
import type { InitAnswers } from './answers.js';
import { readIfExists } from '../_util/fs.js';

type CredsJson = Record<string, Record<string, string>>;

/** An existing creds file as JSON (undefined when there is none). Only plain JSON is merged: rewriting a
 *  commented JSON5 file would drop the comments. */
export function parseExistingCreds(existing: string | undefined, credsName: string): CredsJson | undefined {
  if (existing === undefined || existing.trim() === '') return undefined;
  try {
    return JSON.parse(existing) as CredsJson;
  } catch {
    throw new UsageError(`${credsName} is not plain JSON (comments?), so init does not rewrite it; add the new entry by hand or use --creds`);
  }
}

/** The credkeys of an existing creds file (none if there is no file). Throws if it cannot be merged. */
export async function existingCredkeys(file: string, credsName: string): Promise<string[]> {
  return Object.keys(parseExistingCreds(await readIfExists(file), credsName) ?? {});
}

/** The creds.json text with the answers' credkey (and the "none" registrar the starter config uses) added. */
export function mergeCreds(existing: string | undefined, a: InitAnswers, credsName: string, replace: boolean): string {
  const creds = parseExistingCreds(existing, credsName) ?? {};
  if (Object.hasOwn(creds, a.credkey) && !replace) {
    throw new UsageError(`${credsName} already has "${a.credkey}"; choose another name with --credkey`);
  }
  creds[a.credkey] = { TYPE: a.providerType, ...a.fields };
  if (a.credkey !== 'none') creds.none ??= { TYPE: 'NONE' };
  return `${JSON.stringify(creds, null, 2)}\n`;
}

export async function writeCreds(file: string, credsName: string, a: InitAnswers, replace = false): Promise<void> {
  const text = mergeCreds(await readIfExists(file), a, credsName, replace);
  await writeFile(file, text, { mode: 0o600 });
  await chmod(file, 0o600); // creds.json holds secrets; also tighten a file that already existed
}

/** A JS identifier for the provider variable, e.g. "bind" → DSP_BIND. */
export function providerVar(credkey: string): string {
  const id = credkey.toUpperCase().replace(/[^A-Z0-9_$]+/g, '_');
  return `DSP_${/^[0-9]/.test(id) ? `_${id}` : id}`;
}

/** Line telling the type checker where the DSL typings are (only for .ts configs, which need them). */
export function typingsReference(ts: boolean): string {
  return ts ? '/// <reference path="types-dnscontrol.d.ts" />\n' : '';
}

/** The DNS provider declaration. BIND writes the SOA and apex NS itself, so the starter gives it placeholders
 *  to change: without them the zone file has no NS and `named` refuses to load it. */
function providerLines(a: InitAnswers, dsp: string): string[] {
  const decl = `var ${dsp} = NewDnsProvider(${JSON.stringify(a.credkey)}`;
  if (a.providerType !== 'BIND') return [`${decl});`];
  const apex = a.domains[0] ?? 'example.com';
  return [
    '// The name servers of your zones and the SOA contact: change these to your own.',
    `${decl}, {`,
    `    default_soa: { master: ${JSON.stringify(`ns1.${apex}.`)}, mbox: ${JSON.stringify(`hostmaster.${apex}.`)} },`,
    '    default_ns: ["ns1.example.net.", "ns2.example.net."],',
    '});',
  ];
}

/** A starter config: the providers, and one D() per domain with example records left commented out. */
export function starterConfig(a: InitAnswers, ts: boolean): string {
  const dsp = providerVar(a.credkey);
  const lines = [
    typingsReference(ts) + `// DNS as code: written by \`dnscode init\`. Preview with \`dnscode preview\`, apply with \`dnscode push\`.`,
    `var REG_NONE = NewRegistrar(${JSON.stringify('none')});`,
    ...providerLines(a, dsp),
    '',
  ];
  for (const d of a.domains) {
    lines.push(
      `D(${JSON.stringify(d)}, REG_NONE, DnsProvider(${dsp}),`,
      '    DefaultTTL(300),',
      '    // A("@", "192.0.2.1"),',
      '    // CNAME("www", "@"),',
      ');',
      '',
    );
  }
  if (a.domains.length === 0) {
    lines.push('// D("example.com", REG_NONE, DnsProvider(' + dsp + '),', '//     A("@", "192.0.2.1"),', '// );', '');
  }
  return lines.join('\n');
}
