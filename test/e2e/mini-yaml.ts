// A strict parser for the YAML that action.yml uses: block mappings and sequences, plain and quoted scalars,
// literal block scalars (|, |-) and comments. Anything else (flow collections, anchors, tags, folded scalars,
// tabs, duplicate keys) is an error naming the line, so a construct this does not understand fails the test
// instead of being misread. No YAML library is among the project's dependencies; where Python's PyYAML is
// installed, github-action.test.ts also checks that it reads the file the same way.
export type Yaml = string | number | boolean | null | Yaml[] | { [key: string]: Yaml };

interface Line { n: number; indent: number; text: string }

export function parseYaml(source: string): Yaml {
  const raw = source.replace(/\r\n/g, '\n').split('\n');
  raw.forEach((l, i) => { if (/^\s*\t/.test(l)) throw new Error(`line ${i + 1}: tab in indentation`); });
  const lines: Line[] = raw.map((l, i) => ({ n: i + 1, indent: l.length - l.trimStart().length, text: l.trimStart() }));
  let pos = 0;
  const significant = (l: Line) => l.text !== '' && !l.text.startsWith('#');
  const peek = (): Line | undefined => {
    while (pos < lines.length && !significant(lines[pos]!)) pos++;
    return lines[pos];
  };
  const fail = (l: Line, why: string): never => { throw new Error(`line ${l.n}: ${why}: ${l.text}`); };
  const isItem = (l: Line) => l.text === '-' || l.text.startsWith('- ');

  function block(indent: number): Yaml {
    const l = peek();
    if (!l || l.indent < indent) return null;
    return isItem(l) ? sequence(l.indent) : mapping(l.indent);
  }

  function mapping(indent: number): Yaml {
    const out: { [key: string]: Yaml } = {};
    for (let l = peek(); l && l.indent === indent && !isItem(l); l = peek()) {
      const m = /^("(?:[^"\\]|\\.)*"|'(?:[^']|'')*'|[^\s#'"{[&*!|>%@`-][^:#]*?|-[^\s:#][^:#]*?)\s*:(?:\s+(.*)|)$/.exec(l.text);
      if (!m) fail(l, 'expected "key: value"');
      const key = String(scalar(m![1]!, l));
      if (Object.hasOwn(out, key)) fail(l, `duplicate key "${key}"`);
      pos++;
      const rest = stripComment(m![2] ?? '', l);
      if (rest === '') {
        const next = peek();
        // A sequence may sit at the key's own indentation.
        out[key] = next && (next.indent > indent || (next.indent === indent && isItem(next))) ? block(next.indent) : null;
      } else if (/^[|>]/.test(rest)) {
        out[key] = literal(rest, indent, l);
      } else {
        out[key] = scalar(rest, l);
      }
    }
    const l = peek();
    if (l && l.indent > indent) fail(l, 'unexpected indentation');
    return out;
  }

  function sequence(indent: number): Yaml {
    const out: Yaml[] = [];
    for (let l = peek(); l && l.indent === indent && isItem(l); l = peek()) {
      const content = l.text.slice(1).trimStart();
      if (content === '' || content.startsWith('#')) {
        pos++;
        const next = peek();
        out.push(next && next.indent > indent ? block(next.indent) : null);
      } else if (/^("(?:[^"\\]|\\.)*"|'(?:[^']|'')*'|[^\s#'"][^:#]*?)\s*:(\s|$)/.test(content)) {
        // "- key: value": the item is a mapping whose first key sits two columns in.
        const at = l.indent + (l.text.length - content.length);
        lines[pos] = { n: l.n, indent: at, text: content };
        out.push(mapping(at));
      } else {
        pos++;
        out.push(scalar(stripComment(content, l), l));
      }
    }
    return out;
  }

  function literal(header: string, indent: number, at: Line): string {
    const m = /^\|([+-]?)$/.exec(header);
    if (!m) fail(at, 'only literal block scalars (| and |-) are supported');
    const body: string[] = [];
    let blockIndent = -1;
    while (pos < lines.length) {
      const l = lines[pos]!;
      if (l.text !== '') {
        if (blockIndent < 0) blockIndent = l.indent;
        if (l.indent < blockIndent) break;
        if (l.indent <= indent) break;
      }
      body.push(l.text === '' ? '' : raw[pos]!.slice(blockIndent));
      pos++;
    }
    while (body.length && body[body.length - 1] === '') body.pop();
    const text = body.join('\n');
    return m![1] === '-' ? text : m![1] === '+' ? fail(at, '|+ is not supported') : `${text}\n`;
  }

  const doc = block(0);
  const left = peek();
  if (left) fail(left, 'unexpected line');
  return doc;
}

function stripComment(s: string, l: Line): string {
  if (s.startsWith('"') || s.startsWith("'")) {
    const end = s.startsWith('"') ? /^"(?:[^"\\]|\\.)*"/.exec(s) : /^'(?:[^']|'')*'/.exec(s);
    if (!end) throw new Error(`line ${l.n}: unterminated string: ${l.text}`);
    const after = s.slice(end[0].length).trim();
    if (after !== '' && !after.startsWith('#')) throw new Error(`line ${l.n}: text after a quoted string: ${l.text}`);
    return end[0];
  }
  const hash = s.search(/\s#/);
  return (hash < 0 ? s : s.slice(0, hash)).trim();
}

function scalar(s: string, l: Line): Yaml {
  if (s.startsWith('"')) return JSON.parse(s.replace(/\\\//g, '/')) as string;
  if (s.startsWith("'")) return s.slice(1, -1).replace(/''/g, "'");
  if (/^[{[&*!|>%@`,?]/.test(s) || /:\s|\s#/.test(s) || s.endsWith(':')) throw new Error(`line ${l.n}: unsupported plain scalar: ${l.text}`);
  if (/^(true|false)$/.test(s)) return s === 'true';
  if (/^(null|~)$/.test(s)) return null;
  if (/^-?(0|[1-9]\d*)(\.\d+)?$/.test(s)) return Number(s);
  return s;
}
