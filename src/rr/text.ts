// Contract (implemented by the record-type work): record ↔ zone-file rdata text.
import type { RecordConfig } from '../ir/types.js';
import { formatFields, parseFields } from './codec.js';
import { RdataError } from './descriptor.js';
import type { RdataToken } from './descriptor.js';
import { getRRType } from './registry.js';
import { tokenizeRdata } from './tokenize.js';

/** The zone-file rdata of a record, e.g. "10 mx.example.com." for MX, quoted strings for TXT.
 *  Also the diff's comparable form. */
export function rdataText(rc: RecordConfig): string {
  const t = getRRType(rc.type);
  if (!t) return rc.target; // RFC 3597 "\# len hex" and provider pseudo types keep their text in target
  return t.formatText ? t.formatText(rc) : formatFields(t, rc);
}

/** The form two records are compared in: rdataText, but with case-insensitive data (hex digests) folded,
 *  so "AABB" in the config and "aabb" read back from a server are the same record. */
export function comparableText(rc: RecordConfig): string {
  const t = getRRType(rc.type);
  if (!t || t.formatText) return rdataText(rc);
  return formatFields(t, rc, true);
}

/** Parse zone-file rdata text for `type` into the record's IR fields (target + flat fields).
 *  Relative names are completed with `origin` (no trailing dot). Throws RdataError on bad input. */
export function parseRdata(type: string, text: string, origin: string): Partial<RecordConfig> {
  return parseRdataTokens(type, tokenizeRdata(text), origin);
}

/** parseRdata for already tokenised text (the zone parser's path; no re-scanning). */
export function parseRdataTokens(type: string, tokens: RdataToken[], origin: string): Partial<RecordConfig> {
  const t = getRRType(type);
  if (!t) {
    if (tokens[0]?.text === '\\#' && !tokens[0].quoted) return parseGeneric(type, tokens);
    throw new RdataError(`unknown record type ${JSON.stringify(type)} (use RFC 3597 "\\# len hex" rdata)`);
  }
  return t.parseText ? t.parseText(tokens, origin) : parseFields(t, tokens, origin);
}

/** RFC 3597: "\# <length> <hex...>"; kept verbatim (normalised spacing, lower-case hex) in target. */
function parseGeneric(type: string, tokens: RdataToken[]): Partial<RecordConfig> {
  const len = Number(tokens[1]?.text);
  const hex = tokens.slice(2).map((t) => t.text).join('').toLowerCase();
  if (!Number.isInteger(len) || len < 0 || !/^[0-9a-f]*$/.test(hex) || hex.length !== len * 2) {
    throw new RdataError(`${type}: RFC 3597 rdata must be "\\# <length> <hex>" with length matching the hex`);
  }
  return { target: len === 0 ? '\\# 0' : `\\# ${len} ${hex}` };
}
