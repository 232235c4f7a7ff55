// A DNSControl user's migration, end to end: hand-written zone files ($ORIGIN, $INCLUDE, parentheses,
// omitted owners, TTL units, multi-string TXT) → `get-zones --format js bind BIND all` → the generated
// config as it is (DNSControl's draft: apex NS commented out) → 0 corrections, files untouched; then with its
// NAMESERVER lines enabled (and NAMESERVER_TTL) → still 0.
import { afterEach, describe, expect, it } from 'vitest';
import { Workdir } from './helpers.js';

let w: Workdir | undefined;
afterEach(async () => { await w?.remove(); w = undefined; });

const ORG = `$TTL 1h
$ORIGIN example.org.
@   IN SOA ns1.example.org. hostmaster.example.org. (
        2024010101 ; serial
        2h 1h 2w   ; refresh retry expire
        300 )      ; minimum
    IN NS  ns1
    IN NS  ns2.example.net.
    IN MX  10 mail
    IN A   203.0.113.10
    IN TXT "v=spf1 ip4:203.0.113.0/24 ~all"
ns1 IN A   203.0.113.53
mail  300 IN A 203.0.113.25
      IN AAAA 2001:db8:10::25
www IN CNAME @
_dmarc IN TXT ( "v=DMARC1; p=quarantine; "
                "rua=mailto:dmarc@example.org" )
_sip._tcp IN SRV 10 60 5060 sip
sip IN A 203.0.113.60
$INCLUDE inc/lab.inc lab.example.org.
$ORIGIN sub.example.org.
host IN A 203.0.113.99
@ IN TXT "text with \\"quotes\\" and a ; semicolon"
`;
const LAB = `printer A 10.0.0.5
@ 1D TXT "lab apex"
`;
const REV = `$TTL 86400
@ IN SOA ns1.example.org. hostmaster.example.org. 1 3600 600 604800 300
  IN NS ns1.example.org.
1   IN PTR example.org.
25  IN PTR mail.example.org.
`;

describe('migrating from DNSControl with existing zone files', () => {
  it('imports every zone with get-zones; the generated config pushes 0 corrections and leaves the files as they are', async () => {
    w = await Workdir.create('', '{\n  // the zones to import\n  "bind": { "TYPE": "BIND", "directory": "zones" },\n}\n');
    await w.write('zones/example.org.zone', ORG);
    await w.write('zones/inc/lab.inc', LAB);
    await w.write('zones/2.0.192.in-addr.arpa.zone', REV);
    const before = await w.snapshot();

    const gz = await w.run('get-zones', '--format', 'js', '--out', 'dnsconfig.js', 'bind', 'BIND', 'all');
    expect(gz.code, gz.stderr).toBe(0);
    const js = await w.read('dnsconfig.js');
    expect(js).toContain('A("printer.lab", "10.0.0.5")');
    expect(js).toContain('TXT("_dmarc", "v=DMARC1; p=quarantine; rua=mailto:dmarc@example.org")');
    expect(js).toContain('A("host.sub", "203.0.113.99")');
    // DNSControl's draft: the apex NS as commented-out NAMESERVER lines. Nothing then names the zone's
    // nameservers, so its apex NS stay as they are (DNSControl would delete them) and the draft previews clean.
    expect(js).toContain('\t//NAMESERVER("ns2.example.net."),\n');
    const preview = await w.run('preview', '--expect-no-changes');
    expect(preview.code, preview.stdout + preview.stderr).toBe(0);
    expect(preview.stdout).toBe('Done. 0 corrections.\n');
    const push = await w.run('push');
    expect(push.stdout).toBe('Done. 0 corrections.\n');

    // Taking the nameservers over (docs/providers/bind.md): the NAMESERVER lines enabled with the zone's NS TTL.
    const enabled = js.replace(/\t\/\/NAMESERVER\(/g, '\tNAMESERVER(').replace(/(\tDefaultTTL\((\d+)\),\n)/g, '$1\tNAMESERVER_TTL($2),\n');
    await w.write('dnsconfig.js', enabled);
    const managed = await w.run('preview', '--expect-no-changes');
    expect(managed.stdout, managed.stderr).toBe('Done. 0 corrections.\n');
    const after = await w.snapshot();
    delete after['dnsconfig.js']; delete before['dnsconfig.js'];
    expect(after).toEqual(before);
  });
});
