// The shape of a record-type descriptor: one per type in rr/types/, listed once in rr/registry.ts.
import type { RecordConfig } from '../ir/types.js';

/** How a field looks in zone-file text. `ttl` is a u32 that also accepts units ("1h30m", SOA timers). `name` is completed with the origin; `qstring` is a quoted
 *  character-string; `rest` takes all remaining tokens joined (base64 split by spaces); `hex` is a `rest` of hex digits, whose case does not matter; `params` keeps them space-separated (SVCB). */
export type FieldKind = 'u8' | 'u16' | 'u32' | 'ttl' | 'name' | 'qstring' | 'word' | 'rest' | 'hex' | 'params';

/** The flat IR keys a field can live in (DNSControl's print-ir shape). */
export type IrKey = { [K in keyof RecordConfig]-?: RecordConfig[K] extends string | number | undefined ? K : never }[keyof RecordConfig];

export interface RRField {
  name: string;
  kind: FieldKind;
  ir: IrKey;
}

/** One token of rdata text; `quoted` distinguishes `""` from nothing and keeps spaces. */
export interface RdataToken {
  text: string;
  quoted: boolean;
}

/** How the DSL checks an argument before the record is built. */
export type ArgCheck = 'string' | 'number' | 'any' | 'stringOrNumber';

/** A DSL argument: [argument name, check, IR key]; the IR key defaults to the argument name ('target'). */
export type DslArg = readonly [string, ArgCheck, string?];

/** The provider capability a record type needs ("canUseSSHFP"); providers declare it in their capabilities. */
export type RecordCapability = `canUse${string}`;

/** What the DSL, normalisation and providers know about a record type, whether or not it has rdata. */
export interface RecordKind {
  name: string;
  /** The DSL function's arguments after the record name; absent when the DSL builds the record by hand. */
  dslArgs?: readonly DslArg[];
  /** Problems with the user's values (before names are completed); empty when fine. */
  check?(rc: RecordConfig): string[];
  /** The capability a provider must declare to store the type; absent: every provider can. */
  capability?: RecordCapability;
}

/** The record as dns-packet carries it (AXFR, RFC 2136 UPDATE). `opaque`: sent as RFC 3597 bytes although
 *  dns-packet knows the type (its codec wants other field names). Reading goes through zone-file text. */
export interface WireCodec {
  opaque?: boolean;
  toData(rc: RecordConfig): unknown;
  toText(data: never): string;
}

export interface RRType extends RecordKind {
  code: number;
  /** Not an RFC type (ALIAS): written commented out in BIND files. */
  pseudo?: boolean;
  /** Ordered rdata fields; the generic text codec in rr/codec.ts serves types without their own. */
  fields: readonly RRField[];
  parseText?(tokens: RdataToken[], origin: string): Partial<RecordConfig>;
  formatText?(rc: RecordConfig): string;
  /** Order of two records of this type at the same name; 0 leaves it to the rdata text. */
  compare?(a: RecordConfig, b: RecordConfig): number;
  /** Absent: AXFR/RFC 2136 providers cannot carry the type. */
  wire?: WireCodec;
}

/** Bad rdata; the zone parser adds file and line. */
export class RdataError extends Error {
  override name = 'RdataError';
  /** Index of the offending rdata token, when known. */
  index?: number;
  constructor(message: string, index?: number) {
    super(message);
    this.index = index;
  }
}
