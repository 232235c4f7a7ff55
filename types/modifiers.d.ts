// Record modifiers (go after a record's fixed arguments) and domain modifiers (go in D()).
/// <reference path="base.d.ts" />

// ---- Record modifiers ----

/**
 * The record's TTL.
 *
 * Without it the record gets the domain's `DefaultTTL()` (300 seconds unless set).
 * @param ttl Seconds, or a duration with a unit: s, m, h, d, w, n (30 days) or y, e.g. `"5m"`, `"1h"`.
 * @example
 * A("@", "192.0.2.10", TTL("5m"))
 */
declare function TTL(ttl: Duration): RecordModifier;
/**
 * Sets the issuer-critical flag (128) of a CAA record.
 *
 * Providers: `BIND`, `CLOUDFLAREAPI`, `ROUTE53`, `DIGITALOCEAN`, `DESEC`, `HETZNER`, `HETZNER_V2`, `GANDI_V5`, `GCLOUD`, `AZURE_DNS`, `AXFRDDNS`, `POWERDNS`, `DNSIMPLE`, `LINODE`, `VULTR`, `NETCUP`, `CLOUDNS`, `NS1`, `INWX`, `OVH`, `NAMECHEAP`, `ORACLE`.
 * @example
 * CAA("@", "issue", "letsencrypt.org", CAA_CRITICAL)
 */
declare const CAA_CRITICAL: RecordModifier;
/**
 * Makes sure the record does not exist: it is deleted if present, even when the domain has `NO_PURGE`.
 * @example
 * D("example.com", REG, DnsProvider(DNS), NO_PURGE, A("old", "192.0.2.99", ENSURE_ABSENT_REC()));
 */
declare function ENSURE_ABSENT_REC(): RecordModifier;
/**
 * Allows a label that repeats the domain name (normally a mistake), e.g. `"www.example.com"` in `example.com`.
 * @example
 * D("example.com", REG, DnsProvider(DNS), A("mail.example.com", "192.0.2.25", DISABLE_REPEATED_DOMAIN_CHECK));
 */
declare const DISABLE_REPEATED_DOMAIN_CHECK: RecordModifier;
/**
 * Accepted for old configs and ignored: `TXT()` always splits long strings into 255-byte chunks.
 * @deprecated leave it out; long TXT strings are split anyway.
 * @example
 * TXT("@", longText, AUTOSPLIT)
 */
declare const AUTOSPLIT: RecordModifier;

/**
 * Cloudflare: the record is not proxied (grey cloud), whatever the domain's default.
 *
 * Providers: `CLOUDFLAREAPI`.
 * @example
 * A("ssh", "192.0.2.11", CF_PROXY_OFF)
 */
declare const CF_PROXY_OFF: RecordModifier;
/**
 * Cloudflare: proxies the record (orange cloud): Cloudflare answers with its own addresses and forwards the traffic.
 *
 * Only A, AAAA and CNAME records can be proxied.
 *
 * Providers: `CLOUDFLAREAPI`.
 * @example
 * A("@", "192.0.2.10", CF_PROXY_ON)
 */
declare const CF_PROXY_ON: RecordModifier;
/**
 * Cloudflare: proxies the record, as `CF_PROXY_ON` does (DNSControl also enabled Railgun with it, which Cloudflare has retired).
 *
 * Providers: `CLOUDFLAREAPI`.
 * @example
 * A("@", "192.0.2.10", CF_PROXY_FULL)
 */
declare const CF_PROXY_FULL: RecordModifier;
/**
 * Cloudflare: does not flatten this CNAME.
 *
 * Providers: `CLOUDFLAREAPI`.
 * @example
 * CNAME("shop", "shops.example.net.", CF_CNAME_FLATTEN_OFF)
 */
declare const CF_CNAME_FLATTEN_OFF: RecordModifier;
/**
 * Cloudflare: flattens this CNAME (answers with the target's addresses).
 *
 * Providers: `CLOUDFLAREAPI`.
 * @example
 * CNAME("shop", "shops.example.net.", CF_CNAME_FLATTEN_ON)
 */
