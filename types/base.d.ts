// Shared shapes of the dnscode DSL typings (DNSControl's dnsconfig.js language).
// Script-style declarations (no import/export): they are global in every file of the program, whether that
// file is a script (dnsconfig.js) or a module (a dnsconfig.ts with `import`, or a .js that calls require()).

/** Brands that keep the two kinds of modifier apart, so `A("x", "1.2.3.4", NO_PURGE)` is a type error. */
declare const __dnscodeDomainModifier: unique symbol;
declare const __dnscodeRecordModifier: unique symbol;

/**
 * Something that can be passed to `D()`, `D_EXTEND()` or `DEFAULTS()`: a record (`A(...)`), a domain modifier
 * (`DefaultTTL(...)`, `NO_PURGE`), ...
 */
interface DomainModifier {
  readonly [__dnscodeDomainModifier]: true;
}

/** Something that can be passed to a record function after its fixed arguments: `TTL(...)`, `CF_PROXY_ON`, ... */
interface RecordModifier {
  readonly [__dnscodeRecordModifier]: true;
}

/** Metadata merged into the domain's or record's `meta` (values are stringified in the IR). */
interface DnsMeta {
  [key: string]: string | number | boolean | null | undefined | readonly string[];
}

/** A domain argument: a modifier, a meta object, or (nested) arrays of them, which are flattened. */
type DomainModifierArg = DomainModifier | DnsMeta | readonly DomainModifierArg[];

/** A record argument after the fixed ones: a record modifier or a meta object. */
type RecordModifierArg = RecordModifier | DnsMeta;

/** Seconds, or a duration with a unit: s, m, h, d, w, n (30 days) or y, e.g. `"5m"`, `"1h"`, `"2d"`. */
type Duration = number | `${number}` | `${number}${'s' | 'm' | 'h' | 'd' | 'w' | 'n' | 'y'}`;

/** A record label: `"@"` for the apex, a relative name (`"www"`), or an FQDN with a trailing dot. */
type RecordName = string;

/** An IPv4 address as a dotted quad, or as the number `IP()` returns. */
type IPv4 = string | number;

/** BIND's `default_soa` provider meta (values used when a zone has no SOA yet). */
interface BindDefaultSoa {
  master?: string;
  mbox?: string;
  refresh?: number;
  retry?: number;
  expire?: number;
  minttl?: number;
  serial?: number;
}

/**
 * The meta object of `NewDnsProvider`/`NewRegistrar`. Every provider reads its own keys; the BIND ones are
 * spelled out so that editors complete them (DNSControl's typings rejected them: DNSControl#3946).
 */
interface ProviderMeta {
  /** BIND: SOA fields used when a zone file has no SOA. */
  default_soa?: BindDefaultSoa;
  /** BIND: nameservers added to every zone. */
  default_ns?: readonly string[];
  [key: string]: unknown;
}

/** One row of an `IMPORT_TRANSFORM` table: addresses in low..high map to newBase+offset or to newIP. */
interface ImportTransformRange {
  low: string;
  high: string;
  newBase?: string;
  newIP?: string | readonly string[];
}
