// Every builder against the examples on its DNSControl documentation page
// (documentation/language-reference/domain-modifiers/<NAME>.md, top-level-functions/REV.md, D_EXTEND.md). The
// expected records are what DNSControl v4.40 produces for the example: pkg/js/helpers.js builds the records,
// pkg/normalize (flatten.go, validate.go) finishes them. Where the docs' own "yields" text disagrees with
// DNSControl's code, the code wins and the comment says so.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { RecordConfig } from '../../src/ir/types.js';
import { loadInProcess } from '../fuzz/configs.js';

const root = fs.mkdtempSync(path.join(os.tmpdir(), 'builders-docs-'));
afterAll(() => fs.rmSync(root, { recursive: true, force: true }));
let n = 0;

const HEAD = 'var REG_MY_PROVIDER = NewRegistrar("none"); var DSP_MY_PROVIDER = NewDnsProvider("bind", "BIND");\n' +
  'var REGISTRAR = REG_MY_PROVIDER; var BIND = DSP_MY_PROVIDER;\n';

async function evaluate(js: string) {
  const dir = path.join(root, String(n++));
  fs.mkdirSync(dir);
  fs.writeFileSync(path.join(dir, 'dnsconfig.js'), HEAD + js);
  return loadInProcess(dir);
}

/** One line per record: name, ttl, type, the type's fields and target, then meta; in the IR's order. */
function line(r: RecordConfig): string {
  const x = r as unknown as Record<string, unknown>;
  const fields: Record<string, string[]> = {
    CAA: ['caaflag', 'caatag'], MX: ['mxpreference'], SRV: ['srvpriority', 'srvweight', 'srvport'],
  };
  const extra = (fields[r.type] ?? []).map((k) => String(x[k] ?? 0));
  const meta = Object.entries(r.meta ?? {}).filter(([k]) => !k.startsWith('dnscontrol_')).map(([k, v]) => `${k}=${v}`);
  return [r.name, String(r.ttl), r.type, ...extra, JSON.stringify(r.target), ...(meta.length ? [`{${meta.join(' ')}}`] : [])].join(' ');
}

async function records(js: string, domain?: string): Promise<string[]> {
  const cfg = await evaluate(js);
  const d = domain ? cfg.domains.find((x) => x.name === domain) : cfg.domains[0];
  if (!d) throw new Error(`no domain ${domain}`);
  return d.records.map(line).sort();
}

const D = (body: string, name = 'example.com') => `D("${name}", REG_MY_PROVIDER, DnsProvider(DSP_MY_PROVIDER),\n${body}\n);`;

describe('CAA_BUILDER (CAA_BUILDER.md)', () => {
  it('simple example: iodef critical, two issue, issuewild "none" → ";"', async () => {
    expect(await records(D(`CAA_BUILDER({ label: "@", iodef: "mailto:test@example.com", iodef_critical: true,
      issue: ["letsencrypt.org", "comodoca.com"], issuewild: "none" })`))).toEqual([
      '@ 300 CAA 0 issue "comodoca.com"',
      '@ 300 CAA 0 issue "letsencrypt.org"',
      '@ 300 CAA 0 issuewild ";"',
      '@ 300 CAA 128 iodef "mailto:test@example.com"',
    ]);
  });

  it('CAA_CRITICAL on all records', async () => {
    expect(await records(D(`CAA_BUILDER({ label: "@", iodef: "mailto:test@example.com", iodef_critical: true,
      issue: ["letsencrypt.org", "comodoca.com"], issue_critical: true, issuewild: "none", issuewild_critical: true })`))).toEqual([
      '@ 300 CAA 128 iodef "mailto:test@example.com"',
      '@ 300 CAA 128 issue "comodoca.com"',
      '@ 300 CAA 128 issue "letsencrypt.org"',
      '@ 300 CAA 128 issuewild ";"',
    ]);
  });

  it('issuevmc and issuemail alone are enough (DNSControl needs one of the four); ttl and label apply to all', async () => {
    expect(await records(D(`CAA_BUILDER({ label: "mail", issuevmc: ["digicert.com"], issuevmc_critical: true, issuemail: "none", ttl: "1h" })`))).toEqual([
      'mail 3600 CAA 0 issuemail ";"',
      'mail 3600 CAA 128 issuevmc "digicert.com"',
    ]);
  });

  it('an empty issue list with nothing else is accepted (DNSControl only refuses all four missing or all four empty)', async () => {
    expect(await records(D('CAA_BUILDER({ issue: [], iodef: "mailto:a@example.com" })'))).toEqual(['@ 300 CAA 0 iodef "mailto:a@example.com"']);
    await expect(evaluate(D('CAA_BUILDER({ label: "x" })'))).rejects.toThrow(/at least one entry at issue, issuewild, issuevmc or issuemail/);
  });
});

