// Attack configs (test/security/attacks/): each runs through the real CLI (`dnscode preview`, as CI runs it
// on a pull request) in a tree that holds secrets, with sentinels outside it. Whatever an attack does, no
// sentinel may be touched: an environment variable that must appear in no output, files outside the tree
// and credentials that must not be read, a file that must not be created, a 127.0.0.1 listener that must
// see no connection. dnscode must end with a clean result or error within its limits. An attack file's
// first lines may say what else is expected:  // expect: <regex on stdout+stderr>  // args: <extra flags>
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CLI, dnscode } from '../e2e/helpers.js';

/** DNSCODE_SECURITY_CLI=path/to/bin/dnscode runs the attacks against another build (e.g. to see them
 *  succeed against a version without the isolation). */
const cli = process.env.DNSCODE_SECURITY_CLI ?? CLI;

const ATTACKS = path.join(path.dirname(fileURLToPath(import.meta.url)), 'attacks');
const token = (what: string) => `${what}-${randomBytes(8).toString('hex')}`;
const SECRETS = {
  env: token('ENVSECRET'), outside: token('OUTSIDESECRET'), creds: token('CREDSSECRET'),
  keyfile: token('KEYFILESECRET'), hidden: token('HIDDENSECRET'),
};

let base = '';
let tree = '';
let pwned = '';
let outsideFile = '';
let listener: net.Server;
let port = 0;
let connections = 0;

beforeAll(async () => {
  base = fs.mkdtempSync(path.join(os.tmpdir(), 'dnscode-attack-'));
  tree = path.join(base, 'tree');
  pwned = path.join(base, 'pwned');
  outsideFile = path.join(base, 'outside', 'secret.txt');
  fs.mkdirSync(path.join(base, 'outside'), { recursive: true });
  fs.writeFileSync(outsideFile, SECRETS.outside);
  fs.writeFileSync(path.join(base, 'outside', 'secret.js'), `var OUTSIDE = "${SECRETS.outside}"; REPORT("outside-js", OUTSIDE);\n`);
  fs.writeFileSync(path.join(base, 'outside', 'secret.json'), JSON.stringify({ secret: SECRETS.outside }));
  fs.mkdirSync(path.join(tree, 'zones'), { recursive: true });
  fs.mkdirSync(path.join(tree, 'keys'), { recursive: true });
  fs.mkdirSync(path.join(tree, '.git'), { recursive: true });
  fs.cpSync(path.join(ATTACKS, 'lib'), path.join(tree, 'lib'), { recursive: true });
  fs.writeFileSync(path.join(tree, 'keys', 'tsig.json'), JSON.stringify({ secret: SECRETS.keyfile }));
  fs.writeFileSync(path.join(tree, '.git', 'config.js'), `REPORT("hidden", "${SECRETS.hidden}");\n`);
  fs.writeFileSync(path.join(tree, 'creds.json'), JSON.stringify({
    bind: { TYPE: 'BIND', directory: 'zones' },
    cloud: { TYPE: 'CLOUDFLAREAPI', apitoken: SECRETS.creds, keyfile: 'keys/tsig.json' },
  }, null, 2));
  fs.symlinkSync(path.join(base, 'outside', 'secret.js'), path.join(tree, 'link-out.js'));
  fs.symlinkSync(path.join(base, 'outside'), path.join(tree, 'linkdir'));
  listener = net.createServer((s) => { connections++; s.destroy(); });
  await new Promise<void>((r) => listener.listen(0, '127.0.0.1', r));
  port = (listener.address() as net.AddressInfo).port;
});

afterAll(() => {
  listener?.close();
  if (base) fs.rmSync(base, { recursive: true, force: true });
});

const files = fs.readdirSync(ATTACKS).filter((f) => /\.(js|ts|mjs)$/.test(f)).sort();

describe('attack configs cannot reach the machine', () => {
  it('has at least 40 attacks', () => {
    expect(files.length).toBeGreaterThanOrEqual(40);
  });

  it.each(files)('%s', async (file) => {
    const text = fs.readFileSync(path.join(ATTACKS, file), 'utf8');
    const expectRe = text.match(/^\/\/ expect: (.*)$/m)?.[1];
    const extra = text.match(/^\/\/ args: (.*)$/m)?.[1]?.split(' ') ?? [];
    const config = `dnsconfig${path.extname(file)}`;
    for (const old of fs.readdirSync(tree).filter((f) => f.startsWith('dnsconfig'))) fs.rmSync(path.join(tree, old));
    fs.writeFileSync(path.join(tree, config), text);
    fs.rmSync(pwned, { force: true }); // each attack is judged on its own
    const before = connections;
    const started = Date.now();
    const r = await dnscode(tree, ['preview', '--config', config,
      '-v', `PWNED_FILE=${pwned}`, '-v', `OUTSIDE_FILE=${outsideFile}`, '-v', `PORT=${port}`, ...extra],
    { DNSCODE_ATTACK_SENTINEL: SECRETS.env, NODE_OPTIONS: '' }, '', cli);
    const output = r.stdout + r.stderr;
    for (const secret of Object.values(SECRETS)) expect(output).not.toContain(secret);
    expect(output).not.toContain('HOST PROCESS');
    expect(output).not.toContain('BINDING');
    expect(fs.existsSync(pwned)).toBe(false);
    await new Promise((r) => setTimeout(r, 50));
    expect(connections - before).toBe(0);
    expect([0, 1]).toContain(r.code);
    expect(output).not.toMatch(/internal error|TypeError: Cannot|at .*node:internal/);
    expect(Date.now() - started).toBeLessThan(40_000);
    if (expectRe) expect(output).toMatch(new RegExp(expectRe, 's'));
  }, 60_000);
});
