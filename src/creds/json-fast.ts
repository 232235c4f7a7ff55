// The fast path of creds parsing: JSON, and JSON with comments and trailing commas (what creds files
// hold), parsed by the native JSON.parse in linear time. The JSON5 parser, a character-by-character lexer,
// takes about 0.5 s and 40 MB a MB of text; it is left the forms only JSON5 has and the error messages.

/**
 * `{ value }` when `text` is JSON, or JSON with `//` and `/* *\/` comments and trailing commas: the same value
 * JSON5.parse gives. undefined for anything else (other JSON5 forms, or an error): parse it with JSON5 then.
 */
export function parseJsonFast(text: string): { value: unknown } | undefined {
  try {
    return { value: JSON.parse(text) };
  } catch {
    // Not plain JSON: maybe comments or trailing commas.
  }
  const plain = withoutCommentsAndTrailingCommas(text);
  if (plain === undefined || plain === text) return undefined;
  try {
    return { value: JSON.parse(plain) };
  } catch {
    return undefined;
  }
}

const QUOTE = 0x22;
const SLASH = 0x2f;
const STAR = 0x2a;
const COMMA = 0x2c;

/**
 * `text` with each comment replaced by a space and each trailing comma (after a value, before `}` or `]`)
 * removed; strings are kept as they are. undefined when a string or a block comment does not end, or a `/`
 * starts no comment: JSON5 reports those.
 *
 * Why the value is JSON5's whenever JSON.parse accepts the result: strings are scanned with JSON's own rule
 * (quote to quote, a backslash escaping the next character), so JSON.parse sees the same strings; outside
 * them only comments (where JSON5 allows whitespace; a space keeps the tokens apart) and commas following a
 * value and followed by a closing bracket (JSON5's trailing commas) are taken out. Every other character is
 * kept, so anything else that is not JSON still fails JSON.parse.
 */
function withoutCommentsAndTrailingCommas(text: string): string | undefined {
  const cuts: Array<[from: number, to: number, put: string]> = [];
  const n = text.length;
  let prev = 0; // the last character outside strings and comments that is not whitespace; 0 at the start
  let comma = -1; // a comma after a value, until the next such character says whether it trails
  let backslash = -2; // the next backslash at or after the last one passed (-1: none left; -2: not looked up)
  let i = 0;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d) {
      i++;
      continue;
    }
    if (c === SLASH) {
      const next = text.charCodeAt(i + 1);
      let end: number;
      if (next === SLASH) {
        // A line comment ends where JSON5 ends it: before \n, \r, U+2028 or U+2029.
        end = i + 2;
        while (end < n) {
          const d = text.charCodeAt(end);
          if (d === 0x0a || d === 0x0d || d === 0x2028 || d === 0x2029) break;
          end++;
        }
      } else if (next === STAR) {
        const close = text.indexOf('*/', i + 2);
        if (close === -1) return undefined;
        end = close + 2;
      } else {
        return undefined;
      }
      cuts.push([i, end, ' ']);
      i = end;
      continue;
    }
    if (comma !== -1) {
      if (c === 0x7d || c === 0x5d) cuts.push([comma, comma + 1, '']);
      comma = -1;
    }
    if (c === QUOTE) {
      // To the closing quote: the next quote not escaped by a backslash, found with indexOf (a secret or a
      // key can be long). The next backslash is looked up only once the scan has passed the last one found.
      let j = i + 1;
      for (;;) {
        const q = text.indexOf('"', j);
        if (q === -1) return undefined;
        if (backslash !== -1 && backslash < j) backslash = text.indexOf('\\', j);
        if (backslash === -1 || backslash > q) {
          j = q;
          break;
        }
        j = backslash + 2;
      }
      i = j + 1;
      prev = QUOTE;
      continue;
    }
    // After a value: not at the start, nor after `{`, `[`, `,` or `:` (`[,]`, `[1,,]`, `{"a":,}` stay errors).
    if (c === COMMA && prev !== 0 && prev !== 0x7b && prev !== 0x5b && prev !== COMMA && prev !== 0x3a) comma = i;
    prev = c;
    i++;
  }
  if (cuts.length === 0) return text;
  // A trailing comma is cut when its closing bracket is reached, after the comments between them.
  cuts.sort((x, y) => x[0] - y[0]);
  const parts: string[] = [];
  let from = 0;
  for (const [a, b, put] of cuts) {
    parts.push(text.slice(from, a), put);
    from = b;
  }
  parts.push(text.slice(from));
  return parts.join('');
}
