// The language reference: one entry per DSL global (every function, record type, modifier and builder a
// dnsconfig.js can call). It is the one source of both docs/reference/*.md and the doc comments (editor
// hover) in types/*.d.ts: `npm run docs:reference` regenerates them, and test/typings/reference.test.ts fails
// when a global has no entry, an argument of its declaration has no description, or a generated file is stale.
// Signatures are not written here: the generator prints them from the declarations in types/*.d.ts, and the
// supported providers come from the providers' capabilities and audits. Data only, for the docs: it is not
// part of the build (tsconfig.json excludes it; tsconfig.test.json type-checks it).

/** Where a global goes in a config; each kind is one page of docs/reference/. */
export type RefKind = 'top-level' | 'domain-modifier' | 'record' | 'provider-record' | 'record-modifier' | 'builder' | 'helper';

/** Which providers support a global, computed by the generator (never listed by hand):
 *  - `rtype`: the providers that can store records of this type (capabilities, then the provider's audit);
 *  - `rtypes`: the providers that can store all of these types (a builder's output);
 *  - `capability`: the providers that declare this capability;
 *  - `owner`: a provider-specific feature of that provider type (DNSControl's name), listed only when dnscode has it
 *    (and, with `rtype`, when that provider's audit accepts the record type).
 *  Absent: every provider (the feature is handled before any provider sees the zone). Records default to
 *  `{ rtype: <their name> }`. */
export type RefSupport =
  | { rtype: string }
  | { rtypes: readonly string[] }
  | { capability: string }
  | { owner: string; ownerName: string; rtype?: string };

export interface RefArg {
  /** The parameter's name in types/*.d.ts (a rest parameter without the dots). */
  name: string;
  /** What it means; one or two sentences, Markdown. */
  text: string;
  /** Its default when omitted, as code (e.g. `"@"`, `-1`). */
  default?: string;
}

export interface RefEntry {
  name: string;
  kind: RefKind;
  /** One sentence: the first line of the hover. */
  summary: string;
  /** Every parameter of every overload in types/*.d.ts. */
  args?: readonly RefArg[];
  /** A few lines of dnsconfig.js. */
  example: string;
  /** More detail (Markdown), shown on the page and in the hover. */
  notes?: string;
  support?: RefSupport;
  /** Why it is deprecated and what to use instead. */
  deprecated?: string;
}

const NAME: RefArg = { name: 'name', text: 'The record\'s label: `"@"` for the apex, a name relative to the domain (`"www"`), or a name ending in a dot.' };
const MODS: RefArg = {
  name: 'modifiers',
  text: 'Record modifiers, such as `TTL("1h")` or a provider\'s flags, and meta objects merged into the record\'s metadata.',
};
const TARGET_HOST: RefArg = {
  name: 'target',
  text: 'A host name: relative to the domain (`"www"`), or fully qualified with a trailing dot (`"host.example.net."`).',
};
const CF: RefSupport = { owner: 'CLOUDFLAREAPI', ownerName: 'Cloudflare' };
const R53: RefSupport = { owner: 'ROUTE53', ownerName: 'Route 53' };
const HEDNS: RefSupport = { owner: 'HEDNS', ownerName: 'Hurricane Electric' };
const OPTIONS = (text: string): RefArg => ({ name: 'options', text });

