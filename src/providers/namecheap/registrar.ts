// NAMECHEAP as a registrar: the delegation of a domain registered with Namecheap, set as one list. It shares
// the DNS provider's creds entry and client (one limiter: Namecheap counts calls per user, 405 retried).
// Read: namecheap.domains.getInfo DomainName=<d> → DomainGetInfoResult/DnsDetails/Nameserver (Namecheap's
// own servers while the domain uses its DNS). Write: namecheap.domains.dns.setCustom SLD=&TLD=&Nameservers=
// <comma list>, answered <DomainDNSSetCustomResult Updated="true">; it sets the whole list, so sending it
// again after no answer is safe. SLD and TLD are split at the first dot, as DNSControl does.
import type { DomainConfig } from '../../ir/types.js';
import { ProviderError } from '../../errors.js';
import type { Correction, ProviderContext, Registrar } from '../types.js';
import { delegationCorrections, desiredNameservers } from '../_core/delegation.js';
import { sharedClient } from '../_core/shared.js';
import { NamecheapApiError, NamecheapClient, NAME, splitDomain } from './api.js';
import { findAll, findFirst } from './xml.js';

export class NamecheapRegistrar implements Registrar {
  readonly api: NamecheapClient;

  constructor(ctx: ProviderContext) {
    this.api = sharedClient(ctx, NAME, () => new NamecheapClient(ctx.creds));
  }

  async nameservers(domain: string): Promise<string[]> {
    const resp = await this.#named(domain, () => this.api.call('namecheap.domains.getInfo', { DomainName: domain }));
    const dns = findFirst(resp, 'DnsDetails');
    if (!dns) throw new ProviderError(NAME, domain, 'namecheap.domains.getInfo answered no DnsDetails');
    const names = findAll(dns, 'Nameserver').map((n) => n.text.trim()).filter(Boolean);
    if (names.length === 0) throw new ProviderError(NAME, domain, 'namecheap.domains.getInfo answered no Nameserver in DnsDetails');
    return names;
  }

  async setNameservers(domain: string, names: string[]): Promise<void> {
    const resp = await this.#named(domain, () => this.api.call('namecheap.domains.dns.setCustom', { ...splitDomain(domain), Nameservers: names.join(',') }));
    const r = findFirst(resp, 'DomainDNSSetCustomResult');
    if (r?.attrs.Updated?.toLowerCase() !== 'true') {
      throw new ProviderError(NAME, domain, `namecheap.domains.dns.setCustom did not answer Updated="true" (${r ? `Updated=${JSON.stringify(r.attrs.Updated ?? '')}` : 'no DomainDNSSetCustomResult'})`);
    }
  }

  /** Namecheap's refusals name the command, not the domain: say which domain. */
  async #named<T>(domain: string, f: () => Promise<T>): Promise<T> {
    try { return await f(); } catch (e) {
      if (e instanceof NamecheapApiError) throw new ProviderError(NAME, domain, e.message.replace(new RegExp(`^${NAME}: `), ''), { cause: e });
      throw e;
    }
  }

  async getRegistrarCorrections(dc: DomainConfig): Promise<Correction[]> {
    const have = await this.nameservers(dc.name);
    return delegationCorrections({ live: have, want: desiredNameservers(dc), set: async (names) => { await this.setNameservers(dc.name, names); } });
  }
}
