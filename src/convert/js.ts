// get-zones --format js|djs: a dnsconfig.js D() block per zone (records in provider order).
// djs puts commas at the start of lines ("diff-friendly JS"). Apex SOA/NS become comments.
import type { RecordConfig } from '../ir/types.js';
import { getRRType } from '../rr/registry.js';
import { jsQuote } from './js-quote.js';

export interface JsZone {
  name: string;
  records: RecordConfig[];
}

export interface JsOptions {
  credkey: string;
  providerType: string;
  /** Leading commas (djs) instead of trailing ones (js). */
  leadingCommas: boolean;
  defaultTTL: number;
}

const DEFAULT_TTL = 300;

export function jsHeader(credkey: string, providerType: string): string {
  return `var ${dspVar(credkey)} = NewDnsProvider(${jsQuote(credkey)}, ${jsQuote(providerType)});\n` +
    'var REG_CHANGEME = NewRegistrar("none");\n';
}

function dspVar(credkey: string): string {
  return `DSP_${credkey.toUpperCase().replace(/[^A-Z0-9_]/g, '_')}`;
}

/** The DSL arguments after the label: numbers bare, strings quoted, from the type's field list. */
function recordArgs(rc: RecordConfig): string[] {
  const t = getRRType(rc.type);
  if (!t || t.formatText) return [jsQuote(rc.target)]; // TXT, LOC, RFC 3597: the text form
  if (rc.type === 'CAA') {
    return [jsQuote(rc.caatag ?? ''), jsQuote(rc.target), ...(rc.caaflag === 128 ? ['CAA_CRITICAL'] : [])];
  }
  const rec = rc as unknown as Record<string, unknown>;
  return t.fields.map((f) => (f.kind === 'u8' || f.kind === 'u16' || f.kind === 'u32' || f.kind === 'ttl' ? String(rec[f.ir] ?? 0) : jsQuote(String(rec[f.ir] ?? ''))));
}

/** One line per record, without separators; `comment` lines are commented out. */
function recordLines(rc: RecordConfig, defaultTTL: number): Array<{ text: string; comment?: boolean; note?: string }> {
  const ttl = rc.ttl !== defaultTTL ? `, TTL(${rc.ttl})` : '';
  if (rc.type === 'SOA') {
    return [{ text: `SOA(${jsQuote(rc.name)}, ${jsQuote(rc.target)}, ${jsQuote(rc.soambox ?? '')}, ${rc.soaserial ?? 0}, ${rc.soarefresh ?? 0}, ${rc.soaretry ?? 0}, ${rc.soaexpire ?? 0}, ${rc.soaminttl ?? 0})`, comment: true }];
  }
  if (rc.type === 'NS' && rc.name === '@') return [{ text: `NAMESERVER(${jsQuote(rc.target)})`, comment: true }];
  const note = rc.type === 'CNAME' && rc.name === '@' ? 'NOTE: CNAME at apex may require manual editing.' : undefined;
  return [{ text: `${rc.type}(${[jsQuote(rc.name), ...recordArgs(rc)].join(', ')}${ttl})`, note }];
}

export function formatJsZone(z: JsZone, opts: JsOptions): string {
  const items: Array<{ text: string; comment?: boolean; note?: string }> = [{ text: `DnsProvider(${dspVar(opts.credkey)})` }];
  if (opts.defaultTTL !== DEFAULT_TTL) items.push({ text: `DefaultTTL(${opts.defaultTTL})` });
  for (const rc of z.records) items.push(...recordLines(rc, opts.defaultTTL));
  let s = `\nD(${jsQuote(z.name)}, REG_CHANGEME`;
  if (opts.leadingCommas) {
    s += '\n';
    for (const it of items) {
      if (it.note) s += `\t// ${it.note}\n`;
      s += `\t${it.comment ? '//' : ''}, ${it.text}\n`;
    }
    return s + ')\n';
  }
  s += ',\n';
  for (const it of items) {
    if (it.note) s += `\t// ${it.note}\n`;
    s += `\t${it.comment ? '//' : ''}${it.text},\n`;
  }
  return s + ');\n';
}