describe('DMARC_BUILDER (DMARC_BUILDER.md)', () => {
  it('simple example', async () => {
    // The page shows the record at "@"; helpers.js puts it at "_dmarc".
    expect(await records(D('DMARC_BUILDER({ policy: "reject", ruf: ["mailto:mailauth-reports@example.com"] })'))).toEqual([
      '_dmarc 300 TXT "v=DMARC1; p=reject; ruf=mailto:mailauth-reports@example.com"',
    ]);
  });

  it('advanced examples', async () => {
    expect(await records(D(`DMARC_BUILDER({ policy: "reject", subdomainPolicy: "quarantine", percent: 50, alignmentSPF: "r",
      alignmentDKIM: "strict", rua: ["mailto:mailauth-reports@example.com", "https://dmarc.example.com/submit"],
      ruf: ["mailto:mailauth-reports@example.com"], failureOptions: "1", reportInterval: "1h" }),
    DMARC_BUILDER({ label: "insecure", policy: "none", ruf: ["mailto:mailauth-reports@example.com"], failureOptions: { SPF: false, DKIM: true } })`))).toEqual([
      '_dmarc 300 TXT "v=DMARC1; p=reject; sp=quarantine; adkim=s; aspf=r; pct=50; rua=mailto:mailauth-reports@example.com,https://dmarc.example.com/submit; ruf=mailto:mailauth-reports@example.com; fo=1; ri=3600"',
      // The page shows "insecure"; helpers.js prefixes the label with "_dmarc.".
      '_dmarc.insecure 300 TXT "v=DMARC1; p=none; ruf=mailto:mailauth-reports@example.com; fo=d"',
    ]);
  });

  it('version, defaults and the options DNSControl reads by truthiness', async () => {
    expect(await records(D(`DMARC_BUILDER({ version: "DMARC2", percent: 0, ruf: [], failureOptions: { SPF: true, DKIM: true }, failureFormat: "afrf", ttl: 600 }),
      DMARC_BUILDER({ label: "a", failureOptions: { SPF: false }, ruf: ["mailto:x@example.com"], nonexistentSubdomainPolicy: "reject", publicSuffixDomain: "n", testMode: "y" })`))).toEqual([
      '_dmarc 600 TXT "v=DMARC2; p=none; fo=1; rf=afrf"',
      '_dmarc.a 300 TXT "v=DMARC1; p=none; np=reject; ruf=mailto:x@example.com; psd=n; t=y"',
    ]);
  });

  it('a policy DNSControl does not check is written as given', async () => {
    expect(await records(D('DMARC_BUILDER({ policy: "monitor" })'))).toEqual(['_dmarc 300 TXT "v=DMARC1; p=monitor"']);
    await expect(evaluate(D('DMARC_BUILDER({ alignmentSPF: "x" })'))).rejects.toThrow(/alignment/);
  });
});

