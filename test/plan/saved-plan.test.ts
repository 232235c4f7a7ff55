// Saved plans through the real CLI over BIND zone files: `preview --plan` then `push --plan` applies exactly
// what was previewed, refuses (exit 1, nothing written) when a zone changed since, and ignores later config edits.
import { afterEach, describe, expect, it } from 'vitest';
import { HEADER, Workdir } from '../e2e/helpers.js';

const config = (web: string, extra = '') => `${HEADER}
D("example.com", REG_NONE, DnsProvider(DSP_BIND),
  A("@", "192.0.2.1"),
  A("web", "${web}"),
  CNAME("www", "web"),
  MX("@", 10, "mail.example.com."),
  A("mail", "192.0.2.25"),${extra}
);
D("example.org", REG_NONE, DnsProvider(DSP_BIND),
  A("@", "198.51.100.1"),
);
`;
const SECRET = 'tok-3f9a1c77e2b54d08';
const CREDS = `{ "bind": { "TYPE": "BIND", "directory": "zones", "api_token": "${SECRET}" } }`;

let w: Workdir | undefined;
afterEach(async () => { await w?.remove(); w = undefined; });

/** push's stdout without the per-correction SUCCESS! lines: what preview printed. */
const withoutSuccess = (s: string) => s.split('\n').filter((l) => l !== 'SUCCESS!').join('\n');

async function started(): Promise<Workdir> {
  const wd = await Workdir.create(config('192.0.2.2'), CREDS);
  expect((await wd.run('push', '--bindserial', '2024010101')).code).toBe(0);
  await wd.write('dnsconfig.js', config('192.0.2.3', '\n  A("new", "192.0.2.4"),'));
  return wd;
}

