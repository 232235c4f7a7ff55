// creds.json and meta handling as DNSControl reads them (no server contacted).
import { describe, it, expect } from 'vitest';
import { axfrddns } from './index.js';
import { ProviderError } from '../../errors.js';

const make = (creds: Record<string, string>, meta: Record<string, unknown> = {}) => axfrddns.createDns!({ credkey: 'ddns', meta, creds });

describe('AXFRDDNS settings', () => {
  it('takes the apex NS from creds "nameservers" and the meta default_ns', async () => {
    const p = await make({ master: '192.0.2.1', nameservers: 'ns1.example.com, ns2.example.com.' }, { default_ns: ['ns3.example.net.'] });
    expect(await p.getNameservers('example.com')).toEqual(['ns1.example.com', 'ns2.example.com', 'ns3.example.net']);
  });

  it('without "master", sends to the first nameserver (port 53)', async () => {
    const p = await make({ nameservers: '127.0.0.1' });
    // Nothing listens on 127.0.0.1:53 here (or it refuses the zone): the error names the server it tried.
    const err = await p.getZoneRecords('example.com').catch((e: unknown) => e);
    expect((err as Error).message).toMatch(/127\.0\.0\.1:53/);
  });

  it.each([
    [{}, /needs "master".*or "nameservers"/],
    [{ master: 'x', 'update-mode': 'tls' }, /"update-mode" must be "tcp", "udp" or "tcp-tls", not "tls"/],
    [{ master: 'x', 'transfer-mode': 'udp' }, /"transfer-mode" must be "tcp" or "tcp-tls", not "udp"/],
    [{ master: 'x', 'update-key': 'hmac-sha256:k' }, /"update-key"/],
  ])('refuses %j clearly', async (creds, re) => {
    await expect(make(creds as Record<string, string>)).rejects.toThrow(ProviderError);
    await expect(make(creds as Record<string, string>)).rejects.toThrow(re);
  });
});