describe('DKIM_BUILDER (DKIM_BUILDER.md)', () => {
  it('simple example', async () => {
    expect(await records(D('DKIM_BUILDER({ selector: "s1", pubkey: "MIGfMA0GCSqGSIb3DQEBAQUAA4GNADCBiQKBgQDC5/z4L" })'))).toEqual([
      's1._domainkey 300 TXT "v=DKIM1; p=MIGfMA0GCSqGSIb3DQEBAQUAA4GNADCBiQKBgQDC5/z4L"',
    ]);
  });

  it('advanced example: every tag in RFC 6376 order, the note DKIM-quoted-printable', async () => {
    expect(await records(D(`DKIM_BUILDER({ selector: "k2", pubkey: "MIGfMA0GCSqGSIb3DQEBAQUAA4GNADCBiQKBgQDC5/z4L", label: "subdomain",
      version: "DKIM1", hashtypes: ["sha1", "sha256"], keytype: "rsa", note: "some human-readable notes", servicetypes: ["email"],
      flags: ["y", "s"], ttl: 150 })`))).toEqual([
      'k2._domainkey.subdomain 150 TXT "v=DKIM1; h=sha1:sha256; k=rsa; n=some=20human-readable=20notes; p=MIGfMA0GCSqGSIb3DQEBAQUAA4GNADCBiQKBgQDC5/z4L; s=email; t=y:s"',
    ]);
  });

  it('strings for lists, an empty pubkey, and DNSControl\'s value checks', async () => {
    expect(await records(D('DKIM_BUILDER({ selector: "r", hashtypes: "sha256", keytype: "ed25519", flags: "y", note: "a;b=c" })'))).toEqual([
      'r._domainkey 300 TXT "v=DKIM1; h=sha256; k=ed25519; n=a=3Bb=3Dc; p=; t=y"',
    ]);
    await expect(evaluate(D('DKIM_BUILDER({ pubkey: "x" })'))).rejects.toThrow(/selector cannot be empty/);
    await expect(evaluate(D('DKIM_BUILDER({ selector: "s", version: "DKIM2" })'))).rejects.toThrow(/version must be one of: DKIM1/);
    await expect(evaluate(D('DKIM_BUILDER({ selector: "s", keytype: "dsa" })'))).rejects.toThrow(/keytype must be one of/);
    await expect(evaluate(D('DKIM_BUILDER({ selector: "s", keytype: "ed25519", hashtypes: ["sha1"] })'))).rejects.toThrow(/hashtypes for ed25519/);
    await expect(evaluate(D('DKIM_BUILDER({ selector: "s", servicetypes: "web" })'))).rejects.toThrow(/servicetypes must be one of/);
    await expect(evaluate(D('DKIM_BUILDER({ selector: "s", flags: ["x"] })'))).rejects.toThrow(/flags must be one of/);
  });
});

