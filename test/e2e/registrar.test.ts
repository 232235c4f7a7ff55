// D("x", "none") without NewRegistrar, as DNSControl's own examples write it, and classless reverse zones.
import { afterEach, describe, expect, it } from 'vitest';
import { BIND_CREDS, Workdir } from './helpers.js';

let w: Workdir | undefined;
afterEach(async () => { await w?.remove(); w = undefined; });

describe('registrar named only by its creds.json key', () => {
  it.each([
    ['the implicit "none"', 'none', BIND_CREDS],
    ['a creds.json entry', 'myreg', '{"bind": {"TYPE": "BIND", "directory": "zones"}, "myreg": {"TYPE": "NONE"}}'],
  ])('%s pushes, and the second push has nothing to do', async (_what, registrar, creds) => {
    w = await Workdir.create(`D("example.com", "${registrar}", DnsProvider(NewDnsProvider("bind")),\n  A("@", "192.0.2.1"));\n`, creds);
    const push = await w.run('push');
    expect(push.code, push.stderr).toBe(0);
    expect(await w.read('zones/example.com.zone')).toMatch(/IN A\s+192\.0\.2\.1/);
    expect((await w.run('push')).stdout).toMatch(/^Done\. 0 corrections\.$/m);
  });
});

describe('RFC 2317 reverse zone', () => {
  it('is one file with "_" for the "/" of its name', async () => {
    w = await Workdir.create('REVCOMPAT("rfc2317");\nD(REV("192.0.2.0/27"), "none", DnsProvider(NewDnsProvider("bind")),\n  PTR("1", "a.example.com."));\n');
    expect((await w.run('push')).code).toBe(0);
    expect(await w.read('zones/0_27.2.0.192.in-addr.arpa.zone')).toMatch(/^1\s+IN PTR\s+a\.example\.com\.$/m);
    expect((await w.run('push')).stdout).toMatch(/^Done\. 0 corrections\.$/m);
  });
});
