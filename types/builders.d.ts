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
  /** Label pattern for overflow records, e.g. "_spf%d"; without it the record is not split. */
  overflow?: string;
  /** Bytes to keep free in the first record (DNSControl's docs write it as a string, e.g. "20"). */
  overhead1?: number | string;
  /** Label for the unflattened copy, written only with `flatten` (default "_rawspf"; "" for none). */
  raw?: string;
  /** With `overflow`: split records longer than this (default 255). */
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
  /** The record goes at "_dmarc" (label "@", the default) or "_dmarc.<label>". */
  label?: RecordName;
  version?: string;
  policy: DmarcPolicy;
  subdomainPolicy?: DmarcPolicy;
  /** np= (DMARCbis). */
  nonexistentSubdomainPolicy?: DmarcPolicy;
  /** psd= (DMARCbis): "y", "n" or "u". */
  publicSuffixDomain?: 'y' | 'n' | 'u';
  /** t= (DMARCbis): "y" or "n". */
  testMode?: 'y' | 'n';
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
  hashtypes?: string | readonly string[];
  keytype?: string;
  note?: string;
  servicetypes?: string | readonly string[];
  flags?: string | readonly string[];
  ttl?: Duration;
}

interface M365BuilderCommon {
  mx?: boolean;
  autodiscover?: boolean;
  skypeForBusiness?: boolean;
  mdm?: boolean;
  /** Defaults to the Microsoft 365 domain with dots replaced by dashes (required when it contains a dash). */
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

/**
 * An SPF TXT record from a list of terms (joined by spaces), split over several records when `overflow` is given and it is too long.
 *
 * `flatten` is accepted but not done: dnscode makes no DNS lookups while evaluating a config, so the includes are kept and a warning is printed.
 * @param options `label` (default `"@"`), `parts` (the SPF terms in order), `overflow` (label pattern of continuation records such as `"_spf%d"`; without it nothing is split), `txtMaxSize` (default 255), `overhead1` (shortens the first record), `raw` (label of an unaltered copy, default `"_rawspf"`, written only with `flatten`; `""` turns it off), `flatten`, `ttl`.
 * @example
 * SPF_BUILDER({
 *   label: "@",
 *   parts: ["v=spf1", "ip4:192.0.2.0/24", "include:_spf.google.com", "~all"],
 * }),
 */
declare function SPF_BUILDER(options: SpfBuilderOptions): DomainModifier;
/**
 * CAA records from lists of the CAs allowed to issue.
 *
 * Providers: `BIND`, `CLOUDFLAREAPI`, `ROUTE53`, `DIGITALOCEAN`, `DESEC`, `HETZNER`, `HETZNER_V2`, `GANDI_V5`, `GCLOUD`, `AZURE_DNS`, `AXFRDDNS`, `POWERDNS`, `DNSIMPLE`, `LINODE`, `VULTR`, `NETCUP`, `CLOUDNS`, `NS1`, `INWX`, `OVH`, `NAMECHEAP`, `ORACLE`.
 * @param options `label` (default `"@"`), `issue`, `issuewild`, `issuevmc`, `issuemail` (lists of CA domains, or `"none"` to forbid), each with `*_critical`; `iodef` (a report URL) and `iodef_critical`; `ttl`.
 * @example
 * CAA_BUILDER({
 *   issue: ["letsencrypt.org", "sectigo.com"],
 *   issuewild: "none",
 *   iodef: "mailto:security@example.com",
 * }),
 */
declare function CAA_BUILDER(options: CaaBuilderOptions): DomainModifier[];
/**
 * A DMARC policy TXT record.
 * @param options `policy` (`"none"`, `"quarantine"` or `"reject"`), `subdomainPolicy`, `alignmentSPF` and `alignmentDKIM` (`"relaxed"`/`"r"` or `"strict"`/`"s"`), `percent`, `rua` and `ruf` (report addresses), `failureOptions`, `failureFormat`, `reportInterval`, `nonexistentSubdomainPolicy`, `publicSuffixDomain`, `testMode`, `label` (the record goes at `_dmarc` or `_dmarc.<label>`), `version` (default `"DMARC1"`), `ttl`.
 * @example
 * DMARC_BUILDER({
 *   policy: "reject",
 *   rua: ["mailto:dmarc-reports@example.com"],
 * }),
 */
declare function DMARC_BUILDER(options: DmarcBuilderOptions): DomainModifier;
/**
 * A DKIM key TXT record at `<selector>._domainkey`.
 * @param options `selector` (required), `pubkey` (base64; empty revokes the key), `label` (default `"@"`), `keytype`, `hashtypes`, `servicetypes`, `flags`, `note`, `version` (default `"DKIM1"`), `ttl`.
 * @example
 * DKIM_BUILDER({ selector: "mail2025", pubkey: "MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEA..." }),
 */
declare function DKIM_BUILDER(options: DkimBuilderOptions): DomainModifier;
/**
 * The records Microsoft 365 needs: MX, the autodiscover CNAME, the DKIM selector CNAMEs and, on request, the Skype for Business and MDM records. As in DNSControl, `label` places the MX record only; the other records are at their fixed names.
 * @param options `initialDomain` (your `*.onmicrosoft.com` domain, required unless `dkim: false`), `mx`, `autodiscover`, `dkim` (default `true` each), `skypeForBusiness`, `mdm` (default `false`), `domainGUID` (defaults to the domain with dots replaced by dashes), `label` (default `"@"`, the MX record's label).
 * @example
 * M365_BUILDER("example.com", { initialDomain: "example.onmicrosoft.com" }),
 */
declare function M365_BUILDER(options: M365BuilderOptions & { label?: RecordName }): DomainModifier;
/**
 * The records Microsoft 365 needs: MX, the autodiscover CNAME, the DKIM selector CNAMEs and, on request, the Skype for Business and MDM records. As in DNSControl, `label` places the MX record only; the other records are at their fixed names.
 * @param domain The Microsoft 365 domain (DNSControl's form; the domain GUID is derived from it). The one-object form of DNSControl's docs is accepted too and takes the domain (and `label`) from the zone.
 * @param options `initialDomain` (your `*.onmicrosoft.com` domain, required unless `dkim: false`), `mx`, `autodiscover`, `dkim` (default `true` each), `skypeForBusiness`, `mdm` (default `false`), `domainGUID` (defaults to the domain with dots replaced by dashes), `label` (default `"@"`, the MX record's label).
 * @example
 * M365_BUILDER("example.com", { initialDomain: "example.onmicrosoft.com" }),
 */
declare function M365_BUILDER(domain: string, options?: M365BuilderOptions & { label?: RecordName }): DomainModifier[];
/**
 * A LOC record from decimal degrees.
 *
 * Providers: `BIND`, `AXFRDDNS`, `CLOUDNS`.
 * @param options `label` (default `"@"`), `x` (latitude), `y` (longitude), `alt` (metres, default 0), `ttl`.
 * @example
 * LOC_BUILDER_DD({ label: "office", x: 51.503541, y: -0.127670, alt: 5 }),
 */
declare function LOC_BUILDER_DD(options: LocBuilderDdOptions): DomainModifier[];
/**
 * A LOC record from degrees and decimal minutes, as text.
 *
 * Providers: `BIND`, `AXFRDDNS`, `CLOUDNS`.
 * @param options `label` (default `"@"`), `str` (e.g. `"51°30.2124′N 0°7.6602′W"`; `d` and `m` may stand for `°` and `′`), `alt`, `ttl`.
 * @example
 * LOC_BUILDER_DMM_STR({ label: "office", str: "51°30.2124′N 0°7.6602′W", alt: 5 }),
 */
declare function LOC_BUILDER_DMM_STR(options: LocBuilderStrOptions): DomainModifier[];
/**
 * A LOC record from degrees, minutes and seconds, as text.
 *
 * Providers: `BIND`, `AXFRDDNS`, `CLOUDNS`.
 * @param options `label` (default `"@"`), `str` (e.g. `'51°30\'12.7"N 0°7\'39.6"W'`), `alt`, `ttl`.
 * @example
 * LOC_BUILDER_DMS_STR({ label: "office", str: "51°30'12.7\"N 0°7'39.6\"W", alt: 5 }),
 */
declare function LOC_BUILDER_DMS_STR(options: LocBuilderStrOptions): DomainModifier[];
/**
 * A LOC record from coordinate text in any of the forms the other LOC builders take.
 *
 * Providers: `BIND`, `AXFRDDNS`, `CLOUDNS`.
 * @param options `label` (default `"@"`), `str` (decimal degrees such as `"51.503541°N 0.12767°W"`, or degrees with minutes and seconds), `alt`, `ttl`.
 * @example
 * LOC_BUILDER_STR({ label: "office", str: "51.503541°N 0.12767°W", alt: 5 }),
 */
declare function LOC_BUILDER_STR(options: LocBuilderStrOptions): DomainModifier[];
