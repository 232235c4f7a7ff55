// Record functions. Each returns a DomainModifier: pass it to D(), D_EXTEND() or DEFAULTS().
/// <reference path="base.d.ts" />

/**
 * An IPv4 address record.
 * @param name The record's label: `"@"` for the apex, a name relative to the domain (`"www"`), or a name ending in a dot.
 * @param address The IPv4 address, as text or as the number `IP()` returns.
 * @param modifiers Record modifiers, such as `TTL("1h")` or a provider's flags, and meta objects merged into the record's metadata.
 * @example
 * A("@", "192.0.2.10"),
 * A("www", "192.0.2.10", TTL("5m")),
 */
declare function A(name: RecordName, address: IPv4, ...modifiers: RecordModifierArg[]): DomainModifier;
/**
 * An IPv6 address record.
 * @param name The record's label: `"@"` for the apex, a name relative to the domain (`"www"`), or a name ending in a dot.
 * @param address The IPv6 address.
 * @param modifiers Record modifiers, such as `TTL("1h")` or a provider's flags, and meta objects merged into the record's metadata.
 * @example
 * AAAA("@", "2001:db8::10"),
 */
declare function AAAA(name: RecordName, address: string, ...modifiers: RecordModifierArg[]): DomainModifier;
/**
 * Certification Authority Authorization: which CAs may issue certificates for the name.
 *
 * `CAA_BUILDER()` writes a set from lists. `CAA_CRITICAL` sets the critical flag.
 *
 * Providers: `BIND`, `CLOUDFLAREAPI`, `ROUTE53`, `DIGITALOCEAN`, `DESEC`, `HETZNER`, `HETZNER_V2`, `GANDI_V5`, `GCLOUD`, `AZURE_DNS`, `AXFRDDNS`, `POWERDNS`, `DNSIMPLE`, `LINODE`, `VULTR`, `NETCUP`, `CLOUDNS`, `NS1`, `INWX`, `OVH`, `NAMECHEAP`, `ORACLE`.
 * @param name The record's label: `"@"` for the apex, a name relative to the domain (`"www"`), or a name ending in a dot.
 * @param tag `"issue"`, `"issuewild"`, `"iodef"`, `"issuemail"` or `"issuevmc"`.
 * @param value The CA's domain (for the issue tags; `";"` forbids issuing) or a report URL (iodef).
 * @param modifiers Record modifiers, such as `TTL("1h")` or a provider's flags, and meta objects merged into the record's metadata.
 * @example
 * CAA("@", "issue", "letsencrypt.org"),
 * CAA("@", "issuewild", ";"),
 * CAA("@", "iodef", "mailto:security@example.com", CAA_CRITICAL),
 */
declare function CAA(name: RecordName, tag: 'issue' | 'issuewild' | 'iodef' | 'issuemail' | 'issuevmc' | (string & {}), value: string, ...modifiers: RecordModifierArg[]): DomainModifier;
/**
 * An alias: the name has the records of the target.
 *
 * A CNAME cannot be at the apex, nor share its name with other records; for the apex, use `ALIAS()` where the provider offers it.
 * @param name The record's label: `"@"` for the apex, a name relative to the domain (`"www"`), or a name ending in a dot.
 * @param target A host name: relative to the domain (`"www"`), or fully qualified with a trailing dot (`"host.example.net."`).
 * @param modifiers Record modifiers, such as `TTL("1h")` or a provider's flags, and meta objects merged into the record's metadata.
 * @example
 * CNAME("www", "@"),
 * CNAME("docs", "example.github.io."),
 */
declare function CNAME(name: RecordName, target: string, ...modifiers: RecordModifierArg[]): DomainModifier;
/**
 * DHCP identifier (RFC 4701): which DHCP client owns a name.
 *
 * Providers: `BIND`, `AXFRDDNS`, `POWERDNS`, `NS1`.
 * @param name The record's label: `"@"` for the apex, a name relative to the domain (`"www"`), or a name ending in a dot.
 * @param digest The base64 identifier.
 * @param modifiers Record modifiers, such as `TTL("1h")` or a provider's flags, and meta objects merged into the record's metadata.
 * @example
 * DHCID("client", "AAIBY2/AuCccgoJbsaxcQc9TUapptP69lOjxfNuVAA2kjEA="),
 */
declare function DHCID(name: RecordName, digest: string, ...modifiers: RecordModifierArg[]): DomainModifier;
/**
 * Redirects a whole subtree of names to another domain (RFC 6672).
 *
 * Providers: `BIND`, `AXFRDDNS`, `POWERDNS`, `CLOUDNS`, `NS1`.
 * @param name The record's label: `"@"` for the apex, a name relative to the domain (`"www"`), or a name ending in a dot.
 * @param target A host name: relative to the domain (`"www"`), or fully qualified with a trailing dot (`"host.example.net."`).
 * @param modifiers Record modifiers, such as `TTL("1h")` or a provider's flags, and meta objects merged into the record's metadata.
 * @example
 * DNAME("old", "new.example.net."),
 */
