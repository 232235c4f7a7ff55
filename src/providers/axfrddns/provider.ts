// AXFRDDNS: any RFC-compliant primary server. Reads zones by AXFR, writes by RFC 2136 UPDATE, both
// optionally TSIG-signed. The SOA (and its serial) is left to the server; DNSSEC records too.
import type { DomainConfig, RecordConfig } from '../../ir/types.js';
import { changeLines, type Change } from '../../diff/change.js';
import { ProviderError } from '../../errors.js';
import type { Correction, DnsProvider, ProviderContext } from '../types.js';
import { splitReports } from '../_core/report.js';
import { axfr } from '../../dns/axfr.js';
import { query } from '../../dns/query.js';
import { MAX_UPDATE_BYTES, packUpdates, sendUpdates, updateSize, UpdateTooLargeError, type UpdateOp } from '../../dns/update.js';
import { parseTsigKey, type TsigKey } from '../../dns/tsig.js';
import { parseServer, fmtServer, type ServerAddress } from '../../dns/transport.js';
import { DnsResponseError } from '../../dns/message.js';
import { fromAnswers, toAnswer } from './convert.js';
import { timeoutsFromCreds } from '../../_util/deadline.js';
import { PREREQ_RCODES, RRsetGuard, soaPrereq } from './prereqs.js';
import type { Answer } from '../../dns/codec.js';


import { DEFAULT_TIMEOUT_MS, NAME } from './constants.js';

export { DEFAULT_TIMEOUT_MS, NAME };

interface Settings {
  master: ServerAddress;
  transfer: ServerAddress;
  nameservers: string[];
  transferKey?: TsigKey;
  updateKey?: TsigKey;
  updateMode: 'tcp' | 'udp';
  timeoutMs: number;
  /** DNSControl's `buggy-cname`: for servers that refuse to replace a CNAME and another type at one name
   *  in one UPDATE (older Knot), deletions go in their own messages first. Not atomic, so off by default. */
  buggyCname: boolean;
}

export function readSettings(ctx: ProviderContext): Settings {
  const c = ctx.creds;
  const err = (m: string) => new ProviderError(NAME, ctx.credkey, m);
  // Apex NS: creds "nameservers" plus the provider meta's default_ns, as DNSControl takes them.
  const defaultNs = Array.isArray(ctx.meta.default_ns) ? ctx.meta.default_ns.map(String) : [];
  const nameservers = [...(c.nameservers ?? '').split(','), ...defaultNs].map((s) => s.trim().replace(/\.$/, '')).filter(Boolean);
  // Without "master", the first nameserver is the primary (DNSControl's rule).
  const master = c.master?.trim() || nameservers[0];
  if (!master) throw err('creds.json needs "master" (the primary server, host or host:port) or "nameservers"');
  const key = (field: string): TsigKey | undefined => {
    const v = c[field]?.trim();
    if (!v) return undefined;
    try { return parseTsigKey(v); } catch (e) { throw err(`"${field}": ${(e as Error).message}`); }
  };
  // DNSControl's default is TCP; "udp" sends small messages over UDP (larger ones still go over TCP).
  const updateMode = (c['update-mode'] || 'tcp').toLowerCase();
  if (updateMode !== 'udp' && updateMode !== 'tcp' && updateMode !== 'tcp-tls') throw err(`"update-mode" must be "tcp", "udp" or "tcp-tls", not "${updateMode}"`);
  const transferMode = (c['transfer-mode'] || 'tcp').toLowerCase();
  if (transferMode !== 'tcp' && transferMode !== 'tcp-tls') throw err(`"transfer-mode" must be "tcp" or "tcp-tls", not "${transferMode}"`);
  return {
    master: { ...parseServer(master), tls: updateMode === 'tcp-tls' },
    transfer: { ...parseServer(c['transfer-server']?.trim() || master), tls: transferMode === 'tcp-tls' },
    nameservers,
    transferKey: key('transfer-key'),
    updateKey: key('update-key'),
    updateMode: updateMode === 'udp' ? 'udp' : 'tcp',
    timeoutMs: timeoutsFromCreds(c, DEFAULT_TIMEOUT_MS).timeoutMs,
    buggyCname: yesNo(c['buggy-cname'], 'buggy-cname', err),
  };
}

function yesNo(v: string | undefined, field: string, err: (m: string) => Error): boolean {
  const x = (v ?? '').trim().toLowerCase();
  if (x === '' || x === 'no' || x === 'false') return false;
  if (x === 'yes' || x === 'true') return true;
  throw err(`"${field}" must be "yes" or "no", not "${v}"`);
}


