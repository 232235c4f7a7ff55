// DNSOVERHTTPS: a read-only "registrar". It reads the delegation as a public resolver sees it (an NS query
// over DNS-over-HTTPS) and shows a difference as one correction, as DNSControl does; that correction cannot
// be applied: push fails it, saying what to set by hand at the real registrar.
import type { DomainConfig } from '../../ir/types.js';
import type { Correction, ProviderContext, Registrar } from '../types.js';
import { delegationCorrections, desiredNameservers } from '../_core/delegation.js';
import { DohApi, NAME } from './api.js';

export class DohRegistrar implements Registrar {
  readonly api: DohApi;

  constructor(ctx: ProviderContext) {
    this.api = new DohApi(ctx.creds);
  }

  async getRegistrarCorrections(dc: DomainConfig): Promise<Correction[]> {
    const want = desiredNameservers(dc);
    // No `set`, and no `delegation` either: nothing here changes a delegation, so the safety limits have
    // nothing to weigh; the correction's run is the manual step it asks for.
    return delegationCorrections({ live: await this.api.nameservers(dc.name), want }).map((c) => ({
      msg: c.msg,
      run: () => Promise.reject(new Error(`${NAME} is read-only: set the nameservers of ${dc.name} to ${want.join(', ') || '(none)'} at its registrar by hand`)),
    }));
  }
}