declare function DNAME(name: RecordName, target: string, ...modifiers: RecordModifierArg[]): DomainModifier;
/**
 * A DNSSEC public key.
 *
 * Providers: `BIND`.
 * @param name The record's label: `"@"` for the apex, a name relative to the domain (`"www"`), or a name ending in a dot.
 * @param flags 256 (zone-signing key) or 257 (key-signing key).
 * @param protocol Always 3.
 * @param algorithm The DNSSEC algorithm number, e.g. 13 (ECDSA P-256 with SHA-256).
 * @param publicKey The key in base64.
 * @param modifiers Record modifiers, such as `TTL("1h")` or a provider's flags, and meta objects merged into the record's metadata.
 * @example
 * DNSKEY("@", 257, 3, 13, "mdsswUyr3DPW132mOi8V9xESWE8jTo0dxCjjnopKl+GqJxpVXckHAeF+KkxLbxILfDLUT0rAK9iUzy1L53eKGQ=="),
 */
declare function DNSKEY(name: RecordName, flags: number, protocol: number, algorithm: number, publicKey: string, ...modifiers: RecordModifierArg[]): DomainModifier;
/**
 * Delegation signer: the digest of a child zone's key, published in the parent to link DNSSEC.
 *
 * A DS below the apex (a child zone's) needs only `canUseDSForChildren`; some providers store nothing else.
 *
 * Providers: `BIND`, `CLOUDFLAREAPI`, `ROUTE53`, `DESEC`, `HETZNER`, `HETZNER_V2`, `GANDI_V5`, `GCLOUD`, `POWERDNS`, `CLOUDNS`, `NS1`.
 * @param name The record's label: `"@"` for the apex, a name relative to the domain (`"www"`), or a name ending in a dot.
 * @param keytag The key tag of the child's key.
 * @param algorithm The key's DNSSEC algorithm number.
 * @param digesttype The digest algorithm: 2 (SHA-256) or 4 (SHA-384).
 * @param digest The digest in hex.
 * @param modifiers Record modifiers, such as `TTL("1h")` or a provider's flags, and meta objects merged into the record's metadata.
 * @example
 * DS("child", 2371, 13, 2, "1F987CC6583E92DF0890718C42D2B8B50C3A4F5AB4C0B2F1A5F1E6F3C8A7B6D5"),
 */
declare function DS(name: RecordName, keytag: number, algorithm: number, digesttype: number, digest: string, ...modifiers: RecordModifierArg[]): DomainModifier;
/**
 * HTTPS service binding (RFC 9460): where and how to connect to a web service.
 *
 * Providers: `BIND`, `CLOUDFLAREAPI`, `ROUTE53`, `DESEC`, `HETZNER_V2`, `GCLOUD`, `AXFRDDNS`, `POWERDNS`, `DNSIMPLE`, `NS1`, `INWX`.
 * @param name The record's label: `"@"` for the apex, a name relative to the domain (`"www"`), or a name ending in a dot.
 * @param priority 0 for alias mode; 1 and up for service mode, lower first.
 * @param target The host that serves it; `"."` means the name itself.
 * @param params The SvcParams in text form, e.g. `'alpn="h3,h2" port=443'`; `""` for none. `ech=IGNORE` keeps the `ech` value the record has at the provider (whoever rotates the ECH key sets it); a new record, or one without `ech`, gets none.
 * @param modifiers Record modifiers, such as `TTL("1h")` or a provider's flags, and meta objects merged into the record's metadata.
 * @example
 * HTTPS("@", 1, ".", "alpn=h3,h2 ipv4hint=192.0.2.10"),
 */
declare function HTTPS(name: RecordName, priority: number, target: string, params: string, ...modifiers: RecordModifierArg[]): DomainModifier;
/**
 * A geographic location (RFC 1876).
 *
 * The `LOC_BUILDER_*` functions take decimal degrees or coordinate text instead.
 *
 * Providers: `BIND`, `AXFRDDNS`, `CLOUDNS`.
 * @param name The record's label: `"@"` for the apex, a name relative to the domain (`"www"`), or a name ending in a dot.
 * @param d1 Degrees of latitude.
 * @param m1 Minutes of latitude.
 * @param s1 Seconds of latitude.
 * @param ns `"N"` or `"S"`.
 * @param d2 Degrees of longitude.
 * @param m2 Minutes of longitude.
 * @param s2 Seconds of longitude.
 * @param ew `"E"` or `"W"`.
 * @param altitude Altitude in metres.
 * @param size Diameter of the located sphere in metres.
 * @param horizontalPrecision Horizontal precision in metres.
 * @param verticalPrecision Vertical precision in metres.
 * @param modifiers Record modifiers, such as `TTL("1h")` or a provider's flags, and meta objects merged into the record's metadata.
 * @example
 * LOC("office", 51, 30, 12.748, "N", 0, 7, 39.611, "W", 5, 1, 10000, 10),
 */
declare function LOC(
  name: RecordName,
  d1: number, m1: number, s1: number, ns: 'N' | 'S',
  d2: number, m2: number, s2: number, ew: 'E' | 'W',
  altitude: number, size: number, horizontalPrecision: number, verticalPrecision: number,
  ...modifiers: RecordModifierArg[]
): DomainModifier;
/**
 * A mail exchanger: where mail for the name is delivered.
 * @param name The record's label: `"@"` for the apex, a name relative to the domain (`"www"`), or a name ending in a dot.
 * @param priority Preference 0–65535; lower is tried first.
 * @param target A host name: relative to the domain (`"www"`), or fully qualified with a trailing dot (`"host.example.net."`). `"."` is a null MX (no mail, RFC 7505).
 * @param modifiers Record modifiers, such as `TTL("1h")` or a provider's flags, and meta objects merged into the record's metadata.
 * @example
 * MX("@", 10, "mx1.example.com."),
 * MX("@", 20, "mx2.example.com."),
 */