describe('M365_BUILDER (M365_BUILDER.md; helpers.js M365_BUILDER(name, options))', () => {
  it('M365_BUILDER("example.com", {initialDomain}): MX, autodiscover, DKIM', async () => {
    expect(await records(D('M365_BUILDER("example.com", { initialDomain: "example.onmicrosoft.com" })'))).toEqual([
      '@ 300 MX 0 "example-com.mail.protection.outlook.com."',
      'autodiscover 300 CNAME "autodiscover.outlook.com."',
      'selector1._domainkey 300 CNAME "selector1-example-com._domainkey.example.onmicrosoft.com."',
      'selector2._domainkey 300 CNAME "selector2-example-com._domainkey.example.onmicrosoft.com."',
    ]);
  });

  it('simple example as documented (one object; DNSControl itself fails on it): the same records', async () => {
    expect(await records(D('M365_BUILDER({ initialDomain: "example.onmicrosoft.com" })'))).toEqual([
      '@ 300 MX 0 "example-com.mail.protection.outlook.com."',
      'autodiscover 300 CNAME "autodiscover.outlook.com."',
      'selector1._domainkey 300 CNAME "selector1-example-com._domainkey.example.onmicrosoft.com."',
      'selector2._domainkey 300 CNAME "selector2-example-com._domainkey.example.onmicrosoft.com."',
    ]);
  });

  it('advanced example: MDM only; label only moves the MX record, as in helpers.js', async () => {
    expect(await records(D(`M365_BUILDER({ label: "test", mx: false, autodiscover: false, dkim: false, mdm: true,
      domainGUID: "test-example-com", initialDomain: "example.onmicrosoft.com" })`))).toEqual([
      'enterpriseenrollment 300 CNAME "enterpriseenrollment.manage.microsoft.com."',
      'enterpriseregistration 300 CNAME "enterpriseregistration.windows.net."',
    ]);
    expect(await records(D('M365_BUILDER("test.example.com", { label: "test", skypeForBusiness: true, initialDomain: "t.onmicrosoft.com" })'))).toEqual([
      '_sip._tls 300 SRV 100 1 443 "sipdir.online.lync.com."',
      '_sipfederationtls._tcp 300 SRV 100 1 5061 "sipfed.online.lync.com."',
      'autodiscover 300 CNAME "autodiscover.outlook.com."',
      'lyncdiscover 300 CNAME "webdir.online.lync.com."',
      'selector1._domainkey 300 CNAME "selector1-test-example-com._domainkey.t.onmicrosoft.com."',
      'selector2._domainkey 300 CNAME "selector2-test-example-com._domainkey.t.onmicrosoft.com."',
      'sip 300 CNAME "sipdir.online.lync.com."',
      'test 300 MX 0 "test-example-com.mail.protection.outlook.com."',
    ]);
  });

  it('DNSControl\'s two checks: a dash needs domainGUID, DKIM needs initialDomain', async () => {
    await expect(evaluate(D('M365_BUILDER("my-example.com", { initialDomain: "x.onmicrosoft.com" })', 'my-example.com'))).rejects.toThrow(/domainGUID for domains with dashes/);
    await expect(evaluate(D('M365_BUILDER("example.com")'))).rejects.toThrow(/initial domain/);
    expect(await records(D('M365_BUILDER("example.com", { dkim: false, autodiscover: false })'))).toEqual(['@ 300 MX 0 "example-com.mail.protection.outlook.com."']);
    // With domainGUID, DNSControl never reads the domain name.
    expect(await records(D('M365_BUILDER(undefined, { domainGUID: "guid", dkim: false, autodiscover: false })'))).toEqual(['@ 300 MX 0 "guid.mail.protection.outlook.com."']);
  });
});