declare const CF_CNAME_FLATTEN_ON: RecordModifier;
/**
 * Cloudflare: the record's comment.
 *
 * Compared and written only in domains with `CF_MANAGE_COMMENTS`.
 *
 * Providers: `CLOUDFLAREAPI`.
 * @param comment The comment text.
 * @example
 * A("@", "192.0.2.10", CF_COMMENT("web frontend"))
 */
declare function CF_COMMENT(comment: string): RecordModifier;
/**
 * Cloudflare: the record's tags.
 *
 * Compared and written only in domains with `CF_MANAGE_TAGS`.
 *
 * Providers: `CLOUDFLAREAPI`.
 * @param tags Tags, usually `"name:value"`.
 * @example
 * A("@", "192.0.2.10", CF_TAGS("team:web", "env:prod"))
 */
declare function CF_TAGS(...tags: string[]): RecordModifier;

/**
 * Route 53: the hosted zone id, for a domain with several zones of the same name, or for an `R53_ALIAS` target in another zone.
 *
 * Works both as a domain modifier (in `D()`) and as a record modifier (after `R53_ALIAS`).
 *
 * Providers: `ROUTE53`.
 * @param zoneId The hosted zone id, e.g. `"Z2FTEDJ9ZYXS6Z"`.
 * @example
 * D("example.com", REG, DnsProvider(R53), R53_ZONE("Z1111111111111"),
 *   R53_ALIAS("www", "A", "lb-123.eu-west-1.elb.amazonaws.com.", R53_ZONE("Z32O12XQLNTSW2")),
 * END);
 */
declare function R53_ZONE(zoneId: string): RecordModifier & DomainModifier;
/**
 * Route 53: an `R53_ALIAS` answers only while its target is healthy.
 *
 * Providers: `ROUTE53`.
 * @param enabled Whether to evaluate the target's health.
 * @example
 * R53_ALIAS("@", "A", "lb-123.eu-west-1.elb.amazonaws.com.", R53_EVALUATE_TARGET_HEALTH(true))
 */
declare function R53_EVALUATE_TARGET_HEALTH(enabled: boolean): RecordModifier;
/**
 * Route 53: makes the record one of a weighted set; answers are shared in proportion to the weights.
 *
 * Providers: `ROUTE53`.
 * @param weight An integer 0–255.
 * @param setIdentifier A name unique among the records of the same label and type.
 * @example
 * A("www", "192.0.2.10", R53_WEIGHT(80, "blue")),
 * A("www", "192.0.2.20", R53_WEIGHT(20, "green")),
 */
declare function R53_WEIGHT(weight: number, setIdentifier: string): RecordModifier;
/**
 * Route 53: ties the record to a health check, so it is left out of answers while the check fails.
 *
 * Providers: `ROUTE53`.
 * @param id The health check's id.
 * @example
 * A("www", "192.0.2.10", R53_WEIGHT(50, "a"), R53_HEALTH_CHECK_ID("abcdef01-2345-6789-abcd-ef0123456789"))
 */
declare function R53_HEALTH_CHECK_ID(id: string): RecordModifier;

/**
 * Hurricane Electric: makes the record updatable by dynamic DNS.
 *
 * Providers: none of dnscode's providers (it is for DNSControl's `HEDNS`, Hurricane Electric).
 * @example
 * A("home", "192.0.2.50", HEDNS_DYNAMIC_ON)
 */
declare const HEDNS_DYNAMIC_ON: RecordModifier;
/**
 * Hurricane Electric: the record is not updatable by dynamic DNS.
 *
 * Providers: none of dnscode's providers (it is for DNSControl's `HEDNS`, Hurricane Electric).
 * @example
 * A("home", "192.0.2.50", HEDNS_DYNAMIC_OFF)
 */
declare const HEDNS_DYNAMIC_OFF: RecordModifier;
/**
 * Hurricane Electric: the dynamic DNS key of the record.
 *
 * Providers: none of dnscode's providers (it is for DNSControl's `HEDNS`, Hurricane Electric).
 * @param key The key clients update the record with.
 * @example
 * A("home", "192.0.2.50", HEDNS_DYNAMIC_ON, HEDNS_DDNS_KEY("s3cret"))
 */