declare function MX(name: RecordName, priority: number, target: string, ...modifiers: RecordModifierArg[]): DomainModifier;
/**
 * Naming authority pointer (RFC 3403), used by SIP and ENUM to rewrite names.
 *
 * Providers: `BIND`, `CLOUDFLAREAPI`, `ROUTE53`, `DESEC`, `GCLOUD`, `AXFRDDNS`, `POWERDNS`, `DNSIMPLE`, `CLOUDNS`, `NS1`, `INWX`, `ORACLE`.
 * @param name The record's label: `"@"` for the apex, a name relative to the domain (`"www"`), or a name ending in a dot.
 * @param order Rules with lower order are processed first.
 * @param preference Among rules of equal order, lower is preferred.
 * @param flags E.g. `"U"` (the result is a URI) or `"S"` (look up SRV next).
 * @param service The service, e.g. `"E2U+sip"`.
 * @param regexp The substitution expression, or `""`.
 * @param replacement The next name to look up, or `"."` when `regexp` is used.
 * @param modifiers Record modifiers, such as `TTL("1h")` or a provider's flags, and meta objects merged into the record's metadata.
 * @example
 * NAPTR("4.3.2.1", 100, 10, "U", "E2U+sip", "!^.*$!sip:info@example.com!", "."),
 */
declare function NAPTR(name: RecordName, order: number, preference: number, flags: string, service: string, regexp: string, replacement: string, ...modifiers: RecordModifierArg[]): DomainModifier;
/**
 * A nameserver record; below the apex it delegates a subdomain to other servers.
 *
 * The apex NS set comes from the DNS providers and `NAMESERVER()`, not from `NS("@", ...)`.
 *
 * Providers: `BIND`, `CLOUDFLAREAPI`, `ROUTE53`, `DIGITALOCEAN`, `DESEC`, `HETZNER`, `HETZNER_V2`, `GANDI_V5`, `GCLOUD`, `AZURE_DNS`, `AXFRDDNS`, `POWERDNS`, `DNSIMPLE`, `LINODE`, `VULTR`, `NAMEDOTCOM`, `CLOUDNS`, `NS1`, `INWX`, `OVH`, `SOFTLAYER`, `NAMECHEAP`, `ORACLE`.
 * @param name The record's label: `"@"` for the apex, a name relative to the domain (`"www"`), or a name ending in a dot.
 * @param target A host name: relative to the domain (`"www"`), or fully qualified with a trailing dot (`"host.example.net."`).
 * @param modifiers Record modifiers, such as `TTL("1h")` or a provider's flags, and meta objects merged into the record's metadata.
 * @example
 * NS("lab", "ns1.lab-hosting.example."),
 * NS("lab", "ns2.lab-hosting.example."),
 */
declare function NS(name: RecordName, target: string, ...modifiers: RecordModifierArg[]): DomainModifier;
/**
 * An OpenPGP public key for a mail address (RFC 7929).
 *
 * Providers: `BIND`, `DESEC`, `AXFRDDNS`, `POWERDNS`.
 * @param name The record's label: `"@"` for the apex, a name relative to the domain (`"www"`), or a name ending in a dot.
 * @param publicKey The key in base64.
 * @param modifiers Record modifiers, such as `TTL("1h")` or a provider's flags, and meta objects merged into the record's metadata.
 * @example
 * OPENPGPKEY("c93f1e400f26708f98cb19d936620da35eec8f72e57f9eec01c1afd6._openpgpkey", "mQINBFit2jsBEADrbl5vjVxYeAE0g0IDYCBpHirv1Sjlqxx5gjtPhb2YhvyDMXjq"),
 */
declare function OPENPGPKEY(name: RecordName, publicKey: string, ...modifiers: RecordModifierArg[]): DomainModifier;
/**
 * A pointer, mostly for reverse lookups: the name an address belongs to.
 *
 * Providers: `BIND`, `CLOUDFLAREAPI`, `ROUTE53`, `DESEC`, `HETZNER_V2`, `GANDI_V5`, `GCLOUD`, `AZURE_DNS`, `AXFRDDNS`, `POWERDNS`, `DNSIMPLE`, `CLOUDNS`, `NS1`, `INWX`, `ORACLE`.
 * @param name The record's label: `"@"` for the apex, a name relative to the domain (`"www"`), or a name ending in a dot.
 * @param target A host name: relative to the domain (`"www"`), or fully qualified with a trailing dot (`"host.example.net."`).
 * @param modifiers Record modifiers, such as `TTL("1h")` or a provider's flags, and meta objects merged into the record's metadata.
 * @example
 * D(REV("192.0.2.0/24"), REG, DnsProvider(DNS),
 *   PTR("10", "www.example.com."),       // 10.2.0.192.in-addr.arpa
 *   PTR("192.0.2.11", "mail.example.com."), // an address as the name works too
 * END);
 */
