// The provider plug-in interface. One ProviderType value per provider folder; providers/registry.ts lists them.
import type { DomainConfig, RecordConfig } from '../ir/types.js';
import type { Change, DiffMode } from '../diff/change.js';
import type { RecordCapability } from '../rr/descriptor.js';
import { recordCapabilities } from '../rr/registry.js';

const LISTED = [
  'canAutoDNSSEC', 'canConcur', 'canGetZones', 'canUseAlias', 'canUseCAA', 'canUseDHCID', 'canUseDNAME',
  'canUseDNSKEY', 'canUseDS', 'canUseDSForChildren', 'canUseHTTPS', 'canUseLOC', 'canUseNAPTR',
  'canUseOPENPGPKEY', 'canUsePTR', 'canUseRP', 'canUseSMIMEA', 'canUseSOA', 'canUseSRV', 'canUseSSHFP',
  'canUseSVCB', 'canUseTLSA', 'canUseAKAMAICDN', 'canUseAKAMAITLC', 'canUseAzureAlias', 'canUseRoute53Alias',
  'docCreateDomains', 'docDualHost', 'docOfficiallySupported',
] as const;
/** A record type's capability is named by its descriptor (rr/registry.ts), so a new type brings its own. */
export type Capability = (typeof LISTED)[number] | RecordCapability;
/** In documentation order; capabilities only a newer record type needs come last. */
export const CAPABILITIES: readonly Capability[] = [...new Set<Capability>([...LISTED, ...recordCapabilities()])];

export interface Support {
  can: boolean;
  note?: string;
}
export const can = (note?: string): Support => ({ can: true, note });
export const cannot = (note?: string): Support => ({ can: false, note });

/** One key of a provider's creds.json entry. Declared once in the provider's index.ts; the required-field
 *  check (providers/_core/creds.ts), `dnscode init` and the docs table all read it. */
export interface CredsField {
  name: string;
  /** One line: what the value is. */
  help: string;
  /** Secret values are never printed, logged or written to reports. */
  secret?: boolean;
  required?: boolean;
  /** Needed unless all of these keys are given instead (Cloudflare's token, or its legacy key and user). */
  requiredUnless?: string[];
  /** What a given value must be, checked before the provider is made: an http(s) URL, a number ≥ 0, or a
   *  number of seconds > 0. */
  kind?: 'url' | 'number' | 'seconds';
  default?: string;
  /** A tuning knob (timeouts): accepted everywhere, but `init` neither offers nor lists it. */
  advanced?: boolean;
  /** Optional, but `init` asks for it with the required ones (a field the provider can usually not do without). */
  prompt?: boolean;
}

/** Passed to ProviderType.create(). `creds` are the credkey's strings from creds.json ($VAR already expanded). */
export interface ProviderContext {
  credkey: string;
  creds: Record<string, string>;
  meta: Record<string, unknown>;
  /** Command-line settings a provider may honour (BIND: --bindserial); `push`: this run may write (BIND
   *  then locks each zone from its read to its write). */
  flags?: { bindserial?: number; push?: boolean };
  /** One map per creds.json entry, the same for its DNS provider and its registrar: a provider keeps its API
   *  client there (providers/_core/shared.ts), so both roles share one client (one login, one rate limit). */
  shared?: Map<string, unknown>;
}

/** A unit of work with a message. A correction without `run` is only a message. */
export interface Correction {
  msg: string;
  run?: () => Promise<void>;
  /** A change of its own, not one of the diff's record changes (e.g. enabling DNSSEC): the plan counts it. */
  countsAsChange?: boolean;
  /** Requests (or other units of work) `run` makes, for progress (default 1); it reports each with workDone(). */
  units?: number;
  /** A registrar's change of the domain's delegation (normalised NS lists): the safety limits treat changing
   *  a live delegation as an apex-NS change. */
  delegation?: { before: string[]; after: string[] };
}

export interface DnsProvider {
  /** Nameservers this provider wants at the apex (FQDNs without trailing dot). */
  getNameservers(domain: string): Promise<string[]>;
  /** Records that exist at the provider now; an absent zone is an empty list. */
  getZoneRecords(domain: string, dc?: DomainConfig): Promise<RecordConfig[]>;
  /** Turn the generic diff's changes into corrections. `desired` is the normalised domain. */
  getCorrections(dc: DomainConfig, existing: RecordConfig[], changes: Change[], actualChangeCount: number): Promise<Correction[]>;
  listZones?(): Promise<string[]>;
  /** Create the zone if the provider needs it to exist before records can be written. */
  ensureZone?(domain: string): Promise<void>;
  /** End of the run: give back what the provider holds (BIND: zone locks of zones it did not write). */
  close?(): Promise<void>;
}

export interface Registrar {
  getRegistrarCorrections(dc: DomainConfig): Promise<Correction[]>;
}

/** A zone as D() declared it: ASCII name (lower case, no trailing dot), tag, and the name as written. */
export interface ZoneToRead {
  ascii: string;
  tag: string;
  raw: string;
}

export interface ProviderType {
  /** creds.json TYPE, e.g. "BIND". */
  name: string;
  /** DNS service provider, registrar, or both. */
  roles: ReadonlyArray<'dns' | 'registrar'>;
  capabilities: Partial<Record<Capability, Support>>;
  credsFields: CredsField[];
  /** Keys of its creds.json entry that are not in credsFields make a warning (a typo such as "update_key"
   *  would otherwise silently leave updates unsigned). Off for types whose entry is a pasted document
   *  (GCLOUD's service-account JSON). */
  warnUnknownCreds?: boolean;
  diffMode: DiffMode;
  /** Reasons a record cannot be stored by this provider (checked before any I/O). */
  audit?(records: RecordConfig[]): string[];
  /** Provider metadata the diff must also compare (e.g. Cloudflare's proxy flag), appended to the rdata. */
  comparableExtra?(rc: RecordConfig, dc: DomainConfig): string;
  /** How the provider keeps a concurrent writer's changes from being lost, when it does so itself (BIND: a
   *  lock; AXFRDDNS: RFC 2136 prerequisites). Without it, src/run/guard.ts re-reads the zone just before
   *  the first write and refuses if it changed since the diff. */
  ownConcurrencyGuard?: string;
  /** What it reaches instead of a network, when none of its calls can wait on one (BIND: files on this
   *  machine). Its zones then run without a deadline scope: the deadlines bound network waits only, and the
   *  scope (an AsyncLocalStorage) puts hooks on every promise of the run, 6% of a 10,000-zone preview. */
  offline?: string;
  createDns?(ctx: ProviderContext): DnsProvider | Promise<DnsProvider>;
  /** Optional: reading zones ahead, while the config is still being evaluated (its D() was just seen), on
   *  the core the evaluation leaves idle. Only for reads that change nothing and reach nothing outside this
   *  machine (BIND's files): the zone may yet be filtered out or refused. The reader keeps what it read in
   *  ctx.shared, where the provider's getZoneRecords finds it and checks it is still current; ctx.meta is
   *  empty (the declarations are not known yet). */
  readAhead?(ctx: ProviderContext): Promise<(zone: ZoneToRead) => void>;
  createRegistrar?(ctx: ProviderContext): Registrar | Promise<Registrar>;
}