declare function HEDNS_DDNS_KEY(key: string): RecordModifier;

// ---- Domain modifiers ----

/**
 * The TTL of the domain's records that set none with `TTL()`.
 *
 * Only records declared after it in the same `D()` get it.
 * @param ttl Seconds, or a duration such as `"5m"`, `"1h"`, `"2d"`. Default: `300`.
 * @example
 * D("example.com", REG, DnsProvider(DNS), DefaultTTL("1h"), A("@", "192.0.2.10"));
 */
declare function DefaultTTL(ttl: Duration): DomainModifier;
/**
 * Serves the domain's records from a DNS provider; a domain can have several.
 * @param name The name `NewDnsProvider()` returned.
 * @param nsCount How many of the provider's nameservers go into the apex NS set and the delegation: `-1` all, `0` none (the provider gets the records only), `N` at most N. Default: `-1`.
 * @example
 * D("example.com", REG,
 *   DnsProvider(PRIMARY),
 *   DnsProvider(SECONDARY, 2),
 *   A("@", "192.0.2.10"),
 * END);
 */
declare function DnsProvider(name: string, nsCount?: number): DomainModifier;
/**
 * Adds a nameserver to the domain's apex NS records and to its delegation at the registrar.
 *
 * Used with `DnsProvider(name, 0)` to list the nameservers by hand. For NS records below the apex (delegating a subdomain), use `NS()`.
 * @param name The nameserver's host name, with a trailing dot.
 * @example
 * D("example.com", REG, DnsProvider(DNS, 0),
 *   NAMESERVER("ns1.example.net."),
 *   NAMESERVER("ns2.example.net."),
 * END);
 */
declare function NAMESERVER(name: string): DomainModifier;
/**
 * Adds Gidinet's premium nameservers dns1–dns5.gidinet.com with `NAMESERVER()`.
 *
 * Providers: none of dnscode's providers (it is for DNSControl's `GIDINET`, Gidinet).
 * @example
 * D("example.com", REG, DnsProvider(GIDINET, 0), GIDINET_PREMIUM_NS());
 */
declare function GIDINET_PREMIUM_NS(): DomainModifier[];
/**
 * The TTL of the apex NS records.
 * @param ttl Seconds, or a duration such as `"2d"`. Default: `300`.
 * @example
 * D("example.com", REG, DnsProvider(DNS), NAMESERVER_TTL("2d"));
 */
declare function NAMESERVER_TTL(ttl: Duration): DomainModifier;

/**
 * Leaves alone the existing records that match: they are neither changed nor deleted.
 *
 * A record of the config that an `IGNORE` matches is an error unless `DISABLE_IGNORE_SAFETY_CHECK` is given, so that a config cannot change records it claims to ignore.
 * @param labelGlob Glob for the label (`"*"`, `"_acme-challenge"`, `"**.dev"`); `""` matches any. Default: `"*"`.
 * @param rtypes Comma-separated record types (`"A,AAAA"`); `""` matches any. Default: `"*"`.
 * @param targetGlob Glob for the target; `""` matches any. Default: `"*"`.
 * @example
 * D("example.com", REG, DnsProvider(DNS),
 *   IGNORE("_acme-challenge", "TXT"),
 *   IGNORE("*", "A", "10.*"),
 * END);
 */
declare function IGNORE(labelGlob?: string, rtypes?: string, targetGlob?: string): DomainModifier;
/**
 * Leaves alone the existing records whose label matches: `IGNORE(labelGlob, rtypes)`.
 * @param labelGlob Glob for the label.
 * @param rtypes Comma-separated record types. Default: `any type`.
 * @example
 * D("example.com", REG, DnsProvider(DNS), IGNORE_NAME("legacy-*"), IGNORE_NAME("@", "MX"));
 */
