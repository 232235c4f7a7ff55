// A dnsconfig.ts with imports of the user's own TS module and JSON previews exactly the changes of the
// equivalent ES5 dnsconfig.js (DNSControl's dialect, with require), and pushes the same zone file.
import { rm } from 'node:fs/promises';
import { afterAll, describe, expect, it } from 'vitest';
import { BIND_CREDS, Workdir } from './helpers.js';

const IPS = '{ "a": "192.0.2.1", "b": "192.0.2.2", "mail": "192.0.2.25" }\n';

const TS = {
  'dnsconfig.ts': `import ips from "./lib/ips.json";
import { webRecords, type Host } from "./lib/hosts";

const REG = NewRegistrar("none");
const BIND = NewDnsProvider("bind", { default_ns: ["ns1.example.net."] });
const hosts: Host[] = [{ name: "a", ip: ips.a }, { name: "b", ip: ips.b }];

D("example.com", REG, DnsProvider(BIND),
  DefaultTTL("1h"),
  ...hosts.map(({ name, ip }) => A(name, ip)),
  ...webRecords("192.0.2.80"),
  MX("@", 10, "mail"),
  A("mail", ips.mail, TTL(300)),
  TXT("@", \`v=spf1 ip4:\${ips.mail} -all\`),
);
`,
  'lib/hosts.ts': `export interface Host { name: string; ip: string }
export function webRecords(ip: string) {
  return [A("@", ip), CNAME("www", "@")];
}
`,
  'lib/ips.json': IPS,
};

const JS = {
  'dnsconfig.js': `var ips = require("./lib/ips.json");
require("./lib/hosts.js");

var REG = NewRegistrar("none");
var BIND = NewDnsProvider("bind", { default_ns: ["ns1.example.net."] });

D("example.com", REG, DnsProvider(BIND),
  DefaultTTL("1h"),
  A("a", ips.a),
  A("b", ips.b),
  webRecords("192.0.2.80"),
  MX("@", 10, "mail"),
  A("mail", ips.mail, TTL(300)),
  TXT("@", "v=spf1 ip4:" + ips.mail + " -all")
);
`,
  'lib/hosts.js': `function webRecords(ip) {
  return [A("@", ip), CNAME("www", "@")];
}
`,
  'lib/ips.json': IPS,
};

async function workdir(files: Record<string, string>): Promise<Workdir> {
  const w = await Workdir.create('', BIND_CREDS);
  await rm(w.path('dnsconfig.js')); // each case writes its own config file
  for (const [name, text] of Object.entries(files)) await w.write(name, text);
  return w;
}

describe('dnsconfig.ts with imports ≡ dnsconfig.js with require', async () => {
  const ts = await workdir(TS);
  const js = await workdir(JS);
  afterAll(async () => { await ts.remove(); await js.remove(); });

  it('previews the same changes', async () => {
    const a = await ts.run('preview');
    const b = await js.run('preview');
    expect(a.code, a.stderr).toBe(0);
    expect(b.code, b.stderr).toBe(0);
    expect(a.stdout).toMatch(/\+ CREATE www\.example\.com CNAME example\.com\. ttl=3600/);
    expect(a.stdout).toBe(b.stdout);
  });

  it('pushes the same zone records', async () => {
    expect((await ts.run('push')).code).toBe(0);
    expect((await js.run('push')).code).toBe(0);
    const body = (z: string) => z.split('\n').filter((l) => !l.startsWith(';')).join('\n');
    expect(body(await ts.read('zones/example.com.zone'))).toBe(body(await js.read('zones/example.com.zone')));
  });
});
