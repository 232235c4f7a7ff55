// Route 53 through the official AWS SDK v3 (SigV4 signing, REST-XML), with its HTTP going through
// the shared layer (see sdk-handler.ts).
import {
  ChangeResourceRecordSetsCommand, CreateHostedZoneCommand, GetHostedZoneCommand, ListHostedZonesCommand,
  ListResourceRecordSetsCommand, Route53Client, type Change, type HostedZone, type ResourceRecordSet, type Route53ClientConfig,
} from '@aws-sdk/client-route-53';
import { HttpClient, type HttpClientOptions } from '../_http/client.js';
import { collectPages } from '../_http/paging.js';
import { LayerRequestHandler } from './sdk-handler.js';

export interface Route53Creds {
  accessKeyId?: string;
  secretAccessKey?: string;
  sessionToken?: string;
  delegationSet?: string;
}

/** Throttling is HTTP 400 with an XML error code, not a 429. */
const isThrottle = (status: number, body: string) =>
  status === 400 && /<Code>(Throttling|PriorRequestNotComplete|ThrottlingException)<\/Code>/.test(body);

export class Route53Api {
  readonly http: HttpClient;
  readonly #client: Route53Client;
  readonly #delegationSet: string | undefined;
  #zones: Promise<HostedZone[]> | undefined;

  constructor(c: Route53Creds, http: Partial<HttpClientOptions>) {
    this.http = new HttpClient({
      provider: 'ROUTE53', baseUrl: http.baseUrl ?? 'https://route53.amazonaws.com', concurrency: 2, ratePerSecond: 5, ...http,
      secrets: [c.secretAccessKey, c.sessionToken], isThrottle,
    });
    const config: Route53ClientConfig = {
      region: 'us-east-1',
      maxAttempts: 1,
      requestHandler: new LayerRequestHandler(this.http) as unknown as Route53ClientConfig['requestHandler'],
    };
    if (http.baseUrl) config.endpoint = http.baseUrl;
    // The SDK would print a Node-version notice on stderr at the first call; library code never prints,
    // and dnscode supports Node 20. (Respects a value the user set.)
    process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= 'true';
    // Without a key pair the SDK's default chain applies (env, profile, instance role), as in DNSControl.
    if (c.accessKeyId && c.secretAccessKey) config.credentials = { accessKeyId: c.accessKeyId, secretAccessKey: c.secretAccessKey, sessionToken: c.sessionToken || undefined };
    this.#client = new Route53Client(config);
    this.#delegationSet = c.delegationSet || undefined;
  }

  /** The credentials the SDK resolved (the creds entry's key pair, or AWS's default chain), for the Route 53
   *  Domains client, which signs its own requests. */
  async credentials(): Promise<{ accessKeyId: string; secretAccessKey: string; sessionToken?: string }> {
    return this.#client.config.credentials();
  }

  listZones(): Promise<HostedZone[]> {
    this.#zones ??= collectPages<HostedZone, string>('', async (marker) => {
      const r = await this.#client.send(new ListHostedZonesCommand({ Marker: marker || undefined, MaxItems: 100 }));
      return { items: r.HostedZones ?? [], next: r.IsTruncated ? r.NextMarker : null };
    });
    return this.#zones;
  }

  /** The hosted zone id for a domain: R53_ZONE's id when given, else the (first) public zone of that name. */
  async zoneId(domain: string, pinned?: string): Promise<string | undefined> {
    if (pinned) return pinned;
    const z = (await this.listZones()).find((x) => x.Name?.replace(/\.$/, '').toLowerCase() === domain && !x.Config?.PrivateZone);
    return z?.Id?.replace(/^\/hostedzone\//, '');
  }

  async nameservers(zoneId: string): Promise<string[]> {
    const r = await this.#client.send(new GetHostedZoneCommand({ Id: zoneId }));
    return r.DelegationSet?.NameServers ?? [];
  }

  async createZone(domain: string): Promise<void> {
    await this.#client.send(new CreateHostedZoneCommand({
      Name: domain, CallerReference: `dnscode-${domain}-${Date.now()}`, DelegationSetId: this.#delegationSet,
    }));
    this.#zones = undefined;
  }

  /** Every rrset, following NextRecordName/NextRecordType (300 per page). */
  listRRSets(zoneId: string): Promise<ResourceRecordSet[]> {
    type Cursor = { name?: string; type?: string };
    return collectPages<ResourceRecordSet, Cursor>({}, async (c) => {
      const r = await this.#client.send(new ListResourceRecordSetsCommand({
        HostedZoneId: zoneId, StartRecordName: c.name, StartRecordType: c.type as never, MaxItems: 300,
      }));
      return { items: r.ResourceRecordSets ?? [], next: r.IsTruncated ? { name: r.NextRecordName, type: r.NextRecordType } : null };
    });
  }

  async change(zoneId: string, changes: Change[]): Promise<void> {
    await this.#client.send(new ChangeResourceRecordSetsCommand({ HostedZoneId: zoneId, ChangeBatch: { Changes: changes } }));
  }
}
