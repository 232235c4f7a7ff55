// Small value checks the descriptors' `check` functions are built from. Each returns reasons (empty = fine).
import type { RecordConfig } from '../ir/types.js';

const isUint = (v: number | undefined, max: number) => v === undefined || (Number.isInteger(v) && v >= 0 && v <= max);

/** An unset field passes: arity and presence are the DSL's and the parser's business. */
export const range = (rc: RecordConfig, field: keyof RecordConfig, label: string, max: number): string[] =>
  isUint(rc[field] as number | undefined, max) ? [] : [`${label} must be an integer 0-${max}, got ${String(rc[field])}`];

export const hex = (v: string | undefined, what: string): string[] => (v === undefined || /^[0-9a-fA-F]*$/.test(v) ? [] : [`${what} must be hex digits`]);

/** Base64 as DNS servers read it (and dnscode's own zone-file parser): whole 4-character groups. A value that
 *  is not would be written, then refused by named-checkzone and PowerDNS, and unreadable when read back. */
export const base64Target = (what: string) => (rc: RecordConfig): string[] =>
  (/^[A-Za-z0-9+/]+={0,2}$/.test(rc.target) && rc.target.length % 4 === 0 ? [] : [`${what} must be base64 (groups of 4 characters, "=" padded)`]);

/** DNSControl's hostname-target check: no odd characters, and a name with a dot must end with one. */
export function checkHostTarget(target: string): string[] {
  if (target === '@') return [];
  if (target === '') return ['empty target'];
  if (/['" +,|!£$%&()=?^*ç°§;:<>[\]@]/.test(target)) return [`target ${JSON.stringify(target)} includes an invalid character`];
  // "/" only in RFC 2317 classless reverse delegations (CNAME 5 5.0/26.2.0.192.in-addr.arpa.), as in DNSControl.
  if (target.includes('/') && !target.endsWith('.in-addr.arpa.')) return [`target ${JSON.stringify(target)} includes an invalid character`];
  if (target.includes('.') && !target.endsWith('.')) {
    return [`target ${JSON.stringify(target)} must end with a dot (.) to be a full name, or have no dot to be relative (https://docs.dnscontrol.org/language-reference/why-the-dot)`];
  }
  return [];
}

/** The check of types whose only value is a host name (CNAME-like). */
export const hostTarget = (rc: RecordConfig): string[] => checkHostTarget(rc.target);
