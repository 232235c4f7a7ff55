// The interactive wizard. Prompts come from @inquirer/prompts; secrets use its password prompt, which
// echoes nothing.
import type { Readable, Writable } from 'node:stream';
import { confirm, input, password, select } from '@inquirer/prompts';
import type { CredsField, ProviderType } from '../providers/types.js';
import {
  choosableProviders, defaultCredkey, fallbackValue, isMainField, parseSets, requireProviderType, secretEnvName, splitDomains,
  type InitAnswers, type InitFlags,
} from './answers.js';

export interface PromptStreams {
  input: Readable;
  /** A fresh stream per prompt: inquirer ends its output stream when a prompt closes. */
  output: () => Writable;
}

/** The context one prompt call takes. */
const ctxOf = (s: PromptStreams) => ({ input: s.input, output: s.output() });

async function askField(f: CredsField, credkey: string, ctx: PromptStreams): Promise<string | undefined> {
  const help = f.help ? ` (${f.help})` : '';
  let value: string;
  if (f.secret) {
    const empty = f.required ? `empty = read $${secretEnvName(credkey, f.name)} at run time` : 'empty = skip';
    value = await password({ message: `${f.name}${help}, hidden; $VAR reads the environment; ${empty}:` }, ctxOf(ctx));
  } else {
    value = await input({
      message: `${f.name}${help}${f.required ? '' : ' (optional)'}:`,
      default: f.default,
      validate: (v) => !f.required || v.trim() !== '' || `${f.name} is required`,
    }, ctxOf(ctx));
  }
  return value.trim() === '' ? fallbackValue(credkey, f) : value.trim();
}

async function askFields(type: ProviderType, credkey: string, given: Record<string, string>, ctx: PromptStreams): Promise<Record<string, string>> {
  const fields: Record<string, string> = { ...given };
  const open = type.credsFields.filter((f) => !Object.hasOwn(given, f.name) && !f.advanced);
  const extra = open.filter((f) => !isMainField(f));
  const chosen = open.filter(isMainField);
  if (extra.length && (await askYesNo(`Also set optional fields (${extra.map((f) => f.name).join(', ')})?`, false, ctx))) {
    chosen.push(...extra);
  }
  // Ask in the provider's own order.
  for (const f of type.credsFields.filter((x) => chosen.includes(x))) {
    const value = await askField(f, credkey, ctx);
    if (value !== undefined) fields[f.name] = value;
  }
  return fields;
}

/** The wizard. Answers already given as flags (--provider, --credkey, --set, --domain, --import) are not asked. */
export async function askAnswers(ctx: PromptStreams, preset: InitFlags = {}): Promise<InitAnswers> {
  const types = choosableProviders();
  let type: ProviderType;
  if (preset.provider) {
    type = requireProviderType(preset.provider);
  } else {
    const name = await select({ message: 'DNS provider:', choices: types.map((t) => ({ value: t.name, name: t.name })) }, ctxOf(ctx));
    type = types.find((t) => t.name === name)!;
  }
  const given = parseSets(type, preset.set ?? []);
  const credkey = preset.credkey ?? (await input({
    message: 'Name for it in creds.json (the credkey):',
    default: defaultCredkey(type.name),
    validate: (v) => /^[A-Za-z0-9_.-]+$/.test(v.trim()) || 'letters, digits, "_", "-" and "." only',
  }, ctxOf(ctx))).trim();
  const fields = await askFields(type, credkey, given, ctx);
  const domains = preset.domain?.length
    ? splitDomains(preset.domain)
    : splitDomains([await input({ message: 'Domains to manage (comma or space separated, may be empty):' }, ctxOf(ctx))]);
  let importZones = Boolean(preset.import);
  if (!importZones && type.capabilities.canGetZones?.can) {
    importZones = domains.length > 0
      ? await confirm({ message: 'Import their existing records into the config (get-zones)?', default: true }, ctxOf(ctx))
      : await confirm({ message: 'Import every zone the provider has, with its records (get-zones)?', default: false }, ctxOf(ctx));
  }
  return { providerType: type.name, credkey, fields, domains, importZones };
}

export function askYesNo(message: string, fallback: boolean, ctx: PromptStreams): Promise<boolean> {
  return confirm({ message, default: fallback }, ctxOf(ctx));
}