declare function IGNORE_NAME(labelGlob: string, rtypes?: string): DomainModifier;
/**
 * Leaves alone the existing records whose target matches: `IGNORE("*", rtype, targetGlob)`.
 * @param targetGlob Glob for the target.
 * @param rtype Comma-separated record types. Default: `any type`.
 * @example
 * D("example.com", REG, DnsProvider(DNS), IGNORE_TARGET("*.acm-validations.aws.", "CNAME"));
 */
declare function IGNORE_TARGET(targetGlob: string, rtype?: string): DomainModifier;
/**
 * Leaves alone the records Kubernetes external-dns manages, found through its TXT ownership records.
 * @param prefix The `--txt-prefix` external-dns runs with. Default: `""`.
 * @example
 * D("example.com", REG, DnsProvider(DNS), IGNORE_EXTERNAL_DNS("extdns-"));
 */
declare function IGNORE_EXTERNAL_DNS(prefix?: string): DomainModifier;
/**
 * Allows records of the config that an `IGNORE` also matches (normally an error).
 * @example
 * D("example.com", REG, DnsProvider(DNS), DISABLE_IGNORE_SAFETY_CHECK, IGNORE("*", "TXT"), TXT("@", "v=spf1 -all"));
 */
declare const DISABLE_IGNORE_SAFETY_CHECK: DomainModifier;
/**
 * Never deletes existing records that the config does not list; it only adds and changes.
 *
 * To delete one record anyway, declare it with `ENSURE_ABSENT_REC()`.
 * @example
 * D("example.com", REG, DnsProvider(DNS), NO_PURGE, A("new", "192.0.2.40"));
 */
declare const NO_PURGE: DomainModifier;
/**
 * Deletes existing records the config does not list; the default, to undo a `NO_PURGE` from `DEFAULTS()`.
 * @example
 * DEFAULTS(NO_PURGE);
 * D("example.com", REG, DnsProvider(DNS), PURGE, A("@", "192.0.2.10"));
 */
declare const PURGE: DomainModifier;

/**
 * Asks the DNS provider to sign the zone (DNSSEC) itself.
 *
 * Providers: `BIND`, `DESEC`, `AXFRDDNS`, `POWERDNS`, `DNSIMPLE`, `CLOUDNS`, `NS1`, `INWX`.
 * @example
 * D("example.com", REG, DnsProvider(DNS), AUTODNSSEC_ON);
 */
declare const AUTODNSSEC_ON: DomainModifier;
/**
 * Asks the DNS provider to stop signing the zone.
 *
 * With neither `AUTODNSSEC_ON` nor `AUTODNSSEC_OFF`, the zone's DNSSEC state is left as it is.
 *
 * Providers: `BIND`, `DESEC`, `AXFRDDNS`, `POWERDNS`, `DNSIMPLE`, `CLOUDNS`, `NS1`, `INWX`.
 * @example
 * D("example.com", REG, DnsProvider(DNS), AUTODNSSEC_OFF);
 */
declare const AUTODNSSEC_OFF: DomainModifier;
/**
 * Does nothing but print a warning.
 * @deprecated use `AUTODNSSEC_ON`.
 * @example
 * D("example.com", REG, DnsProvider(DNS), AUTODNSSEC_ON); // not AUTODNSSEC
 */
declare const AUTODNSSEC: DomainModifier;

/**
 * Copies the records of a domain declared earlier into this one.
 * @param domain The name of a domain declared before this point.
 * @example
 * D("example.com", REG, DnsProvider(DNS), MX("@", 10, "mx.example.com."), A("mx", "192.0.2.25"));
 * D("example.net", REG, DnsProvider(DNS), INCLUDE("example.com"));
 */
declare function INCLUDE(domain: string): DomainModifier;
/**
 * Copies another domain's A and CNAME records into this one, mapping their addresses through a table (for NAT views).
 * @param table Rows `{ low, high, newBase }` (addresses in low..high move to newBase plus their offset) or `{ low, high, newIP }` (they become newIP, or several).
 * @param domain The domain to copy from.
 * @param ttl TTL of the copies. Default: `the domain's default`.
 * @param modifiers Record modifiers applied to every copy.
 * @example
 * var NAT = [{ low: "192.0.2.0", high: "192.0.2.255", newBase: "10.0.0.0" }];
 * D("example.com", REG, DnsProvider(DNS), A("www", "192.0.2.10"));
 * D("internal.example.com", REG, DnsProvider(DNS), IMPORT_TRANSFORM(NAT, "example.com", 60)); // www → 10.0.0.10
 */
