// Top-level functions of dnsconfig.js.
/// <reference path="base.d.ts" />

/**
 * Declares a domain (a zone): its name, its registrar, then its records and domain modifiers.
 *
 * Declaring the same name (and tag) twice is an error; to add records later, use `D_EXTEND()`. The modifiers of the latest `DEFAULTS()` are applied first.
 * @param name The zone name, e.g. `"example.com"`. `"example.com!internal"` declares a split-horizon copy tagged `internal` (select it with `--domains example.com!internal`).
 * @param registrar The name `NewRegistrar()` returned: who holds the delegation. Use a registrar of type `NONE` when the delegation is not managed.
 * @param modifiers Records (`A(...)`, `MX(...)`), domain modifiers (`DnsProvider(...)`, `DefaultTTL(...)`, `NO_PURGE`...), meta objects, or arrays of them (flattened).
 * @example
 * var REG = NewRegistrar("none");
 * var DNS = NewDnsProvider("bind");
 * D("example.com", REG, DnsProvider(DNS),
 *   DefaultTTL("1h"),
 *   A("@", "192.0.2.10"),
 *   CNAME("www", "@"),
 * END);
 */
declare function D(name: string, registrar: string, ...modifiers: DomainModifierArg[]): void;
/**
 * Adds records and modifiers to a domain declared earlier, or to a subdomain of one.
 * @param name A domain declared by `D()`, or a name below one (`"sub.example.com"`): the longest declared match is extended and the records' labels get the remaining part as suffix.
 * @param modifiers Records and domain modifiers, as for `D()`.
 * @example
 * D("example.com", REG, DnsProvider(DNS));
 * // in another file:
 * D_EXTEND("example.com", A("api", "192.0.2.20"));
 * D_EXTEND("lab.example.com", A("@", "192.0.2.30"), A("db", "192.0.2.31")); // lab and db.lab
 */
declare function D_EXTEND(name: string, ...modifiers: DomainModifierArg[]): void;
/**
 * Sets modifiers that every later `D()` gets first; each call replaces the previous defaults.
 * @param modifiers Records and domain modifiers, as for `D()`. No arguments clears the defaults.
 * @example
 * DEFAULTS(DnsProvider(DNS), DefaultTTL("1d"), NAMESERVER_TTL("2d"));
 * D("example.com", REG, A("@", "192.0.2.10"));
 * D("example.net", REG, A("@", "192.0.2.11"));
 */
declare function DEFAULTS(...modifiers: DomainModifierArg[]): void;

/**
 * Declares a registrar and returns its name, to pass to `D()`.
 * @param name The key of its entry in creds.json.
 * @param meta Provider settings that belong in the config rather than in creds.json.
 * @example
 * var REG = NewRegistrar("none");              // TYPE from creds.json
 * var OLD = NewRegistrar("gandi", "GANDI_V5"); // older form with the type
 */
declare function NewRegistrar(name: string, meta?: ProviderMeta): string;
/**
 * Declares a registrar and returns its name, to pass to `D()`.
 * @param name The key of its entry in creds.json.
 * @param type The provider type, e.g. `"NONE"`. Omitted (or `"-"`), the `TYPE` of the creds.json entry is used, as DNSControl v4 recommends.
 * @param meta Provider settings that belong in the config rather than in creds.json.
 * @example
 * var REG = NewRegistrar("none");              // TYPE from creds.json
 * var OLD = NewRegistrar("gandi", "GANDI_V5"); // older form with the type
 */
declare function NewRegistrar(name: string, type: string | undefined, meta?: ProviderMeta): string;
/**
 * Declares a DNS provider and returns its name, to pass to `DnsProvider()`.
 * @param name The key of its entry in creds.json.
 * @param meta Provider settings, e.g. BIND's `default_soa` and `default_ns`.
 * @example
 * var DNS = NewDnsProvider("cloudflare");
 * var ZONES = NewDnsProvider("bind", { default_ns: ["ns1.example.com.", "ns2.example.com."] });
 */