describe('SPF_BUILDER (SPF_BUILDER.md)', () => {
  const PARTS = `["v=spf1", "ip4:198.252.206.0/24", "ip4:192.111.0.0/24", "include:_spf.google.com", "include:mailgun.org",
    "include:spf-basic.fogcreek.com", "include:mail.zendesk.com", "include:servers.mcsv.net", "include:sendgrid.net",
    "include:450622.spf05.hubspotemail.net", "~all"]`;
  const TEXT = 'v=spf1 ip4:198.252.206.0/24 ip4:192.111.0.0/24 include:_spf.google.com include:mailgun.org include:spf-basic.fogcreek.com include:mail.zendesk.com include:servers.mcsv.net include:sendgrid.net include:450622.spf05.hubspotemail.net ~all';

  it('"The DNSControl way": the main record with its meta, the raw record (flatten given), ttl 5m', async () => {
    // Without DNS lookups the flattened includes stay as written (dnscode warns); the text fits 255.
    expect(await records(D(`A("@", "10.2.2.2"),
      SPF_BUILDER({ label: "@", overflow: "_spf%d", raw: "_rawspf", ttl: "5m", parts: ${PARTS},
        flatten: ["spf-basic.fogcreek.com", "450622.spf05.hubspotemail.net"] })`))).toEqual([
      '@ 300 A "10.2.2.2"',
      `@ 300 TXT ${JSON.stringify(TEXT)} {flatten=spf-basic.fogcreek.com,450622.spf05.hubspotemail.net split=_spf%d}`,
      `_rawspf 300 TXT ${JSON.stringify(TEXT)}`,
    ]);
  });

  it('no overflow: one record however long, no raw record without flatten', async () => {
    const many = Array.from({ length: 30 }, (_, i) => `"ip4:198.51.100.${i}"`).join(', ');
    const out = await records(D(`SPF_BUILDER({ parts: ["v=spf1", ${many}, "-all"] })`));
    expect(out).toHaveLength(1);
    expect(out[0]).toMatch(/^@ 300 TXT "v=spf1 ip4:198\.51\.100\.0 .* -all"$/);
  });

  it('overflow splits into _spf1, _spf2 … with overhead1 on the first and txtMaxSize on every record', async () => {
    const many = Array.from({ length: 30 }, (_, i) => `"ip4:198.51.100.${i}"`).join(', ');
    const cfg = await evaluate(D(`SPF_BUILDER({ overflow: "_spf%d", overhead1: "20", txtMaxSize: 200, parts: ["v=spf1", ${many}, "-all"] })`));
    const txt = cfg.domains[0]!.records;
    expect(txt.map((r) => r.name)).toEqual(['@', '_spf1', '_spf2', '_spf3']);
    const texts = txt.map((r) => r.target);
    expect(texts[0]!.length).toBeLessThanOrEqual(180);
    for (const [i, t] of texts.entries()) {
      expect(t.length).toBeLessThanOrEqual(200);
      expect(t).toMatch(i < 3 ? new RegExp(` include:_spf${i + 1}\\.example\\.com -all$`) : /^v=spf1 ip4:.* -all$/);
    }
    // The first record is shorter by overhead1: it holds fewer terms than the second.
    expect(texts[0]!.split(' ').length).toBeLessThan(texts[1]!.split(' ').length);
    for (const r of txt) expect(r.meta).toMatchObject({ split: '_spf%d', overhead1: '20', txtMaxSize: '200' });
    expect(texts.join(' ').match(/ip4:\S+/g)).toHaveLength(30);
  });

  it('in a D_EXTEND subdomain the first record moves under it; the chained ones stay where the includes point', async () => {
    const many = Array.from({ length: 20 }, (_, i) => `"ip4:198.51.100.${i}"`).join(', ');
    const cfg = await evaluate(`${D('', 'example.com')}
      D_EXTEND("mail.example.com", SPF_BUILDER({ overflow: "_spf%d", parts: ["v=spf1", ${many}, "-all"] }));`);
    const recs = cfg.domains[0]!.records;
    expect(recs.map((r) => r.name).sort()).toEqual(['_spf1', 'mail']);
    expect(recs.find((r) => r.name === 'mail')!.target).toMatch(/ include:_spf1\.example\.com -all$/);
  });

  it('raw "" disables the raw record; parts without "v=spf1" are joined as given', async () => {
    expect(await records(D('SPF_BUILDER({ raw: "", flatten: ["x.example"], parts: ["v=spf1", "include:x.example", "-all"] })'))).toEqual([
      '@ 300 TXT "v=spf1 include:x.example -all" {flatten=x.example}',
    ]);
    expect(await records(D('SPF_BUILDER({ label: "mail", parts: ["include:x.example", "-all"] })'))).toEqual(['mail 300 TXT "include:x.example -all"']);
  });
});

