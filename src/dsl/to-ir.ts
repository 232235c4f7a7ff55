// The DSL model → the IR (DNSControl's print-ir shape). Like DNSControl's JSON hand-over from JS to Go,
// only known record fields survive, meta values become strings, and ENSURE_ABSENT records move to
// recordsabsent.
import type { DNSConfig, DomainConfig, Meta, RecordConfig } from '../ir/types.js';
import { toASCII, toUnicode } from '../_util/names.js';
import { SINGLE_REDIRECT } from '../rr/cf-single-redirect.js';
import { defineLazyFilepos } from './positions.js';
import type { LazyPos } from './positions.js';
import type { DslDomain, DslRecord, DslState } from './state.js';

/** Flat record fields copied into the IR when set (everything else a config adds to a record is dropped). */
const RECORD_FIELDS = [
  'mxpreference', 'srvpriority', 'srvweight', 'srvport', 'caatag', 'caaflag', 'dskeytag', 'dsalgorithm',
  'dsdigesttype', 'dsdigest', 'dnskeyflags', 'dnskeyprotocol', 'dnskeyalgorithm', 'dnskeypublickey',
  'locversion', 'locsize', 'lochorizpre', 'locvertpre', 'loclatitude', 'loclongitude', 'localtitude',
  'luartype', 'naptrorder', 'naptrpreference', 'naptrflags', 'naptrservice', 'naptrregexp', 'smimeausage',
  'smimeaselector', 'smimeamatchingtype', 'sshfpalgorithm', 'sshfpfingerprint', 'soambox', 'soaserial',
  'soarefresh', 'soaretry', 'soaexpire', 'soaminttl', 'svcpriority', 'svcparams', 'tlsausage', 'tlsaselector',
  'tlsamatchingtype', 'r53_alias', 'azure_alias', 'answer_type', 'unknown_type_name',
] as const;

export function metaStrings(meta: Record<string, unknown>): Meta {
  const out: Meta = {};
  for (const [k, v] of Object.entries(meta)) {
    if (v === undefined || v === null) continue;
    out[k] = typeof v === 'object' ? JSON.stringify(v) : String(v);
  }
  return out;
}

const FIELD_SET: ReadonlySet<string> = new Set(RECORD_FIELDS);

/** Whether the record has any of RECORD_FIELDS (an A or TXT record has none: its ~6 keys are checked
 *  instead of looking up all 46 fields, for each of a large config's records). */
function hasFields(r: DslRecord): boolean {
  for (const k in r) if (FIELD_SET.has(k)) return true;
  return false;
}

function hasKeys(o: object): boolean {
  for (const _ in o) return true;
  return false;
}

function recordToIR(r: DslRecord, pos: LazyPos | undefined): RecordConfig {
  const rc: RecordConfig = { type: r.type, name: String(r.name), target: String(r.target ?? ''), ttl: Number(r.ttl) || 0 };
  // Most records have an empty meta: skip the copy (two arrays per record) for those.
  if (r.meta && hasKeys(r.meta)) {
    const meta = metaStrings(r.meta);
    if (Object.keys(meta).length) rc.meta = meta;
  }
  if (r.subdomain) rc.subdomain = r.subdomain;
  defineLazyFilepos(rc, pos);
  // A single redirect's parts (rr/cf-single-redirect.ts); other records have no `fields`.
  if (r.type === SINGLE_REDIRECT && r.fields && typeof r.fields === 'object') rc.fields = JSON.parse(JSON.stringify(r.fields));
  if (!hasFields(r)) return rc;
  const out = rc as unknown as Record<string, unknown>;
  for (const k of RECORD_FIELDS) {
    const v = r[k];
    if (v !== undefined && v !== null) out[k] = typeof v === 'object' ? JSON.parse(JSON.stringify(v)) : v;
  }
  return rc;
}

/** Which of the domain's records are ENSURE_ABSENT, read once per record (the flag is the config's, and a
 *  getter could answer differently each time: the records and the absent list must not overlap). */
function absentFlags(d: DslDomain): Uint8Array {
  const n = d.records.length;
  const flags = new Uint8Array(n);
  for (let i = 0; i < n; i++) if (d.records[i]!.ensure_absent) flags[i] = 1;
  return flags;
}

/** The domain's records (not the absent ones) as IR, `size` at a time: the isolated evaluator converts and
 *  sends them chunk by chunk, so that each chunk's IR objects die young instead of a whole large config's
 *  being held, then collected, at once. */