declare function PTR(name: RecordName, target: string, ...modifiers: RecordModifierArg[]): DomainModifier;
/**
 * Responsible person (RFC 1183): who to contact about the name.
 *
 * Providers: `BIND`, `HETZNER_V2`.
 * @param name The record's label: `"@"` for the apex, a name relative to the domain (`"www"`), or a name ending in a dot.
 * @param mbox The mailbox as a name: `"hostmaster.example.com."` for hostmaster@example.com.
 * @param txt The name of a TXT record with more information, or `"."`.
 * @param modifiers Record modifiers, such as `TTL("1h")` or a provider's flags, and meta objects merged into the record's metadata.
 * @example
 * RP("@", "hostmaster.example.com.", "contact.example.com."),
 */
declare function RP(name: RecordName, mbox: string, txt: string, ...modifiers: RecordModifierArg[]): DomainModifier;
/**
 * An S/MIME certificate association for a mail address (RFC 8162).
 *
 * Providers: `BIND`, `DESEC`, `AXFRDDNS`, `POWERDNS`.
 * @param name The record's label: `"@"` for the apex, a name relative to the domain (`"www"`), or a name ending in a dot.
 * @param usage Certificate usage 0–3, as for TLSA.
 * @param selector 0 (whole certificate) or 1 (public key only).
 * @param type Matching type: 0 (exact), 1 (SHA-256), 2 (SHA-512).
 * @param certificate The certificate data or digest in hex.
 * @param modifiers Record modifiers, such as `TTL("1h")` or a provider's flags, and meta objects merged into the record's metadata.
 * @example
 * SMIMEA("c93f1e400f26708f98cb19d936620da35eec8f72e57f9eec01c1afd6._smimecert", 3, 1, 1, "8755CDAA8FE24EF16CC0F2C918063185E433FAAF1415664911D9E30A924138C4"),
 */
declare function SMIMEA(name: RecordName, usage: number, selector: number, type: number, certificate: string, ...modifiers: RecordModifierArg[]): DomainModifier;
/**
 * The zone's start of authority; only some providers let a config set it.
 *
 * The serial is managed by the provider (BIND: `--bindserial`, or a date-based serial).
 *
 * Providers: `BIND`.
 * @param name The record's label: `"@"` for the apex, a name relative to the domain (`"www"`), or a name ending in a dot.
 * @param ns The primary nameserver.
 * @param mbox The administrator's mailbox as a name (`"hostmaster.example.com."`).
 * @param refresh Seconds between secondaries' checks for changes.
 * @param retry Seconds before a failed check is retried.
 * @param expire Seconds after which secondaries stop answering without a successful check.
 * @param minttl TTL of negative answers (NXDOMAIN).
 * @param modifiers Record modifiers, such as `TTL("1h")` or a provider's flags, and meta objects merged into the record's metadata.
 * @example
 * SOA("@", "ns1.example.com.", "hostmaster.example.com.", 3600, 600, 604800, 1440),
 */
declare function SOA(name: RecordName, ns: string, mbox: string, refresh: number, retry: number, expire: number, minttl: number, ...modifiers: RecordModifierArg[]): DomainModifier;
/**
 * A service location (RFC 2782): which host and port offer a service.
 *
 * Providers: `BIND`, `CLOUDFLAREAPI`, `ROUTE53`, `DIGITALOCEAN`, `DESEC`, `HETZNER`, `HETZNER_V2`, `GANDI_V5`, `GCLOUD`, `AZURE_DNS`, `AXFRDDNS`, `POWERDNS`, `DNSIMPLE`, `VULTR`, `NAMEDOTCOM`, `NETCUP`, `CLOUDNS`, `NS1`, `INWX`, `OVH`, `ORACLE`.
 * @param name The record's label: `"@"` for the apex, a name relative to the domain (`"www"`), or a name ending in a dot.
 * @param priority Lower priorities are tried first.
 * @param weight Share of traffic among records of equal priority.
 * @param port The port.
 * @param target A host name: relative to the domain (`"www"`), or fully qualified with a trailing dot (`"host.example.net."`). `"."` means the service is not offered.
 * @param modifiers Record modifiers, such as `TTL("1h")` or a provider's flags, and meta objects merged into the record's metadata.
 * @example
 * SRV("_sip._tcp", 10, 60, 5060, "sip.example.com."),
 */
declare function SRV(name: RecordName, priority: number, weight: number, port: number, target: string, ...modifiers: RecordModifierArg[]): DomainModifier;
/**
 * An SSH host key fingerprint (RFC 4255), for host keys checked through DNS.
 *
 * Providers: `BIND`, `CLOUDFLAREAPI`, `ROUTE53`, `DESEC`, `GANDI_V5`, `GCLOUD`, `AXFRDDNS`, `POWERDNS`, `DNSIMPLE`, `VULTR`, `CLOUDNS`, `INWX`, `OVH`, `ORACLE`.
 * @param name The record's label: `"@"` for the apex, a name relative to the domain (`"www"`), or a name ending in a dot.
 * @param algorithm Key algorithm: 1 RSA, 2 DSA, 3 ECDSA, 4 Ed25519.
 * @param fingerprintType Digest: 1 SHA-1, 2 SHA-256.
 * @param fingerprint The fingerprint in hex.
 * @param modifiers Record modifiers, such as `TTL("1h")` or a provider's flags, and meta objects merged into the record's metadata.
 * @example
 * SSHFP("host", 4, 2, "8a3c0ea1d5b1e2c6f8e0b3f2a1c4d7e9b0a2c4e6f8a1b3c5d7e9f0a2b4c6d8e0"),
 */
