// Top-level functions of dnsconfig.js.
/// <reference path="base.d.ts" />

/** Declare a domain: its name (`"name!tag"` for a split-horizon copy), its registrar, then records and modifiers. */
declare function D(name: string, registrar: string, ...modifiers: DomainModifierArg[]): void;
/** Add records to a domain declared earlier, or to a subdomain of one (labels are suffixed). */
declare function D_EXTEND(name: string, ...modifiers: DomainModifierArg[]): void;
/** Modifiers applied to every later D(). Each call replaces the previous defaults. */
declare function DEFAULTS(...modifiers: DomainModifierArg[]): void;

/** Declare a registrar; `type` defaults to the TYPE in creds.json. Returns `name`. */
declare function NewRegistrar(name: string, meta?: ProviderMeta): string;
declare function NewRegistrar(name: string, type: string | undefined, meta?: ProviderMeta): string;
/** Declare a DNS provider; `type` defaults to the TYPE in creds.json. Returns `name`. */
declare function NewDnsProvider(name: string, meta?: ProviderMeta): string;
declare function NewDnsProvider(name: string, type: string | undefined, meta?: ProviderMeta): string;

/** A domain whose DNS is hosted elsewhere: only the delegation to `nameservers` is managed. */
declare function DOMAIN_ELSEWHERE(name: string, registrar: string, nameservers: readonly string[]): void;
/** Like DOMAIN_ELSEWHERE, with the nameservers taken from DNS providers. */
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
/** HTTP request; needs `--allow-fetch`. A failed request stops the run. */
declare function FETCH(url: string, init?: DnsFetchInit): Promise<DnsFetchResponse>;
/** Hex digest of `value`. */
declare function HASH(algorithm: 'SHA1' | 'SHA256' | 'SHA512', value: string): string;
/** A dotted-quad IPv4 address as a number. */
declare function IP(address: string): number;
/** Stop with an error. */
declare function PANIC(message: string): never;
/** The reverse-lookup zone (or name) of a CIDR or address, e.g. `REV("192.0.2.0/24")` = `"2.0.192.in-addr.arpa"`. */
declare function REV(cidr: string): string;
/** Pin REV()'s behaviour for /25-/32 networks for the whole config. */
declare function REVCOMPAT(mode: 'rfc2317' | 'rfc4183'): void;
/** Names of the domains declared so far. */
declare function getConfiguredDomains(): string[];

/**
 * Run another file of the config (paths starting with "." are relative to the current file). `.json` and
 * `.json5` files return their parsed value; other files return true.
 */
declare namespace __dnscode {
  function require(path: string): any;
}
// An alias rather than a plain declaration: TypeScript treats a call of an ambient `require` function in a .js
// file as a CommonJS import and then fails on paths it cannot resolve (files that are not modules, paths
// relative to the working folder, .json). Through an alias the call is an ordinary function call.
import require = __dnscode.require;
/** require() every .js file in a folder (recursively unless `recursive` is false). */
declare function require_glob(path: string, recursive?: boolean): void;
/** Defaults for `-v name=value` variables: a name not given on the command line gets its value from here. */
declare function CLI_DEFAULTS(defaults: Record<string, string | number | boolean>): void;
/** Legacy helper: a long DKIM key split into 255-byte strings for TXT(). */
declare function DKIM(value: string): string[];
/** Runs `fn` later; the run waits for it before reading the config (as DNSControl's event loop does). */
declare function setTimeout(fn: () => void, ms?: number): void;
/** underscore.js, available to configs as in DNSControl. */
declare var _: any;

