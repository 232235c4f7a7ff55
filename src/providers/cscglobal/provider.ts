// CSCGLOBAL as a registrar: the domain's `nameservers` set as one list by a nameserver-modification order.
import type { DomainConfig } from '../../ir/types.js';
import { ProviderError } from '../../errors.js';
import type { Correction, ProviderContext, Registrar } from '../types.js';
import { delegationCorrections, nameserverSet } from '../_core/delegation.js';
import { CscglobalApi, NAME } from './api.js';

export class CscglobalRegistrar implements Registrar {
  readonly api: CscglobalApi;

  constructor(ctx: ProviderContext) {
    this.api = new CscglobalApi(ctx.creds);
  }

  async getRegistrarCorrections(dc: DomainConfig): Promise<Correction[]> {
    const names = (dc.nameservers ?? []).map((n) => n.name);
    // As in DNSControl: the domain's nameservers never end with a dot; one that does is a bug upstream, not
    // something to send to CSC.
    const dotted = names.find((n) => n.endsWith('.'));
    if (dotted) throw new ProviderError(NAME, dc.name, `nameserver "${dotted}" ends with a dot; nameservers are names without the final dot`);
    const have = await this.api.nameservers(dc.name);
    return delegationCorrections({ live: have, want: nameserverSet(names), set: (list) => this.api.setNameservers(dc.name, list) });
  }
}