declare function SSHFP(name: RecordName, algorithm: number, fingerprintType: number, fingerprint: string, ...modifiers: RecordModifierArg[]): DomainModifier;
/**
 * A general service binding (RFC 9460) for protocols other than HTTPS.
 *
 * Providers: `BIND`, `CLOUDFLAREAPI`, `ROUTE53`, `DESEC`, `HETZNER_V2`, `GCLOUD`, `AXFRDDNS`, `POWERDNS`, `DNSIMPLE`, `NS1`, `INWX`.
 * @param name The record's label: `"@"` for the apex, a name relative to the domain (`"www"`), or a name ending in a dot.
 * @param priority 0 for alias mode; 1 and up for service mode, lower first.
 * @param target The host that serves it; `"."` means the name itself.
 * @param params The SvcParams in text form, e.g. `"alpn=dot port=853"`; `""` for none. `ech=IGNORE` keeps the record's current `ech` value, as for HTTPS.
 * @param modifiers Record modifiers, such as `TTL("1h")` or a provider's flags, and meta objects merged into the record's metadata.
 * @example
 * SVCB("_dns", 1, "dns.example.com.", "alpn=dot port=853"),
 */
declare function SVCB(name: RecordName, priority: number, target: string, params: string, ...modifiers: RecordModifierArg[]): DomainModifier;
/**
 * A TLS certificate association (DANE, RFC 6698) for a service port.
 *
 * Providers: `BIND`, `CLOUDFLAREAPI`, `ROUTE53`, `DESEC`, `HETZNER`, `HETZNER_V2`, `GANDI_V5`, `GCLOUD`, `AXFRDDNS`, `POWERDNS`, `DNSIMPLE`, `NETCUP`, `CLOUDNS`, `NS1`, `INWX`, `OVH`, `ORACLE`.
 * @param name The label, usually `_port._proto.host`, e.g. `"_443._tcp.www"`.
 * @param usage 0 CA constraint, 1 service certificate, 2 trust anchor, 3 domain-issued certificate.
 * @param selector 0 (whole certificate) or 1 (public key only).
 * @param type Matching type: 0 (exact), 1 (SHA-256), 2 (SHA-512).
 * @param certificate The certificate data or digest in hex.
 * @param modifiers Record modifiers, such as `TTL("1h")` or a provider's flags, and meta objects merged into the record's metadata.
 * @example
 * TLSA("_25._tcp.mail", 3, 1, 1, "0C72AC70B745AC19998811B131D662C9AC69DBDBE7CB23E5B514B56664C5D3D6"),
 */
declare function TLSA(name: RecordName, usage: number, selector: number, type: number, certificate: string, ...modifiers: RecordModifierArg[]): DomainModifier;
/**
 * A text record (SPF, site verification, DKIM...).
 *
 * Write the text unquoted: quotes and backslashes are escaped as the provider needs.
 * @param name The record's label: `"@"` for the apex, a name relative to the domain (`"www"`), or a name ending in a dot.
 * @param contents One string, split into 255-byte chunks when longer, or a list of strings kept as given.
 * @param modifiers Record modifiers, such as `TTL("1h")` or a provider's flags, and meta objects merged into the record's metadata.
 * @example
 * TXT("@", "v=spf1 include:_spf.example.net -all"),
 * TXT("@", ["first string", "second string"]),
 */
declare function TXT(name: RecordName, contents: string | readonly string[], ...modifiers: RecordModifierArg[]): DomainModifier;

// Pseudo and provider-specific record types.

/**
 * A CNAME-like alias that is allowed at the apex: the provider answers with the target's addresses.
 *
 * Not a real DNS type: each provider implements it its own way (Cloudflare as a flattened CNAME at the apex).
 *
 * Providers: `CLOUDFLAREAPI`, `GANDI_V5`, `GCLOUD`, `POWERDNS`, `DNSIMPLE`, `NAMEDOTCOM`, `CLOUDNS`, `NS1`, `INWX`, `NAMECHEAP`, `ORACLE`.
 * @param name The record's label: `"@"` for the apex, a name relative to the domain (`"www"`), or a name ending in a dot.
 * @param target A host name: relative to the domain (`"www"`), or fully qualified with a trailing dot (`"host.example.net."`).
 * @param modifiers Record modifiers, such as `TTL("1h")` or a provider's flags, and meta objects merged into the record's metadata.
 * @example
 * ALIAS("@", "example.herokudns.com."),
 */
declare function ALIAS(name: RecordName, target: string, ...modifiers: RecordModifierArg[]): DomainModifier;
/**
 * Akamai Edge DNS: points the name at an Akamai CDN property (apex allowed).
 *
 * Providers: none of dnscode's providers yet.
 * @param name The record's label: `"@"` for the apex, a name relative to the domain (`"www"`), or a name ending in a dot.
 * @param target The edge hostname.
 * @param modifiers Record modifiers, such as `TTL("1h")` or a provider's flags, and meta objects merged into the record's metadata.
 * @example
 * AKAMAICDN("@", "www.example.com.edgekey.net"),
 */
