// CNR (and HEXONET) as a registrar: StatusDomain's NAMESERVER property set as one list with ModifyDomain.
import type { DomainConfig } from '../../ir/types.js';
import type { Correction, ProviderContext, Registrar } from '../types.js';
import { delegationCorrections, desiredNameservers } from '../_core/delegation.js';
import { CNR, CnrApi, HEXONET } from './api.js';

export class CnrRegistrar implements Registrar {
  readonly api: CnrApi;

  constructor(ctx: ProviderContext, flavour: 'CNR' | 'HEXONET' = 'CNR') {
    this.api = new CnrApi(flavour === 'CNR' ? CNR : HEXONET, ctx.creds);
  }

  async getRegistrarCorrections(dc: DomainConfig): Promise<Correction[]> {
    const have = await this.api.nameservers(dc.name);
    return delegationCorrections({ live: have, want: desiredNameservers(dc), set: (names) => this.api.setNameservers(dc.name, names) });
  }
}
