// OVH as a registrar: the delegation of a domain registered with OVH (the /domain/{d} API section, not the
// /domain/zone one), set as one list. It shares the DNS provider's creds entry and signed client.
// Read: GET /domain/{d}/nameServer (ids; 404: not registered with this account) and GET
// /domain/{d}/nameServer/{id} ({id, host, ip, isUsed, toDelete}); a server OVH is removing (toDelete) no
// longer counts. Write: PUT /domain/{d} {nameServerType:"external"} (a domain in "hosted" mode keeps
// OVH's servers and refuses an update), then POST /domain/{d}/nameServers/update {nameServers:[{host}]},
// which answers a task; a task with status "error" is a failure. OVH runs the task later: the nameServer
// list shows the new servers at once and the old ones as toDelete until it has.
import type { DomainConfig } from '../../ir/types.js';
import { ProviderError } from '../../errors.js';
import type { Correction, ProviderContext, Registrar } from '../types.js';
import { delegationCorrections, desiredNameservers } from '../_core/delegation.js';
import { sharedClient } from '../_core/shared.js';
import { NAME, ovhClient, type OvhClient } from './api.js';

interface OvhNameServer { id?: number; host?: unknown; toDelete?: unknown }
interface OvhTask { id?: number; status?: string; comment?: string; function?: string }

export class OvhRegistrar implements Registrar {
  readonly client: OvhClient;

  constructor(ctx: ProviderContext) {
    this.client = sharedClient(ctx, NAME, () => ovhClient(ctx.creds));
  }

  /** The servers the registry has (or will have once OVH's task runs), without those being removed. */
  async nameservers(domain: string): Promise<string[]> {
    const ids = await this.client.call<number[]>('GET', `/domain/${domain}/nameServer`, undefined, [404]);
    if (ids === undefined) throw new ProviderError(NAME, domain, 'no such domain registered with this OVH account (GET /domain/{domain}/nameServer: 404)');
    if (!Array.isArray(ids) || ids.some((i) => !Number.isSafeInteger(i))) {
      throw new ProviderError(NAME, domain, `GET /domain/${domain}/nameServer did not answer a list of ids`);
    }
    const all = await Promise.all(ids.map((id) => this.client.call<OvhNameServer>('GET', `/domain/${domain}/nameServer/${id}`, undefined, [404])));
    const hosts: string[] = [];
    for (const ns of all) {
      // Removed between the list and its GET (404): gone.
      if (ns === undefined || ns === null) continue;
      if (typeof ns !== 'object' || typeof ns.host !== 'string' || ns.host === '') {
        throw new ProviderError(NAME, domain, `GET /domain/${domain}/nameServer/{id} answered a server without a host name`);
      }
      if (ns.toDelete === true) continue;
      hosts.push(ns.host);
    }
    return hosts;
  }

  async setNameservers(domain: string, names: string[]): Promise<void> {
    await this.client.call('PUT', `/domain/${domain}`, { nameServerType: 'external' });
    const task = await this.client.call<OvhTask>('POST', `/domain/${domain}/nameServers/update`, { nameServers: names.map((host) => ({ host })) });
    if (task && typeof task === 'object' && task.status === 'error') {
      throw new ProviderError(NAME, domain, `the nameserver update task${task.id !== undefined ? ` ${task.id}` : ''} failed${task.comment ? `: ${task.comment}` : ''}`);
    }
  }

  async getRegistrarCorrections(dc: DomainConfig): Promise<Correction[]> {
    const have = await this.nameservers(dc.name);
    return delegationCorrections({ live: have, want: desiredNameservers(dc), set: async (names) => { await this.setNameservers(dc.name, names); } });
  }
}
