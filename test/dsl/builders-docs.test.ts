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

  it('raw "" disables the raw record; parts without "v=spf1" are joined as given', async () => {
    expect(await records(D('SPF_BUILDER({ raw: "", flatten: ["x.example"], parts: ["v=spf1", "include:x.example", "-all"] })'))).toEqual([
      '@ 300 TXT "v=spf1 include:x.example -all" {flatten=x.example}',
    ]);
    expect(await records(D('SPF_BUILDER({ label: "mail", parts: ["include:x.example", "-all"] })'))).toEqual(['mail 300 TXT "include:x.example -all"']);
  });
});
