// Record-type functions described as data: argument list (with the check DNSControl's helpers apply) and the
// flat IR key each argument lands in. records.ts turns each row into a DSL function.
export type ArgCheck = 'string' | 'number' | 'any' | 'stringOrNumber';

/** [argument name, check, IR key]; the IR key defaults to the argument name ('name', 'target'). */
export type ArgSpec = readonly [string, ArgCheck, string?];

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
const TARGET: ArgSpec = ['target', 'any'];
const nameTarget = (fn: string, custom = false): RecordTypeSpec => ({ fn, args: [NAME, TARGET], custom });

export const RECORD_TYPES: readonly RecordTypeSpec[] = [
  nameTarget('A'), nameTarget('AAAA'), nameTarget('ALIAS'), nameTarget('CNAME'), nameTarget('DNAME'),
  nameTarget('DHCID'), nameTarget('NS'), nameTarget('OPENPGPKEY'), nameTarget('PTR'),
  { fn: 'MX', args: [NAME, ['priority', 'number', 'mxpreference'], TARGET] },
  { fn: 'SRV', args: [NAME, ['priority', 'number', 'srvpriority'], ['weight', 'number', 'srvweight'], ['port', 'number', 'srvport'], TARGET] },
  { fn: 'CAA', args: [NAME, ['tag', 'string', 'caatag'], ['value', 'string', 'target']] },
  { fn: 'DS', args: [NAME, ['keytag', 'number', 'dskeytag'], ['algorithm', 'number', 'dsalgorithm'], ['digesttype', 'number', 'dsdigesttype'], ['digest', 'string', 'dsdigest']] },
  { fn: 'DNSKEY', args: [NAME, ['flags', 'number', 'dnskeyflags'], ['protocol', 'number', 'dnskeyprotocol'], ['algorithm', 'number', 'dnskeyalgorithm'], ['publickey', 'string', 'dnskeypublickey']] },
  { fn: 'NAPTR', args: [NAME, ['order', 'number', 'naptrorder'], ['preference', 'number', 'naptrpreference'], ['flags', 'string', 'naptrflags'], ['service', 'string', 'naptrservice'], ['regexp', 'string', 'naptrregexp'], TARGET] },
  { fn: 'SOA', args: [NAME, TARGET, ['mbox', 'string', 'soambox'], ['refresh', 'number', 'soarefresh'], ['retry', 'number', 'soaretry'], ['expire', 'number', 'soaexpire'], ['minttl', 'number', 'soaminttl']] },
  { fn: 'SSHFP', args: [NAME, ['algorithm', 'number', 'sshfpalgorithm'], ['fingerprint', 'number', 'sshfpfingerprint'], TARGET] },
  { fn: 'TLSA', args: [NAME, ['usage', 'number', 'tlsausage'], ['selector', 'number', 'tlsaselector'], ['matchingtype', 'number', 'tlsamatchingtype'], TARGET] },
  { fn: 'SMIMEA', args: [NAME, ['usage', 'number', 'smimeausage'], ['selector', 'number', 'smimeaselector'], ['matchingtype', 'number', 'smimeamatchingtype'], TARGET] },
  { fn: 'SVCB', args: [NAME, ['priority', 'number', 'svcpriority'], ['target', 'string'], ['params', 'string', 'svcparams']] },
  { fn: 'HTTPS', args: [NAME, ['priority', 'number', 'svcpriority'], ['target', 'string'], ['params', 'string', 'svcparams']] },
  { fn: 'LUA', args: [NAME, ['rtype', 'string', 'luartype'], TARGET] },
  // Provider-specific types (DNSControl registers these as custom record types).
  { fn: 'AKAMAICDN', args: [NAME, TARGET], custom: true },
  { fn: 'AKAMAITLC', args: [NAME, ['answer_type', 'string', 'answer_type'], TARGET], custom: true },
  { fn: 'AZURE_ALIAS', args: [NAME, ['aliastype', 'string'], TARGET], custom: true },
  { fn: 'R53_ALIAS', args: [NAME, ['aliastype', 'string'], TARGET], custom: true },
  nameTarget('URL', true), nameTarget('URL301', true), nameTarget('FRAME', true),
  nameTarget('CLOUDNS_WR', true), nameTarget('PORKBUN_URLFWD', true), nameTarget('BUNNY_DNS_RDR', true), nameTarget('BUNNY_DNS_PZ', true),
  nameTarget('ADGUARDHOME_A_PASSTHROUGH', true), nameTarget('ADGUARDHOME_AAAA_PASSTHROUGH', true),
  nameTarget('MIKROTIK_FWD', true), nameTarget('MIKROTIK_NXDOMAIN', true), nameTarget('MIKROTIK_FORWARDER', true),
];

/** IR types whose DSL records may sit in any D_EXTEND subdomain but keep the apex name. */
export const NO_SUBDOMAIN_TYPES = new Set([
  'CF_REDIRECT', 'CF_TEMP_REDIRECT', 'CF_WORKER_ROUTE', 'CLOUDFLAREAPI_SINGLE_REDIRECT', 'CF_SINGLE_REDIRECT',
  'ADGUARDHOME_A_PASSTHROUGH', 'ADGUARDHOME_AAAA_PASSTHROUGH',
]);
