// The explicit list of provider types. Adding a provider: its folder plus one line here.
import type { ProviderType } from './types.js';
import { none } from './none/index.js';
import { bind } from './bind/index.js';
import { cloudflare } from './cloudflare/index.js';
import { route53 } from './route53/index.js';
import { digitalocean } from './digitalocean/index.js';
import { desec } from './desec/index.js';
import { hetznerv2 } from './hetznerv2/index.js';
import { hetzner } from './hetzner/index.js';
import { gandiv5 } from './gandiv5/index.js';
import { gcloud } from './gcloud/index.js';
import { azuredns } from './azuredns/index.js';
import { axfrddns } from './axfrddns/index.js';
import { powerdns } from './powerdns/index.js';
import { dnsimple } from './dnsimple/index.js';
import { linode } from './linode/index.js';
import { vultr } from './vultr/index.js';
import { namedotcom } from './namedotcom/index.js';
import { netcup } from './netcup/index.js';
import { cloudns } from './cloudns/index.js';
import { ns1 } from './ns1/index.js';
import { inwx } from './inwx/index.js';
import { ovh } from './ovh/index.js';
import { softlayer } from './softlayer/index.js';
import { namecheap } from './namecheap/index.js';
import { oracle } from './oracle/index.js';
import { internetbs } from './internetbs/index.js';
import { cscglobal } from './cscglobal/index.js';
import { cnr } from './cnr/index.js';
import { hexonet } from './hexonet/index.js';
import { opensrs } from './opensrs/index.js';
import { doh } from './doh/index.js';

const PROVIDERS: ProviderType[] = [
  none,
  bind,
  cloudflare,
  route53,
  digitalocean,
  desec,
  hetzner,
  hetznerv2,
  gandiv5,
  gcloud,
  azuredns,
  axfrddns,
  powerdns,
  dnsimple,
  linode,
  vultr,
  namedotcom,
  netcup,
  cloudns,
  ns1,
  inwx,
  ovh,
  softlayer,
  namecheap,
  oracle,
  internetbs,
  cscglobal,
  cnr,
  hexonet,
  opensrs,
  doh,
];

const byName = new Map(PROVIDERS.map((p) => [p.name, p]));

export function getProviderType(name: string): ProviderType | undefined {
  return byName.get(name);
}

export function allProviderTypes(): readonly ProviderType[] {
  return PROVIDERS;
}
