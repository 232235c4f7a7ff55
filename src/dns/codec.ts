// Typed access to the dns-packet codecs its type declarations leave out (name, question, answer, type codes).
import * as packet from 'dns-packet';
import type { Answer, Question } from 'dns-packet';
import types from 'dns-packet/types.js';

interface Codec<T> {
  encode(value: T, buf?: Buffer, offset?: number): Buffer;
  decode(buf: Buffer, offset?: number): T;
  encodingLength(value: T): number;
}
interface Codecs {
  name: Codec<string>;
  /** rdata codec of a type: encode() writes the 2-byte rdlength and the rdata. */
  record(type: string): Codec<unknown>;
  question: Codec<Question>;
  answer: Codec<Answer>;
}
const codecs = packet as unknown as Codecs;

export const nameCodec = codecs.name;
export const questionCodec = codecs.question;
export const answerCodec = codecs.answer;
export const rdataCodec = (type: string): Codec<unknown> => codecs.record(type);
/** "A" → 1; unknown mnemonics → 0. "TYPE65534" style names are understood by dns-packet too. */
export const typeCode = (name: string): number => types.toType(name);
export const typeName = (code: number): string => types.toString(code);
export { packet };
export type { Answer };