// The LOC targets below are the ones DNSControl v4.40's own parse test 045-loc gives for these same examples.
describe('LOC_BUILDER_* (LOC_BUILDER_DD.md, LOC_BUILDER_DMS_STR.md, LOC_BUILDER_DMM_STR.md, LOC_BUILDER_STR.md)', () => {
  it('LOC_BUILDER_DD: degrees and minutes truncated, seconds truncated to 3 decimals; alt; size and precisions 0', async () => {
    expect(await records(D(`LOC_BUILDER_DD({ label: "big-ben", x: 51.50084265331501, y: -0.12462541415599787, alt: 6 }),
      LOC_BUILDER_DD({ label: "white-house", x: 38.89775977858357, y: -77.03655125982903, alt: 19 }),
      LOC_BUILDER_DD({ label: "white-house-ttl", x: 38.89775977858357, y: -77.03655125982903, alt: 19, ttl: "5m" })`))).toEqual([
      'big-ben 300 LOC "51 30 3.033 N 0 7 28.651 W 6m 0m 0m 0m"',
      'white-house 300 LOC "38 53 51.935 N 77 2 11.584 W 19m 0m 0m 0m"',
      'white-house-ttl 300 LOC "38 53 51.935 N 77 2 11.584 W 19m 0m 0m 0m"',
    ]);
  });

  it('LOC_BUILDER_DMS_STR: ′ ″ or \' " or d m s, any single separator', async () => {
    expect(await records(D(`LOC_BUILDER_DMS_STR({ label: "opera-house", str: "33°51′31″S 151°12′51″E", alt: 4, ttl: "5m" }),
      LOC_BUILDER_DMS_STR({ label: "opera-house2", str: "33°51'31\\"S 151°12'51\\"E", alt: 4 }),
      LOC_BUILDER_DMS_STR({ label: "opera-house3", str: "33d51m31sS 151d12m51sE", alt: 4 }),
      LOC_BUILDER_DMS_STR({ label: "opera-house4", str: "33 51 31 S 151 12 51 E", alt: 4 })`))).toEqual([
      'opera-house 300 LOC "33 51 31 S 151 12 51 E 4m 0m 0m 0m"',
      'opera-house2 300 LOC "33 51 31 S 151 12 51 E 4m 0m 0m 0m"',
      'opera-house3 300 LOC "33 51 31 S 151 12 51 E 4m 0m 0m 0m"',
      'opera-house4 300 LOC "33 51 31 S 151 12 51 E 4m 0m 0m 0m"',
    ]);
  });

  it('LOC_BUILDER_DMM_STR: decimal degrees with a hemisphere, seconds rounded', async () => {
    expect(await records(D(`LOC_BUILDER_DMM_STR({ label: "fraser-island", str: "25.24°S 153.15°E", alt: 3 }),
      LOC_BUILDER_DMM_STR({ label: "tasmania", str: "42°S 147°E", alt: 3 })`))).toEqual([
      'fraser-island 300 LOC "25 14 24 S 153 9 0 E 3m 0m 0m 0m"',
      'tasmania 300 LOC "42 0 0 S 147 0 0 E 3m 0m 0m 0m"',
    ]);
  });

  it('LOC_BUILDER_STR: DMM first, then DMS', async () => {
    expect(await records(D(`LOC_BUILDER_STR({ label: "old-faithful", str: "44.46046°N 110.82815°W", alt: 2240 }),
      LOC_BUILDER_STR({ label: "ribblehead-viaduct", str: "54.210436°N 2.370231°W", alt: 300 }),
      LOC_BUILDER_STR({ label: "guinness-brewery", str: "53°20′40″N 6°17′20″W", alt: 300 })`))).toEqual([
      'guinness-brewery 300 LOC "53 20 40 N 6 17 20 W 300m 0m 0m 0m"',
      'old-faithful 300 LOC "44 27 38 N 110 49 41 W 2240m 0m 0m 0m"',
      'ribblehead-viaduct 300 LOC "54 12 38 N 2 22 13 W 300m 0m 0m 0m"',
    ]);
  });

  it('defaults: label "@", one coordinate may be missing (it is 0), ttl when given', async () => {
    expect(await records(D('LOC_BUILDER_DD({ x: 10.5, ttl: 600 })'))).toEqual(['@ 600 LOC "10 30 0 N 0 0 0 E 0m 0m 0m 0m"']);
    await expect(evaluate(D('LOC_BUILDER_DD({ label: "x" })'))).rejects.toThrow(/requires x and y/);
    await expect(evaluate(D('LOC_BUILDER_DMM_STR({ label: "x" })'))).rejects.toThrow(/requires a string/);
  });
});

