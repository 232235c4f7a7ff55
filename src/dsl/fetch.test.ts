// FETCH (only with --allow-fetch) and asynchronous configs, against a real local HTTP server.
import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../config/load.js';

let server: http.Server;
let url = '';
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'dsl-fetch-'));

beforeAll(async () => {
  server = http.createServer((_req, res) => { res.setHeader('content-type', 'application/json'); res.end('{"ip":"192.0.2.77"}'); });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
});
afterAll(() => { server.close(); fs.rmSync(dir, { recursive: true, force: true }); });

async function run(js: string, allowFetch: boolean) {
  fs.writeFileSync(path.join(dir, 'dnsconfig.js'), js.replace('URL', url));
  return loadConfig({ variable: [], allowFetch }, { out() {}, err() {}, color: false, cwd: dir, env: {} });
}

const CONFIG = `var REG = NewRegistrar("none");
FETCH("URL").then(function (r) { return r.json(); }).then(function (data) {
  D("example.com", REG, A("@", data.ip));
});
setTimeout(function () { D("later.example", REG); }, 5);
`;

describe('FETCH and async configs', () => {
  it('waits for FETCH and timers before building the IR', async () => {
    const cfg = await run(CONFIG, true);
    expect(cfg.domains.map((d) => d.name).sort()).toEqual(['example.com', 'later.example']);
    expect(cfg.domains.find((d) => d.name === 'example.com')!.records[0]!.target).toBe('192.0.2.77');
  });

  it('is refused without --allow-fetch', async () => {
    await expect(run(CONFIG, false)).rejects.toThrow(/^dnsconfig\.js:2:1: FETCH is disabled/);
  });

  it('a failed FETCH is an error at the FETCH call', async () => {
    const js = 'var REG = NewRegistrar("none");\nFETCH("http://127.0.0.1:1/nothing");\n';
    await expect(run(js, true)).rejects.toThrow(/^dnsconfig\.js:2:1: FETCH http:\/\/127\.0\.0\.1:1\/nothing failed/);
  });

  it('reports errors raised inside promise callbacks, with their location', async () => {
    const js = 'FETCH("URL").then(function (r) {\n  return MX("@", "x.");\n});\n';
    await expect(run(js, true)).rejects.toThrow(/^dnsconfig\.js:2:10: MX record requires 3 arguments/);
  });
});
