import { describe, it, expect } from 'vitest';
import { parseTsigKey, readTsig, signMessage } from './tsig.js';
import { encodeQuery } from './message.js';
import { parseServer } from './transport.js';

describe('parseTsigKey', () => {
  it.each([
    ['hmac-sha256:tsig-key:c2VjcmV0', 'hmac-sha256', 'tsig-key'],
    ['HMAC-MD5.SIG-ALG.REG.INT:Key.Name.:c2VjcmV0', 'hmac-md5', 'key.name'],
    ['hmac-sha512:k:c2VjcmV0', 'hmac-sha512', 'k'],
  ])('%s', (spec, algorithm, name) => {
    expect(parseTsigKey(spec)).toMatchObject({ algorithm, name, secret: Buffer.from('secret') });
  });
  it.each([['hmac-sha256:onlyname'], ['hmac-sha999:k:c2VjcmV0'], ['hmac-sha256:k:'], ['hmac-sha256:k:c2Vj cmV0'], ['hmac-sha256:k:c2VjcmV0!']])('rejects %s without echoing the secret', (spec) => {
    expect(() => parseTsigKey(spec)).toThrow(/TSIG|algorithm/);
    try { parseTsigKey(spec); } catch (e) { expect((e as Error).message).not.toContain('c2VjcmV0'); }
  });
});

describe('signMessage', () => {
  it('appends a TSIG record that readTsig finds, with the MAC and the original message', () => {
    const key = parseTsigKey('hmac-sha256:tsig-key:c2VjcmV0');
    const msg = encodeQuery(4242, 'example.test', 'AXFR');
    const { wire, mac } = signMessage(msg, key, 1_700_000_000);
    expect(wire.readUInt16BE(10)).toBe(1);
    const t = readTsig(wire)!;
    expect(t).toMatchObject({ keyName: 'tsig-key', algorithm: 'hmac-sha256', time: 1_700_000_000, fudge: 300, originalId: 4242, error: 0 });
    expect(t.mac).toEqual(mac);
    expect(mac).toHaveLength(32);
    expect(t.stripped).toEqual(msg);
  });
});

describe('parseServer', () => {
  it.each([
    ['192.0.2.1', { host: '192.0.2.1', port: 53 }],
    ['ns1.example.com:5353', { host: 'ns1.example.com', port: 5353 }],
    ['[2001:db8::1]:54', { host: '2001:db8::1', port: 54 }],
    ['2001:db8::1', { host: '2001:db8::1', port: 53 }],
  ])('%s', (spec, want) => expect(parseServer(spec)).toEqual(want));
});
