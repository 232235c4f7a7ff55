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

export interface RRType {
  name: string;
  code: number;
  /** Not an RFC type (ALIAS, provider pseudo types): written commented out in BIND files. */
  pseudo?: boolean;
  /** Ordered rdata fields; the generic text codec in rr/codec.ts serves types without their own. */
  fields: readonly RRField[];
  parseText?(tokens: RdataToken[], origin: string): Partial<RecordConfig>;
  formatText?(rc: RecordConfig): string;
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