/** One group of operations per change: a modification is deleted and added in the same message. */
function opsOf(c: Change, zone: string): UpdateOp[] {
  // Plain loops: this runs once per change (10,000s in a large push), spreads and maps add garbage.
  const ops: UpdateOp[] = [];
  for (const rc of c.old) ops.push({ op: 'delete', rr: toAnswer(rc, zone) });
  for (const rc of c.new) ops.push({ op: 'add', rr: toAnswer(rc, zone), early: rc.type === 'NS' && (rc.name === '@' || rc.name === '') });
  return ops;
}

/** Characters in the record fields that can be long (the target; SVCB parameters; NAPTR texts). UTF-8
 *  takes at most 3 bytes per character, so 3× this plus a fixed allowance (owner name, short fields,
 *  numbers) bounds the record's size in an UPDATE without encoding it. Named fields, not a walk over the
 *  record: `filepos` is a lazy getter that would resolve a stack position for every record. */
function textLength(rc: RecordConfig): number {
  switch (rc.type) {
    case 'SVCB': case 'HTTPS': return rc.target.length + (rc.svcparams?.length ?? 0);
    case 'NAPTR': return rc.target.length + (rc.naptrregexp?.length ?? 0) + (rc.naptrservice?.length ?? 0) + (rc.naptrflags?.length ?? 0);
    case 'DS': return rc.target.length + (rc.dsdigest?.length ?? 0);
    default: return rc.target.length;
  }
}

/** The first change too large for one UPDATE message (the unit the server applies atomically), found
 *  before anything is sent. Only changes whose cheap bound is over the limit are encoded to be sure. */
function oversized(changes: Change[], zone: string): { change: Change; error: UpdateTooLargeError } | undefined {
  for (let g = 0; g < changes.length; g++) {
    const c = changes[g]!;
    let bound = 512;
    for (const rc of c.old) bound += 3 * textLength(rc) + 1024;
    for (const rc of c.new) bound += 3 * textLength(rc) + 1024;
    if (bound <= MAX_UPDATE_BYTES) continue;
    const bytes = updateSize(zone, opsOf(c, zone));
    if (bytes > MAX_UPDATE_BYTES) return { change: c, error: new UpdateTooLargeError(g, bytes) };
  }
  return undefined;
}

export class AxfrDdnsProvider implements DnsProvider {
  private readonly s: Settings;
  /** Whether the last transfer of each zone carried DNSSEC records (for the AUTODNSSEC check). */
  private readonly signed = new Map<string, boolean>();
  /** Each zone's last transfer (SOA first): the prerequisites of its UPDATEs are made from it. */
  private readonly read = new Map<string, Answer[]>();
  constructor(s: Settings) { this.s = s; }

  /** creds "nameservers"; without it, the apex NS the zone has now (so a config from get-zones round-trips).
   *  Asked with one NS query to the transfer server, not a second AXFR of the whole zone. */
  async getNameservers(domain: string): Promise<string[]> {
    if (this.s.nameservers.length) return this.s.nameservers;
    try {
      const ns = await query({ server: this.s.transfer, key: this.s.transferKey, timeoutMs: this.s.timeoutMs }, domain, 'NS');
      return ns.map((a) => String((a as { data: unknown }).data).replace(/\.$/, '').toLowerCase());
    } catch (e) {
      throw new ProviderError(NAME, domain, `cannot read the apex NS records (set "nameservers" in creds.json to skip this): ${(e as Error).message}; nothing was applied`, { cause: e });
    }
  }

  async getZoneRecords(domain: string): Promise<RecordConfig[]> {
    try {
      const answers = await axfr({ server: this.s.transfer, zone: domain, key: this.s.transferKey, timeoutMs: this.s.timeoutMs });
      const { records, signed } = fromAnswers(answers, domain);
      this.signed.set(domain, signed);
      this.read.set(domain, answers);
      return records;
    } catch (e) {
      throw new ProviderError(NAME, domain, `cannot read the zone: ${(e as Error).message}; nothing was applied`, { cause: e });
    }
  }

  async listZones(): Promise<string[]> {
    throw new ProviderError(NAME, '', 'a DNS server cannot list its zones: name them on the command line (get-zones creds AXFRDDNS example.com)');
  }

