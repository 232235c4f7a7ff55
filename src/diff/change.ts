// The diff's output: plain values. Providers turn these into corrections; they never re-diff.
import type { RecordConfig } from '../ir/types.js';

export type ChangeKind = 'create' | 'change' | 'delete' | 'report';

export interface ChangeKey {
  /** Fully qualified owner name, no trailing dot, lower case ASCII. */
  nameFQDN: string;
  type: string;
}

export interface Change {
  kind: ChangeKind;
  key: ChangeKey;
  /** Existing records at the key (for record-granularity diffs: at most one). */
  old: RecordConfig[];
  /** Desired records at the key (for record-granularity diffs: at most one). */
  new: RecordConfig[];
  /** Human lines such as "+ CREATE www.example.com A 192.0.2.1 ttl=300". */
  msgs: string[];
  /** True when only the TTL differs (printed as "± MODIFY-TTL"). */
  onlyTTL?: boolean;
}

export type DiffMode = 'record' | 'recordset' | 'label' | 'zone';

export interface DiffResult {
  changes: Change[];
  /** Number of real changes (reports excluded). */
  actualChangeCount: number;
  /** Desired records after IGNORE/NO_PURGE kept existing ones ("desired plus"). */
  desiredPlus: RecordConfig[];
}

/** The human lines of a change: the diff's `msgs`, or a plain "kind name type" for a change built without them. */
export const changeLines = (c: Change): string[] => (c.msgs.length ? c.msgs : [`${c.kind} ${c.key.nameFQDN} ${c.key.type}`]);
