// Saved plans against a live BIND server by RFC 2136 (AXFRDDNS): a plan is refused after someone else
// updated the zone (nothing sent), and an up-to-date plan is applied and served.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dig, skipReason, startServer, type RunningServer } from '../servers/servers.js';
import { Workdir } from '../e2e/helpers.js';

const config = (records: string) => `var REG = NewRegistrar("none");
D("plan.test", REG, DnsProvider(NewDnsProvider("ddns")), A("ns1", "127.0.0.1"), ${records});
`;

describe('saved plans against BIND by RFC 2136', () => {
  const skip = skipReason('bind');
  let bind: RunningServer;
  let w: Workdir;
  let other: Workdir;
  beforeAll(async () => {
    if (skip) return;
    bind = await startServer('bind', { zones: ['plan.test'] });
    const key = `${bind.env.TSIG_ALG}:${bind.env.TSIG_NAME}:${bind.env.TSIG_SECRET}`;
    const creds = JSON.stringify({ ddns: { TYPE: 'AXFRDDNS', master: `127.0.0.1:${bind.port}`, nameservers: 'ns1.plan.test', 'transfer-key': key, 'update-key': key } });
    w = await Workdir.create(config('A("www", "192.0.2.1")'), creds);
    other = await Workdir.create(config('A("www", "192.0.2.1"), A("other", "192.0.2.77")'), creds);
  });
  afterAll(async () => { await bind?.stop(); await w?.remove(); await other?.remove(); });

  it.skipIf(skip)('refused after an outside update, applied when up to date; no secret in the plan', async () => {
    const first = await w.run('push');
    expect(first.code, first.stderr).toBe(0);
    await w.write('dnsconfig.js', config('A("www", "192.0.2.2")'));
    expect((await w.run('preview', '--plan', 'plan.json')).code).toBe(0);
    expect(await w.read('plan.json')).not.toContain(bind.env.TSIG_SECRET!);

    // Someone else pushes in between.
    expect((await other.run('push')).code).toBe(0);
    const refused = await w.run('push', '--plan', 'plan.json');
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain('plan.test (ddns): the live records changed since the plan was made');
    expect(refused.stderr).not.toContain(bind.env.TSIG_SECRET!);
    expect(await dig(bind.port, 'www.plan.test', 'A')).toEqual(['192.0.2.1']);

    const preview = await w.run('preview', '--plan', 'plan.json');
    expect(preview.stdout).toContain('- DELETE other.plan.test A 192.0.2.77');
    const push = await w.run('push', '--plan', 'plan.json');
    expect(push.code, push.stderr).toBe(0);
    expect(push.stdout.split('\n').filter((l) => l !== 'SUCCESS!').join('\n')).toBe(preview.stdout);
    expect(await dig(bind.port, 'www.plan.test', 'A')).toEqual(['192.0.2.2']);
    expect(await dig(bind.port, 'other.plan.test', 'A')).toEqual([]);
    expect((await w.run('preview', '--expect-no-changes')).code).toBe(0);
  });
});
