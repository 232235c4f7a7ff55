// creds.json `$VAR` values whose variable is unset or empty: an error naming the entry, the field and the
// variable, before any provider is contacted (DNSControl silently uses "", so a TSIG key disappears and
// updates go out unsigned). A DNS "server" on 127.0.0.1 counts every connection and datagram it gets.
import dgram from 'node:dgram';
import net from 'node:net';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dnscode, HEADER, Workdir } from './helpers.js';

let tcp: net.Server;
let udp: dgram.Socket;
let port = 0;
let contacts = 0;

beforeAll(async () => {
  tcp = net.createServer((s) => { contacts++; s.destroy(); });
  await new Promise<void>((resolve) => tcp.listen(0, '127.0.0.1', resolve));
  port = (tcp.address() as AddressInfo).port;
  udp = dgram.createSocket('udp4');
  udp.on('message', () => { contacts++; });
  await new Promise<void>((resolve) => udp.bind(port, '127.0.0.1', resolve));
});
afterAll(async () => {
  await new Promise((resolve) => tcp.close(resolve));
  await new Promise((resolve) => udp.close(() => resolve(undefined)));
});

const SECRET = 'do-not-print-this-value-7f3a';
const config = `${HEADER}var DSP_DDNS = NewDnsProvider("ddns");
D("example.com", REG_NONE, DnsProvider(DSP_BIND), A("@", "192.0.2.1"));
D("example.org", REG_NONE, DnsProvider(DSP_DDNS), A("@", "192.0.2.2"));
`;
const creds = (updateKey: string) => JSON.stringify({
  bind: { TYPE: 'BIND', directory: 'zones' },
  ddns: { TYPE: 'AXFRDDNS', master: `127.0.0.1:${port}`, 'transfer-key': '$DDNS_TRANSFER_KEY', 'update-key': updateKey, timeout: '2' },
});
// Set in the environment of every run: its value must never appear in any output.
const env = { DDNS_TRANSFER_KEY: `hmac-sha256:transfer:${Buffer.from(SECRET).toString('base64')}`, OTHER_SECRET: SECRET, EMPTY_KEY: '' };

describe('a $VAR creds value whose variable is unset or empty', () => {
  let w: Workdir;
  beforeAll(async () => { w = await Workdir.create(config, creds('$DDNS_UPDATE_KEY')); await w.write('zones/keep.txt', 'x'); });
  afterAll(() => w.remove());

  it.each([
    ['preview', ['preview'], '$DDNS_UPDATE_KEY', 'not set'],
    ['push', ['push'], '$DDNS_UPDATE_KEY', 'not set'],
    ['push --domains example.org', ['push', '--domains', 'example.org'], '$DDNS_UPDATE_KEY', 'not set'],
    ['preview, empty variable', ['preview'], '$EMPTY_KEY', 'empty'],
    ['get-zones', ['get-zones', 'ddns', 'example.org'], '$DDNS_UPDATE_KEY', 'not set'],
  ])('%s: exit 1, names entry, field and variable, contacts nothing, writes nothing', async (_n, args, value, how) => {
    await w.write('creds.json', creds(value));
    const before = await w.snapshot();
    contacts = 0;
    const r = await dnscode(w.dir, args, env);
    expect(r.code).toBe(1);
    const variable = value.slice(1);
    expect(r.stderr).toContain(`creds.json: entry "ddns", field "update-key" is "${value}", but environment variable ${variable} is ${how}`);
    expect(contacts).toBe(0);
    expect(await w.snapshot()).toEqual(before);
    expect(r.stdout + r.stderr).not.toContain(SECRET);
    expect(r.stdout + r.stderr).not.toContain(Buffer.from(SECRET).toString('base64'));
  });

  it('does not stop a run whose selected domains do not use that provider', async () => {
    await w.write('creds.json', creds('$DDNS_UPDATE_KEY'));
    contacts = 0;
    const r = await dnscode(w.dir, ['push', '--domains', 'example.com'], env);
    expect(r.code, r.stderr).toBe(0);
    expect(contacts).toBe(0);
    await expect(w.read('zones/example.com.zone')).resolves.toContain('192.0.2.1');
    expect(r.stdout + r.stderr).not.toContain(SECRET);
  });
});

describe('push --plan', () => {
  it('a plan made with the variable set is refused when it is unset at push time, before anything is written', async () => {
    const w = await Workdir.create(`${HEADER}var DSP_B2 = NewDnsProvider("b2");
D("example.com", REG_NONE, DnsProvider(DSP_BIND), A("@", "192.0.2.1"));
D("example.net", REG_NONE, DnsProvider(DSP_B2), A("@", "192.0.2.3"));
`, JSON.stringify({ bind: { TYPE: 'BIND', directory: 'zones' }, b2: { TYPE: 'BIND', directory: '$B2_DIR' } }));
    try {
      const made = await dnscode(w.dir, ['preview', '--plan', 'plan.json'], { B2_DIR: 'zones2' });
      expect(made.code, made.stderr).toBe(0);
      const before = await w.snapshot();
      const r = await dnscode(w.dir, ['push', '--plan', 'plan.json'], { OTHER_SECRET: SECRET });
      expect(r.code).toBe(1);
      expect(r.stderr).toContain('creds.json: entry "b2", field "directory" is "$B2_DIR", but environment variable B2_DIR is not set');
      expect(await w.snapshot()).toEqual(before);
      expect(r.stdout + r.stderr).not.toContain(SECRET);
    } finally {
      await w.remove();
    }
  });
});
