// The isolated evaluator against the in-process evaluation it replaced: the same IR, the same positions;
// confinement to the config's tree and --config-root; the fallback where Linux namespaces are unavailable;
// limits that leave nothing written.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../config/load.js';
import { evaluateFile } from '../dsl/evaluate.js';
import { ConfinedSource } from './files.js';
import { dnscode } from '../../test/e2e/helpers.js';

const testdata = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../dsl/testdata');
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'isolate-'));
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));
const io = (cwd: string) => ({ out() {}, err() {}, color: false, cwd, env: {} });

function tree(files: Record<string, string>): string {
  const dir = fs.mkdtempSync(path.join(tmp, 't-'));
  for (const [rel, text] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(dir, rel)), { recursive: true });
    fs.writeFileSync(path.join(dir, rel), text);
  }
  return dir;
}

describe('isolated evaluation', () => {
  it.each(['records.js', 'require.js', 'extend.js', 'builders.js'])('%s gives the IR the in-process evaluation gives, positions included', async (file) => {
    const isolated = await loadConfig({ config: file, variable: [] }, io(testdata), { raw: true, positions: true });
    const source = new ConfinedSource({ cwd: testdata, root: testdata, deny: [], allowFetch: false, display: (a) => path.relative(testdata, a) });
    const local = await evaluateFile(path.join(testdata, file), { cwd: testdata, source });
    expect(JSON.parse(JSON.stringify(isolated))).toEqual(JSON.parse(JSON.stringify(local.config)));
    expect(JSON.stringify(isolated)).toMatch(/"filepos":"[^"]+\.js:\d+:\d+"/);
  });

  it('sends the main file as read: non-ASCII text and invalid UTF-8 come out as in-process evaluation reads them', async () => {
    const dir = tree({});
    const file = path.join(dir, 'dnsconfig.js');
    fs.writeFileSync(file, Buffer.concat([
      Buffer.from('// \xff\n', 'latin1'), // an invalid UTF-8 byte in a comment
      Buffer.from('D("bücher.example", NewRegistrar("none"), TXT("@", "é ü 😀"), TXT("x", "'),
      Buffer.from([0xc3]), // a truncated sequence in a string: U+FFFD on both sides
      Buffer.from('"));\n'),
    ]));
    const isolated = await loadConfig({ variable: [] }, io(dir), { raw: true, positions: true });
    const source = new ConfinedSource({ cwd: dir, root: dir, deny: [], allowFetch: false, display: (a) => path.relative(dir, a) });
    const local = await evaluateFile(file, { cwd: dir, source });
    expect(JSON.parse(JSON.stringify(isolated))).toEqual(JSON.parse(JSON.stringify(local.config)));
    expect(isolated.domains[0]!.records.map((r) => r.target)).toEqual(['é ü 😀', '\ufffd']);
  });

  it('reads only inside the config\'s tree unless --config-root widens it', async () => {
    const dir = tree({
      'shared/ips.js': 'var IP1 = "192.0.2.9";\n',
      'zones/dnsconfig.js': 'require("../shared/ips.js");\nD("t.example", NewRegistrar("none"), A("@", IP1));\n',
    });
    const cwd = path.join(dir, 'zones');
    await expect(loadConfig({ variable: [] }, io(cwd))).rejects.toThrow(
      /^dnsconfig\.js:1:1: require\("\.\.\/shared\/ips\.js"\): refused: .*shared\/ips\.js is outside the config's tree/);
    const cfg = await loadConfig({ variable: [], configRoot: '..' }, io(cwd));
    expect(cfg.domains[0]!.records[0]!.target).toBe('192.0.2.9');
  });

  it('never serves the creds file named by --creds, wherever it is in the tree', async () => {
    const dir = tree({ 'secrets/mine.json': '{"bind": {"TYPE": "BIND"}}', 'dnsconfig.js': 'require("./secrets/mine.json");\n' });
    await expect(loadConfig({ variable: [], creds: 'secrets/mine.json' } as never, io(dir))).rejects.toThrow(/refused: .*holds credentials/);
    await expect(loadConfig({ variable: [] }, io(dir))).resolves.toBeDefined();
  });

  it('works where Linux namespaces are unavailable (no unshare on PATH)', async () => {
    const dir = tree({ 'dnsconfig.js': 'D("p.example", NewRegistrar("none"), A("@", "192.0.2.1"));\n' });
    const r = await dnscode(dir, ['print-ir'], { PATH: '/nonexistent' });
    expect(r.stderr).toBe('');
    expect(JSON.parse(r.stdout).domains[0].records[0].target).toBe('192.0.2.1');
  });

  it('time dnscode spends busy itself (reading zones ahead) does not count against --eval-timeout', async () => {
    const dir = tree({ 'dnsconfig.js': 'D("a.example", NewRegistrar("none"));\nD("b.example", NewRegistrar("none"));\n' });
    let stalls = 0;
    // dnscode's event loop blocked for longer than the whole deadline, while the evaluator finishes at once.
    const stall = () => { if (stalls++ === 0) { const end = Date.now() + 1500; while (Date.now() < end) { /* busy */ } } };
    const cfg = await loadConfig({ variable: [], evalTimeout: 1 }, io(dir), { raw: true, onSeen: stall });
    expect(stalls).toBeGreaterThan(0);
    expect(cfg.domains.map((d) => d.name)).toEqual(['a.example', 'b.example']);
  });

  it('a config that hits --eval-timeout leaves the zone files untouched', async () => {
    const dir = tree({
      'creds.json': '{"bind": {"TYPE": "BIND", "directory": "zones"}}',
      'dnsconfig.js': 'D("x.example", NewRegistrar("none"), DnsProvider(NewDnsProvider("bind")), A("@", "192.0.2.1"));\nwhile (true) {}\n',
    });
    const r = await dnscode(dir, ['push', '--eval-timeout', '2']);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/dnsconfig\.js: evaluation stopped after --eval-timeout 2 s/);
    expect(fs.existsSync(path.join(dir, 'zones'))).toBe(false);
  });
});
