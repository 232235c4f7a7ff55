// A fake Namecheap XML API, following Namecheap's API documentation (namecheap.com/support/api/intro,
// …/global-parameters (ApiUser, ApiKey, UserName, ClientIp, Command; the global error numbers 1011102
// "Parameter APIKey is invalid", 1011150 "Parameter RequestIP is invalid"), …/methods/domains/get-list
// (Page, PageSize 10–100, default 20; Paging/TotalItems), …/methods/domains-dns/get-hosts and …/set-hosts
// (numbered HostNameN/RecordTypeN/AddressN/MXPrefN/TTLN, the whole list replaced, TTL 60–60000, EmailType,
// POST for many hosts)) and DNSControl's providers/namecheap (billputer/go-namecheap): one endpoint
// /xml.response, parameters in the query (GET) or a form body (POST), every answer HTTP 200 with
// <ApiResponse Status="OK|ERROR">, failures included. Kept: a fresh domain shows the parking pair (a www CNAME
// to parkingpage.namecheap.com and a URL redirect), apex NS are Namecheap's and not listed, domains in
// `foreignDns` use other name servers (error 2030288), domains in `unregistered` are not the account's (2019166
// "Domain not found"), TXT with a double quote is refused, and MX hosts are applied only with EmailType=MX
// (unconfirmed: the setHosts page says MX records need that EmailType). Throttling is HTTP 405 (DNSControl
// retries on "unexpected status code from api: 405"); in fault mode a 429 is answered that way, a 5xx as an
// edge would. No sessions and no clock: every call is authenticated by its own parameters.
// The registrar calls: namecheap.domains.getInfo (…/methods/domains/get-info: DomainName; DomainGetInfoResult
// with DnsDetails ProviderType/IsUsingOurDNS and one <Nameserver> per server) and namecheap.domains.dns.
// setCustom (…/methods/domains-dns/set-custom: SLD, TLD, Nameservers comma list up to 1,200 characters;
// DomainDNSSetCustomResult Updated="true"; error 2019166 "Domain not found"), read and sent as DNSControl's
// providers/namecheap does. getInfo knows only the account's domains (added by addDomain, or met by the DNS
// calls), never adds one; a domain on custom servers no longer uses Namecheap's DNS (2030288 for getHosts),
// as the setCustom page warns. At least two servers are required (unconfirmed, as most registries do).
import { startFake, type FakeRequest, type FakeResponse, type FakeServer } from '../_server.js';
import { defineFake } from '../fake.js';

