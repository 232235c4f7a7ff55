// Reading zones while the config is still being evaluated. The evaluator is its own process, on its own core;
// until its result arrives dnscode's core waits. The evaluator announces each D() as it runs (a hint:
// src/isolate/child.ts), and providers whose reads are local and change nothing (ProviderType.readAhead:
// BIND's zone files) read and parse those zones now. The provider checks, when the zone is really read, that
// what was read ahead is still current; a zone that ends up filtered out or refused was read for nothing,
// which costs time but changes nothing.
import { resolveProvider } from '../creds/resolve.js';
import type { Creds } from '../creds/load.js';
import { toASCII } from '../_util/names.js';
import type { SeenDomain } from '../isolate/evaluate.js';
import { getProviderType } from '../providers/registry.js';
import type { ProviderContext, ZoneToRead } from '../providers/types.js';
import type { SharedByCredkey } from './providers.js';

/** Plain domain names only (letters, digits, "-", "_", "/" of RFC 2317, "." between labels): a hint comes from
 *  the config's code and is not yet validated, so anything else is not read ahead. */
const PLAIN_NAME = /^(?:[a-z0-9_/-]+\.)*[a-z0-9_/-]+$/;
const PLAIN_TAG = /^[a-z0-9_-]*$/i;

/** `D("name"` and `NewDnsProvider("name"` in a config's text (a string literal in either quote; linear). */
const D_CALL = /\bD\(\s*(["'])([^"'\\\r\n]{1,300})\1/g;
const NEW_DNS_PROVIDER = /\bNewDnsProvider\(\s*(["'])([^"'\\\r\n]{1,300})\1/g;

export interface ReadAheadOptions {
  creds: Creds;
  shared: SharedByCredkey;
  flags: ProviderContext['flags'];
  /** --domains and --providers: zones the run will not read are not read ahead either. */
  domainOk: (name: string, tag: string | undefined) => boolean;
  providerOk: (credkey: string) => boolean;
}

/** A zone to read ahead, for one provider. */
interface Queued {
  credkey: string;
  zone: ZoneToRead;
}

/** How long the queue is read before dnscode's event loop gets a turn (to take the evaluator's messages). */
const SLICE_MS = 20;

export class ReadAhead {
  #open = true;
  readonly #readers = new Map<string, Promise<((zone: ZoneToRead) => void) | undefined>>();
  /** Each provider's reader once its promise has settled: the queue calls it without awaiting. */
  readonly #ready = new Map<string, ((zone: ZoneToRead) => void) | undefined>();
  /** Zones to read, in the order announced; `#next` is the first not read yet. */
  #queue: Queued[] = [];
  #next = 0;
  #pumping = false;
  readonly #done = new Set<string>();
  /** Names as announced, with their providers: the same domain comes once from the config's text (hint) and
   *  once from the evaluator, and the second costs one lookup instead of the checks and the IDNA of the first. */
  readonly #announced = new Set<string>();
  readonly #opts: ReadAheadOptions;

  constructor(opts: ReadAheadOptions) {
    this.#opts = opts;
  }

  /** Queue the zones of domains the evaluator just declared (one at a time, in the order declared). */
  seen(domains: SeenDomain[]): void {
    for (const d of domains) {
      if (!this.#open) return;
      const as = `${d.name}\n${d.dnsProviders.join('\n')}`;
      if (this.#announced.has(as)) continue;
      this.#announced.add(as);
      const bang = d.name.indexOf('!');
      const raw = bang < 0 ? d.name : d.name.slice(0, bang);
      const tag = bang < 0 ? '' : d.name.slice(bang + 1);
      if (!/^[\x21-\x7e]+$/.test(raw) || !PLAIN_TAG.test(tag)) continue;
      const ascii = toASCII(raw).replace(/\.$/, '');
      if (!PLAIN_NAME.test(ascii) || ascii.includes('..') || !this.#opts.domainOk(raw, bang < 0 ? undefined : tag)) continue;
      for (const credkey of d.dnsProviders) {
        const key = `${credkey}\n${ascii}\n${tag}`;
        if (this.#done.has(key) || !this.#opts.providerOk(credkey)) continue;
        this.#done.add(key);
        this.#queue.push({ credkey, zone: { ascii, tag, raw } });
      }
    }
    if (!this.#pumping && this.#next < this.#queue.length) {
      this.#pumping = true;
      void this.#pump();
    }
  }

  /**
   * Reads the queued zones in order, synchronously while their provider's reader is ready: a promise per zone
   * cost more than the read of a small zone file. Every SLICE_MS the event loop gets a turn, so that the
   * evaluator's result is taken as it arrives, and `stop()` ends reading ahead.
   */
  async #pump(): Promise<void> {
    let sliceEnd = performance.now() + SLICE_MS;
    while (this.#open && this.#next < this.#queue.length) {
      const { credkey, zone } = this.#queue[this.#next++]!;
      let read = this.#ready.get(credkey);
      if (!this.#ready.has(credkey)) {
        read = await this.#reader(credkey);
        this.#ready.set(credkey, read);
        // Checked after the await: once the run reads zones itself, reading ahead would only repeat it.
        if (!this.#open) break;
      }
      try {
        read?.(zone);
      } catch {
        // A zone that cannot be read ahead is read (and its error reported) later.
      }
      if (performance.now() >= sliceEnd) {
        await new Promise((resolve) => setImmediate(resolve));
        sliceEnd = performance.now() + SLICE_MS;
      }
    }
    if (this.#next === this.#queue.length) {
      this.#queue = [];
      this.#next = 0;
    }
    this.#pumping = false;
  }

  /**
   * Zones named in the main config file's text, read while the evaluator is still compiling it. V8 compiles a
   * whole script before running any of it (about 4 s for a 35 MB config of a million records), so the first
   * D() is announced only after that; the text, scanned for `D("name"` and `NewDnsProvider("name"` literals,
   * names them at once. A guess, as the announcements are: a name in a comment is read for nothing. Used only
   * when the config names exactly one provider that reads ahead, so that no zone is read for a provider that
   * will not use it.
   */
  hint(code: string): void {
    const providers = new Set<string>();
    for (const m of code.matchAll(NEW_DNS_PROVIDER)) providers.add(m[2]!);
    const readers = [...providers].filter((p) => this.#readsAhead(p));
    if (readers.length !== 1) return;
    const names: SeenDomain[] = [];
    for (const m of code.matchAll(D_CALL)) names.push({ name: m[2]!, dnsProviders: readers });
    this.seen(names);
  }

  /** Whether creds.json's entry `credkey` is a provider that reads ahead (without starting its reader). */
  #readsAhead(credkey: string): boolean {
    if (!this.#opts.providerOk(credkey)) return false;
    try {
      return !!this.#readAheadOf(credkey);
    } catch {
      return false;
    }
  }

  /** creds.json's entry `credkey` resolved, and its provider type's readAhead, if it has one. */
  #readAheadOf(credkey: string) {
    const { creds } = this.#opts;
    if (!Object.hasOwn(creds, credkey)) return undefined;
    const resolved = resolveProvider(creds, credkey, undefined);
    const readAhead = getProviderType(resolved.type)?.readAhead;
    return readAhead && { resolved, readAhead };
  }

  /** The config is evaluated: from now on the run reads zones itself. */
  stop(): void {
    this.#open = false;
    this.#queue = [];
    this.#next = 0;
  }

  #reader(credkey: string): Promise<((zone: ZoneToRead) => void) | undefined> {
    let r = this.#readers.get(credkey);
    if (!r) {
      r = (async () => {
        const found = this.#readAheadOf(credkey);
        if (!found) return undefined;
        return await found.readAhead({ credkey, creds: found.resolved.creds, meta: {}, flags: this.#opts.flags, shared: this.#opts.shared.of(credkey) });
      })().catch(() => undefined);
      this.#readers.set(credkey, r);
    }
    return r;
  }
}
