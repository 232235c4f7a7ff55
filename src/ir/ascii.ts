// The IR keeps internationalised names in Unicode, as DNSControl's print-ir does. DNS servers, zone files and
// APIs need them in ASCII (punycode): providers get domains through asciiDomain().
import { toASCII } from '../_util/names.js';
import type { DomainConfig, RecordConfig } from './types.js';

/** Types whose `target` is a domain name. */
const NAME_TARGETS = new Set(['ALIAS', 'CNAME', 'DNAME', 'MX', 'NS', 'PTR', 'SRV', 'SOA', 'SVCB', 'HTTPS', 'RP']);

const isASCII = (s: string) => /^[\x00-\x7f]*$/.test(s);
const ascii = (s: string | undefined) => (s === undefined || isASCII(s) ? s : toASCII(s));

function asciiRecord(rc: RecordConfig): RecordConfig {
  const name = ascii(rc.name)!;
  const target = NAME_TARGETS.has(rc.type) ? ascii(rc.target)! : rc.target;
  const subdomain = ascii(rc.subdomain);
  const soambox = ascii(rc.soambox);
  if (name === rc.name && target === rc.target && subdomain === rc.subdomain && soambox === rc.soambox) return rc;
  const out: RecordConfig = { ...rc, name, target };
  if (subdomain !== undefined) out.subdomain = subdomain;
  if (soambox !== undefined) out.soambox = soambox;
  return out;
}

/** A copy of `dc` whose names are ASCII; `dc` itself when it has none to convert (the common case). */
export function asciiDomain(dc: DomainConfig): DomainConfig {
  const records = dc.records.map(asciiRecord);
  const recordsabsent = dc.recordsabsent?.map(asciiRecord);
  const nameservers = dc.nameservers?.map((ns) => ({ ...ns, name: ascii(ns.name)! }));
  const name = ascii(dc.name)!;
  const changed = name !== dc.name || records.some((r, i) => r !== dc.records[i]) ||
    recordsabsent?.some((r, i) => r !== dc.recordsabsent![i]) || nameservers?.some((n, i) => n.name !== dc.nameservers![i]!.name);
  if (!changed) return dc;
  const uniquename = dc.tag ? `${name}!${dc.tag}` : name;
  return { ...dc, name, uniquename, records, ...(recordsabsent && { recordsabsent }), ...(nameservers && { nameservers }) };
}
