// ROUTE53 as a registrar: the delegation of a domain registered with Route 53 Domains, set as one list. It
// shares the DNS provider's creds entry (KeyId/SecretKey/Token, or AWS's default chain through the SDK).
import type { DomainConfig } from '../../ir/types.js';
import { httpOptionsFromCreds } from '../_http/creds-options.js';
import type { Correction, ProviderContext, Registrar } from '../types.js';
import { delegationCorrections, desiredNameservers } from '../_core/delegation.js';
import { Route53Api } from './api.js';
import { Route53DomainsApi } from './domains.js';

export class Route53Registrar implements Registrar {
  readonly api: Route53DomainsApi;

  constructor(ctx: ProviderContext) {
    const c = ctx.creds;
    const http = httpOptionsFromCreds(c);
    const route53 = new Route53Api({ accessKeyId: c.KeyId, secretAccessKey: c.SecretKey, sessionToken: c.Token }, http);
    // `domains_base_url` (tests, proxies) or, when only `base_url` is given, the same endpoint.
    const baseUrl = c.domains_base_url || http.baseUrl;
    this.api = new Route53DomainsApi(() => route53.credentials(), { ...http, baseUrl }, [c.SecretKey, c.Token]);
  }

  async getRegistrarCorrections(dc: DomainConfig): Promise<Correction[]> {
    const have = await this.api.nameservers(dc.name);
    return delegationCorrections({ live: have, want: desiredNameservers(dc), set: async (names) => { await this.api.setNameservers(dc.name, names); } });
  }
}
