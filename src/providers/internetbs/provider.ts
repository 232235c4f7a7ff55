// INTERNETBS as a registrar: the domain's delegation (Domain/Info "nameserver") set as one list (Domain/Update Ns_list).
import type { DomainConfig } from '../../ir/types.js';
import type { Correction, ProviderContext, Registrar } from '../types.js';
import { delegationCorrections, desiredNameservers } from '../_core/delegation.js';
import { InternetbsApi } from './api.js';

export class InternetbsRegistrar implements Registrar {
  readonly api: InternetbsApi;

  constructor(ctx: ProviderContext) {
    this.api = new InternetbsApi(ctx.creds);
  }

  async getRegistrarCorrections(dc: DomainConfig): Promise<Correction[]> {
    const have = await this.api.nameservers(dc.name);
    return delegationCorrections({ live: have, want: desiredNameservers(dc), set: (names) => this.api.setNameservers(dc.name, names) });
  }
}
