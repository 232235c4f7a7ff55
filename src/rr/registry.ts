// The record types dnscode knows, from one explicit array. Nothing else switches on type names: the DSL's
// record functions, the value checks, provider capabilities, zone-file order and text, and the AXFR/RFC 2136
// wire form all come from the descriptors listed here (plus the provider-specific table).
// Adding a type: its descriptor in types/, one line here, its DSL typing (types/records.d.ts), a round-trip row.
import type { RecordCapability, RecordKind, RRType } from './descriptor.js';
import { PROVIDER_TYPES } from './provider-types.js';
import type { ProviderRecordKind } from './provider-types.js';
import { A } from './types/a.js';
import { AAAA } from './types/aaaa.js';
import { ALIAS } from './types/alias.js';
import { CAA } from './types/caa.js';
import { CNAME } from './types/cname.js';
import { DHCID } from './types/dhcid.js';
import { DNAME } from './types/dname.js';
import { DNSKEY } from './types/dnskey.js';
import { DS } from './types/ds.js';
import { HTTPS } from './types/https.js';
import { LOC } from './types/loc.js';
import { LUA } from './types/lua.js';
import { MX } from './types/mx.js';
import { NAPTR } from './types/naptr.js';
import { NS } from './types/ns.js';
import { OPENPGPKEY } from './types/openpgpkey.js';
import { PTR } from './types/ptr.js';
import { RP } from './types/rp.js';
import { SMIMEA } from './types/smimea.js';
import { SOA } from './types/soa.js';
import { SRV } from './types/srv.js';
import { SSHFP } from './types/sshfp.js';
import { SVCB } from './types/svcb.js';
import { TLSA } from './types/tlsa.js';
import { TXT } from './types/txt.js';

const TYPES: readonly RRType[] = [
  A, AAAA, ALIAS, CAA, CNAME, DHCID, DNAME, DNSKEY, DS, HTTPS, LOC, LUA, MX, NAPTR, NS, OPENPGPKEY, PTR, RP,
  SMIMEA, SOA, SRV, SSHFP, SVCB, TLSA, TXT,
];

const byName = new Map(TYPES.map((t) => [t.name, t]));
const byCode = new Map(TYPES.filter((t) => t.code > 0).map((t) => [t.code, t]));

/** The descriptor of a type name (upper case), or undefined for types dnscode has no codec for. */
export function getRRType(name: string): RRType | undefined {
  return byName.get(name);
}

export function getRRTypeByCode(code: number): RRType | undefined {
  return byCode.get(code);
}

export function allRRTypes(): readonly RRType[] {
  return TYPES;
}

const KINDS: readonly (RRType | ProviderRecordKind)[] = [...TYPES, ...PROVIDER_TYPES];
const kindByName = new Map<string, RecordKind>(KINDS.map((k) => [k.name, k]));

/** Every type the IR may carry: the descriptors and the provider-specific types. */
export function allRecordKinds(): readonly (RRType | ProviderRecordKind)[] {
  return KINDS;
}

export function getRecordKind(name: string): RecordKind | undefined {
  return kindByName.get(name);
}

/** The capability a provider needs to store records of this type; undefined when any provider can. */
export function capabilityOf(type: string): RecordCapability | undefined {
  return kindByName.get(type)?.capability;
}

/** Every capability some record type needs. */
export function recordCapabilities(): RecordCapability[] {
  return [...new Set(KINDS.flatMap((k) => (k.capability ? [k.capability] : [])))];
}

/** An RFC 3597 generic type name ("TYPE65280") → its code, else undefined. */
export function genericTypeCode(name: string): number | undefined {
  const m = /^TYPE([0-9]{1,5})$/.exec(name);
  return m && Number(m[1]) <= 0xffff ? Number(m[1]) : undefined;
}

/** True for types a zone file can hold: registered RFC types and RFC 3597 TYPEnnn. */
export function isZoneFileType(name: string): boolean {
  const t = byName.get(name);
  return t ? !t.pseudo : genericTypeCode(name) !== undefined;
}
