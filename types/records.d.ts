// Record functions. Each returns a DomainModifier: pass it to D(), D_EXTEND() or DEFAULTS().
/// <reference path="base.d.ts" />

/** IPv4 address record. */
declare function A(name: RecordName, address: IPv4, ...modifiers: RecordModifierArg[]): DomainModifier;
/** IPv6 address record. */
declare function AAAA(name: RecordName, address: string, ...modifiers: RecordModifierArg[]): DomainModifier;
/** Certification Authority Authorization. Add `CAA_CRITICAL` to set the critical flag. */
declare function CAA(name: RecordName, tag: 'issue' | 'issuewild' | 'iodef' | 'issuemail' | 'issuevmc' | (string & {}), value: string, ...modifiers: RecordModifierArg[]): DomainModifier;
/** Canonical name. The target needs a trailing dot when it is outside the domain. */
declare function CNAME(name: RecordName, target: string, ...modifiers: RecordModifierArg[]): DomainModifier;
declare function DHCID(name: RecordName, digest: string, ...modifiers: RecordModifierArg[]): DomainModifier;
declare function DNAME(name: RecordName, target: string, ...modifiers: RecordModifierArg[]): DomainModifier;
declare function DNSKEY(name: RecordName, flags: number, protocol: number, algorithm: number, publicKey: string, ...modifiers: RecordModifierArg[]): DomainModifier;
/** Delegation signer. */
declare function DS(name: RecordName, keytag: number, algorithm: number, digesttype: number, digest: string, ...modifiers: RecordModifierArg[]): DomainModifier;
/** HTTPS service binding (RFC 9460). `params` is the text form, e.g. `'alpn="h2" port=443'`. */
declare function HTTPS(name: RecordName, priority: number, target: string, params: string, ...modifiers: RecordModifierArg[]): DomainModifier;
/** Location: degrees, minutes, seconds and hemisphere of latitude and longitude, then altitude, size and precisions in metres. */
declare function LOC(
  name: RecordName,
  d1: number, m1: number, s1: number, ns: 'N' | 'S',
  d2: number, m2: number, s2: number, ew: 'E' | 'W',
  altitude: number, size: number, horizontalPrecision: number, verticalPrecision: number,
  ...modifiers: RecordModifierArg[]
): DomainModifier;
declare function MX(name: RecordName, priority: number, target: string, ...modifiers: RecordModifierArg[]): DomainModifier;
declare function NAPTR(name: RecordName, order: number, preference: number, flags: string, service: string, regexp: string, replacement: string, ...modifiers: RecordModifierArg[]): DomainModifier;
/** Nameserver record (for the apex, prefer NAMESERVER()). */
declare function NS(name: RecordName, target: string, ...modifiers: RecordModifierArg[]): DomainModifier;
declare function OPENPGPKEY(name: RecordName, publicKey: string, ...modifiers: RecordModifierArg[]): DomainModifier;
declare function PTR(name: RecordName, target: string, ...modifiers: RecordModifierArg[]): DomainModifier;
/** Responsible person: a mailbox name and a TXT name. */
declare function RP(name: RecordName, mbox: string, txt: string, ...modifiers: RecordModifierArg[]): DomainModifier;
declare function SMIMEA(name: RecordName, usage: number, selector: number, type: number, certificate: string, ...modifiers: RecordModifierArg[]): DomainModifier;
/** Start of authority (only some providers, e.g. BIND, let you set it). */
declare function SOA(name: RecordName, ns: string, mbox: string, refresh: number, retry: number, expire: number, minttl: number, ...modifiers: RecordModifierArg[]): DomainModifier;
declare function SRV(name: RecordName, priority: number, weight: number, port: number, target: string, ...modifiers: RecordModifierArg[]): DomainModifier;
declare function SSHFP(name: RecordName, algorithm: number, fingerprintType: number, fingerprint: string, ...modifiers: RecordModifierArg[]): DomainModifier;
/** Service binding (RFC 9460). */
declare function SVCB(name: RecordName, priority: number, target: string, params: string, ...modifiers: RecordModifierArg[]): DomainModifier;
declare function TLSA(name: RecordName, usage: number, selector: number, type: number, certificate: string, ...modifiers: RecordModifierArg[]): DomainModifier;
/** Text record: one string (split into 255-byte chunks as needed) or an explicit list of strings. */
declare function TXT(name: RecordName, contents: string | readonly string[], ...modifiers: RecordModifierArg[]): DomainModifier;

