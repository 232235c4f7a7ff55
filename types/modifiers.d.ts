// Record modifiers (go after a record's fixed arguments) and domain modifiers (go in D()).
/// <reference path="base.d.ts" />

// ---- Record modifiers ----

/** The record's TTL in seconds or as a duration such as `"1h"`. */
declare function TTL(ttl: Duration): RecordModifier;
/** CAA: set the critical flag (bit 128). */
declare const CAA_CRITICAL: RecordModifier;
/** Delete this record even when the domain has NO_PURGE. */
declare function ENSURE_ABSENT_REC(): RecordModifier;
/** Allow a label that repeats the domain name, e.g. `foo.example.com` inside `example.com`. */
declare const DISABLE_REPEATED_DOMAIN_CHECK: RecordModifier;
/** Legacy TXT helper: split long strings automatically. */
declare const AUTOSPLIT: RecordModifier;

declare const CF_PROXY_OFF: RecordModifier;
declare const CF_PROXY_ON: RecordModifier;
declare const CF_PROXY_FULL: RecordModifier;
declare const CF_CNAME_FLATTEN_OFF: RecordModifier;
declare const CF_CNAME_FLATTEN_ON: RecordModifier;
declare function CF_COMMENT(comment: string): RecordModifier;
declare function CF_TAGS(...tags: string[]): RecordModifier;

declare function R53_ZONE(zoneId: string): RecordModifier & DomainModifier;
declare function R53_EVALUATE_TARGET_HEALTH(enabled: boolean): RecordModifier;
declare function R53_WEIGHT(weight: number, setIdentifier: string): RecordModifier;
declare function R53_HEALTH_CHECK_ID(id: string): RecordModifier;

declare const HEDNS_DYNAMIC_ON: RecordModifier;
declare const HEDNS_DYNAMIC_OFF: RecordModifier;
declare function HEDNS_DDNS_KEY(key: string): RecordModifier;

// ---- Domain modifiers ----

/** TTL for records of this domain that do not set one (default 300). */
declare function DefaultTTL(ttl: Duration): DomainModifier;
/**
 * Use a DNS provider for this domain. `nsCount`: -1 (default) = all its nameservers, 0 = none (and none go to
 * the registrar), N = at most N.
 */
declare function DnsProvider(name: string, nsCount?: number): DomainModifier;
/** Add a nameserver to the delegation and the apex NS set. */
declare function NAMESERVER(name: string): DomainModifier;
/** Gidinet premium DNS: NAMESERVER() for dns1..dns5.gidinet.com (use with DnsProvider(dsp, 0)). */
declare function GIDINET_PREMIUM_NS(): DomainModifier[];
declare function NAMESERVER_TTL(ttl: Duration): DomainModifier;

/** Leave matching existing records alone. Globs; rtypes is a comma list; empty strings mean "any". */
declare function IGNORE(labelGlob?: string, rtypes?: string, targetGlob?: string): DomainModifier;
declare function IGNORE_NAME(labelGlob: string, rtypes?: string): DomainModifier;
declare function IGNORE_TARGET(targetGlob: string, rtype?: string): DomainModifier;
/** Leave alone the records managed by Kubernetes external-dns (found by their TXT ownership records). */
declare function IGNORE_EXTERNAL_DNS(prefix?: string): DomainModifier;
declare const DISABLE_IGNORE_SAFETY_CHECK: DomainModifier;
/** Never delete records that are not in the config. */
declare const NO_PURGE: DomainModifier;
declare const PURGE: DomainModifier;

declare const AUTODNSSEC_ON: DomainModifier;
declare const AUTODNSSEC_OFF: DomainModifier;
/** @deprecated a no-op that prints a warning: use AUTODNSSEC_ON. */
declare const AUTODNSSEC: DomainModifier;

/** Copy the records of a domain declared earlier. */
declare function INCLUDE(domain: string): DomainModifier;
/** Copy another domain's A and CNAME records, mapping addresses through `table`. */
declare function IMPORT_TRANSFORM(table: readonly ImportTransformRange[], domain: string, ttl?: Duration, ...modifiers: RecordModifierArg[]): DomainModifier;
declare function IMPORT_TRANSFORM_STRIP(table: readonly ImportTransformRange[], domain: string, ttl: Duration, suffixStrip: string, ...modifiers: RecordModifierArg[]): DomainModifier;

declare const CF_PROXY_DEFAULT_OFF: DomainModifier;
declare const CF_PROXY_DEFAULT_ON: DomainModifier;
declare const CF_UNIVERSALSSL_OFF: DomainModifier;
declare const CF_UNIVERSALSSL_ON: DomainModifier;
declare const CF_MANAGE_COMMENTS: DomainModifier;
declare const CF_MANAGE_TAGS: DomainModifier;

/** Lets every D() end with a trailing comma: `D("example.com", REG, A(...), END);`. */
declare const END: DomainModifier & RecordModifier;