describe('preview --plan / push --plan', () => {
  it('an unchanged plan applies exactly the preview\'s changes, then nothing is left to do', async () => {
    w = await started();
    const preview = await w.run('preview', '--plan', 'plan.json');
    expect(preview.code, preview.stderr).toBe(0);
    expect(preview.stdout).toContain('± MODIFY web.example.com A (192.0.2.2 ttl=300) -> (192.0.2.3 ttl=300)');
    const push = await w.run('push', '--plan', 'plan.json');
    expect(push.code, push.stderr).toBe(0);
    expect(push.stderr).toMatch(/^Applying the plan made at \d{4}-\d\d-\d\dT[\d:.]+Z \(plan\.json\); the config is not read\.\n$/);
    expect(withoutSuccess(push.stdout)).toBe(preview.stdout);
    expect(push.stdout).toContain('SUCCESS!');
    expect(await w.read('zones/example.com.zone')).toMatch(/new\s+IN\s+A\s+192\.0\.2\.4/);
    const again = await w.run('preview', '--expect-no-changes');
    expect(again.code, again.stdout).toBe(0);
  });

  it('refuses, exit 1 and nothing written, when a zone changed since the preview', async () => {
    w = await started();
    expect((await w.run('preview', '--plan', 'plan.json')).code).toBe(0);
    // Someone else edits the zone between review and push.
    const file = 'zones/example.com.zone';
    await w.write(file, `${await w.read(file)}intruder IN A 203.0.113.9\n`);
    const before = await w.snapshot();
    const push = await w.run('push', '--plan', 'plan.json');
    expect(push.code).toBe(1);
    expect(push.stdout).toBe('');
    expect(push.stderr).toBe([
      'Error: the plan plan.json is out of date; nothing was applied:',
      '  - example.com (bind): the live records changed since the plan was made (8 records then, 9 now)',
      'Run "dnscode preview --plan plan.json" again, review it, and push the new plan.',
      '',
    ].join('\n'));
    expect(await w.snapshot()).toEqual(before);
  });

  it('a zone file only reformatted (same records) is not a change', async () => {
    w = await started();
    expect((await w.run('preview', '--plan', 'plan.json')).code).toBe(0);
    const file = 'zones/example.com.zone';
    await w.write(file, `; a comment someone added\n\n${(await w.read(file)).replace(/[ \t]+/g, ' ')}`);
    const push = await w.run('push', '--plan', 'plan.json');
    expect(push.code, push.stderr).toBe(0);
  });

  it('applies the reviewed plan even if the config changed since', async () => {
    w = await started();
    expect((await w.run('preview', '--plan', 'plan.json')).code).toBe(0);
    await w.write('dnsconfig.js', config('192.0.2.99'));
    const push = await w.run('push', '--plan', 'plan.json');
    expect(push.code, push.stderr).toBe(0);
    const zone = await w.read('zones/example.com.zone');
    expect(zone).toMatch(/web\s+IN\s+A\s+192\.0\.2\.3/);
    expect(zone).not.toContain('192.0.2.99');
    // The config's own changes are still pending, for the next review.
    expect((await w.run('preview', '--expect-no-changes')).code).toBe(2);
  });

  it('contains the changes, a digest and a format version, and no creds.json value', async () => {
    w = await started();
    expect((await w.run('preview', '--plan', 'plan.json')).code).toBe(0);
    const text = await w.read('plan.json');
    expect(text).not.toContain(SECRET);
    expect(text).not.toContain('api_token');
    const plan = JSON.parse(text);
    expect(plan).toMatchObject({ format: 'dnscode-plan', version: 1, providers: { dns: [{ name: 'bind', type: 'BIND' }], registrars: [{ name: 'none', type: 'NONE' }] } });
    const bind = plan.zones[0].providers[0];
    expect(plan.zones[0].domain).toBe('example.com');
    expect(bind.digest).toMatch(/^sha256:[0-9a-f]{64}$/);
    expect(bind.changes.map((c: { kind: string; key: { nameFQDN: string } }) => `${c.kind} ${c.key.nameFQDN}`)).toEqual(['create new.example.com', 'change web.example.com']);
  });

  it.each<[string, string, RegExp]>([
    ['not JSON', 'nope', /^Error: --plan plan\.json: not a plan file \(invalid JSON: /],
    ['another JSON file', '{"a": 1}', /^Error: --plan plan\.json: not a dnscode plan file \(write one with "dnscode preview --plan plan\.json"\)\n$/],
    ['a newer format', '{"format": "dnscode-plan", "version": 99}', /plan format version 99 is not supported by this dnscode \(it reads version 1\); run preview again/],
  ])('rejects %s clearly', async (_n, text, err) => {
    w = await started();
    await w.write('plan.json', text);
    const before = await w.snapshot();
    const push = await w.run('push', '--plan', 'plan.json');
    expect(push.code).toBe(1);
    expect(push.stderr).toMatch(err);
    expect(await w.snapshot()).toEqual(before);
  });

  it('a missing plan file and filters are usage errors', async () => {
    w = await started();
    expect((await w.run('push', '--plan', 'nowhere.json')).stderr).toMatch(/^Error: --plan nowhere\.json: cannot read the plan: no such file \(write one with "dnscode preview --plan FILE"\)\n$/);
    expect((await w.run('preview', '--plan', 'plan.json')).code).toBe(0);
    const filtered = await w.run('push', '--plan', 'plan.json', '--domains', 'example.com');
    expect(filtered.code).toBe(1);
    expect(filtered.stderr).toContain('--plan applies the saved plan as a whole');
  });

  it('the safety limits apply to a saved plan too', async () => {
    w = await started();
    await w.write('dnsconfig.js', `${HEADER}\nD("example.com", REG_NONE, DnsProvider(DSP_BIND));\nD("example.org", REG_NONE, DnsProvider(DSP_BIND), A("@", "198.51.100.1"));\n`);
    // example.com had 8 records: under 10, so exempt; its apex NS stay. Nothing refused.
    expect((await w.run('preview', '--plan', 'plan.json')).stderr).toMatch(/^Saved the plan \(5 corrections\) to plan\.json; apply exactly it with "dnscode push --plan plan\.json"\.\nPlan digest: sha256:[0-9a-f]{64} \(pin it: [^\n]*\)\n$/);
    await w.write('dnsconfig.js', config('192.0.2.2').replace('default_ns: ["ns1.example.net.", "ns2.example.net."]', 'default_ns: ["ns9.example.net."]'));
    expect((await w.run('preview', '--plan', 'plan.json')).stderr).toContain('would change the apex NS set');
    const refused = await w.run('push', '--plan', 'plan.json');
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain('Error: push refused by the safety limits; nothing was applied');
    expect((await w.run('push', '--plan', 'plan.json', '--force')).code).toBe(0);
    expect(await w.read('zones/example.com.zone')).toContain('ns9.example.net.');
  });
});