declare function AKAMAICDN(name: RecordName, target: string, ...modifiers: RecordModifierArg[]): DomainModifier;
/**
 * Akamai Edge DNS: a traffic-management (top-level CNAME) record.
 *
 * Providers: none of dnscode's providers yet.
 * @param name The record's label: `"@"` for the apex, a name relative to the domain (`"www"`), or a name ending in a dot.
 * @param answerType Which addresses to answer with: `"DUAL"`, `"A"` or `"AAAA"`.
 * @param target The traffic-management property.
 * @param modifiers Record modifiers, such as `TTL("1h")` or a provider's flags, and meta objects merged into the record's metadata.
 * @example
 * AKAMAITLC("@", "DUAL", "example.com.akadns.net"),
 */
declare function AKAMAITLC(name: RecordName, answerType: 'DUAL' | 'A' | 'AAAA' | (string & {}), target: string, ...modifiers: RecordModifierArg[]): DomainModifier;
/**
 * Azure DNS: an alias record set that points at an Azure resource.
 *
 * Providers: `AZURE_DNS`.
 * @param name The record's label: `"@"` for the apex, a name relative to the domain (`"www"`), or a name ending in a dot.
 * @param type The record type it answers as: `"A"`, `"AAAA"` or `"CNAME"`.
 * @param target The Azure resource id.
 * @param modifiers Record modifiers, such as `TTL("1h")` or a provider's flags, and meta objects merged into the record's metadata.
 * @example
 * AZURE_ALIAS("@", "A", "/subscriptions/…/resourceGroups/web/providers/Microsoft.Network/publicIPAddresses/web-ip"),
 */
declare function AZURE_ALIAS(name: RecordName, type: 'A' | 'AAAA' | 'CNAME', target: string, ...modifiers: RecordModifierArg[]): DomainModifier;
/**
 * Route 53: an alias to an AWS resource (load balancer, CloudFront, another record), allowed at the apex.
 *
 * Add `R53_ZONE()` when the target is in another hosted zone, and `R53_EVALUATE_TARGET_HEALTH(true)` to follow its health.
 *
 * Providers: `ROUTE53`.
 * @param name The record's label: `"@"` for the apex, a name relative to the domain (`"www"`), or a name ending in a dot.
 * @param type The record type it answers as, e.g. `"A"`, `"AAAA"`, `"CNAME"`.
 * @param target The target's DNS name.
 * @param modifiers Record modifiers, such as `TTL("1h")` or a provider's flags, and meta objects merged into the record's metadata.
 * @example
 * R53_ALIAS("@", "A", "d111111abcdef8.cloudfront.net.", R53_ZONE("Z2FDTNDATAQYW2")),
 */
declare function R53_ALIAS(name: RecordName, type: string, target: string, ...modifiers: RecordModifierArg[]): DomainModifier;
/**
 * Cloudflare: a permanent (301) redirect from a URL pattern, made into a Single Redirect rule.
 *
 * Providers: `CLOUDFLAREAPI`.
 * @param source The URL pattern matched, `*` as wildcard, e.g. `"example.com/*"`.
 * @param destination Where to redirect; `$1`, `$2`... insert what the wildcards matched.
 * @param modifiers Record modifiers, such as `TTL("1h")` or a provider's flags, and meta objects merged into the record's metadata.
 * @example
 * CF_REDIRECT("old.example.com/*", "https://example.com/$1"),
 */
declare function CF_REDIRECT(source: string, destination: string, ...modifiers: RecordModifierArg[]): DomainModifier;
/**
 * Cloudflare: a temporary (302) redirect from a URL pattern, made into a Single Redirect rule.
 *
 * Providers: `CLOUDFLAREAPI`.
 * @param source The URL pattern matched.
 * @param destination Where to redirect.
 * @param modifiers Record modifiers, such as `TTL("1h")` or a provider's flags, and meta objects merged into the record's metadata.
 * @example
 * CF_TEMP_REDIRECT("example.com/sale*", "https://shop.example.com/sale$1"),
 */
declare function CF_TEMP_REDIRECT(source: string, destination: string, ...modifiers: RecordModifierArg[]): DomainModifier;
/**
 * Cloudflare: a Single Redirect rule, written in Cloudflare's rule language.
 *
 * Providers: `CLOUDFLAREAPI`.
 * @param name The rule's name (unique in the zone).
 * @param code The status code: 301, 302, 303, 307 or 308.
 * @param when The match expression, e.g. `'http.host eq "old.example.com"'`.
 * @param then The target URL expression, e.g. `'concat("https://example.com", http.request.uri.path)'`.
 * @param modifiers Record modifiers, such as `TTL("1h")` or a provider's flags, and meta objects merged into the record's metadata.
 * @example
 * CF_SINGLE_REDIRECT("old host", 301, 'http.host eq "old.example.com"', 'concat("https://example.com", http.request.uri.path)'),
 */
