// OPENSRS as a registrar: the domain's nameserver_list (if it is not locked) set as one assigned list.
import type { DomainConfig } from '../../ir/types.js';
import type { Correction, ProviderContext, Registrar } from '../types.js';
import { delegationCorrections, desiredNameservers } from '../_core/delegation.js';
import { OpensrsApi } from './api.js';

export class OpensrsRegistrar implements Registrar {
  readonly api: OpensrsApi;

  constructor(ctx: ProviderContext) {
    this.api = new OpensrsApi(ctx.creds);
  }

  async getRegistrarCorrections(dc: DomainConfig): Promise<Correction[]> {
    const have = await this.api.nameservers(dc.name);
    return delegationCorrections({ live: have, want: desiredNameservers(dc), set: (names) => this.api.setNameservers(dc.name, names) });
  }
}