function* recordChunks(d: DslDomain, absent: Uint8Array, positions: WeakMap<object, LazyPos>, size: number): Generator<RecordConfig[]> {
  let chunk: RecordConfig[] = [];
  for (let i = 0; i < absent.length; i++) {
    if (absent[i]) continue;
    const r = d.records[i]!;
    chunk.push(recordToIR(r, positions.get(r)));
    if (chunk.length >= size) {
      yield chunk;
      chunk = [];
    }
  }
  if (chunk.length) yield chunk;
}

/** The domain without its records (stateToIR adds them, or leaves them to recordChunks); its ENSURE_ABSENT
 *  records are converted here. */
function domainToIR(d: DslDomain, positions: WeakMap<object, LazyPos>, absentOf: Uint8Array): DomainConfig {
  // The domain object is the config's (modifiers get it): read it as primitives and plain loops only, so
  // no method it may have replaced is called with a host value.
  const declared = String(d.name);
  const bang = declared.indexOf('!');
  const rawName = bang < 0 ? declared : declared.slice(0, bang);
  const tag = bang < 0 ? '' : declared.slice(bang + 1);
  // The zone name is punycode (what DNS and providers use); the meta keeps the written and Unicode forms.
  const name = toASCII(rawName.replace(/\.$/, ''));
  const uniquename = tag ? `${name}!${tag}` : name;
  const absent: RecordConfig[] = [];
  // Index loops: d.records is the config's array, whose iterator the config may have replaced.
  for (let i = 0; i < absentOf.length; i++) {
    const r = d.records[i]!;
    if (absentOf[i]) absent.push(recordToIR(r, positions.get(r)));
  }
  const dc: DomainConfig = {
    name,
    ...(tag ? { tag } : {}),
    uniquename,
    registrar: String(d.registrar),
    dnsProviders: { ...d.dnsProviders },
    meta: {
      ...metaStrings(d.meta),
      dnscontrol_tag: tag,
      dnscontrol_uniquename: uniquename,
      dnscontrol_nameraw: rawName,
      dnscontrol_nameunicode: toUnicode(name),
    },
    records: [],
  };
  if (d.nameservers.length) {
    dc.nameservers = [];
    for (let i = 0; i < d.nameservers.length; i++) dc.nameservers.push({ name: String(d.nameservers[i]!.name) });
  }
  if (absent.length) dc.recordsabsent = absent;
  if (d.keepunknown) dc.keepunknown = true;
  if (d.unmanaged.length) {
    const unmanaged: object[] = [];
    for (let i = 0; i < d.unmanaged.length; i++) unmanaged.push({ ...d.unmanaged[i] });
    dc.unmanaged = unmanaged as DomainConfig['unmanaged'];
  }
  if (d.unmanaged_disable_safety_check) dc.unmanaged_disable_safety_check = true;
  if (d.ignore_external_dns) {
    dc.ignore_external_dns = true;
    dc.external_dns_prefix = d.external_dns_prefix ?? '';
  }
  if (d.auto_dnssec) dc.auto_dnssec = d.auto_dnssec;
  if (d.rawrecords.length) dc.rawrecords = JSON.parse(JSON.stringify(d.rawrecords)) as DomainConfig['rawrecords'];
  return dc;
}

export interface DslOutput {
  config: DNSConfig;
  /** Where each domain was declared (D() call), for domain-level errors. */
  domainPos: Map<DomainConfig, LazyPos>;
  /** With `deferRecords`, the domains' `records` are empty and this gives domain i's, `size` at a time. */
  recordChunks?: (domain: number, size: number) => Iterable<RecordConfig[]>;
}

export function stateToIR(state: DslState, deferRecords = false): DslOutput {
  const domainPos = new Map<DomainConfig, LazyPos>();
  const absent = state.domains.map(absentFlags);
  const domains = state.domains.map((d, i) => {
    const dc = domainToIR(d, state.positions, absent[i]!);
    if (!deferRecords) dc.records = recordChunks(d, absent[i]!, state.positions, Number.POSITIVE_INFINITY).next().value ?? [];
    const pos = state.positions.get(d);
    if (pos) domainPos.set(dc, pos);
    return dc;
  });
  const out: DslOutput = { config: { registrars: state.registrars, dns_providers: state.dnsProviders, domains }, domainPos };
  if (deferRecords) out.recordChunks = (i, size) => recordChunks(state.domains[i]!, absent[i]!, state.positions, size);
  return out;
}