describe('IMPORT_TRANSFORM, IMPORT_TRANSFORM_STRIP (IMPORT_TRANSFORM.md, IMPORT_TRANSFORM_STRIP.md; pkg/transform)', () => {
  it('the documented example: names keep the source domain, addresses in a range move by their offset from low', async () => {
    // The page says .113/.114; pkg/transform adds the offset from `low` (13 - 10 = 3) to newBase: .103/.104.
    const js = `var TRANSFORM_INT = [
      { low: "1.2.3.10", high: "1.2.3.20", newBase: "123.123.123.100" },
      { low: "2.4.6.80", high: "2.4.6.90", newBase: "123.123.123.200" },
    ];
    ${D('A("one","1.2.3.1"), A("two","1.2.3.2"), A("three","1.2.3.13"), A("four","1.2.3.14")', 'foo.com')}
    ${D('A("www","123.123.123.123"), IMPORT_TRANSFORM(TRANSFORM_INT, "foo.com", 300)', 'bar.com')}`;
    expect(await records(js, 'bar.com')).toEqual([
      'four.foo.com 300 A "123.123.123.104"',
      'one.foo.com 300 A "1.2.3.1"',
      'three.foo.com 300 A "123.123.123.103"',
      'two.foo.com 300 A "1.2.3.2"',
      'www 300 A "123.123.123.123"',
    ]);
  });

  it('a list of newBase gives one record per base; newIP replaces; the TTL applies to every imported record', async () => {
    const js = `${D('A("a","10.0.0.5"), A("b","10.0.1.1")', 'src.com')}
    ${D('IMPORT_TRANSFORM([{ low: "10.0.0.0", high: "10.0.0.255", newBase: ["192.0.2.0", "198.51.100.0"] }, { low: "10.0.1.0", high: "10.0.1.255", newIP: "203.0.113.9" }], "src.com", 60)', 'dst.com')}`;
    expect(await records(js, 'dst.com')).toEqual([
      'a.src.com 60 A "192.0.2.5"',
      'a.src.com 60 A "198.51.100.5"',
      'b.src.com 60 A "203.0.113.9"',
    ]);
  });

  it('a record\'s { transform: [...] } meta is stored in the table\'s string form (helpers.js format_tt)', async () => {
    expect(await records(D('A("x", "1.2.3.4", { transform: [{ low: "1.1.1.1", high: "1.1.1.2", newBase: ["2.2.2.2", "3.3.3.3"] }, { low: "4.4.4.4", high: "4.4.4.5", newIP: "5.5.5.5" }] })'))).toEqual([
      'x 300 A "1.2.3.4" {transform=1.1.1.1 ~ 1.1.1.2 ~ 2.2.2.2,3.3.3.3 ~  ; 4.4.4.4 ~ 4.4.4.5 ~  ~ 5.5.5.5}',
    ]);
  });

  it('IMPORT_TRANSFORM_STRIP removes the suffix from the imported names', async () => {
    const js = `${D('A("bar","1.1.1.1")', 'foo1.com')}
    ${D('IMPORT_TRANSFORM_STRIP([{ low: "1.1.1.0", high: "1.1.1.9", newBase: "4.4.4.0" }], "foo1.com", 300, ".com")', 'com.extra')}`;
    expect(await records(js, 'com.extra')).toEqual(['bar.foo1 300 A "4.4.4.1"']);
  });
});