export interface NcHost { HostId: string; Name: string; Type: string; Address: string; MXPref: string; TTL: string }
interface Domain { name: string; hosts: NcHost[]; emailType: string; nameservers: string[] }
const OUR_NS = ['dns1.registrar-servers.com', 'dns2.registrar-servers.com'];
const HOST_RE = /^(?=.{1,253}$)([a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$/i;

export interface NamecheapFake extends FakeServer {
  apiUser: string;
  apiKey: string;
  /** ClientIp values the account whitelists. */
  whitelist: Set<string>;
  domains: Map<string, Domain>;
  unregistered: Set<string>;
  foreignDns: Set<string>;
  /** Every setHosts call's parameters (to check that the whole zone was sent). */
  setHostsCalls: URLSearchParams[];
  /** Every setCustom call's parameters. */
  setCustomCalls: URLSearchParams[];
  /** The account's domains, as domains.getList lists them (those asked about are added as they are met). */
  addDomain(name: string, hosts?: Array<Omit<NcHost, 'HostId'>>, emailType?: string): Domain;
}

const TYPES = new Set(['A', 'AAAA', 'ALIAS', 'CAA', 'CNAME', 'MX', 'MXE', 'NS', 'TXT', 'URL', 'URL301', 'FRAME']);
const esc = (s: string) => s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' })[c]!);
class NcError extends Error { readonly num: string; constructor(num: string, msg: string) { super(msg); this.num = num; } }

const envelope = (command: string, inner: string, errors: Array<[string, string]> = []): FakeResponse => ({
  status: 200,
  headers: { 'content-type': 'text/xml; charset=utf-8' },
  body: `<?xml version="1.0" encoding="utf-8"?>\n<ApiResponse Status="${errors.length ? 'ERROR' : 'OK'}" xmlns="http://api.namecheap.com/xml.response">` +
    `<Errors>${errors.map(([n, m]) => `<Error Number="${n}">${esc(m)}</Error>`).join('')}</Errors><Warnings />` +
    `<RequestedCommand>${esc(command)}</RequestedCommand>${inner ? `<CommandResponse Type="${esc(command)}">${inner}</CommandResponse>` : ''}` +
    `<Server>FAKE-API</Server><GMTTimeDifference>--5:00</GMTTimeDifference><ExecutionTime>0.01</ExecutionTime></ApiResponse>`,
});

export async function startNamecheapFake(opts: { seed?: number } = {}): Promise<NamecheapFake> {
  const apiUser = 'ncuser';
  const apiKey = `nckey${Math.random().toString(36).slice(2)}${Math.random().toString(36).slice(2)}`;
  const domains = new Map<string, Domain>();
  let nextId = 100;
  let fake!: NamecheapFake;

  const addDomain = (name: string, hosts?: Array<Omit<NcHost, 'HostId'>>, emailType = 'FWD'): Domain => {
    const d: Domain = {
      name,
      hosts: (hosts ?? [
        { Name: 'www', Type: 'CNAME', Address: 'parkingpage.namecheap.com.', MXPref: '10', TTL: '1800' },
        { Name: '@', Type: 'URL', Address: `http://www.${name}/`, MXPref: '10', TTL: '1800' },
      ]).map((h) => ({ ...h, HostId: String(nextId++) })),
      emailType,
      nameservers: [...OUR_NS],
    };
    domains.set(name, d);
    return d;
  };

  const domainOf = (p: URLSearchParams): Domain => {
    const sld = (p.get('SLD') ?? '').toLowerCase();
    const tld = (p.get('TLD') ?? '').toLowerCase();
    if (!sld || !tld) throw new NcError('2011166', 'Parameter SLD or TLD is missing');
    const name = `${sld}.${tld}`;
    if (fake.unregistered.has(name)) throw new NcError('2019166', 'Domain not found');
    if (fake.foreignDns.has(name)) throw new NcError('2030288', 'Cannot complete this command as this domain is not using proper DNS servers');
    return domains.get(name) ?? addDomain(name);
  };

  const hostXml = (h: NcHost) =>
    `<host HostId="${h.HostId}" Name="${esc(h.Name)}" Type="${h.Type}" Address="${esc(h.Address)}" MXPref="${h.MXPref}" TTL="${h.TTL}" AssociatedAppTitle="" FriendlyName="" IsActive="true" IsDDNSEnabled="false" />`;

  const setHosts = (d: Domain, p: URLSearchParams): void => {
    const hosts: NcHost[] = [];
    // One lookup table: URLSearchParams.get is a linear scan, and a zone is thousands of parameters.
    const q = new Map(p.entries());
    for (let n = 1; q.has(`HostName${n}`); n++) {
      const Name = q.get(`HostName${n}`)!.toLowerCase();
      const Type = (q.get(`RecordType${n}`) ?? '').toUpperCase();
      const Address = q.get(`Address${n}`) ?? '';
      const TTL = q.get(`TTL${n}`) ?? '1800';
      const MXPref = q.get(`MXPref${n}`) ?? '10';
      if (!TYPES.has(Type)) throw new NcError('2050900', `Invalid RecordType${n}: ${Type}`);
      if (!/^(@|\*|(\*\.)?[a-z0-9_]([a-z0-9_-]*[a-z0-9_])?(\.[a-z0-9_]([a-z0-9_-]*[a-z0-9_])?)*)$/.test(Name)) throw new NcError('2050900', `Invalid HostName${n}: ${Name}`);
      if (!/^\d+$/.test(TTL) || Number(TTL) < 60 || Number(TTL) > 60000) throw new NcError('2050900', `Invalid TTL${n}: ${TTL} (60 to 60000)`);
      if (Type === 'TXT' && Address.includes('"')) throw new NcError('2050900', `Invalid Address${n}: double quotes are not allowed`);
      if (Type !== 'TXT' && Address === '') throw new NcError('2050900', `Address${n} is missing`);
      if (Type === 'NS' && Name === '@') throw new NcError('2050900', 'NS records for @ cannot be changed');
      if (Type === 'MX' && !/^\d+$/.test(MXPref)) throw new NcError('2050900', `Invalid MXPref${n}`);
      hosts.push({ HostId: '', Name, Type, Address, MXPref, TTL });
    }
    const emailType = (p.get('EmailType') ?? d.emailType).toUpperCase();
    // Checked in full first, then the whole list replaced: MX hosts count only with EmailType MX.
    d.emailType = emailType;
    d.hosts = hosts.filter((h) => h.Type !== 'MX' || emailType === 'MX').map((h) => ({ ...h, HostId: String(nextId++) }));
  };

  const handle = (req: FakeRequest): FakeResponse => {
    const p = new URLSearchParams(req.query);
    if (req.method === 'POST') for (const [k, v] of new URLSearchParams(req.body)) p.append(k, v);
    const command = p.get('Command') ?? '';
    if (req.path !== '/xml.response') return { status: 404, body: 'Not Found' };
    if (!p.get('ApiUser')) return envelope(command, '', [['1010101', 'Parameter APIUser is missing']]);
    if (!p.get('ApiKey')) return envelope(command, '', [['1010102', 'Parameter APIKey is missing']]);
    if (p.get('ApiUser') !== apiUser || p.get('ApiKey') !== apiKey) return envelope(command, '', [['1011102', 'Parameter APIKey is invalid']]);
    if (!fake.whitelist.has(p.get('ClientIp') ?? '')) return envelope(command, '', [['1011150', 'Parameter RequestIP is invalid']]);
    if (p.get('UserName') !== apiUser) return envelope(command, '', [['1016103', 'Parameter UserName is unauthorized']]);
    try {
      if (command === 'namecheap.domains.getList') {
        const size = Number(p.get('PageSize') ?? 20);
        const page = Number(p.get('Page') ?? 1);
        if (!Number.isInteger(size) || size < 10 || size > 100) throw new NcError('2011170', 'PageSize should be between 10 and 100');
        const all = [...domains.keys()].filter((n) => !fake.unregistered.has(n)).sort();
        const items = all.slice((page - 1) * size, page * size)
          .map((n, i) => `<Domain ID="${i + 1}" Name="${n}" User="${apiUser}" Created="01/01/2026" Expires="01/01/2027" IsExpired="false" IsLocked="false" AutoRenew="false" WhoisGuard="ENABLED" IsPremium="false" IsOurDNS="${!fake.foreignDns.has(n)}" />`);
        return envelope(command, `<DomainGetListResult>${items.join('')}</DomainGetListResult><Paging><TotalItems>${all.length}</TotalItems><CurrentPage>${page}</CurrentPage><PageSize>${size}</PageSize></Paging>`);
      }
      if (command === 'namecheap.domains.dns.getHosts') {
        const d = domainOf(p);
        return envelope(command, `<DomainDNSGetHostsResult Domain="${d.name}" EmailType="${d.emailType}" IsUsingOurDNS="true">${d.hosts.map(hostXml).join('')}</DomainDNSGetHostsResult>`);
      }
      if (command === 'namecheap.domains.dns.setHosts') {
        fake.setHostsCalls.push(p);
        const d = domainOf(p);
        setHosts(d, p);
        return envelope(command, `<DomainDNSSetHostsResult Domain="${d.name}" IsSuccess="true"><Warnings /></DomainDNSSetHostsResult>`);
      }
      if (command === 'namecheap.domains.getInfo') {
        const name = (p.get('DomainName') ?? '').toLowerCase();
        if (!name) throw new NcError('2011166', 'Parameter DomainName is missing');
        const d = domains.get(name);
        if (!d || fake.unregistered.has(name)) throw new NcError('2019166', 'Domain not found');
        const ours = d.nameservers.every((n) => /\.registrar-servers\.com$/i.test(n));
        return envelope(command, `<DomainGetInfoResult Status="Ok" ID="${[...domains.keys()].indexOf(name) + 1}" DomainName="${d.name}" OwnerName="${apiUser}" IsOwner="true" IsPremium="false">` +
          `<DomainDetails><CreatedDate>01/01/2026</CreatedDate><ExpiredDate>01/01/2027</ExpiredDate><NumYears>0</NumYears></DomainDetails><LockDetails />` +
          `<DnsDetails ProviderType="${ours ? 'FREE' : 'CUSTOM'}" IsUsingOurDNS="${ours}" HostCount="${d.hosts.length}" EmailType="${d.emailType}" DynamicDNSStatus="false" IsFailover="false">` +
          `${d.nameservers.map((n) => `<Nameserver>${esc(n)}</Nameserver>`).join('')}</DnsDetails></DomainGetInfoResult>`);
      }
      if (command === 'namecheap.domains.dns.setCustom') {
        fake.setCustomCalls.push(p);
        const sld = (p.get('SLD') ?? '').toLowerCase();
        const tld = (p.get('TLD') ?? '').toLowerCase();
        if (!sld || !tld) throw new NcError('2011166', 'Parameter SLD or TLD is missing');
        const name = `${sld}.${tld}`;
        const d = domains.get(name);
        if (!d || fake.unregistered.has(name)) throw new NcError('2019166', 'Domain not found');
        const list = p.get('Nameservers') ?? p.get('NameServers') ?? '';
        if (list.length > 1200) throw new NcError('2011170', 'Parameter Nameservers is too long (1200 characters at most)');
        const ns = list.split(',').map((n) => n.trim().toLowerCase()).filter(Boolean);
        if (ns.length < 2) throw new NcError('2011170', 'At least two nameservers are required');
        const bad = ns.find((n) => !HOST_RE.test(n));
        if (bad !== undefined) throw new NcError('2011170', `Invalid nameserver: ${bad}`);
        d.nameservers = ns;
        if (ns.every((n) => n.endsWith('.registrar-servers.com'))) fake.foreignDns.delete(name); else fake.foreignDns.add(name);
        return envelope(command, `<DomainDNSSetCustomResult Domain="${d.name}" Updated="true" />`);
      }
      return envelope(command, '', [['1010900', `Invalid Command: ${command}`]]);
    } catch (e) {
      if (e instanceof NcError) return envelope(command, '', [[e.num, e.message]]);
      throw e;
    }
  };

  const server = await startFake({
    seed: opts.seed,
    // Auth is in the parameters: handle() answers a bad key, as Namecheap does, with HTTP 200 and Status="ERROR".
    authorize: () => undefined,
    handle,
    faultResponse: (status) => status === 429
      ? { status: 405, headers: { 'content-type': 'text/html' }, body: '<html><head><title>405 Not Allowed</title></head><body>Too many requests</body></html>' }
      : { status, headers: { 'content-type': 'text/html' }, body: `<html><body>${status} Internal Server Error</body></html>` },
  });
  fake = Object.assign(server, {
    apiUser, apiKey, whitelist: new Set(['127.0.0.1']), domains, unregistered: new Set<string>(), foreignDns: new Set<string>(),
    setHostsCalls: [] as URLSearchParams[], setCustomCalls: [] as URLSearchParams[], addDomain,
    isWrite: (req: FakeRequest) => /Command=namecheap\.domains\.dns\.set(Hosts|Custom)\b/.test(req.body) || /^namecheap\.domains\.dns\.set(Hosts|Custom)$/.test(req.query.get('Command') ?? ''),
  });
  return fake;
}

/** This fake as the suites find it from the provider registry (test/fakes/fake.ts). */
export const fake = defineFake<NamecheapFake>({
  start: () => startNamecheapFake(),
  creds: (f) => ({ apikey: f.apiKey, apiuser: f.apiUser, base_url: `${f.url}/xml.response` }),
  // setHosts carries the whole zone: nothing can be half applied.
  oneRequest: true,
  probe: {
    path: (f) => `/xml.response?ApiUser=${f.apiUser}&ApiKey=wrong&UserName=${f.apiUser}&ClientIp=127.0.0.1&Command=namecheap.domains.getList`,
    badAuth: {},
    // Failures, a bad key included, are HTTP 200 with Status="ERROR".
    denied: 200,
    throttle: { status: 405, body: /Too many requests/ },
  },
  registrar: {
    register: (f, domain, nameservers) => {
      const d = f.domains.get(domain) ?? f.addDomain(domain);
      d.nameservers = [...nameservers];
      if (nameservers.every((n) => /\.registrar-servers\.com\.?$/i.test(n))) f.foreignDns.delete(domain); else f.foreignDns.add(domain);
    },
    delegation: (f, domain) => f.domains.get(domain)?.nameservers ?? [],
  },
});
