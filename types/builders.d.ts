// Builders. They expand to records, so they return DomainModifier values or arrays of them (which D()
// flattens), never RecordModifier: DNSControl's typings got this wrong (DNSControl#2582, #2484). Each return
// type is what dnscode's engine returns (src/dsl/builders), so array methods are only offered on arrays.
/// <reference path="base.d.ts" />

interface SpfBuilderOptions {
  /** Label of the SPF record (default "@"). */
  label?: RecordName;
  /** The SPF terms, e.g. `["v=spf1", "ip4:198.51.100.0/24", "include:_spf.google.com", "~all"]`. */
  parts: readonly string[];
  /** `include:` domains to flatten. dnscode accepts this but keeps the includes (it makes no DNS lookups) and warns. */
  flatten?: readonly string[];
  /** Label pattern for overflow records (default "_spf%d"). */
  overflow?: string;
  /** Bytes to keep free in the first record. */
  overhead1?: number;
  /** Label for the unflattened copy (default "_rawspf"). */
  raw?: string;
  /** Split records longer than this (default 255). */
  txtMaxSize?: number;
  ttl?: Duration;
}

type CaaIssuers = readonly string[] | 'none';

interface CaaBuilderOptions {
  label?: RecordName;
  iodef?: string;
  iodef_critical?: boolean;
  issue?: CaaIssuers;
  issue_critical?: boolean;
  issuewild?: CaaIssuers;
  issuewild_critical?: boolean;
  issuevmc?: CaaIssuers;
  issuevmc_critical?: boolean;
  issuemail?: CaaIssuers;
  issuemail_critical?: boolean;
  ttl?: Duration;
}

type DmarcPolicy = 'none' | 'quarantine' | 'reject';
type DmarcAlignment = 'relaxed' | 'strict' | 'r' | 's';

interface DmarcBuilderOptions {
  /** Label of the TXT record (default "_dmarc"). */
  label?: RecordName;
  version?: string;
  policy: DmarcPolicy;
  subdomainPolicy?: DmarcPolicy;
  alignmentSPF?: DmarcAlignment;
  alignmentDKIM?: DmarcAlignment;
  percent?: number;
  rua?: readonly string[];
  ruf?: readonly string[];
  failureOptions?: string | { SPF: boolean; DKIM: boolean };
  failureFormat?: string;
  reportInterval?: Duration;
  ttl?: Duration;
}

interface DkimBuilderOptions {
  selector: string;
  pubkey?: string;
  /** Label (default "@"; the record goes at `<selector>._domainkey.<label>`). */
  label?: RecordName;
  version?: string;
  hashtypes?: readonly string[];
  keytype?: string;
  note?: string;
  servicetypes?: readonly string[];
  flags?: readonly string[];
  ttl?: Duration;
}

interface M365BuilderCommon {
  mx?: boolean;
  autodiscover?: boolean;
  skypeForBusiness?: boolean;
  mdm?: boolean;
  /** Defaults to the FQDN with dots replaced by dashes (required when the FQDN contains a dash). */
  domainGUID?: string;
}
/** `initialDomain` (e.g. "example.onmicrosoft.com") is required unless DKIM is turned off. */
type M365BuilderOptions = M365BuilderCommon &
  ({ dkim: false; initialDomain?: string } | { dkim?: true; initialDomain: string });

interface LocBuilderCommon {
  label?: RecordName;
  /** Altitude in metres. */
  alt?: number;
  ttl?: Duration;
}
interface LocBuilderDdOptions extends LocBuilderCommon {
  /** Latitude in decimal degrees. */
  x: number;
  /** Longitude in decimal degrees. */
  y: number;
}
interface LocBuilderStrOptions extends LocBuilderCommon {
  /** Coordinates as text, e.g. `'51°30′N 0°7′W'`. */
  str: string;
}

/** SPF record(s), split over several labels when too long. */
declare function SPF_BUILDER(options: SpfBuilderOptions): DomainModifier;
/** CAA records from lists of issuers. */
declare function CAA_BUILDER(options: CaaBuilderOptions): DomainModifier[];
/** A DMARC TXT record. */
declare function DMARC_BUILDER(options: DmarcBuilderOptions): DomainModifier;
/** A DKIM TXT record. */
declare function DKIM_BUILDER(options: DkimBuilderOptions): DomainModifier;
/** The records Microsoft 365 needs (MX, autodiscover, DKIM, ...) at `label` (default "@"). */
declare function M365_BUILDER(options: M365BuilderOptions & { label?: RecordName }): DomainModifier;
/** The older form: the label first. */
declare function M365_BUILDER(name: RecordName, options: M365BuilderOptions): DomainModifier;
/** LOC record from decimal degrees. */
declare function LOC_BUILDER_DD(options: LocBuilderDdOptions): DomainModifier;
/** LOC record from degrees and decimal minutes text. */
declare function LOC_BUILDER_DMM_STR(options: LocBuilderStrOptions): DomainModifier;
/** LOC record from degrees, minutes and seconds text. */
declare function LOC_BUILDER_DMS_STR(options: LocBuilderStrOptions): DomainModifier;
/** LOC record from any of the supported coordinate texts. */
declare function LOC_BUILDER_STR(options: LocBuilderStrOptions): DomainModifier;
