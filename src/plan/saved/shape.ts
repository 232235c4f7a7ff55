// The shape of a plan file, checked before anything in it is used: every problem names its JSON path
// ("$.zones[2].providers[0].dc.records[5].ttl: expected a number"), so an edited or damaged plan gives a
// clear refusal instead of a TypeError deep in a provider. Values (names, TTL ranges, rdata) are checked
// later by the config's own rules (validate.ts); this only makes sure they have the types those rules read.
import { getRRType } from '../../rr/registry.js';

type Obj = Record<string, unknown>;
type Check = (v: unknown, at: string, out: string[]) => void;

/** At most this many problems are listed; a damaged file would otherwise print one per record. */
const MAX_PROBLEMS = 20;

const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);
const key = (at: string, k: string) => (/^[A-Za-z_$][\w$]*$/.test(k) ? `${at}.${k}` : `${at}[${JSON.stringify(k)}]`);

const str: Check = (v, at, out) => { if (typeof v !== 'string') out.push(`${at}: expected a string`); };
const num: Check = (v, at, out) => { if (typeof v !== 'number' || !Number.isFinite(v)) out.push(`${at}: expected a number`); };
const bool: Check = (v, at, out) => { if (typeof v !== 'boolean') out.push(`${at}: expected true or false`); };
const oneOf = (...values: string[]): Check => (v, at, out) => {
  if (typeof v !== 'string' || !values.includes(v)) out.push(`${at}: expected ${values.map((x) => JSON.stringify(x)).join(' or ')}`);
};
const list = (item: Check): Check => (v, at, out) => {
  if (!Array.isArray(v)) { out.push(`${at}: expected a list`); return; }
  for (let i = 0; i < v.length && out.length <= MAX_PROBLEMS; i++) item(v[i], `${at}[${i}]`, out);
};
const mapOf = (item: Check): Check => (v, at, out) => {
  if (!isObj(v)) { out.push(`${at}: expected an object`); return; }
  for (const [k, x] of Object.entries(v)) item(x, key(at, k), out);
};
const anyObj: Check = (v, at, out) => { if (!isObj(v)) out.push(`${at}: expected an object`); };

/** An object with required and optional fields (other keys are left alone: the IR carries extra keys). */
const obj = (required: Record<string, Check>, optional: Record<string, Check> = {}): Check => (v, at, out) => {
  if (!isObj(v)) { out.push(`${at}: expected an object`); return; }
  for (const [k, c] of Object.entries(required)) {
    if (v[k] === undefined) out.push(`${key(at, k)}: missing`);
    else c(v[k], key(at, k), out);
  }
  for (const [k, c] of Object.entries(optional)) if (v[k] !== undefined) c(v[k], key(at, k), out);
};

const NUMERIC_KINDS = new Set(['u8', 'u16', 'u32', 'ttl']);

/** A record: the common fields, then the flat rdata fields its type's descriptor names (numbers or strings). */
const record: Check = (v, at, out) => {
  obj({ type: str, name: str, target: str, ttl: num }, { meta: mapOf(str), filepos: str, txtstrings: list(str), ensure_absent: bool })(v, at, out);
  if (!isObj(v) || typeof v.type !== 'string') return;
  for (const f of getRRType(v.type)?.fields ?? []) {
    if (f.ir === 'target' || v[f.ir] === undefined) continue;
    (NUMERIC_KINDS.has(f.kind) ? num : str)(v[f.ir], key(at, f.ir), out);
  }
};

const domain: Check = obj(
  { name: str, records: list(record) },
  {
    registrar: str, tag: str, uniquename: str, dnsProviders: mapOf(num), meta: mapOf(str), nameservers: list(obj({ name: str })),
    recordsabsent: list(record), keepunknown: bool, unmanaged: list(obj({ label_pattern: str, rType_pattern: str, target_pattern: str })),
    unmanaged_disable_safety_check: bool, ignore_external_dns: bool, external_dns_prefix: str, auto_dnssec: str,
  },
);

const change: Check = obj(
  { kind: oneOf('create', 'change', 'delete', 'report'), key: obj({ nameFQDN: str, type: str }), old: list(record), new: list(record), msgs: list(str) },
  { onlyTTL: bool },
);

const provider: Check = obj(
  { role: oneOf('provider', 'registrar'), name: str, lines: list(str), changeCount: num },
  { digest: str, existingCount: num, dc: domain, changes: list(change), actualChangeCount: num, ensureZone: bool },
);

const decl: Check = obj({ name: str, type: str }, { meta: anyObj });

const plan: Check = obj(
  {
    digest: str, created: str, total: num, providers: obj({ dns: list(decl), registrars: list(decl) }),
    zones: list(obj({ domain: str, providers: list(provider) })),
  },
  { skipRecordAudit: bool, diff: obj({}, { full: bool, reportMax: num, disableOrdering: bool }) },
);

/** Every shape problem of a parsed plan file (format and version already checked), each with its JSON path. */
export function planShapeProblems(data: unknown): string[] {
  const out: string[] = [];
  plan(data, '$', out);
  return out.length > MAX_PROBLEMS ? [...out.slice(0, MAX_PROBLEMS), `… and more (the first ${MAX_PROBLEMS} are listed)`] : out;
}