export const REFERENCE: readonly RefEntry[] = [
  // ---------------------------------------------------------------- top-level functions
  {
    name: 'D',
    kind: 'top-level',
    summary: 'Declares a domain (a zone): its name, its registrar, then its records and domain modifiers.',
    args: [
      { name: 'name', text: 'The zone name, e.g. `"example.com"`. `"example.com!internal"` declares a split-horizon copy tagged `internal` (select it with `--domains example.com!internal`).' },
      { name: 'registrar', text: 'The name `NewRegistrar()` returned: who holds the delegation. Use a registrar of type `NONE` when the delegation is not managed.' },
      { name: 'modifiers', text: 'Records (`A(...)`, `MX(...)`), domain modifiers (`DnsProvider(...)`, `DefaultTTL(...)`, `NO_PURGE`...), meta objects, or arrays of them (flattened).' },
    ],
    example: `var REG = NewRegistrar("none");
var DNS = NewDnsProvider("bind");
D("example.com", REG, DnsProvider(DNS),
  DefaultTTL("1h"),
  A("@", "192.0.2.10"),
  CNAME("www", "@"),
END);`,
    notes: 'Declaring the same name (and tag) twice is an error; to add records later, use `D_EXTEND()`. The modifiers of the latest `DEFAULTS()` are applied first.',
  },
  {
    name: 'D_EXTEND',
    kind: 'top-level',
    summary: 'Adds records and modifiers to a domain declared earlier, or to a subdomain of one.',
    args: [
      { name: 'name', text: 'A domain declared by `D()`, or a name below one (`"sub.example.com"`): the longest declared match is extended and the records\' labels get the remaining part as suffix.' },
      { name: 'modifiers', text: 'Records and domain modifiers, as for `D()`.' },
    ],
    example: `D("example.com", REG, DnsProvider(DNS));
// in another file:
D_EXTEND("example.com", A("api", "192.0.2.20"));
D_EXTEND("lab.example.com", A("@", "192.0.2.30"), A("db", "192.0.2.31")); // lab and db.lab`,
  },
  {
    name: 'DEFAULTS',
    kind: 'top-level',
    summary: 'Sets modifiers that every later `D()` gets first; each call replaces the previous defaults.',
    args: [{ name: 'modifiers', text: 'Records and domain modifiers, as for `D()`. No arguments clears the defaults.' }],
    example: `DEFAULTS(DnsProvider(DNS), DefaultTTL("1d"), NAMESERVER_TTL("2d"));
D("example.com", REG, A("@", "192.0.2.10"));
D("example.net", REG, A("@", "192.0.2.11"));`,
  },
  {
    name: 'NewRegistrar',
    kind: 'top-level',
    summary: 'Declares a registrar and returns its name, to pass to `D()`.',
    args: [
      { name: 'name', text: 'The key of its entry in creds.json.' },
      { name: 'type', text: 'The provider type, e.g. `"NONE"`. Omitted (or `"-"`), the `TYPE` of the creds.json entry is used, as DNSControl v4 recommends.' },
      { name: 'meta', text: 'Provider settings that belong in the config rather than in creds.json.' },
    ],
    example: `var REG = NewRegistrar("none");              // TYPE from creds.json
var OLD = NewRegistrar("gandi", "GANDI_V5"); // older form with the type`,
  },
  {
    name: 'NewDnsProvider',
    kind: 'top-level',
    summary: 'Declares a DNS provider and returns its name, to pass to `DnsProvider()`.',
    args: [
      { name: 'name', text: 'The key of its entry in creds.json.' },
      { name: 'type', text: 'The provider type, e.g. `"BIND"`. Omitted (or `"-"`), the `TYPE` of the creds.json entry is used.' },
      { name: 'meta', text: 'Provider settings, e.g. BIND\'s `default_soa` and `default_ns`.' },
    ],
    example: `var DNS = NewDnsProvider("cloudflare");
var ZONES = NewDnsProvider("bind", { default_ns: ["ns1.example.com.", "ns2.example.com."] });`,
  },
  {
    name: 'DOMAIN_ELSEWHERE',
    kind: 'top-level',
    summary: 'A domain whose DNS is served by someone else: only its delegation to the given nameservers is managed.',
    args: [
      { name: 'name', text: 'The domain.' },
      { name: 'registrar', text: 'The registrar (from `NewRegistrar()`) whose delegation is set.' },
      { name: 'nameservers', text: 'The nameservers the registrar should delegate to.' },
    ],
    example: 'DOMAIN_ELSEWHERE("example.org", REG, ["ns1.hoster.example.", "ns2.hoster.example."]);',
    notes: 'The same as `D(name, registrar, NO_PURGE)` followed by a `NAMESERVER()` for each name: no records are touched.',
  },
  {
    name: 'DOMAIN_ELSEWHERE_AUTO',
    kind: 'top-level',
    summary: 'Like `DOMAIN_ELSEWHERE()`, with the nameservers asked from DNS providers instead of listed.',
    args: [
      { name: 'name', text: 'The domain.' },
      { name: 'registrar', text: 'The registrar whose delegation is set.' },
      { name: 'dnsProviders', text: 'DNS providers (from `NewDnsProvider()`) whose nameservers the delegation gets; their records are left alone.' },
    ],
    example: 'DOMAIN_ELSEWHERE_AUTO("example.org", REG, NewDnsProvider("cloudflare"));',
  },
  {
    name: 'require',
    kind: 'top-level',
    summary: 'Runs another file of the config; a `.json` or `.json5` file returns its parsed value instead.',
    args: [{ name: 'path', text: 'A path starting with `.` is relative to the file that calls `require`; any other path is relative to the working folder.' }],
    example: `require("./domains/example.com.js");
var ips = require("./ips.json");
A("@", ips.web);`,
    notes: 'As in DNSControl, a `.js` file is run for its side effects (its `D()` calls) and `require` returns `true`; there is no `module.exports`. For real modules, write `dnsconfig.mjs` or `dnsconfig.ts` with `import`.',
  },
  {
    name: 'require_glob',
    kind: 'top-level',
    summary: 'Runs every `.js` file in a folder, in name order, as `require()` would.',
    args: [
      { name: 'path', text: 'The folder, relative to the file that calls it.' },
      { name: 'recursive', text: 'Whether subfolders are included.', default: 'true' },
    ],
    example: 'require_glob("./domains/");',
  },
  {
    name: 'CLI_DEFAULTS',
    kind: 'top-level',
    summary: 'Gives `-v name=value` variables a value when the command line does not set them.',
    args: [{ name: 'defaults', text: 'An object of variable names and their default values.' }],
    example: `CLI_DEFAULTS({ env: "staging" });
// dnscode preview -v env=production overrides it
A("@", env === "production" ? "192.0.2.1" : "192.0.2.99");`,
  },
  {
    name: 'FETCH',
    kind: 'top-level',
    summary: 'Makes an HTTP request from the config; only allowed with `--allow-fetch`.',
    args: [
      { name: 'url', text: 'The URL to request.' },
      { name: 'init', text: 'Method, headers and body, as for `fetch()`.', default: 'a GET' },
    ],
    example: `FETCH("https://ip-ranges.example/v1.json")
  .then(function (r) { return r.json(); })
  .then(function (data) { D("example.com", REG, DnsProvider(DNS), A("@", data.web)); });`,
    notes: 'The run waits for the promise before it reads the config. A failed request stops the run, as in DNSControl (whose `FETCH` calls `PANIC`).',
  },
  {
    name: 'getConfiguredDomains',
    kind: 'top-level',
    summary: 'Returns the names of the domains declared so far.',
    example: `getConfiguredDomains().forEach(function (name) {
  D_EXTEND(name, TXT("_owner", "dns-team"));
});`,
  },
  {
    name: 'setTimeout',
    kind: 'top-level',
    summary: 'Runs a function later; the run waits for it before reading the config, as DNSControl\'s event loop does.',
    args: [
      { name: 'fn', text: 'The function to run.' },
      { name: 'ms', text: 'Delay in milliseconds.', default: '0' },
    ],
    example: 'setTimeout(function () { D_EXTEND("example.com", TXT("late", "added after the others")); }, 0);',
  },
  // ---------------------------------------------------------------- helpers
  {
    name: 'IP',
    kind: 'helper',
    summary: 'Converts a dotted-quad IPv4 address to a number, for address arithmetic.',
    args: [{ name: 'address', text: 'An IPv4 address, e.g. `"192.0.2.0"`.' }],
    example: `var BASE = IP("192.0.2.0");
A("host5", BASE + 5); // 192.0.2.5`,
    notes: '`A()` accepts the number as its address.',
  },
  {
    name: 'HASH',
    kind: 'helper',
    summary: 'Returns the hex digest of a string.',
    args: [
      { name: 'algorithm', text: '`"SHA1"`, `"SHA256"` or `"SHA512"`.' },
      { name: 'value', text: 'The text to hash.' },
    ],
    example: 'TXT("_verify", HASH("SHA256", "example.com:secret-seed"));',
  },
  {
    name: 'PANIC',
    kind: 'helper',
    summary: 'Stops the run with an error message (and the file and line of the call).',
    args: [{ name: 'message', text: 'The error to print.' }],
    example: 'if (typeof env === "undefined") PANIC("run with -v env=staging or -v env=production");',
  },
  {
    name: 'REV',
    kind: 'helper',
    summary: 'Returns the reverse-lookup zone of a network, or the reverse name of an address.',
    args: [{ name: 'cidr', text: 'A network in CIDR form (`"192.0.2.0/24"`, `"2001:db8::/32"`) or a single address.' }],
    example: `D(REV("192.0.2.0/24"), REG, DnsProvider(DNS),   // 2.0.192.in-addr.arpa
  PTR("10", "www.example.com."),
END);`,
    notes: 'Networks that do not end on an octet (nibble for IPv6) boundary use RFC 4183 names for /9–/15 and /17–/23, and for /25–/32 RFC 2317 names with a warning, as DNSControl v4 does; `REVCOMPAT()` pins the choice.',
  },
  {
    name: 'REVCOMPAT',
    kind: 'helper',
    summary: 'Chooses, for the whole config, how `REV()` names /25–/32 networks.',
    args: [{ name: 'mode', text: '`"rfc2317"` (DNSControl v4\'s behaviour, without its warning) or `"rfc4183"` (v5\'s).' }],
    example: `REVCOMPAT("rfc4183");
D(REV("192.0.2.0/26"), REG, DnsProvider(DNS));`,
  },
  {
    name: 'DKIM',
    kind: 'helper',
    summary: 'Splits a long DKIM key into the 255-byte strings a TXT record holds (a legacy helper).',
    args: [{ name: 'value', text: 'The whole DKIM record text.' }],
    example: 'TXT("mail._domainkey", DKIM("v=DKIM1; k=rsa; p=MIIBIjANBgkqh..."));',
    notes: '`TXT()` splits long strings by itself, so new configs do not need this.',
  },
  {
    name: '_',
    kind: 'helper',
    summary: 'The underscore.js library, available to configs as in DNSControl.',
    example: `_.each(["www", "blog", "shop"], function (n) {
  D_EXTEND("example.com", CNAME(n, "@"));
});`,
  },
  // ---------------------------------------------------------------- domain modifiers
  {
    name: 'DnsProvider',
    kind: 'domain-modifier',
    summary: 'Serves the domain\'s records from a DNS provider; a domain can have several.',
    args: [
      { name: 'name', text: 'The name `NewDnsProvider()` returned.' },
      { name: 'nsCount', text: 'How many of the provider\'s nameservers go into the apex NS set and the delegation: `-1` all, `0` none (the provider gets the records only), `N` at most N.', default: '-1' },
    ],
    example: `D("example.com", REG,
  DnsProvider(PRIMARY),
  DnsProvider(SECONDARY, 2),
  A("@", "192.0.2.10"),
END);`,
  },
  {
    name: 'DefaultTTL',
    kind: 'domain-modifier',
    summary: 'The TTL of the domain\'s records that set none with `TTL()`.',
    args: [{ name: 'ttl', text: 'Seconds, or a duration such as `"5m"`, `"1h"`, `"2d"`.', default: '300' }],
    example: 'D("example.com", REG, DnsProvider(DNS), DefaultTTL("1h"), A("@", "192.0.2.10"));',
    notes: 'Only records declared after it in the same `D()` get it.',
  },
  {
    name: 'NAMESERVER',
    kind: 'domain-modifier',
    summary: 'Adds a nameserver to the domain\'s apex NS records and to its delegation at the registrar.',
    args: [{ name: 'name', text: 'The nameserver\'s host name, with a trailing dot.' }],
    example: `D("example.com", REG, DnsProvider(DNS, 0),
  NAMESERVER("ns1.example.net."),
  NAMESERVER("ns2.example.net."),
END);`,
    notes: 'Used with `DnsProvider(name, 0)` to list the nameservers by hand. For NS records below the apex (delegating a subdomain), use `NS()`.',
  },
  {
    name: 'NAMESERVER_TTL',
    kind: 'domain-modifier',
    summary: 'The TTL of the apex NS records.',
    args: [{ name: 'ttl', text: 'Seconds, or a duration such as `"2d"`.', default: '300' }],
    example: 'D("example.com", REG, DnsProvider(DNS), NAMESERVER_TTL("2d"));',
  },
  {
    name: 'GIDINET_PREMIUM_NS',
    kind: 'domain-modifier',
    summary: 'Adds Gidinet\'s premium nameservers dns1–dns5.gidinet.com with `NAMESERVER()`.',
    example: 'D("example.com", REG, DnsProvider(GIDINET, 0), GIDINET_PREMIUM_NS());',
    support: { owner: 'GIDINET', ownerName: 'Gidinet' },
  },
  {
    name: 'IGNORE',
    kind: 'domain-modifier',
    summary: 'Leaves alone the existing records that match: they are neither changed nor deleted.',
    args: [
      { name: 'labelGlob', text: 'Glob for the label (`"*"`, `"_acme-challenge"`, `"**.dev"`); `""` matches any.', default: '"*"' },
      { name: 'rtypes', text: 'Comma-separated record types (`"A,AAAA"`); `""` matches any.', default: '"*"' },
      { name: 'targetGlob', text: 'Glob for the target; `""` matches any.', default: '"*"' },
    ],
    example: `D("example.com", REG, DnsProvider(DNS),
  IGNORE("_acme-challenge", "TXT"),
  IGNORE("*", "A", "10.*"),
END);`,
    notes: 'A record of the config that an `IGNORE` matches is an error unless `DISABLE_IGNORE_SAFETY_CHECK` is given, so that a config cannot change records it claims to ignore.',
  },
  {
    name: 'IGNORE_NAME',
    kind: 'domain-modifier',
    summary: 'Leaves alone the existing records whose label matches: `IGNORE(labelGlob, rtypes)`.',
    args: [
      { name: 'labelGlob', text: 'Glob for the label.' },
      { name: 'rtypes', text: 'Comma-separated record types.', default: 'any type' },
    ],
    example: 'D("example.com", REG, DnsProvider(DNS), IGNORE_NAME("legacy-*"), IGNORE_NAME("@", "MX"));',
  },
  {
    name: 'IGNORE_TARGET',
    kind: 'domain-modifier',
    summary: 'Leaves alone the existing records whose target matches: `IGNORE("*", rtype, targetGlob)`.',
    args: [
      { name: 'targetGlob', text: 'Glob for the target.' },
      { name: 'rtype', text: 'Comma-separated record types.', default: 'any type' },
    ],
    example: 'D("example.com", REG, DnsProvider(DNS), IGNORE_TARGET("*.acm-validations.aws.", "CNAME"));',
  },
  {
    name: 'IGNORE_EXTERNAL_DNS',
    kind: 'domain-modifier',
    summary: 'Leaves alone the records Kubernetes external-dns manages, found through its TXT ownership records.',
    args: [{ name: 'prefix', text: 'The `--txt-prefix` external-dns runs with.', default: '""' }],
    example: 'D("example.com", REG, DnsProvider(DNS), IGNORE_EXTERNAL_DNS("extdns-"));',
  },
  {
    name: 'DISABLE_IGNORE_SAFETY_CHECK',
    kind: 'domain-modifier',
    summary: 'Allows records of the config that an `IGNORE` also matches (normally an error).',
    example: 'D("example.com", REG, DnsProvider(DNS), DISABLE_IGNORE_SAFETY_CHECK, IGNORE("*", "TXT"), TXT("@", "v=spf1 -all"));',
  },
  {
    name: 'NO_PURGE',
    kind: 'domain-modifier',
    summary: 'Never deletes existing records that the config does not list; it only adds and changes.',
    example: 'D("example.com", REG, DnsProvider(DNS), NO_PURGE, A("new", "192.0.2.40"));',
    notes: 'To delete one record anyway, declare it with `ENSURE_ABSENT_REC()`.',
  },
  {
    name: 'PURGE',
    kind: 'domain-modifier',
    summary: 'Deletes existing records the config does not list; the default, to undo a `NO_PURGE` from `DEFAULTS()`.',
    example: `DEFAULTS(NO_PURGE);
D("example.com", REG, DnsProvider(DNS), PURGE, A("@", "192.0.2.10"));`,
  },
  {
    name: 'AUTODNSSEC_ON',
    kind: 'domain-modifier',
    summary: 'Asks the DNS provider to sign the zone (DNSSEC) itself.',
    example: 'D("example.com", REG, DnsProvider(DNS), AUTODNSSEC_ON);',
    support: { capability: 'canAutoDNSSEC' },
  },
  {
    name: 'AUTODNSSEC_OFF',
    kind: 'domain-modifier',
    summary: 'Asks the DNS provider to stop signing the zone.',
    example: 'D("example.com", REG, DnsProvider(DNS), AUTODNSSEC_OFF);',
    notes: 'With neither `AUTODNSSEC_ON` nor `AUTODNSSEC_OFF`, the zone\'s DNSSEC state is left as it is.',
    support: { capability: 'canAutoDNSSEC' },
  },
  {
    name: 'AUTODNSSEC',
    kind: 'domain-modifier',
    summary: 'Does nothing but print a warning.',
    example: 'D("example.com", REG, DnsProvider(DNS), AUTODNSSEC_ON); // not AUTODNSSEC',
    deprecated: 'use `AUTODNSSEC_ON`.',
  },
  {
    name: 'INCLUDE',
    kind: 'domain-modifier',
    summary: 'Copies the records of a domain declared earlier into this one.',
    args: [{ name: 'domain', text: 'The name of a domain declared before this point.' }],
    example: `D("example.com", REG, DnsProvider(DNS), MX("@", 10, "mx.example.com."), A("mx", "192.0.2.25"));
D("example.net", REG, DnsProvider(DNS), INCLUDE("example.com"));`,
  },
  {
    name: 'IMPORT_TRANSFORM',
    kind: 'domain-modifier',
    summary: 'Copies another domain\'s A and CNAME records into this one, mapping their addresses through a table (for NAT views).',
    args: [
      { name: 'table', text: 'Rows `{ low, high, newBase }` (addresses in low..high move to newBase plus their offset) or `{ low, high, newIP }` (they become newIP, or several).' },
      { name: 'domain', text: 'The domain to copy from.' },
      { name: 'ttl', text: 'TTL of the copies.', default: 'the domain\'s default' },
      { name: 'modifiers', text: 'Record modifiers applied to every copy.' },
    ],
    example: `var NAT = [{ low: "192.0.2.0", high: "192.0.2.255", newBase: "10.0.0.0" }];
D("example.com", REG, DnsProvider(DNS), A("www", "192.0.2.10"));
D("internal.example.com", REG, DnsProvider(DNS), IMPORT_TRANSFORM(NAT, "example.com", 60)); // www → 10.0.0.10`,
  },
  {
    name: 'IMPORT_TRANSFORM_STRIP',
    kind: 'domain-modifier',
    summary: '`IMPORT_TRANSFORM()` that also removes a suffix from the copied labels.',
    args: [
      { name: 'table', text: 'The address table, as for `IMPORT_TRANSFORM()`.' },
      { name: 'domain', text: 'The domain to copy from.' },
      { name: 'ttl', text: 'TTL of the copies.' },
      { name: 'suffixStrip', text: 'The suffix each copied label must end with, and loses.' },
      { name: 'modifiers', text: 'Record modifiers applied to every copy.' },
    ],
    example: 'D("internal.example.com", REG, DnsProvider(DNS), IMPORT_TRANSFORM_STRIP(NAT, "example.com", 60, ".public"));',
  },
  {
    name: 'CF_PROXY_DEFAULT_OFF',
    kind: 'domain-modifier',
    summary: 'Cloudflare: records of this domain are not proxied unless they say `CF_PROXY_ON`.',
    example: 'D("example.com", REG, DnsProvider(CF), CF_PROXY_DEFAULT_OFF, A("@", "192.0.2.10", CF_PROXY_ON));',
    support: CF,
  },
  {
    name: 'CF_PROXY_DEFAULT_ON',
    kind: 'domain-modifier',
    summary: 'Cloudflare: A, AAAA and CNAME records of this domain are proxied unless they say `CF_PROXY_OFF`.',
    example: 'D("example.com", REG, DnsProvider(CF), CF_PROXY_DEFAULT_ON, A("@", "192.0.2.10"), A("ssh", "192.0.2.11", CF_PROXY_OFF));',
    support: CF,
  },
  {
    name: 'CF_UNIVERSALSSL_OFF',
    kind: 'domain-modifier',
    summary: 'Cloudflare: turns Universal SSL off for the zone.',
    example: 'D("example.com", REG, DnsProvider(CF), CF_UNIVERSALSSL_OFF);',
    support: CF,
  },
  {
    name: 'CF_UNIVERSALSSL_ON',
    kind: 'domain-modifier',
    summary: 'Cloudflare: turns Universal SSL on for the zone.',
    example: 'D("example.com", REG, DnsProvider(CF), CF_UNIVERSALSSL_ON);',
    support: CF,
  },
  {
    name: 'CF_MANAGE_COMMENTS',
    kind: 'domain-modifier',
    summary: 'Cloudflare: record comments become part of the config, so `CF_COMMENT()` changes (and removes) them.',
    example: 'D("example.com", REG, DnsProvider(CF), CF_MANAGE_COMMENTS, A("@", "192.0.2.10", CF_COMMENT("web")));',
    notes: 'Without it, comments set in the dashboard are left alone.',
    support: CF,
  },
  {
    name: 'CF_MANAGE_TAGS',
    kind: 'domain-modifier',
    summary: 'Cloudflare: record tags become part of the config, so `CF_TAGS()` changes (and removes) them.',
    example: 'D("example.com", REG, DnsProvider(CF), CF_MANAGE_TAGS, A("@", "192.0.2.10", CF_TAGS("team:web")));',
    notes: 'Tags need a paid Cloudflare plan.',
    support: CF,
  },
  {
    name: 'END',
    kind: 'domain-modifier',
    summary: 'Does nothing; it lets the last real argument of `D()` end with a comma.',
    example: `D("example.com", REG,
  A("@", "192.0.2.10"),
END);`,
  },
  // ---------------------------------------------------------------- record modifiers
  {
    name: 'TTL',
    kind: 'record-modifier',
    summary: 'The record\'s TTL.',
    args: [{ name: 'ttl', text: 'Seconds, or a duration with a unit: s, m, h, d, w, n (30 days) or y, e.g. `"5m"`, `"1h"`.' }],
    example: 'A("@", "192.0.2.10", TTL("5m"))',
    notes: 'Without it the record gets the domain\'s `DefaultTTL()` (300 seconds unless set).',
  },
  {
    name: 'CAA_CRITICAL',
    kind: 'record-modifier',
    summary: 'Sets the issuer-critical flag (128) of a CAA record.',
    example: 'CAA("@", "issue", "letsencrypt.org", CAA_CRITICAL)',
    support: { rtype: 'CAA' },
  },
  {
    name: 'ENSURE_ABSENT_REC',
    kind: 'record-modifier',
    summary: 'Makes sure the record does not exist: it is deleted if present, even when the domain has `NO_PURGE`.',
    example: 'D("example.com", REG, DnsProvider(DNS), NO_PURGE, A("old", "192.0.2.99", ENSURE_ABSENT_REC()));',
  },
  {
    name: 'DISABLE_REPEATED_DOMAIN_CHECK',
    kind: 'record-modifier',
    summary: 'Allows a label that repeats the domain name (normally a mistake), e.g. `"www.example.com"` in `example.com`.',
    example: 'D("example.com", REG, DnsProvider(DNS), A("mail.example.com", "192.0.2.25", DISABLE_REPEATED_DOMAIN_CHECK));',
  },
  {
    name: 'AUTOSPLIT',
    kind: 'record-modifier',
    summary: 'Accepted for old configs and ignored: `TXT()` always splits long strings into 255-byte chunks.',
    example: 'TXT("@", longText, AUTOSPLIT)',
    deprecated: 'leave it out; long TXT strings are split anyway.',
  },
  {
    name: 'CF_PROXY_ON',
    kind: 'record-modifier',
    summary: 'Cloudflare: proxies the record (orange cloud): Cloudflare answers with its own addresses and forwards the traffic.',
    example: 'A("@", "192.0.2.10", CF_PROXY_ON)',
    notes: 'Only A, AAAA and CNAME records can be proxied.',
    support: CF,
  },
  {
    name: 'CF_PROXY_OFF',
    kind: 'record-modifier',
    summary: 'Cloudflare: the record is not proxied (grey cloud), whatever the domain\'s default.',
    example: 'A("ssh", "192.0.2.11", CF_PROXY_OFF)',
    support: CF,
  },
  {
    name: 'CF_PROXY_FULL',
    kind: 'record-modifier',
    summary: 'Cloudflare: proxies the record, as `CF_PROXY_ON` does (DNSControl also enabled Railgun with it, which Cloudflare has retired).',
    example: 'A("@", "192.0.2.10", CF_PROXY_FULL)',
    support: CF,
  },
  {
    name: 'CF_CNAME_FLATTEN_ON',
    kind: 'record-modifier',
    summary: 'Cloudflare: flattens this CNAME (answers with the target\'s addresses).',
    example: 'CNAME("shop", "shops.example.net.", CF_CNAME_FLATTEN_ON)',
    support: CF,
  },
  {
    name: 'CF_CNAME_FLATTEN_OFF',
    kind: 'record-modifier',
    summary: 'Cloudflare: does not flatten this CNAME.',
    example: 'CNAME("shop", "shops.example.net.", CF_CNAME_FLATTEN_OFF)',
    support: CF,
  },
  {
    name: 'CF_COMMENT',
    kind: 'record-modifier',
    summary: 'Cloudflare: the record\'s comment.',
    args: [{ name: 'comment', text: 'The comment text.' }],
    example: 'A("@", "192.0.2.10", CF_COMMENT("web frontend"))',
    notes: 'Compared and written only in domains with `CF_MANAGE_COMMENTS`.',
    support: CF,
  },
  {
    name: 'CF_TAGS',
    kind: 'record-modifier',
    summary: 'Cloudflare: the record\'s tags.',
    args: [{ name: 'tags', text: 'Tags, usually `"name:value"`.' }],
    example: 'A("@", "192.0.2.10", CF_TAGS("team:web", "env:prod"))',
    notes: 'Compared and written only in domains with `CF_MANAGE_TAGS`.',
    support: CF,
  },
  {
    name: 'R53_ZONE',
    kind: 'record-modifier',
    summary: 'Route 53: the hosted zone id, for a domain with several zones of the same name, or for an `R53_ALIAS` target in another zone.',
    args: [{ name: 'zoneId', text: 'The hosted zone id, e.g. `"Z2FTEDJ9ZYXS6Z"`.' }],
    example: `D("example.com", REG, DnsProvider(R53), R53_ZONE("Z1111111111111"),
  R53_ALIAS("www", "A", "lb-123.eu-west-1.elb.amazonaws.com.", R53_ZONE("Z32O12XQLNTSW2")),
END);`,
    notes: 'Works both as a domain modifier (in `D()`) and as a record modifier (after `R53_ALIAS`).',
    support: R53,
  },
  {
    name: 'R53_EVALUATE_TARGET_HEALTH',
    kind: 'record-modifier',
    summary: 'Route 53: an `R53_ALIAS` answers only while its target is healthy.',
    args: [{ name: 'enabled', text: 'Whether to evaluate the target\'s health.' }],
    example: 'R53_ALIAS("@", "A", "lb-123.eu-west-1.elb.amazonaws.com.", R53_EVALUATE_TARGET_HEALTH(true))',
    support: R53,
  },
  {
    name: 'R53_WEIGHT',
    kind: 'record-modifier',
    summary: 'Route 53: makes the record one of a weighted set; answers are shared in proportion to the weights.',
    args: [
      { name: 'weight', text: 'An integer 0–255.' },
      { name: 'setIdentifier', text: 'A name unique among the records of the same label and type.' },
    ],
    example: `A("www", "192.0.2.10", R53_WEIGHT(80, "blue")),
A("www", "192.0.2.20", R53_WEIGHT(20, "green")),`,
    support: R53,
  },
  {
    name: 'R53_HEALTH_CHECK_ID',
    kind: 'record-modifier',
    summary: 'Route 53: ties the record to a health check, so it is left out of answers while the check fails.',
    args: [{ name: 'id', text: 'The health check\'s id.' }],
    example: 'A("www", "192.0.2.10", R53_WEIGHT(50, "a"), R53_HEALTH_CHECK_ID("abcdef01-2345-6789-abcd-ef0123456789"))',
    support: R53,
  },
  {
    name: 'HEDNS_DYNAMIC_ON',
    kind: 'record-modifier',
    summary: 'Hurricane Electric: makes the record updatable by dynamic DNS.',
    example: 'A("home", "192.0.2.50", HEDNS_DYNAMIC_ON)',
    support: HEDNS,
  },
  {
    name: 'HEDNS_DYNAMIC_OFF',
    kind: 'record-modifier',
    summary: 'Hurricane Electric: the record is not updatable by dynamic DNS.',
    example: 'A("home", "192.0.2.50", HEDNS_DYNAMIC_OFF)',
    support: HEDNS,
  },
  {
    name: 'HEDNS_DDNS_KEY',
    kind: 'record-modifier',
    summary: 'Hurricane Electric: the dynamic DNS key of the record.',
    args: [{ name: 'key', text: 'The key clients update the record with.' }],
    example: 'A("home", "192.0.2.50", HEDNS_DYNAMIC_ON, HEDNS_DDNS_KEY("s3cret"))',
    support: HEDNS,
  },
  // ---------------------------------------------------------------- records
  {
    name: 'A',
    kind: 'record',
    summary: 'An IPv4 address record.',
    args: [NAME, { name: 'address', text: 'The IPv4 address, as text or as the number `IP()` returns.' }, MODS],
    example: `A("@", "192.0.2.10"),
A("www", "192.0.2.10", TTL("5m")),`,
  },
  {
    name: 'AAAA',
    kind: 'record',
    summary: 'An IPv6 address record.',
    args: [NAME, { name: 'address', text: 'The IPv6 address.' }, MODS],
    example: 'AAAA("@", "2001:db8::10"),',
  },
  {
    name: 'CAA',
    kind: 'record',
    summary: 'Certification Authority Authorization: which CAs may issue certificates for the name.',
    args: [
      NAME,
      { name: 'tag', text: '`"issue"`, `"issuewild"`, `"iodef"`, `"issuemail"` or `"issuevmc"`.' },
      { name: 'value', text: 'The CA\'s domain (for the issue tags; `";"` forbids issuing) or a report URL (iodef).' },
      MODS,
    ],
    example: `CAA("@", "issue", "letsencrypt.org"),
CAA("@", "issuewild", ";"),
CAA("@", "iodef", "mailto:security@example.com", CAA_CRITICAL),`,
    notes: '`CAA_BUILDER()` writes a set from lists. `CAA_CRITICAL` sets the critical flag.',
  },
  {
    name: 'CNAME',
    kind: 'record',
    summary: 'An alias: the name has the records of the target.',
    args: [NAME, TARGET_HOST, MODS],
    example: `CNAME("www", "@"),
CNAME("docs", "example.github.io."),`,
    notes: 'A CNAME cannot be at the apex, nor share its name with other records; for the apex, use `ALIAS()` where the provider offers it.',
  },
  {
    name: 'DHCID',
    kind: 'record',
    summary: 'DHCP identifier (RFC 4701): which DHCP client owns a name.',
    args: [NAME, { name: 'digest', text: 'The base64 identifier.' }, MODS],
    example: 'DHCID("client", "AAIBY2/AuCccgoJbsaxcQc9TUapptP69lOjxfNuVAA2kjEA="),',
  },
  {
    name: 'DNAME',
    kind: 'record',
    summary: 'Redirects a whole subtree of names to another domain (RFC 6672).',
    args: [NAME, TARGET_HOST, MODS],
    example: 'DNAME("old", "new.example.net."),',
  },
  {
    name: 'DNSKEY',
    kind: 'record',
    summary: 'A DNSSEC public key.',
    args: [
      NAME,
      { name: 'flags', text: '256 (zone-signing key) or 257 (key-signing key).' },
      { name: 'protocol', text: 'Always 3.' },
      { name: 'algorithm', text: 'The DNSSEC algorithm number, e.g. 13 (ECDSA P-256 with SHA-256).' },
      { name: 'publicKey', text: 'The key in base64.' },
      MODS,
    ],
    example: 'DNSKEY("@", 257, 3, 13, "mdsswUyr3DPW132mOi8V9xESWE8jTo0dxCjjnopKl+GqJxpVXckHAeF+KkxLbxILfDLUT0rAK9iUzy1L53eKGQ=="),',
  },
  {
    name: 'DS',
    kind: 'record',
    summary: 'Delegation signer: the digest of a child zone\'s key, published in the parent to link DNSSEC.',
    args: [
      NAME,
      { name: 'keytag', text: 'The key tag of the child\'s key.' },
      { name: 'algorithm', text: 'The key\'s DNSSEC algorithm number.' },
      { name: 'digesttype', text: 'The digest algorithm: 2 (SHA-256) or 4 (SHA-384).' },
      { name: 'digest', text: 'The digest in hex.' },
      MODS,
    ],
    example: 'DS("child", 2371, 13, 2, "1F987CC6583E92DF0890718C42D2B8B50C3A4F5AB4C0B2F1A5F1E6F3C8A7B6D5"),',
    notes: 'A DS below the apex (a child zone\'s) needs only `canUseDSForChildren`; some providers store nothing else.',
  },
  {
    name: 'HTTPS',
    kind: 'record',
    summary: 'HTTPS service binding (RFC 9460): where and how to connect to a web service.',
    args: [
      NAME,
      { name: 'priority', text: '0 for alias mode; 1 and up for service mode, lower first.' },
      { name: 'target', text: 'The host that serves it; `"."` means the name itself.' },
      { name: 'params', text: 'The SvcParams in text form, e.g. `\'alpn="h3,h2" port=443\'`; `""` for none. `ech=IGNORE` keeps the `ech` value the record has at the provider (whoever rotates the ECH key sets it); a new record, or one without `ech`, gets none.' },
      MODS,
    ],
    example: 'HTTPS("@", 1, ".", "alpn=h3,h2 ipv4hint=192.0.2.10"),',
  },
  {
    name: 'LOC',
    kind: 'record',
    summary: 'A geographic location (RFC 1876).',
    args: [
      NAME,
      { name: 'd1', text: 'Degrees of latitude.' },
      { name: 'm1', text: 'Minutes of latitude.' },
      { name: 's1', text: 'Seconds of latitude.' },
      { name: 'ns', text: '`"N"` or `"S"`.' },
      { name: 'd2', text: 'Degrees of longitude.' },
      { name: 'm2', text: 'Minutes of longitude.' },
      { name: 's2', text: 'Seconds of longitude.' },
      { name: 'ew', text: '`"E"` or `"W"`.' },
      { name: 'altitude', text: 'Altitude in metres.' },
      { name: 'size', text: 'Diameter of the located sphere in metres.' },
      { name: 'horizontalPrecision', text: 'Horizontal precision in metres.' },
      { name: 'verticalPrecision', text: 'Vertical precision in metres.' },
      MODS,
    ],
    example: 'LOC("office", 51, 30, 12.748, "N", 0, 7, 39.611, "W", 5, 1, 10000, 10),',
    notes: 'The `LOC_BUILDER_*` functions take decimal degrees or coordinate text instead.',
  },
  {
    name: 'MX',
    kind: 'record',
    summary: 'A mail exchanger: where mail for the name is delivered.',
    args: [NAME, { name: 'priority', text: 'Preference 0–65535; lower is tried first.' }, { ...TARGET_HOST, text: `${TARGET_HOST.text} \`"."\` is a null MX (no mail, RFC 7505).` }, MODS],
    example: `MX("@", 10, "mx1.example.com."),
MX("@", 20, "mx2.example.com."),`,
  },
  {
    name: 'NAPTR',
    kind: 'record',
    summary: 'Naming authority pointer (RFC 3403), used by SIP and ENUM to rewrite names.',
    args: [
      NAME,
      { name: 'order', text: 'Rules with lower order are processed first.' },
      { name: 'preference', text: 'Among rules of equal order, lower is preferred.' },
      { name: 'flags', text: 'E.g. `"U"` (the result is a URI) or `"S"` (look up SRV next).' },
      { name: 'service', text: 'The service, e.g. `"E2U+sip"`.' },
      { name: 'regexp', text: 'The substitution expression, or `""`.' },
      { name: 'replacement', text: 'The next name to look up, or `"."` when `regexp` is used.' },
      MODS,
    ],
    example: 'NAPTR("4.3.2.1", 100, 10, "U", "E2U+sip", "!^.*$!sip:info@example.com!", "."),',
  },
  {
    name: 'NS',
    kind: 'record',
    summary: 'A nameserver record; below the apex it delegates a subdomain to other servers.',
    args: [NAME, TARGET_HOST, MODS],
    example: `NS("lab", "ns1.lab-hosting.example."),
NS("lab", "ns2.lab-hosting.example."),`,
    notes: 'The apex NS set comes from the DNS providers and `NAMESERVER()`, not from `NS("@", ...)`.',
  },
  {
    name: 'OPENPGPKEY',
    kind: 'record',
    summary: 'An OpenPGP public key for a mail address (RFC 7929).',
    args: [NAME, { name: 'publicKey', text: 'The key in base64.' }, MODS],
    example: 'OPENPGPKEY("c93f1e400f26708f98cb19d936620da35eec8f72e57f9eec01c1afd6._openpgpkey", "mQINBFit2jsBEADrbl5vjVxYeAE0g0IDYCBpHirv1Sjlqxx5gjtPhb2YhvyDMXjq"),',
  },
  {
    name: 'PTR',
    kind: 'record',
    summary: 'A pointer, mostly for reverse lookups: the name an address belongs to.',
    args: [NAME, TARGET_HOST, MODS],
    example: `D(REV("192.0.2.0/24"), REG, DnsProvider(DNS),
  PTR("10", "www.example.com."),       // 10.2.0.192.in-addr.arpa
  PTR("192.0.2.11", "mail.example.com."), // an address as the name works too
END);`,
  },
  {
    name: 'RP',
    kind: 'record',
    summary: 'Responsible person (RFC 1183): who to contact about the name.',
    args: [
      NAME,
      { name: 'mbox', text: 'The mailbox as a name: `"hostmaster.example.com."` for hostmaster@example.com.' },
      { name: 'txt', text: 'The name of a TXT record with more information, or `"."`.' },
      MODS,
    ],
    example: 'RP("@", "hostmaster.example.com.", "contact.example.com."),',
  },
  {
    name: 'SMIMEA',
    kind: 'record',
    summary: 'An S/MIME certificate association for a mail address (RFC 8162).',
    args: [
      NAME,
      { name: 'usage', text: 'Certificate usage 0–3, as for TLSA.' },
      { name: 'selector', text: '0 (whole certificate) or 1 (public key only).' },
      { name: 'type', text: 'Matching type: 0 (exact), 1 (SHA-256), 2 (SHA-512).' },
      { name: 'certificate', text: 'The certificate data or digest in hex.' },
      MODS,
    ],
    example: 'SMIMEA("c93f1e400f26708f98cb19d936620da35eec8f72e57f9eec01c1afd6._smimecert", 3, 1, 1, "8755CDAA8FE24EF16CC0F2C918063185E433FAAF1415664911D9E30A924138C4"),',
  },
  {
    name: 'SOA',
    kind: 'record',
    summary: 'The zone\'s start of authority; only some providers let a config set it.',
    args: [
      NAME,
      { name: 'ns', text: 'The primary nameserver.' },
      { name: 'mbox', text: 'The administrator\'s mailbox as a name (`"hostmaster.example.com."`).' },
      { name: 'refresh', text: 'Seconds between secondaries\' checks for changes.' },
      { name: 'retry', text: 'Seconds before a failed check is retried.' },
      { name: 'expire', text: 'Seconds after which secondaries stop answering without a successful check.' },
      { name: 'minttl', text: 'TTL of negative answers (NXDOMAIN).' },
      MODS,
    ],
    example: 'SOA("@", "ns1.example.com.", "hostmaster.example.com.", 3600, 600, 604800, 1440),',
    notes: 'The serial is managed by the provider (BIND: `--bindserial`, or a date-based serial).',
  },
  {
    name: 'SRV',
    kind: 'record',
    summary: 'A service location (RFC 2782): which host and port offer a service.',
    args: [
      NAME,
      { name: 'priority', text: 'Lower priorities are tried first.' },
      { name: 'weight', text: 'Share of traffic among records of equal priority.' },
      { name: 'port', text: 'The port.' },
      { ...TARGET_HOST, text: `${TARGET_HOST.text} \`"."\` means the service is not offered.` },
      MODS,
    ],
    example: 'SRV("_sip._tcp", 10, 60, 5060, "sip.example.com."),',
  },
  {
    name: 'SSHFP',
    kind: 'record',
    summary: 'An SSH host key fingerprint (RFC 4255), for host keys checked through DNS.',
    args: [
      NAME,
      { name: 'algorithm', text: 'Key algorithm: 1 RSA, 2 DSA, 3 ECDSA, 4 Ed25519.' },
      { name: 'fingerprintType', text: 'Digest: 1 SHA-1, 2 SHA-256.' },
      { name: 'fingerprint', text: 'The fingerprint in hex.' },
      MODS,
    ],
    example: 'SSHFP("host", 4, 2, "8a3c0ea1d5b1e2c6f8e0b3f2a1c4d7e9b0a2c4e6f8a1b3c5d7e9f0a2b4c6d8e0"),',
  },
  {
    name: 'SVCB',
    kind: 'record',
    summary: 'A general service binding (RFC 9460) for protocols other than HTTPS.',
    args: [
      NAME,
      { name: 'priority', text: '0 for alias mode; 1 and up for service mode, lower first.' },
      { name: 'target', text: 'The host that serves it; `"."` means the name itself.' },
      { name: 'params', text: 'The SvcParams in text form, e.g. `"alpn=dot port=853"`; `""` for none. `ech=IGNORE` keeps the record\'s current `ech` value, as for HTTPS.' },
      MODS,
    ],
    example: 'SVCB("_dns", 1, "dns.example.com.", "alpn=dot port=853"),',
  },
  {
    name: 'TLSA',
    kind: 'record',
    summary: 'A TLS certificate association (DANE, RFC 6698) for a service port.',
    args: [
      { ...NAME, text: 'The label, usually `_port._proto.host`, e.g. `"_443._tcp.www"`.' },
      { name: 'usage', text: '0 CA constraint, 1 service certificate, 2 trust anchor, 3 domain-issued certificate.' },
      { name: 'selector', text: '0 (whole certificate) or 1 (public key only).' },
      { name: 'type', text: 'Matching type: 0 (exact), 1 (SHA-256), 2 (SHA-512).' },
      { name: 'certificate', text: 'The certificate data or digest in hex.' },
      MODS,
    ],
    example: 'TLSA("_25._tcp.mail", 3, 1, 1, "0C72AC70B745AC19998811B131D662C9AC69DBDBE7CB23E5B514B56664C5D3D6"),',
  },
  {
    name: 'TXT',
    kind: 'record',
    summary: 'A text record (SPF, site verification, DKIM...).',
    args: [
      NAME,
      { name: 'contents', text: 'One string, split into 255-byte chunks when longer, or a list of strings kept as given.' },
      MODS,
    ],
    example: `TXT("@", "v=spf1 include:_spf.example.net -all"),
TXT("@", ["first string", "second string"]),`,
    notes: 'Write the text unquoted: quotes and backslashes are escaped as the provider needs.',
  },
  {
    name: 'ALIAS',
    kind: 'record',
    summary: 'A CNAME-like alias that is allowed at the apex: the provider answers with the target\'s addresses.',
    args: [NAME, TARGET_HOST, MODS],
    example: 'ALIAS("@", "example.herokudns.com."),',
    notes: 'Not a real DNS type: each provider implements it its own way (Cloudflare as a flattened CNAME at the apex).',
  },
  // ---------------------------------------------------------------- provider-specific records
  {
    name: 'AKAMAICDN',
    kind: 'provider-record',
    summary: 'Akamai Edge DNS: points the name at an Akamai CDN property (apex allowed).',
    args: [NAME, { name: 'target', text: 'The edge hostname.' }, MODS],
    example: 'AKAMAICDN("@", "www.example.com.edgekey.net"),',
  },
  {
    name: 'AKAMAITLC',
    kind: 'provider-record',
    summary: 'Akamai Edge DNS: a traffic-management (top-level CNAME) record.',
    args: [
      NAME,
      { name: 'answerType', text: 'Which addresses to answer with: `"DUAL"`, `"A"` or `"AAAA"`.' },
      { name: 'target', text: 'The traffic-management property.' },
      MODS,
    ],
    example: 'AKAMAITLC("@", "DUAL", "example.com.akadns.net"),',
  },
  {
    name: 'AZURE_ALIAS',
    kind: 'provider-record',
    summary: 'Azure DNS: an alias record set that points at an Azure resource.',
    args: [
      NAME,
      { name: 'type', text: 'The record type it answers as: `"A"`, `"AAAA"` or `"CNAME"`.' },
      { name: 'target', text: 'The Azure resource id.' },
      MODS,
    ],
    example: 'AZURE_ALIAS("@", "A", "/subscriptions/…/resourceGroups/web/providers/Microsoft.Network/publicIPAddresses/web-ip"),',
  },
  {
    name: 'R53_ALIAS',
    kind: 'provider-record',
    summary: 'Route 53: an alias to an AWS resource (load balancer, CloudFront, another record), allowed at the apex.',
    args: [
      NAME,
      { name: 'type', text: 'The record type it answers as, e.g. `"A"`, `"AAAA"`, `"CNAME"`.' },
      { name: 'target', text: 'The target\'s DNS name.' },
      MODS,
    ],
    example: 'R53_ALIAS("@", "A", "d111111abcdef8.cloudfront.net.", R53_ZONE("Z2FDTNDATAQYW2")),',
    notes: 'Add `R53_ZONE()` when the target is in another hosted zone, and `R53_EVALUATE_TARGET_HEALTH(true)` to follow its health.',
  },
  {
    name: 'CF_REDIRECT',
    kind: 'provider-record',
    summary: 'Cloudflare: a permanent (301) redirect from a URL pattern, made into a Single Redirect rule.',
    args: [
      { name: 'source', text: 'The URL pattern matched, `*` as wildcard, e.g. `"example.com/*"`.' },
      { name: 'destination', text: 'Where to redirect; `$1`, `$2`... insert what the wildcards matched.' },
      MODS,
    ],
    example: 'CF_REDIRECT("old.example.com/*", "https://example.com/$1"),',
    support: { ...CF, rtype: 'CF_REDIRECT' },
  },
  {
    name: 'CF_TEMP_REDIRECT',
    kind: 'provider-record',
    summary: 'Cloudflare: a temporary (302) redirect from a URL pattern, made into a Single Redirect rule.',
    args: [
      { name: 'source', text: 'The URL pattern matched.' },
      { name: 'destination', text: 'Where to redirect.' },
      MODS,
    ],
    example: 'CF_TEMP_REDIRECT("example.com/sale*", "https://shop.example.com/sale$1"),',
    support: { ...CF, rtype: 'CF_TEMP_REDIRECT' },
  },
  {
    name: 'CF_SINGLE_REDIRECT',
    kind: 'provider-record',
    summary: 'Cloudflare: a Single Redirect rule, written in Cloudflare\'s rule language.',
    args: [
      { name: 'name', text: 'The rule\'s name (unique in the zone).' },
      { name: 'code', text: 'The status code: 301, 302, 303, 307 or 308.' },
      { name: 'when', text: 'The match expression, e.g. `\'http.host eq "old.example.com"\'`.' },
      { name: 'then', text: 'The target URL expression, e.g. `\'concat("https://example.com", http.request.uri.path)\'`.' },
      MODS,
    ],
    example: 'CF_SINGLE_REDIRECT("old host", 301, \'http.host eq "old.example.com"\', \'concat("https://example.com", http.request.uri.path)\'),',
    support: CF,
  },
  {
    name: 'CF_WORKER_ROUTE',
    kind: 'provider-record',
    summary: 'Cloudflare: runs a Worker for the URLs that match a pattern.',
    args: [
      { name: 'pattern', text: 'The route pattern, e.g. `"example.com/api/*"`.' },
      { name: 'script', text: 'The Worker\'s name.' },
      MODS,
    ],
    example: 'CF_WORKER_ROUTE("example.com/api/*", "api-worker"),',
    notes: 'dnscode parses it but cannot push it yet: Cloudflare\'s audit rejects it (the workers API is not driven).',
    support: { ...CF, rtype: 'CF_WORKER_ROUTE' },
  },
  {
    name: 'ADGUARDHOME_A_PASSTHROUGH',
    kind: 'provider-record',
    summary: 'AdGuard Home: lets A queries for the name pass through to the upstream resolvers.',
    args: [NAME, { name: 'destination', text: 'Must be `""`.' }, MODS],
    example: 'ADGUARDHOME_A_PASSTHROUGH("cdn", ""),',
    support: { owner: 'ADGUARDHOME', ownerName: 'AdGuard Home' },
  },
  {
    name: 'ADGUARDHOME_AAAA_PASSTHROUGH',
    kind: 'provider-record',
    summary: 'AdGuard Home: lets AAAA queries for the name pass through to the upstream resolvers.',
    args: [NAME, { name: 'destination', text: 'Must be `""`.' }, MODS],
    example: 'ADGUARDHOME_AAAA_PASSTHROUGH("cdn", ""),',
    support: { owner: 'ADGUARDHOME', ownerName: 'AdGuard Home' },
  },
  {
    name: 'URL',
    kind: 'provider-record',
    summary: 'URL forwarding (a temporary redirect), for providers that offer it, such as Namecheap.',
    args: [NAME, { name: 'target', text: 'The URL to forward to.' }, MODS],
    example: 'URL("go", "https://example.com/landing"),',
    support: { owner: 'NAMECHEAP', ownerName: 'Namecheap' },
  },
  {
    name: 'URL301',
    kind: 'provider-record',
    summary: 'URL forwarding with a permanent (301) redirect, for providers that offer it.',
    args: [NAME, { name: 'target', text: 'The URL to forward to.' }, MODS],
    example: 'URL301("old", "https://example.com/new"),',
    support: { owner: 'NAMECHEAP', ownerName: 'Namecheap' },
  },
  {
    name: 'FRAME',
    kind: 'provider-record',
    summary: 'Masked URL forwarding: the target is shown in a frame under this name.',
    args: [NAME, { name: 'target', text: 'The URL to show.' }, MODS],
    example: 'FRAME("shop", "https://shops.example.net/example"),',
    support: { owner: 'NAMECHEAP', ownerName: 'Namecheap' },
  },
  {
    name: 'CLOUDNS_WR',
    kind: 'provider-record',
    summary: 'ClouDNS: a web redirect from the name to a URL.',
    args: [NAME, { name: 'target', text: 'The URL to redirect to.' }, MODS],
    example: 'CLOUDNS_WR("www", "https://example.com/"),',
    support: { owner: 'CLOUDNS', ownerName: 'ClouDNS' },
  },
  {
    name: 'NS1_URLFWD',
    kind: 'provider-record',
    summary: 'NS1: URL forwarding from the name (an NS1 URLFWD record; NS1 deprecates it).',
    args: [NAME, { name: 'target', text: 'Five fields: "from to redirectType pathForwardingMode queryForwarding" (redirect type 301/302/…, path mode 0–3, query 0/1).' }, MODS],
    example: 'NS1_URLFWD("urlfwd", "/ https://example.com/ 302 2 0"),',
    support: { owner: 'NS1', ownerName: 'NS1' },
  },
  {
    name: 'PORKBUN_URLFWD',
    kind: 'provider-record',
    summary: 'Porkbun: URL forwarding from the name.',
    args: [NAME, { name: 'target', text: 'The URL to forward to.' }, MODS],
    example: 'PORKBUN_URLFWD("go", "https://example.com/"),',
    deprecated: 'use `URL()` or `URL301()`.',
    support: { owner: 'PORKBUN', ownerName: 'Porkbun' },
  },
  {
    name: 'BUNNY_DNS_RDR',
    kind: 'provider-record',
    summary: 'Bunny DNS: an HTTP redirect record.',
    args: [NAME, { name: 'target', text: 'The URL to redirect to.' }, MODS],
    example: 'BUNNY_DNS_RDR("old", "https://example.com/"),',
    support: { owner: 'BUNNY_DNS', ownerName: 'Bunny DNS' },
  },
  {
    name: 'BUNNY_DNS_PZ',
    kind: 'provider-record',
    summary: 'Bunny DNS: points the name at a Bunny CDN pull zone.',
    args: [NAME, { name: 'pullZoneId', text: 'The pull zone\'s numeric id.' }, MODS],
    example: 'BUNNY_DNS_PZ("cdn", 123456),',
    support: { owner: 'BUNNY_DNS', ownerName: 'Bunny DNS' },
  },
  {
    name: 'MIKROTIK_FWD',
    kind: 'provider-record',
    summary: 'MikroTik RouterOS: forwards queries for the name to another resolver.',
    args: [NAME, { name: 'target', text: 'The resolver\'s address.' }, MODS],
    example: 'MIKROTIK_FWD("corp", "10.0.0.53"),',
    support: { owner: 'MIKROTIK', ownerName: 'MikroTik RouterOS' },
  },
  {
    name: 'MIKROTIK_NXDOMAIN',
    kind: 'provider-record',
    summary: 'MikroTik RouterOS: answers NXDOMAIN for the name.',
    args: [NAME, { name: 'target', text: 'Optional and ignored (`""`); modifiers may come right after the name.' }, MODS],
    example: 'MIKROTIK_NXDOMAIN("ads"),',
    support: { owner: 'MIKROTIK', ownerName: 'MikroTik RouterOS' },
  },
  {
    name: 'MIKROTIK_FORWARDER',
    kind: 'provider-record',
    summary: 'MikroTik RouterOS: a named forwarder entry that `MIKROTIK_FWD` records can use.',
    args: [NAME, { name: 'target', text: 'The upstream servers, comma-separated.' }, MODS],
    example: 'MIKROTIK_FORWARDER("corp-dns", "10.0.0.53,10.0.0.54"),',
    support: { owner: 'MIKROTIK', ownerName: 'MikroTik RouterOS' },
  },
  {
    name: 'LUA',
    kind: 'provider-record',
    summary: 'PowerDNS: a LUA record, whose answer is computed by Lua code at query time.',
    args: [
      NAME,
      { name: 'rtype', text: 'The type it answers as: `"A"`, `"AAAA"`, `"TXT"`...' },
      { name: 'code', text: 'The Lua expression or script.' },
      MODS,
    ],
    example: 'LUA("www", "A", "ifportup(443, {\'192.0.2.10\', \'192.0.2.11\'})"),',
  },
  // ---------------------------------------------------------------- builders
  {
    name: 'SPF_BUILDER',
    kind: 'builder',
    summary: 'An SPF TXT record from a list of terms (joined by spaces), split over several records when `overflow` is given and it is too long.',
    args: [OPTIONS('`label` (default `"@"`), `parts` (the SPF terms in order), `overflow` (label pattern of continuation records such as `"_spf%d"`; without it nothing is split), `txtMaxSize` (default 255), `overhead1` (shortens the first record), `raw` (label of an unaltered copy, default `"_rawspf"`, written only with `flatten`; `""` turns it off), `flatten`, `ttl`.')],
    example: `SPF_BUILDER({
  label: "@",
  parts: ["v=spf1", "ip4:192.0.2.0/24", "include:_spf.google.com", "~all"],
}),`,
    notes: '`flatten` is accepted but not done: dnscode makes no DNS lookups while evaluating a config, so the includes are kept and a warning is printed.',
    support: { rtypes: ['TXT'] },
  },
  {
    name: 'CAA_BUILDER',
    kind: 'builder',
    summary: 'CAA records from lists of the CAs allowed to issue.',
    args: [OPTIONS('`label` (default `"@"`), `issue`, `issuewild`, `issuevmc`, `issuemail` (lists of CA domains, or `"none"` to forbid), each with `*_critical`; `iodef` (a report URL) and `iodef_critical`; `ttl`.')],
    example: `CAA_BUILDER({
  issue: ["letsencrypt.org", "sectigo.com"],
  issuewild: "none",
  iodef: "mailto:security@example.com",
}),`,
    support: { rtypes: ['CAA'] },
  },
  {
    name: 'DMARC_BUILDER',
    kind: 'builder',
    summary: 'A DMARC policy TXT record.',
    args: [OPTIONS('`policy` (`"none"`, `"quarantine"` or `"reject"`), `subdomainPolicy`, `alignmentSPF` and `alignmentDKIM` (`"relaxed"`/`"r"` or `"strict"`/`"s"`), `percent`, `rua` and `ruf` (report addresses), `failureOptions`, `failureFormat`, `reportInterval`, `nonexistentSubdomainPolicy`, `publicSuffixDomain`, `testMode`, `label` (the record goes at `_dmarc` or `_dmarc.<label>`), `version` (default `"DMARC1"`), `ttl`.')],
    example: `DMARC_BUILDER({
  policy: "reject",
  rua: ["mailto:dmarc-reports@example.com"],
}),`,
    support: { rtypes: ['TXT'] },
  },
  {
    name: 'DKIM_BUILDER',
    kind: 'builder',
    summary: 'A DKIM key TXT record at `<selector>._domainkey`.',
    args: [OPTIONS('`selector` (required), `pubkey` (base64; empty revokes the key), `label` (default `"@"`), `keytype`, `hashtypes`, `servicetypes`, `flags`, `note`, `version` (default `"DKIM1"`), `ttl`.')],
    example: 'DKIM_BUILDER({ selector: "mail2025", pubkey: "MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEA..." }),',
    support: { rtypes: ['TXT'] },
  },
  {
    name: 'M365_BUILDER',
    kind: 'builder',
    summary: 'The records Microsoft 365 needs: MX, the autodiscover CNAME, the DKIM selector CNAMEs and, on request, the Skype for Business and MDM records. As in DNSControl, `label` places the MX record only; the other records are at their fixed names.',
    args: [
      { name: 'domain', text: 'The Microsoft 365 domain (DNSControl\'s form; the domain GUID is derived from it). The one-object form of DNSControl\'s docs is accepted too and takes the domain (and `label`) from the zone.' },
      OPTIONS('`initialDomain` (your `*.onmicrosoft.com` domain, required unless `dkim: false`), `mx`, `autodiscover`, `dkim` (default `true` each), `skypeForBusiness`, `mdm` (default `false`), `domainGUID` (defaults to the domain with dots replaced by dashes), `label` (default `"@"`, the MX record\'s label).'),
    ],
    example: 'M365_BUILDER("example.com", { initialDomain: "example.onmicrosoft.com" }),',
    support: { rtypes: ['MX', 'CNAME'] },
  },
  {
    name: 'LOC_BUILDER_DD',
    kind: 'builder',
    summary: 'A LOC record from decimal degrees.',
    args: [OPTIONS('`label` (default `"@"`), `x` (latitude), `y` (longitude), `alt` (metres, default 0), `ttl`.')],
    example: 'LOC_BUILDER_DD({ label: "office", x: 51.503541, y: -0.127670, alt: 5 }),',
    support: { rtypes: ['LOC'] },
  },
  {
    name: 'LOC_BUILDER_DMM_STR',
    kind: 'builder',
    summary: 'A LOC record from degrees and decimal minutes, as text.',
    args: [OPTIONS('`label` (default `"@"`), `str` (e.g. `"51°30.2124′N 0°7.6602′W"`; `d` and `m` may stand for `°` and `′`), `alt`, `ttl`.')],
    example: 'LOC_BUILDER_DMM_STR({ label: "office", str: "51°30.2124′N 0°7.6602′W", alt: 5 }),',
    support: { rtypes: ['LOC'] },
  },
  {
    name: 'LOC_BUILDER_DMS_STR',
    kind: 'builder',
    summary: 'A LOC record from degrees, minutes and seconds, as text.',
    args: [OPTIONS('`label` (default `"@"`), `str` (e.g. `\'51°30\\\'12.7"N 0°7\\\'39.6"W\'`), `alt`, `ttl`.')],
    example: 'LOC_BUILDER_DMS_STR({ label: "office", str: "51°30\'12.7\\"N 0°7\'39.6\\"W", alt: 5 }),',
    support: { rtypes: ['LOC'] },
  },
  {
    name: 'LOC_BUILDER_STR',
    kind: 'builder',
    summary: 'A LOC record from coordinate text in any of the forms the other LOC builders take.',
    args: [OPTIONS('`label` (default `"@"`), `str` (decimal degrees such as `"51.503541°N 0.12767°W"`, or degrees with minutes and seconds), `alt`, `ttl`.')],
    example: 'LOC_BUILDER_STR({ label: "office", str: "51.503541°N 0.12767°W", alt: 5 }),',
    support: { rtypes: ['LOC'] },
  },
];
