import { describe, it, expect } from 'vitest';
import { decodeSvcb, encodeSvcb } from './svcb-wire.js';

describe('SVCB/HTTPS rdata', () => {
  it.each([
    [1, '.', 'alpn="h3,h2"', '1 . alpn="h3,h2"'],
    [0, 'www.example.test.', '', '0 www.example.test.'],
    [1, 'svc.example.test.', 'port=8443 alpn="h2,h3"', '1 svc.example.test. alpn="h2,h3" port=8443'],
    [1, '.', 'mandatory=alpn,port alpn=h2 no-default-alpn port=443 ipv4hint=192.0.2.1,192.0.2.2 ipv6hint=2001:db8::1',
      '1 . mandatory=alpn,port alpn="h2" no-default-alpn port=443 ipv4hint=192.0.2.1,192.0.2.2 ipv6hint=2001:db8::1'],
    [2, '.', 'ech="AEj+DQBEAQAgACBh" key65333="x y"', '2 . ech="AEj+DQBEAQAgACBh" key65333="x y"'],
    // dohpath (RFC 9461) and ohttp (RFC 9540), printed by name as miekg/dns and BIND do.
    [1, '.', 'ohttp dohpath=/dns-query{?dns}', '1 . dohpath="/dns-query{?dns}" ohttp'],
  ])('%i %s %s → wire → %s', (prio, target, params, text) => {
    expect(decodeSvcb(encodeSvcb(prio, target, params))).toBe(text);
  });

  it('sorts keys by number on the wire (RFC 9460 §2.2)', () => {
    const b = encodeSvcb(1, '.', 'port=443 alpn=h2');
    expect(b.readUInt16BE(3)).toBe(1); // after priority (2) and root name (1): alpn first
  });

  it('rejects unknown keys', () => {
    expect(() => encodeSvcb(1, '.', 'bogus=1')).toThrow(/unknown parameter "bogus"/);
  });
});
