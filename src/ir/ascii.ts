// The one IDNA step of records. The IR's zone names are punycode already (the DSL and the normaliser make
// them so), but record labels, targets and nameservers stay in Unicode, as DNSControl's print-ir shows them.
// DNS servers, zone files and APIs need those in ASCII too: providers get domains through asciiDomain()
// (src/run), and BIND converts the SOA it merges in with asciiRecord().
import { toASCII } from '../_util/names.js';
import type { DomainConfig, RecordConfig } from './types.js';
import { getRRType } from '../rr/registry.js';
import type { IrKey } from '../rr/descriptor.js';

const NON_ASCII = /[^\x00-\x7f]/;
const isASCII = (s: string) => !NON_ASCII.test(s);
const ascii = (s: string | undefined) => (s === undefined || isASCII(s) ? s : toASCII(s));

/** The IR keys holding domain names, from the record type's descriptor (fields of kind "name"). */
const nameKeysByType = new Map<string, IrKey[]>();
function nameKeys(type: string): IrKey[] {
  let keys = nameKeysByType.get(type);
  if (!keys) nameKeysByType.set(type, (keys = (getRRType(type)?.fields ?? []).filter((f) => f.kind === 'name').map((f) => f.ir)));
  return keys;
}

/** The record with its owner, subdomain and every name-valued rdata field in ASCII; the same object when
 *  nothing needed converting (the common case), a copy otherwise (records are shared between providers). */
export function asciiRecord(rc: RecordConfig): RecordConfig {
  // No closure per call: this runs for every record of every zone, up to three times on the way to a provider.
  let out: RecordConfig | undefined;
  const name = ascii(rc.name);
  if (name !== rc.name) (out ??= { ...rc }).name = name!;
  const sub = ascii(rc.subdomain);
  if (sub !== rc.subdomain) (out ??= { ...rc }).subdomain = sub;
  for (const key of nameKeys(rc.type)) {
    const value = rc[key] as string | undefined;
    const converted = ascii(value);
    if (converted !== value) (out ??= { ...rc })[key] = converted as never;
  }
  return out ?? rc;
}

/** A copy of `dc` whose record and nameserver names are ASCII; `dc` itself when it has none to convert (the
 *  common case). The zone name is left as it is: it is punycode in the IR. */
export function asciiDomain(dc: DomainConfig): DomainConfig {
  const records = dc.records.map(asciiRecord);
  const recordsabsent = dc.recordsabsent?.map(asciiRecord);
  const nameservers = dc.nameservers?.map((ns) => ({ ...ns, name: ascii(ns.name)! }));
  const changed = records.some((r, i) => r !== dc.records[i]) ||
    recordsabsent?.some((r, i) => r !== dc.recordsabsent![i]) || nameservers?.some((n, i) => n.name !== dc.nameservers![i]!.name);
  if (!changed) return dc;
  return { ...dc, records, ...(recordsabsent && { recordsabsent }), ...(nameservers && { nameservers }) };
}