declare function CF_SINGLE_REDIRECT(name: string, code: 301 | 302 | 303 | 307 | 308 | number | `${number}`, when: string, then: string, ...modifiers: RecordModifierArg[]): DomainModifier;
/**
 * Cloudflare: runs a Worker for the URLs that match a pattern.
 *
 * dnscode parses it but cannot push it yet: Cloudflare's audit rejects it (the workers API is not driven).
 *
 * Providers: none of dnscode's providers yet (`CLOUDFLAREAPI` does not support it).
 * @param pattern The route pattern, e.g. `"example.com/api/*"`.
 * @param script The Worker's name.
 * @param modifiers Record modifiers, such as `TTL("1h")` or a provider's flags, and meta objects merged into the record's metadata.
 * @example
 * CF_WORKER_ROUTE("example.com/api/*", "api-worker"),
 */
declare function CF_WORKER_ROUTE(pattern: string, script: string, ...modifiers: RecordModifierArg[]): DomainModifier;
/**
 * AdGuard Home: lets A queries for the name pass through to the upstream resolvers.
 *
 * Providers: none of dnscode's providers (it is for DNSControl's `ADGUARDHOME`, AdGuard Home).
 * @param name The record's label: `"@"` for the apex, a name relative to the domain (`"www"`), or a name ending in a dot.
 * @param destination Must be `""`.
 * @param modifiers Record modifiers, such as `TTL("1h")` or a provider's flags, and meta objects merged into the record's metadata.
 * @example
 * ADGUARDHOME_A_PASSTHROUGH("cdn", ""),
 */
declare function ADGUARDHOME_A_PASSTHROUGH(name: RecordName, destination: string, ...modifiers: RecordModifierArg[]): DomainModifier;
/**
 * AdGuard Home: lets AAAA queries for the name pass through to the upstream resolvers.
 *
 * Providers: none of dnscode's providers (it is for DNSControl's `ADGUARDHOME`, AdGuard Home).
 * @param name The record's label: `"@"` for the apex, a name relative to the domain (`"www"`), or a name ending in a dot.
 * @param destination Must be `""`.
 * @param modifiers Record modifiers, such as `TTL("1h")` or a provider's flags, and meta objects merged into the record's metadata.
 * @example
 * ADGUARDHOME_AAAA_PASSTHROUGH("cdn", ""),
 */
declare function ADGUARDHOME_AAAA_PASSTHROUGH(name: RecordName, destination: string, ...modifiers: RecordModifierArg[]): DomainModifier;
/**
 * URL forwarding (a temporary redirect), for providers that offer it, such as Namecheap.
 *
 * Providers: `NAMECHEAP`.
 * @param name The record's label: `"@"` for the apex, a name relative to the domain (`"www"`), or a name ending in a dot.
 * @param target The URL to forward to.
 * @param modifiers Record modifiers, such as `TTL("1h")` or a provider's flags, and meta objects merged into the record's metadata.
 * @example
 * URL("go", "https://example.com/landing"),
 */
declare function URL(name: RecordName, target: string, ...modifiers: RecordModifierArg[]): DomainModifier;
/**
 * URL forwarding with a permanent (301) redirect, for providers that offer it.
 *
 * Providers: `NAMECHEAP`.
 * @param name The record's label: `"@"` for the apex, a name relative to the domain (`"www"`), or a name ending in a dot.
 * @param target The URL to forward to.
 * @param modifiers Record modifiers, such as `TTL("1h")` or a provider's flags, and meta objects merged into the record's metadata.
 * @example
 * URL301("old", "https://example.com/new"),
 */
declare function URL301(name: RecordName, target: string, ...modifiers: RecordModifierArg[]): DomainModifier;
/**
 * Masked URL forwarding: the target is shown in a frame under this name.
 *
 * Providers: `NAMECHEAP`.
 * @param name The record's label: `"@"` for the apex, a name relative to the domain (`"www"`), or a name ending in a dot.
 * @param target The URL to show.
 * @param modifiers Record modifiers, such as `TTL("1h")` or a provider's flags, and meta objects merged into the record's metadata.
 * @example
 * FRAME("shop", "https://shops.example.net/example"),
 */
declare function FRAME(name: RecordName, target: string, ...modifiers: RecordModifierArg[]): DomainModifier;
/**
 * ClouDNS: a web redirect from the name to a URL.
 *
 * Providers: `CLOUDNS`.
 * @param name The record's label: `"@"` for the apex, a name relative to the domain (`"www"`), or a name ending in a dot.
 * @param target The URL to redirect to.
 * @param modifiers Record modifiers, such as `TTL("1h")` or a provider's flags, and meta objects merged into the record's metadata.
 * @example
 * CLOUDNS_WR("www", "https://example.com/"),
 */
declare function CLOUDNS_WR(name: RecordName, target: string, ...modifiers: RecordModifierArg[]): DomainModifier;
/**
 * NS1: URL forwarding from the name (an NS1 URLFWD record; NS1 deprecates it).
 *
 * Providers: `NS1`.
 * @param name The record's label: `"@"` for the apex, a name relative to the domain (`"www"`), or a name ending in a dot.
 * @param target Five fields: "from to redirectType pathForwardingMode queryForwarding" (redirect type 301/302/…, path mode 0–3, query 0/1).
 * @param modifiers Record modifiers, such as `TTL("1h")` or a provider's flags, and meta objects merged into the record's metadata.
 * @example
 * NS1_URLFWD("urlfwd", "/ https://example.com/ 302 2 0"),
 */
