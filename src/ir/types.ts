// The IR: the same JSON shape as DNSControl's `print-ir`, used unchanged as the in-memory model.
// Keeping one shape means `--ir file.json` and print-ir need no translation layer.

export type Meta = Record<string, string>;

/** A provider declaration: NewRegistrar / NewDnsProvider. `type` "-" means "take TYPE from creds.json". */
export interface ProviderConfig {
  name: string;
  type: string;
  meta?: Record<string, unknown>;
}

export interface R53Alias {
  type: string;
  zone_id?: string;
  evaluate_target_health?: string;
}

/**
 * One resource record. `name` is the label relative to the zone ("@" for the apex), `target` the main
 * rdata field (for multi-field types, the last field: MX exchange, SRV target, CAA value, ...).
 * Type-specific fields are flat, exactly as DNSControl marshals them.
 */
export interface RecordConfig {
  type: string;
  name: string;
  name_raw?: string;
  name_unicode?: string;
  target: string;
  ttl: number;
  meta?: Meta;
  subdomain?: string;
  /** Position in the config, "file:line:col" (DNSControl writes "[line:5:5]"; compat ignores this key). */
  filepos?: string;

  mxpreference?: number;
  srvpriority?: number;
  srvweight?: number;
  srvport?: number;
  caatag?: string;
  caaflag?: number;
  dskeytag?: number;
  dsalgorithm?: number;
  dsdigesttype?: number;
  dsdigest?: string;
  dnskeyflags?: number;
  dnskeyprotocol?: number;
  dnskeyalgorithm?: number;
  dnskeypublickey?: string;
  locversion?: number;
  locsize?: number;
  lochorizpre?: number;
  locvertpre?: number;
  loclatitude?: number;
  loclongitude?: number;
  localtitude?: number;
  luartype?: string;
  naptrorder?: number;
  naptrpreference?: number;
  naptrflags?: string;
  naptrservice?: string;
  naptrregexp?: string;
  smimeausage?: number;
  smimeaselector?: number;
  smimeamatchingtype?: number;
  sshfpalgorithm?: number;
  sshfpfingerprint?: number;
  soambox?: string;
  soaserial?: number;
  soarefresh?: number;
  soaretry?: number;
  soaexpire?: number;
  soaminttl?: number;
  svcpriority?: number;
  svcparams?: string;
  tlsausage?: number;
  tlsaselector?: number;
  tlsamatchingtype?: number;
  r53_alias?: R53Alias;
  azure_alias?: { type: string };
  answer_type?: string;
  unknown_type_name?: string;
  ensure_absent?: boolean;
  /** TXT strings as given (before 255-byte chunking); `target` holds them joined. */
  txtstrings?: string[];
  /** Go-internal fields some golden IR files contain; carried through, never interpreted. */
  fields?: unknown;
  comparable?: string;
  zonfefilepartial?: string;
}

export interface UnmanagedConfig {
  label_pattern: string;
  rType_pattern: string;
  target_pattern: string;
}

export interface NameserverConfig {
  name: string;
}

export interface RawRecordConfig {
  type: string;
  args: unknown[];
  metas?: Meta[];
  ttl?: number;
  filepos?: string;
}

export interface DomainConfig {
  name: string;
  tag?: string;
  uniquename?: string;
  registrar: string;
  dnsProviders: Record<string, number>;
  meta?: Meta;
  records: RecordConfig[];
  nameservers?: NameserverConfig[];
  recordsabsent?: RecordConfig[];
  keepunknown?: boolean;
  unmanaged?: UnmanagedConfig[];
  unmanaged_disable_safety_check?: boolean;
  ignore_external_dns?: boolean;
  external_dns_prefix?: string;
  auto_dnssec?: '' | 'on' | 'off';
  rawrecords?: RawRecordConfig[];
}

export interface DNSConfig {
  registrars: ProviderConfig[];
  dns_providers: ProviderConfig[];
  domains: DomainConfig[];
  skiprecordaudit?: boolean;
}

/** Where a value came from in the user's config (defined with the errors that carry it). */
export type { SourcePos } from '../errors.js';