declare function IMPORT_TRANSFORM(table: readonly ImportTransformRange[], domain: string, ttl?: Duration, ...modifiers: RecordModifierArg[]): DomainModifier;
/**
 * `IMPORT_TRANSFORM()` that also removes a suffix from the copied labels.
 * @param table The address table, as for `IMPORT_TRANSFORM()`.
 * @param domain The domain to copy from.
 * @param ttl TTL of the copies.
 * @param suffixStrip The suffix each copied label must end with, and loses.
 * @param modifiers Record modifiers applied to every copy.
 * @example
 * D("internal.example.com", REG, DnsProvider(DNS), IMPORT_TRANSFORM_STRIP(NAT, "example.com", 60, ".public"));
 */
declare function IMPORT_TRANSFORM_STRIP(table: readonly ImportTransformRange[], domain: string, ttl: Duration, suffixStrip: string, ...modifiers: RecordModifierArg[]): DomainModifier;

/**
 * Cloudflare: records of this domain are not proxied unless they say `CF_PROXY_ON`.
 *
 * Providers: `CLOUDFLAREAPI`.
 * @example
 * D("example.com", REG, DnsProvider(CF), CF_PROXY_DEFAULT_OFF, A("@", "192.0.2.10", CF_PROXY_ON));
 */
declare const CF_PROXY_DEFAULT_OFF: DomainModifier;
/**
 * Cloudflare: A, AAAA and CNAME records of this domain are proxied unless they say `CF_PROXY_OFF`.
 *
 * Providers: `CLOUDFLAREAPI`.
 * @example
 * D("example.com", REG, DnsProvider(CF), CF_PROXY_DEFAULT_ON, A("@", "192.0.2.10"), A("ssh", "192.0.2.11", CF_PROXY_OFF));
 */
declare const CF_PROXY_DEFAULT_ON: DomainModifier;
/**
 * Cloudflare: turns Universal SSL off for the zone.
 *
 * Providers: `CLOUDFLAREAPI`.
 * @example
 * D("example.com", REG, DnsProvider(CF), CF_UNIVERSALSSL_OFF);
 */
declare const CF_UNIVERSALSSL_OFF: DomainModifier;
/**
 * Cloudflare: turns Universal SSL on for the zone.
 *
 * Providers: `CLOUDFLAREAPI`.
 * @example
 * D("example.com", REG, DnsProvider(CF), CF_UNIVERSALSSL_ON);
 */
declare const CF_UNIVERSALSSL_ON: DomainModifier;
/**
 * Cloudflare: record comments become part of the config, so `CF_COMMENT()` changes (and removes) them.
 *
 * Without it, comments set in the dashboard are left alone.
 *
 * Providers: `CLOUDFLAREAPI`.
 * @example
 * D("example.com", REG, DnsProvider(CF), CF_MANAGE_COMMENTS, A("@", "192.0.2.10", CF_COMMENT("web")));
 */
declare const CF_MANAGE_COMMENTS: DomainModifier;
/**
 * Cloudflare: record tags become part of the config, so `CF_TAGS()` changes (and removes) them.
 *
 * Tags need a paid Cloudflare plan.
 *
 * Providers: `CLOUDFLAREAPI`.
 * @example
 * D("example.com", REG, DnsProvider(CF), CF_MANAGE_TAGS, A("@", "192.0.2.10", CF_TAGS("team:web")));
 */
declare const CF_MANAGE_TAGS: DomainModifier;

/**
 * Does nothing; it lets the last real argument of `D()` end with a comma.
 * @example
 * D("example.com", REG,
 *   A("@", "192.0.2.10"),
 * END);
 */
declare const END: DomainModifier & RecordModifier;