describe('REV (REV.md) and D_EXTEND (D_EXTEND.md)', () => {
  it('the IPv4 and IPv6 examples: zone names, and PTR names from a label or from an address', async () => {
    const js = `${D('PTR("1", "foo.example.com."), PTR("2", "bar.example.com."), PTR("3", "baz.example.com."), PTR("1.2.3.10", "ten.example.com.")', '" + REV("1.2.3.0/24") + "')}
    ${D('PTR("1.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0", "foo.example.com."), PTR("2001:db8:302::2", "two.example.com."), PTR("2001:db8:302::3", "three.example.com.")', '" + REV("2001:db8:302::/48") + "')}`;
    const cfg = await evaluate(js);
    expect(cfg.domains.map((d) => d.name)).toEqual(['3.2.1.in-addr.arpa', '2.0.3.0.8.b.d.0.1.0.0.2.ip6.arpa']);
    expect(await records(js, '3.2.1.in-addr.arpa')).toEqual([
      '1 300 PTR "foo.example.com."', '10 300 PTR "ten.example.com."', '2 300 PTR "bar.example.com."', '3 300 PTR "baz.example.com."',
    ]);
    expect(await records(js, '2.0.3.0.8.b.d.0.1.0.0.2.ip6.arpa')).toEqual([
      '1.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0 300 PTR "foo.example.com."',
      '2.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0 300 PTR "two.example.com."',
      '3.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0 300 PTR "three.example.com."',
    ]);
  });

  it('notations: a bare address is /32 or /128, octet and nibble boundaries, RFC 2317 below /24', async () => {
    const js = `var out = [REV("1.2.3.4"), REV("10.0.0.0/8"), REV("172.16.0.0/16"), REV("1.2.3.0/26"), REV("1.2.3.128/25"),
      REV("2001:db8::1"), REV("2001:db8::/32"), REV("2001:db8:8000::/36")];
    out.forEach(function (z) { D(z, REG_MY_PROVIDER); });`;
    expect((await evaluate(js)).domains.map((d) => d.name)).toEqual([
      '4.3.2.1.in-addr.arpa', '10.in-addr.arpa', '16.172.in-addr.arpa', '0/26.3.2.1.in-addr.arpa', '128/25.3.2.1.in-addr.arpa',
      '1.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.8.b.d.0.1.0.0.2.ip6.arpa', '8.b.d.0.1.0.0.2.ip6.arpa', '8.8.b.d.0.1.0.0.2.ip6.arpa',
    ]);
  });

  it('D_EXTEND of a reverse zone with REV, as in parse test 033-revextend', async () => {
    const js = `${D('NS(REV("9.8.2.1"), "ns1.example.com.")', '" + REV("9.8.0.0/16") + "')}
    D_EXTEND(REV("9.8.7.0/24"), NS(REV("9.8.7.6"), "ns2.example.org."));`;
    expect(await records(js, '8.9.in-addr.arpa')).toEqual(['1.2 300 NS "ns1.example.com."', '6.7 300 NS "ns2.example.org."']);
  });

  it('the D_EXTEND example: subdomain records get the subdomain appended, "@" becomes the subdomain', async () => {
    const js = `D("domain.tld", REG_MY_PROVIDER, DnsProvider(DSP_MY_PROVIDER), A("@", "127.0.0.1"), A("www", "127.0.0.2"), CNAME("a", "b"), END);
    D_EXTEND("domain.tld", A("aaa", "127.0.0.3"), CNAME("c", "d"), END);
    D_EXTEND("sub.domain.tld", A("bbb", "127.0.0.4"), A("ccc", "127.0.0.5"), CNAME("e", "f"), END);
    D_EXTEND("sub.sub.domain.tld", A("ddd", "127.0.0.6"), CNAME("g", "h"), END);
    D_EXTEND("sub.domain.tld", A("@", "127.0.0.7"), CNAME("i", "j"), END);`;
    expect(await records(js)).toEqual([
      '@ 300 A "127.0.0.1"', 'a 300 CNAME "b.domain.tld."', 'aaa 300 A "127.0.0.3"', 'bbb.sub 300 A "127.0.0.4"', 'c 300 CNAME "d.domain.tld."',
      'ccc.sub 300 A "127.0.0.5"', 'ddd.sub.sub 300 A "127.0.0.6"', 'e.sub 300 CNAME "f.sub.domain.tld."', 'g.sub.sub 300 CNAME "h.sub.sub.domain.tld."',
      'i.sub 300 CNAME "j.sub.domain.tld."', 'sub 300 A "127.0.0.7"', 'www 300 A "127.0.0.2"',
    ]);
  });

  it('builders inside D_EXTEND: their labels get the subdomain too', async () => {
    const js = `${D('', 'example.com')}
    D_EXTEND("sub.example.com", DMARC_BUILDER({ policy: "reject" }), CAA_BUILDER({ issue: ["letsencrypt.org"] }),
      DKIM_BUILDER({ selector: "s1", pubkey: "K" }), M365_BUILDER("example.com", { initialDomain: "t.onmicrosoft.com", autodiscover: false }));`;
    expect(await records(js)).toEqual([
      '_dmarc.sub 300 TXT "v=DMARC1; p=reject"',
      's1._domainkey.sub 300 TXT "v=DKIM1; p=K"',
      'selector1._domainkey.sub 300 CNAME "selector1-example-com._domainkey.t.onmicrosoft.com."',
      'selector2._domainkey.sub 300 CNAME "selector2-example-com._domainkey.t.onmicrosoft.com."',
      'sub 300 CAA 0 issue "letsencrypt.org"',
      'sub 300 MX 0 "example-com.mail.protection.outlook.com."',
    ]);
  });
});
