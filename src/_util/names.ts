// Name helpers shared by the DSL, zone files, diff and providers.
// Convention: FQDNs are lower-case ASCII without a trailing dot; labels are relative, "@" for the apex.
import { tr46 } from './tr46.js';

/** IDNA (UTS #46, non-transitional) to ASCII; names that are already ASCII are only lower-cased. */
export function toASCII(name: string): string {
  // Fast path: most names are plain ASCII.
  if (/^[\x00-\x7f]*$/.test(name)) return name.toLowerCase();
  const r = tr46().toASCII(name, { transitionalProcessing: false, checkHyphens: false, checkBidi: false, checkJoiners: false, useSTD3ASCIIRules: false, verifyDNSLength: false });
  return (r ?? name).toLowerCase();
}

// The last conversion: callers ask for the same zone's Unicode form once per record.
let lastPuny = '';
let lastUnicode = '';

export function toUnicode(name: string): string {
  if (!name.includes('xn--')) return name;
  if (name !== lastPuny) {
    lastUnicode = tr46().toUnicode(name, { transitionalProcessing: false, checkHyphens: false, checkBidi: false, checkJoiners: false, useSTD3ASCIIRules: false }).domain;
    lastPuny = name;
  }
  return lastUnicode;
}

/** A name for a message: as is when short, else its start and its length, so a message stays readable. */
export function shortName(name: string, max = 80): string {
  return name.length <= max ? name : `${name.slice(0, max)}… (${name.length} characters)`;
}

/** shortName, quoted as JSON ("www", "aaaa…… (70000 characters)"). */
export const quoteName = (name: string): string => JSON.stringify(shortName(name));

/** "www" + "example.com" → "www.example.com"; "@" → the origin; "x.example.com." stays absolute. */
export function labelToFQDN(label: string, origin: string): string {
  if (label === '@' || label === '') return origin;
  if (label.endsWith('.')) return label.slice(0, -1);
  return `${label}.${origin}`;
}

/** "www.example.com" in "example.com" → "www"; the origin → "@". */
export function fqdnToLabel(fqdn: string, origin: string): string {
  const f = fqdn.endsWith('.') ? fqdn.slice(0, -1) : fqdn;
  if (f === origin) return '@';
  if (f.endsWith(`.${origin}`)) return f.slice(0, -(origin.length + 1));
  return `${f}.`;
}
