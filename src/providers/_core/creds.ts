// The required-field check of creds.json entries, and the check of values whose kind is declared (a URL, a
// number, seconds), generic over each provider's CredsField declaration: a provider never writes
// `if (!creds.x) throw ...` itself, and a bad value is named with its entry instead of failing deep in a
// request. providerType() puts it in front of the factories: every way a provider is created (preview, push,
// get-zones, tests) runs it before the provider's own code.
import { nonNegativeNumber, positiveNumber } from '../../_util/creds-values.js';
import type { CredsField, DnsProvider, ProviderContext, ProviderType, Registrar } from '../types.js';

const quoted = (names: string[]) => {
  const q = names.map((n) => `"${n}"`);
  return q.length < 2 ? q.join('') : `${q.slice(0, -1).join(', ')} and ${q.at(-1)}`;
};

const given = (creds: Record<string, string>, name: string) => (creds[name] ?? '') !== '';

/** Declared fields the entry lacks: required ones, and those whose stand-ins are not all given either. */
export function missingCredsFields(fields: readonly CredsField[], creds: Record<string, string>): CredsField[] {
  return fields.filter((f) => !given(creds, f.name) &&
    (f.required || (f.requiredUnless !== undefined && !f.requiredUnless.every((k) => given(creds, k)))));
}

/** Why a given value is not of its field's kind, or undefined. */
function kindProblem(f: CredsField, value: string): string | undefined {
  if (f.kind === 'number') return nonNegativeNumber(value) === undefined ? 'a number (0 or more)' : undefined;
  if (f.kind === 'seconds') return positiveNumber(value) === undefined ? 'a positive number of seconds' : undefined;
  if (f.kind === 'url') {
    const protocol = URL.canParse(value) ? new URL(value).protocol : '';
    return protocol === 'https:' || protocol === 'http:' ? undefined : 'an http:// or https:// URL';
  }
  return undefined;
}

/** Throws, naming the creds entry, the provider type and every missing field, when a required one is absent;
 *  then, naming the field, when a given value is not of its declared kind (a secret's value is not shown). */
export function requireCreds(type: Pick<ProviderType, 'name' | 'credsFields'>, ctx: ProviderContext): void {
  const missing = missingCredsFields(type.credsFields, ctx.creds);
  if (missing.length) {
    const what = missing.length === 1 && missing[0]!.requiredUnless
      ? `"${missing[0]!.name}" (or ${quoted(missing[0]!.requiredUnless)})`
      : quoted(missing.map((f) => f.name));
    throw new Error(`${ctx.credkey}: ${type.name} needs ${what} in creds.json`);
  }
  for (const f of type.credsFields) {
    const value = ctx.creds[f.name];
    if (!f.kind || value === undefined || value === '') continue;
    const want = kindProblem(f, value);
    if (want) throw new Error(`${ctx.credkey}: ${type.name}'s "${f.name}" in creds.json must be ${want}${f.secret ? '' : `, not ${JSON.stringify(value)}`}`);
  }
}

/** A provider type whose factories first check the creds entry against its declared fields. */
export function providerType(t: ProviderType): ProviderType {
  const { createDns, createRegistrar } = t;
  return {
    ...t,
    ...(createDns && { createDns: (ctx: ProviderContext): DnsProvider | Promise<DnsProvider> => { requireCreds(t, ctx); return createDns(ctx); } }),
    ...(createRegistrar && { createRegistrar: (ctx: ProviderContext): Registrar | Promise<Registrar> => { requireCreds(t, ctx); return createRegistrar(ctx); } }),
  };
}