declare function NS1_URLFWD(name: RecordName, target: string, ...modifiers: RecordModifierArg[]): DomainModifier;
/**
 * Porkbun: URL forwarding from the name.
 *
 * Providers: none of dnscode's providers (it is for DNSControl's `PORKBUN`, Porkbun).
 * @deprecated use `URL()` or `URL301()`.
 * @param name The record's label: `"@"` for the apex, a name relative to the domain (`"www"`), or a name ending in a dot.
 * @param target The URL to forward to.
 * @param modifiers Record modifiers, such as `TTL("1h")` or a provider's flags, and meta objects merged into the record's metadata.
 * @example
 * PORKBUN_URLFWD("go", "https://example.com/"),
 */
declare function PORKBUN_URLFWD(name: RecordName, target: string, ...modifiers: RecordModifierArg[]): DomainModifier;
/**
 * Bunny DNS: an HTTP redirect record.
 *
 * Providers: none of dnscode's providers (it is for DNSControl's `BUNNY_DNS`, Bunny DNS).
 * @param name The record's label: `"@"` for the apex, a name relative to the domain (`"www"`), or a name ending in a dot.
 * @param target The URL to redirect to.
 * @param modifiers Record modifiers, such as `TTL("1h")` or a provider's flags, and meta objects merged into the record's metadata.
 * @example
 * BUNNY_DNS_RDR("old", "https://example.com/"),
 */
declare function BUNNY_DNS_RDR(name: RecordName, target: string, ...modifiers: RecordModifierArg[]): DomainModifier;
/**
 * Bunny DNS: points the name at a Bunny CDN pull zone.
 *
 * Providers: none of dnscode's providers (it is for DNSControl's `BUNNY_DNS`, Bunny DNS).
 * @param name The record's label: `"@"` for the apex, a name relative to the domain (`"www"`), or a name ending in a dot.
 * @param pullZoneId The pull zone's numeric id.
 * @param modifiers Record modifiers, such as `TTL("1h")` or a provider's flags, and meta objects merged into the record's metadata.
 * @example
 * BUNNY_DNS_PZ("cdn", 123456),
 */
declare function BUNNY_DNS_PZ(name: RecordName, pullZoneId: number | string, ...modifiers: RecordModifierArg[]): DomainModifier;
/**
 * MikroTik RouterOS: forwards queries for the name to another resolver.
 *
 * Providers: none of dnscode's providers (it is for DNSControl's `MIKROTIK`, MikroTik RouterOS).
 * @param name The record's label: `"@"` for the apex, a name relative to the domain (`"www"`), or a name ending in a dot.
 * @param target The resolver's address.
 * @param modifiers Record modifiers, such as `TTL("1h")` or a provider's flags, and meta objects merged into the record's metadata.
 * @example
 * MIKROTIK_FWD("corp", "10.0.0.53"),
 */
declare function MIKROTIK_FWD(name: RecordName, target: string, ...modifiers: RecordModifierArg[]): DomainModifier;
/**
 * MikroTik RouterOS: answers NXDOMAIN for the name.
 *
 * Providers: none of dnscode's providers (it is for DNSControl's `MIKROTIK`, MikroTik RouterOS).
 * @param name The record's label: `"@"` for the apex, a name relative to the domain (`"www"`), or a name ending in a dot.
 * @param target Optional and ignored (`""`); modifiers may come right after the name.
 * @param modifiers Record modifiers, such as `TTL("1h")` or a provider's flags, and meta objects merged into the record's metadata.
 * @example
 * MIKROTIK_NXDOMAIN("ads"),
 */
declare function MIKROTIK_NXDOMAIN(name: RecordName, target?: string | RecordModifierArg, ...modifiers: RecordModifierArg[]): DomainModifier;
/**
 * MikroTik RouterOS: a named forwarder entry that `MIKROTIK_FWD` records can use.
 *
 * Providers: none of dnscode's providers (it is for DNSControl's `MIKROTIK`, MikroTik RouterOS).
 * @param name The record's label: `"@"` for the apex, a name relative to the domain (`"www"`), or a name ending in a dot.
 * @param target The upstream servers, comma-separated.
 * @param modifiers Record modifiers, such as `TTL("1h")` or a provider's flags, and meta objects merged into the record's metadata.
 * @example
 * MIKROTIK_FORWARDER("corp-dns", "10.0.0.53,10.0.0.54"),
 */
declare function MIKROTIK_FORWARDER(name: RecordName, target: string, ...modifiers: RecordModifierArg[]): DomainModifier;
/**
 * PowerDNS: a LUA record, whose answer is computed by Lua code at query time.
 *
 * Providers: `POWERDNS`.
 * @param name The record's label: `"@"` for the apex, a name relative to the domain (`"www"`), or a name ending in a dot.
 * @param rtype The type it answers as: `"A"`, `"AAAA"`, `"TXT"`...
 * @param code The Lua expression or script.
 * @param modifiers Record modifiers, such as `TTL("1h")` or a provider's flags, and meta objects merged into the record's metadata.
 * @example
 * LUA("www", "A", "ifportup(443, {'192.0.2.10', '192.0.2.11'})"),
 */
declare function LUA(name: RecordName, rtype: string, code: string, ...modifiers: RecordModifierArg[]): DomainModifier;
