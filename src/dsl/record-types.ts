// Record-type functions described as data: argument list (with the check DNSControl's helpers apply) and the
// flat IR key each argument lands in, taken from the record types' descriptors. records.ts turns each row
// into a DSL function.
import type { DslArg } from '../rr/descriptor.js';
import { allRecordKinds } from '../rr/registry.js';
export type { ArgCheck } from '../rr/descriptor.js';

/** [argument name, check, IR key]; the IR key defaults to the argument name ('name', 'target'). */
export type ArgSpec = DslArg;

export interface RecordTypeSpec {
  /** DSL function name. */
  fn: string;
  /** IR type (differs for CF_SINGLE_REDIRECT). */
  type?: string;
  args: readonly ArgSpec[];
  /** Provider-specific type: the IR gets meta.orig_custom_type (as DNSControl's custom-type registry does). */
  custom?: boolean;
  /** Not moved under the D_EXTEND subdomain (Cloudflare rules address whole URLs). */
  noSubdomain?: boolean;
}

const NAME: ArgSpec = ['name', 'string'];

/** One DSL function per record type that declares its arguments (rr/registry.ts); the name comes first. */
export const RECORD_TYPES: readonly RecordTypeSpec[] = allRecordKinds().flatMap((k) => (k.dslArgs
  ? [{ fn: k.name, args: [NAME, ...k.dslArgs], custom: 'custom' in k && k.custom === true }]
  : []));

/** IR types whose DSL records may sit in any D_EXTEND subdomain but keep the apex name. */
export const NO_SUBDOMAIN_TYPES = new Set([
  'CF_REDIRECT', 'CF_TEMP_REDIRECT', 'CF_WORKER_ROUTE', 'CLOUDFLAREAPI_SINGLE_REDIRECT', 'CF_SINGLE_REDIRECT',
  'ADGUARDHOME_A_PASSTHROUGH', 'ADGUARDHOME_AAAA_PASSTHROUGH',
]);
