// The saved plan (`preview --plan FILE`): per zone and provider, the changes as data, their human lines and a
// digest of the live records they were computed from. `push --plan FILE` applies exactly these changes if
// the live records still match. Only dnsconfig.js data and live DNS data go in: never a creds.json value.
import { createHash } from 'node:crypto';
import { readFile, writeFile } from 'node:fs/promises';
import canonicalize from 'canonicalize';
import { UsageError } from '../../errors.js';
import type { Change } from '../../diff/change.js';
import type { DomainConfig, RecordConfig } from '../../ir/types.js';
import type { Plan } from '../types.js';

export const PLAN_FORMAT = 'dnscode-plan';
export const PLAN_VERSION = 1;

/** A provider declaration as needed to re-create it with today's creds.json. */
export interface SavedProviderDecl {
  name: string;
  type: string;
  meta?: Record<string, unknown>;
}

export interface SavedProvider {
  role: 'provider' | 'registrar';
  /** Credkey. */
  name: string;
  /** The lines preview printed (each correction's message), to show and to compare. */
  lines: string[];
  changeCount: number;
  /** DNS provider: sha256 of the canonical sorted live records. */
  digest?: string;
  existingCount?: number;
  /** DNS provider: the desired zone handed to getCorrections; registrar: the desired domain. */
  dc?: DomainConfig;
  changes?: Change[];
  actualChangeCount?: number;
  ensureZone?: boolean;
}

export interface SavedZone {
  domain: string;
  providers: SavedProvider[];
}

export interface SavedPlan {
  format: typeof PLAN_FORMAT;
  version: typeof PLAN_VERSION;
  created: string;
  total: number;
  providers: { dns: SavedProviderDecl[]; registrars: SavedProviderDecl[] };
  zones: SavedZone[];
}

/** sha256 over the records as RFC 8785 canonical JSON, sorted, so order and key order do not matter. */
export function recordsDigest(records: RecordConfig[]): string {
  // filepos says where a record was read, not what it is: reformatting a zone file is not a change.
  const lines = records.map(({ filepos: _, ...r }) => canonicalize(r) ?? '').sort();
  return `sha256:${createHash('sha256').update(lines.join('\n')).digest('hex')}`;
}

export function toSavedPlan(plan: Plan, providers: SavedPlan['providers'], now = new Date()): SavedPlan {
  return {
    format: PLAN_FORMAT,
    version: PLAN_VERSION,
    created: now.toISOString(),
    total: plan.total,
    providers,
    zones: plan.zones.map((z) => ({
      domain: z.domain,
      providers: z.providers.filter((p) => !p.skipped).map((p): SavedProvider => {
        const s: SavedProvider = { role: p.role, name: p.name, lines: p.corrections.map((c) => c.msg), changeCount: p.changeCount };
        const src = p.source;
        if (!src) return s;
        s.dc = src.dc;
        if (p.role === 'provider') {
          const existing = src.existing ?? [];
          Object.assign(s, { digest: recordsDigest(existing), existingCount: existing.length, changes: src.changes ?? [], actualChangeCount: src.actualChangeCount ?? 0 });
          if (src.ensureZone) s.ensureZone = true;
        }
        return s;
      }),
    })),
  };
}

const MARK = '\u0000';
const isRecord = (v: unknown): v is RecordConfig =>
  typeof v === 'object' && v !== null && !Array.isArray(v) && 'type' in v && 'target' in v && 'ttl' in v;

/** Indented JSON with each record on one line: readable and diffable, and half the size of full indentation
 *  (a 20,000-record zone: 4.2 MB instead of 8.4 MB). */
export function formatPlan(saved: SavedPlan): string {
  const text = JSON.stringify(saved, (_k, v: unknown) => (isRecord(v) ? `${MARK}${JSON.stringify(v)}${MARK}` : v), 2);
  return `${text.replace(/"\\u0000((?:[^"\\]|\\.)*)\\u0000"/g, (_m, inner: string) => JSON.parse(`"${inner}"`) as string)}\n`;
}

export async function writePlanFile(file: string, saved: SavedPlan): Promise<void> {
  await writeFile(file, formatPlan(saved));
}

/** `file` is the path to read, `shown` the name the user gave (for messages). */
export async function readPlanFile(file: string, shown = file): Promise<SavedPlan> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (e) {
    const err = e as NodeJS.ErrnoException;
    throw new UsageError(`--plan ${shown}: cannot read the plan: ${err.code === 'ENOENT' ? 'no such file (write one with "dnscode preview --plan FILE")' : err.message}`);
  }
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (e) {
    throw new UsageError(`--plan ${shown}: not a plan file (invalid JSON: ${(e as Error).message})`);
  }
  const p = data as Partial<SavedPlan> | null;
  if (!p || typeof p !== 'object' || p.format !== PLAN_FORMAT) throw new UsageError(`--plan ${shown}: not a dnscode plan file (write one with "dnscode preview --plan ${shown}")`);
  if (p.version !== PLAN_VERSION) throw new UsageError(`--plan ${shown}: plan format version ${String(p.version)} is not supported by this dnscode (it reads version ${PLAN_VERSION}); run preview again`);
  if (!Array.isArray(p.zones) || !p.providers || !Array.isArray(p.providers.dns) || !Array.isArray(p.providers.registrars)) {
    throw new UsageError(`--plan ${shown}: the plan file is damaged (zones or providers missing)`);
  }
  return p as SavedPlan;
}