// Pseudo and provider-specific record types.

/** CNAME-like record allowed at the apex (providers with the ALIAS capability). */
declare function ALIAS(name: RecordName, target: string, ...modifiers: RecordModifierArg[]): DomainModifier;
declare function AKAMAICDN(name: RecordName, target: string, ...modifiers: RecordModifierArg[]): DomainModifier;
declare function AKAMAITLC(name: RecordName, answerType: 'DUAL' | 'A' | 'AAAA' | (string & {}), target: string, ...modifiers: RecordModifierArg[]): DomainModifier;
declare function AZURE_ALIAS(name: RecordName, type: 'A' | 'AAAA' | 'CNAME', target: string, ...modifiers: RecordModifierArg[]): DomainModifier;
/** Route 53 alias. Pass R53_ZONE() when the target is in another hosted zone. */
declare function R53_ALIAS(name: RecordName, type: string, target: string, ...modifiers: RecordModifierArg[]): DomainModifier;
/** Cloudflare permanent redirect (converted to a Single Redirect). */
declare function CF_REDIRECT(source: string, destination: string, ...modifiers: RecordModifierArg[]): DomainModifier;
/** Cloudflare temporary redirect (converted to a Single Redirect). */
declare function CF_TEMP_REDIRECT(source: string, destination: string, ...modifiers: RecordModifierArg[]): DomainModifier;
declare function CF_SINGLE_REDIRECT(name: string, code: 301 | 302 | 303 | 307 | 308 | number | `${number}`, when: string, then: string, ...modifiers: RecordModifierArg[]): DomainModifier;
declare function CF_WORKER_ROUTE(pattern: string, script: string, ...modifiers: RecordModifierArg[]): DomainModifier;
declare function ADGUARDHOME_A_PASSTHROUGH(name: RecordName, destination: string, ...modifiers: RecordModifierArg[]): DomainModifier;
declare function ADGUARDHOME_AAAA_PASSTHROUGH(name: RecordName, destination: string, ...modifiers: RecordModifierArg[]): DomainModifier;
/** URL forwarding (providers such as NAMECHEAP). */
declare function URL(name: RecordName, target: string, ...modifiers: RecordModifierArg[]): DomainModifier;
declare function URL301(name: RecordName, target: string, ...modifiers: RecordModifierArg[]): DomainModifier;
declare function FRAME(name: RecordName, target: string, ...modifiers: RecordModifierArg[]): DomainModifier;
declare function CLOUDNS_WR(name: RecordName, target: string, ...modifiers: RecordModifierArg[]): DomainModifier;
/** @deprecated use URL() or URL301(). */
declare function PORKBUN_URLFWD(name: RecordName, target: string, ...modifiers: RecordModifierArg[]): DomainModifier;
declare function BUNNY_DNS_RDR(name: RecordName, target: string, ...modifiers: RecordModifierArg[]): DomainModifier;
/** Bunny DNS pull zone record: `pullZoneId` is the pull zone's numeric id. */
declare function BUNNY_DNS_PZ(name: RecordName, pullZoneId: number | string, ...modifiers: RecordModifierArg[]): DomainModifier;
declare function MIKROTIK_FWD(name: RecordName, target: string, ...modifiers: RecordModifierArg[]): DomainModifier;
/** RouterOS NXDOMAIN entry: `MIKROTIK_NXDOMAIN(name, ...modifiers)`; an empty-string target is accepted too. */
declare function MIKROTIK_NXDOMAIN(name: RecordName, target?: string | RecordModifierArg, ...modifiers: RecordModifierArg[]): DomainModifier;
declare function MIKROTIK_FORWARDER(name: RecordName, target: string, ...modifiers: RecordModifierArg[]): DomainModifier;
/** PowerDNS LUA record: the type it answers with (`"A"`, `"TXT"`...) and the Lua code that computes the answer. */
declare function LUA(name: RecordName, rtype: string, code: string, ...modifiers: RecordModifierArg[]): DomainModifier;
