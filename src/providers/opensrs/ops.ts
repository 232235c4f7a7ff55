// OpenSRS's XML "OPS" envelope (OPS_envelope > header > version, body > data_block > dt_assoc of items), the
// two directions. Hand-written: the format is four elements (dt_assoc, dt_array, item, text) and a general
// XML library would be most of the registrar's bundled size; the parser refuses anything else clearly.
export type OpsValue = string | OpsValue[] | { [key: string]: OpsValue };

const escapeXml = (s: string) => s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' })[c]!);

function encode(v: OpsValue, indent: string): string {
  if (typeof v === 'string') return escapeXml(v);
  const inner = `${indent}  `;
  const entries: Array<[string, OpsValue]> = Array.isArray(v) ? v.map((x, i) => [String(i), x]) : Object.entries(v);
  const items = entries.map(([k, x]) => (typeof x === 'string'
    ? `${inner}<item key="${escapeXml(k)}">${escapeXml(x)}</item>`
    : `${inner}<item key="${escapeXml(k)}">\n${inner}  ${encode(x, `${inner}  `)}\n${inner}</item>`));
  const tag = Array.isArray(v) ? 'dt_array' : 'dt_assoc';
  return `<${tag}>\n${items.join('\n')}\n${indent}</${tag}>`;
}

/** The request document for an OPS call (protocol XCP). */
export function opsRequest(data: { [key: string]: OpsValue }): string {
  return `<?xml version='1.0' encoding='UTF-8' standalone='no' ?>\n<!DOCTYPE OPS_envelope SYSTEM 'ops.dtd'>\n<OPS_envelope>\n<header>\n  <version>0.9</version>\n</header>\n<body>\n<data_block>\n${encode(data, '')}\n</data_block>\n</body>\n</OPS_envelope>\n`;
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
const decode = (s: string) => s.replace(/&(#x[0-9a-f]+|#\d+|\w+);/gi, (m, e: string) => {
  if (e[0] === '#') {
    const n = e[1] === 'x' || e[1] === 'X' ? Number.parseInt(e.slice(2), 16) : Number(e.slice(1));
    return Number.isInteger(n) && n >= 0 && n <= 0x10ffff ? String.fromCodePoint(n) : m;
  }
  return ENTITIES[e] ?? m;
});

/** The data_block's value of an OPS document; throws a plain Error saying what is wrong otherwise. */
export function parseOps(xml: string): OpsValue {
  // Drop the prolog, doctype and comments; then tokens are tags or text.
  const doc = xml.replace(/<\?[\s\S]*?\?>|<!DOCTYPE[^>]*>|<!--[\s\S]*?-->/g, '');
  const start = doc.indexOf('<data_block>');
  const end = doc.lastIndexOf('</data_block>');
  if (start < 0 || end < start) throw new Error('not an OPS envelope (no data_block)');
  const tokens = doc.slice(start + '<data_block>'.length, end).match(/<[^>]*>|[^<]+/g) ?? [];
  let i = 0;
  const skipSpace = () => { while (i < tokens.length && !tokens[i]!.startsWith('<') && tokens[i]!.trim() === '') i++; };
  const expectClose = (name: string) => {
    skipSpace();
    if (tokens[i] !== `</${name}>`) throw new Error(`OPS: expected </${name}>, found ${JSON.stringify(tokens[i] ?? 'the end')}`);
    i++;
  };
  const container = (): OpsValue => {
    skipSpace();
    const open = tokens[i++];
    const name = open === '<dt_assoc>' ? 'dt_assoc' : open === '<dt_array>' ? 'dt_array' : undefined;
    if (!name) throw new Error(`OPS: expected dt_assoc or dt_array, found ${JSON.stringify(open ?? 'the end')}`);
    const out: Record<string, OpsValue> = {};
    for (;;) {
      skipSpace();
      const t = tokens[i];
      if (t === `</${name}>`) { i++; break; }
      const m = t ? /^<item\s+key\s*=\s*(["'])(.*?)\1\s*(\/?)>$/.exec(t) : null;
      if (!m) throw new Error(`OPS: expected an item in ${name}, found ${JSON.stringify(t ?? 'the end')}`);
      i++;
      const key = decode(m[2]!);
      if (m[3]) { out[key] = ''; continue; }
      skipSpace();
      if (tokens[i] === '<dt_assoc>' || tokens[i] === '<dt_array>') {
        out[key] = container();
        expectClose('item');
      } else {
        let text = '';
        while (i < tokens.length && !tokens[i]!.startsWith('<')) text += tokens[i++];
        if (tokens[i] !== '</item>') throw new Error(`OPS: expected </item> after the text of "${key}", found ${JSON.stringify(tokens[i] ?? 'the end')}`);
        i++;
        out[key] = decode(text);
      }
    }
    if (name === 'dt_assoc') return out;
    return Object.keys(out).sort((a, b) => Number(a) - Number(b)).map((k) => out[k]!);
  };
  const v = container();
  skipSpace();
  if (i < tokens.length) throw new Error(`OPS: unexpected ${JSON.stringify(tokens[i])} after the data`);
  return v;
}