  async getCorrections(dc: DomainConfig, _existing: RecordConfig[], changes: Change[]): Promise<Correction[]> {
    const zone = dc.name;
    const { reports: out, real } = splitReports(changes);
    // Signing is the server's job: AUTODNSSEC is only checked against what the transfer showed.
    const signed = this.signed.get(zone);
    if (dc.auto_dnssec === 'on' && signed === false) out.push({ msg: `WARNING: AUTODNSSEC_ON, but the zone transfer of ${zone} has no DNSKEY or RRSIG records: the server does not sign it` });
    if (dc.auto_dnssec === 'off' && signed === true) out.push({ msg: `WARNING: AUTODNSSEC_OFF, but the zone transfer of ${zone} has DNSSEC records: the server signs it` });
    if (real.length === 0) return out;
    const tooBig = oversized(real, zone);
    if (tooBig) throw new ProviderError(NAME, zone, `${changeLines(tooBig.change).join('; ')}: ${tooBig.error.message}; nothing was applied`);
    const opts = { server: this.s.master, zone, key: this.s.updateKey, mode: this.s.updateMode, timeoutMs: this.s.timeoutMs };
    // One correction for the zone. Its UPDATE messages are encoded while they are sent (message k+1 while
    // the server applies message k) and each is atomic at the server, so a failure names exactly which
    // changes were applied. `sent` holds what really reached the server.
    const lines: string[] = [];
    for (const c of real) for (const l of changeLines(c)) lines.push(l);
    out.push({
      msg: lines.join('\n'),
      run: async () => {
        const sent = new Set<number>();
        let messages = 0;
        // Prerequisites (prereqs.ts): the SOA as read on the first message, the RRsets each message deletes
        // from on every message. Without a transfer to go by (a caller that did not read), none.
        const answers = this.read.get(zone);
        const guard = new RRsetGuard(real, answers, zone);
        let first = { prereqs: soaPrereq(answers) };
        // Usually one phase; with buggy-cname and a CNAME among the changes, deletions are sent first.
        const all = real.map((_, g) => g);
        const phases = this.s.buggyCname && real.some((c) => c.key.type === 'CNAME')
          ? [all.filter((g) => real[g]!.kind === 'delete'), all.filter((g) => real[g]!.kind !== 'delete')].filter((ph) => ph.length)
          : [all];
        try {
          for (const phase of phases) {
            const groups = (function* () { for (const g of phase) yield guard.guard(opsOf(real[g]!, zone)); })();
            await sendUpdates(opts, packUpdates(zone, groups, MAX_UPDATE_BYTES, first), (p) => {
              messages++;
              for (const i of p.groups) sent.add(phase[i]!);
            });
            first = { prereqs: [] };
          }
        } catch (e) {
          const applied = real.filter((_, g) => sent.has(g)).flatMap(changeLines);
          const notApplied = real.filter((_, g) => !sent.has(g)).flatMap(changeLines);
          // No answer (connection lost, timeout): the server may have applied the message it was sent.
          const lost = !(e instanceof DnsResponseError);
          const summary = (applied.length === 0 ? (lost ? 'nothing was applied before it' : 'nothing was applied, the zone is unchanged')
            : `${sent.size} of ${real.length} changes were applied by ${messages} earlier UPDATE message${messages === 1 ? '' : 's'}; ${lost ? 'the rest were not' : 'this message and the rest were not'}`)
            + (lost ? `; UPDATE ${messages + 1} got no answer: it may have been applied or not (preview shows what is left)` : '');
          // BIND gives its reason only in its log; say where to look.
          const hint = e instanceof DnsResponseError && e.rcode === 'REFUSED'
            ? ' (the server\'s log says why: e.g. the key may not update this zone, or a post-update check failed such as an in-zone NS/MX/SRV target without an address)' : '';
          const changed = e instanceof DnsResponseError && PREREQ_RCODES.has(e.rcode);
          const why = changed ? `zone changed since it was read: ${(e as Error).message} (a prerequisite failed: ${messages === 0
            ? 'the SOA serial is no longer the one the transfer read' : 'an RRset this message deletes from or replaces is not as it was read'}); preview again`
            : e instanceof DnsResponseError ? (e as Error).message : `UPDATE to ${fmtServer(this.s.master)} failed: ${(e as Error).message}`;
          throw new ProviderError(NAME, zone, `${why}${hint}; ${summary}`, { cause: e, applied, notApplied });
        }
      },
    });
    return out;
  }
}