declare function NewDnsProvider(name: string, meta?: ProviderMeta): string;
/**
 * Declares a DNS provider and returns its name, to pass to `DnsProvider()`.
 * @param name The key of its entry in creds.json.
 * @param type The provider type, e.g. `"BIND"`. Omitted (or `"-"`), the `TYPE` of the creds.json entry is used.
 * @param meta Provider settings, e.g. BIND's `default_soa` and `default_ns`.
 * @example
 * var DNS = NewDnsProvider("cloudflare");
 * var ZONES = NewDnsProvider("bind", { default_ns: ["ns1.example.com.", "ns2.example.com."] });
 */
declare function NewDnsProvider(name: string, type: string | undefined, meta?: ProviderMeta): string;

/**
 * A domain whose DNS is served by someone else: only its delegation to the given nameservers is managed.
 *
 * The same as `D(name, registrar, NO_PURGE)` followed by a `NAMESERVER()` for each name: no records are touched.
 * @param name The domain.
 * @param registrar The registrar (from `NewRegistrar()`) whose delegation is set.
 * @param nameservers The nameservers the registrar should delegate to.
 * @example
 * DOMAIN_ELSEWHERE("example.org", REG, ["ns1.hoster.example.", "ns2.hoster.example."]);
 */
declare function DOMAIN_ELSEWHERE(name: string, registrar: string, nameservers: readonly string[]): void;
/**
 * Like `DOMAIN_ELSEWHERE()`, with the nameservers asked from DNS providers instead of listed.
 * @param name The domain.
 * @param registrar The registrar whose delegation is set.
 * @param dnsProviders DNS providers (from `NewDnsProvider()`) whose nameservers the delegation gets; their records are left alone.
 * @example
 * DOMAIN_ELSEWHERE_AUTO("example.org", REG, NewDnsProvider("cloudflare"));
 */
declare function DOMAIN_ELSEWHERE_AUTO(name: string, registrar: string, ...dnsProviders: string[]): void;

/** The response FETCH() resolves to (a subset of the WHATWG Response). */
interface DnsFetchResponse {
  readonly ok: boolean;
  readonly status: number;
  readonly statusText: string;
  readonly url: string;
  /** Header names in lower case. */
  readonly headers: Readonly<Record<string, string>>;
  text(): Promise<string>;
  json(): Promise<any>;
}
interface DnsFetchInit {
  method?: string;
  headers?: Record<string, string>;
  body?: string;
}
/**
 * Makes an HTTP request from the config; only allowed with `--allow-fetch`.
 *
 * The run waits for the promise before it reads the config. A failed request stops the run, as in DNSControl (whose `FETCH` calls `PANIC`).
 * @param url The URL to request.
 * @param init Method, headers and body, as for `fetch()`. Default: `a GET`.
 * @example
 * FETCH("https://ip-ranges.example/v1.json")
 *   .then(function (r) { return r.json(); })
 *   .then(function (data) { D("example.com", REG, DnsProvider(DNS), A("@", data.web)); });
 */
declare function FETCH(url: string, init?: DnsFetchInit): Promise<DnsFetchResponse>;
/**
 * Returns the hex digest of a string.
 * @param algorithm `"SHA1"`, `"SHA256"` or `"SHA512"`.
 * @param value The text to hash.
 * @example
 * TXT("_verify", HASH("SHA256", "example.com:secret-seed"));
 */
declare function HASH(algorithm: 'SHA1' | 'SHA256' | 'SHA512', value: string): string;
/**
 * Converts a dotted-quad IPv4 address to a number, for address arithmetic.
 *
 * `A()` accepts the number as its address.
 * @param address An IPv4 address, e.g. `"192.0.2.0"`.
 * @example
 * var BASE = IP("192.0.2.0");
 * A("host5", BASE + 5); // 192.0.2.5
 */
declare function IP(address: string): number;
/**
 * Stops the run with an error message (and the file and line of the call).
 * @param message The error to print.
 * @example
 * if (typeof env === "undefined") PANIC("run with -v env=staging or -v env=production");
 */
