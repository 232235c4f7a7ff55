// The mutable model the DSL functions build while the config runs. It mirrors DNSControl's `conf` object;
// to-ir.ts turns it into the IR (DNSConfig) once the script has finished.
import type { ProviderConfig, RawRecordConfig, UnmanagedConfig } from '../ir/types.js';
import { ConfigError } from '../errors.js';
import type { LazyPos, PositionTracker } from './positions.js';
import type { Realm } from './realm.js';

/** A record as the DSL builds it: IR fields plus a loose meta map (values become strings in the IR). */
export interface DslRecord {
  type: string;
  name: string;
  target: string;
  ttl: number;
  meta: Record<string, unknown>;
  subdomain?: string;
  ensure_absent?: boolean;
  [field: string]: unknown;
}

export interface DslDomain {
  /** As declared, including any "!tag". */
  name: string;
  /** Set by D_EXTEND: the labels between the extended name and this domain. */
  subdomain: string;
  registrar: string;
  meta: Record<string, unknown>;
  records: DslRecord[];
  dnsProviders: Record<string, number>;
  defaultTTL: number;
  nameservers: { name: string }[];
  unmanaged: Partial<UnmanagedConfig>[];
  rawrecords: RawRecordConfig[];
  keepunknown?: boolean;
  auto_dnssec?: '' | 'on' | 'off';
  ignore_external_dns?: boolean;
  external_dns_prefix?: string;
  unmanaged_disable_safety_check?: boolean;
}

export type RevMode = 'rfc2317' | 'rfc4183';

export interface DslState {
  registrars: ProviderConfig[];
  dnsProviders: ProviderConfig[];
  domains: DslDomain[];
  /** Lower-cased declared name → domain: D_EXTEND walks parent labels here instead of scanning. */
  byName: Map<string, DslDomain>;
  defaults: unknown[];
  revMode?: RevMode;
  warnings: string[];
  tracker: PositionTracker;
  /** Creates the objects config code may see (domains, records) inside its own context. */
  realm: Realm;
  /** Where each domain and record was declared; kept beside them so config code cannot reach it. */
  positions: WeakMap<object, LazyPos>;
  /** Called by each D() once its modifiers are applied (src/isolate/child.ts announces the domain). */
  onDomain?: (d: DslDomain) => void;
}

export function newState(tracker: PositionTracker, realm: Realm): DslState {
  return { registrars: [], dnsProviders: [], domains: [], byName: new Map(), defaults: [], warnings: [], tracker, realm, positions: new WeakMap() };
}

/** A ConfigError located at the user's call that is running now. */
export function dslError(state: DslState, message: string): ConfigError {
  return new ConfigError(message, state.tracker.caller());
}

export function warn(state: DslState, message: string): void {
  const pos = state.tracker.caller();
  state.warnings.push(pos ? `${pos.file}:${pos.line}:${pos.column}: ${message}` : message);
}

export const isString = (v: unknown): v is string => typeof v === 'string';
export const isNumber = (v: unknown): v is number => typeof v === 'number' && !Number.isNaN(v);
/** Plain objects from the sandbox realm fail `instanceof Object` in the host, so test by shape. */
export const isObject = (v: unknown): v is Record<string, unknown> =>
  v !== null && typeof v === 'object' && !Array.isArray(v);
