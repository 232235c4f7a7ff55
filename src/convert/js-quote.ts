// Strings in generated dnsconfig.js as DNSControl writes them (Go's json.Marshal): JSON quoting plus
// \u003c \u003e \u0026 for < > &, and \u2028 \u2029, so output matches byte for byte.
const HTML = /[<>&\u2028\u2029]/g;
const ESC: Record<string, string> = { '<': '\\u003c', '>': '\\u003e', '&': '\\u0026', '\u2028': '\\u2028', '\u2029': '\\u2029' };

export function jsQuote(s: string): string {
  return JSON.stringify(s).replace(HTML, (c) => ESC[c]!);
}