declare function PANIC(message: string): never;
/**
 * Returns the reverse-lookup zone of a network, or the reverse name of an address.
 *
 * Networks that do not end on an octet (nibble for IPv6) boundary use RFC 4183 names for /9–/15 and /17–/23, and for /25–/32 RFC 2317 names with a warning, as DNSControl v4 does; `REVCOMPAT()` pins the choice.
 * @param cidr A network in CIDR form (`"192.0.2.0/24"`, `"2001:db8::/32"`) or a single address.
 * @example
 * D(REV("192.0.2.0/24"), REG, DnsProvider(DNS),   // 2.0.192.in-addr.arpa
 *   PTR("10", "www.example.com."),
 * END);
 */
declare function REV(cidr: string): string;
/**
 * Chooses, for the whole config, how `REV()` names /25–/32 networks.
 * @param mode `"rfc2317"` (DNSControl v4's behaviour, without its warning) or `"rfc4183"` (v5's).
 * @example
 * REVCOMPAT("rfc4183");
 * D(REV("192.0.2.0/26"), REG, DnsProvider(DNS));
 */
declare function REVCOMPAT(mode: 'rfc2317' | 'rfc4183'): void;
/**
 * Returns the names of the domains declared so far.
 * @example
 * getConfiguredDomains().forEach(function (name) {
 *   D_EXTEND(name, TXT("_owner", "dns-team"));
 * });
 */
declare function getConfiguredDomains(): string[];

// require(): declared in a namespace and aliased below; its doc comment is on the function.
declare namespace __dnscode {
  /**
   * Runs another file of the config; a `.json` or `.json5` file returns its parsed value instead.
   *
   * As in DNSControl, a `.js` file is run for its side effects (its `D()` calls) and `require` returns `true`; there is no `module.exports`. For real modules, write `dnsconfig.mjs` or `dnsconfig.ts` with `import`.
   * @param path A path starting with `.` is relative to the file that calls `require`; any other path is relative to the working folder.
   * @example
   * require("./domains/example.com.js");
   * var ips = require("./ips.json");
   * A("@", ips.web);
   */
  function require(path: string): any;
}
// An alias rather than a plain declaration: TypeScript treats a call of an ambient `require` function in a .js
// file as a CommonJS import and then fails on paths it cannot resolve (files that are not modules, paths
// relative to the working folder, .json). Through an alias the call is an ordinary function call.
import require = __dnscode.require;
/**
 * Runs every `.js` file in a folder, in name order, as `require()` would.
 * @param path The folder, relative to the file that calls it.
 * @param recursive Whether subfolders are included. Default: `true`.
 * @example
 * require_glob("./domains/");
 */
declare function require_glob(path: string, recursive?: boolean): void;
/**
 * Gives `-v name=value` variables a value when the command line does not set them.
 * @param defaults An object of variable names and their default values.
 * @example
 * CLI_DEFAULTS({ env: "staging" });
 * // dnscode preview -v env=production overrides it
 * A("@", env === "production" ? "192.0.2.1" : "192.0.2.99");
 */
declare function CLI_DEFAULTS(defaults: Record<string, string | number | boolean>): void;
/**
 * Splits a long DKIM key into the 255-byte strings a TXT record holds (a legacy helper).
 *
 * `TXT()` splits long strings by itself, so new configs do not need this.
 * @param value The whole DKIM record text.
 * @example
 * TXT("mail._domainkey", DKIM("v=DKIM1; k=rsa; p=MIIBIjANBgkqh..."));
 */
declare function DKIM(value: string): string[];
/**
 * Runs a function later; the run waits for it before reading the config, as DNSControl's event loop does.
 * @param fn The function to run.
 * @param ms Delay in milliseconds. Default: `0`.
 * @example
 * setTimeout(function () { D_EXTEND("example.com", TXT("late", "added after the others")); }, 0);
 */
declare function setTimeout(fn: () => void, ms?: number): void;
/**
 * The underscore.js library, available to configs as in DNSControl.
 * @example
 * _.each(["www", "blog", "shop"], function (n) {
 *   D_EXTEND("example.com", CNAME(n, "@"));
 * });
 */
declare var _: any;

