// Problems collected in one pass over the config: each names its place and record, so the user sees every
// issue at once ("dnsconfig.js:12:3: MX "@" in example.com: ...").
import { quoteName, shortName } from '../_util/names.js';
import type { DomainConfig, RecordConfig, SourcePos } from '../ir/types.js';

export interface Problems {
  errors: string[];
  warnings: string[];
}

export function newProblems(): Problems {
  return { errors: [], warnings: [] };
}

/** The prefix of a record's messages: position (when known), type, label and domain. */
export function recordSubject(rc: RecordConfig, dc: DomainConfig): string {
  const at = rc.filepos ? `${rc.filepos}: ` : '';
  return `${at}${shortName(rc.type)} ${quoteName(rc.name)} in ${shortName(dc.uniquename ?? dc.name)}`;
}

export function domainSubject(dc: DomainConfig, pos: SourcePos | undefined): string {
  const at = pos ? `${pos.file}:${pos.line}:${pos.column}: ` : '';
  return `${at}domain ${shortName(dc.uniquename ?? dc.name)}`;
}
