// The sandbox boundary: config code sees only its own context's objects, so no constructor chain reaches
// the host's Function (and through it `process`), whichever DSL value it starts from.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../config/load.js';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'dsl-sandbox-'));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

/** Runs `expr` (which should try to return `process`) and reports what it got. */
async function probe(expr: string): Promise<string> {
  fs.writeFileSync(path.join(dir, 'dnsconfig.js'), `
    var got;
    try { got = (function () { ${expr} })(); } catch (e) { got = "threw"; }
    D("probe.example", NewRegistrar("r"), TXT("r", got && typeof got.pid === "number" ? "HOST PROCESS" : String(got === undefined ? "undefined" : got === "threw" ? "threw" : "other")));
  `);
  const cfg = await loadConfig({ variable: [] }, { out() {}, err() {}, color: false, cwd: dir, env: {} });
  return cfg.domains.find((d) => d.name === 'probe.example')!.records[0]!.target;
}

const P = '.constructor("return process")()';

describe('sandbox boundary', () => {
  it.each([
    ['a DSL function', `return A${P};`],
    ['the prototype of a DSL function', `return Object.getPrototypeOf(D).constructor("return process")();`],
    ['a record modifier returned by A()', `return A("@", "192.0.2.1")${P};`],
    ['an array returned by a builder', `return CAA_BUILDER({ issue: ["ca.example"] }).constructor${P};`],
    ['a meta object constant', `return CF_PROXY_ON.constructor${P};`],
    ['an error thrown by the DSL', `try { PANIC("x"); } catch (e) { return e.constructor${P}; }`],
    ['the domain passed to a modifier', `var g; D("x.example", NewRegistrar("r"), function (d) { g = d.records.constructor${P}; }); return g;`],
    ['a record passed to a modifier', `var g; D("y.example", NewRegistrar("r"), A("@", "192.0.2.1", function (r) { g = r.meta.constructor${P}; })); return g;`],
    ['getConfiguredDomains()', `return getConfiguredDomains().constructor${P};`],
    ['require', `return require${P};`],
    ['the lazy _ accessor', `return Object.getOwnPropertyDescriptor(globalThis, "_").get${P};`],
    ['the global process', `return process;`],
  ])('%s', async (_name, expr) => {
    expect(await probe(expr)).not.toBe('HOST PROCESS');
  });

  it('a modifier can still read and change the domain it gets', async () => {
    fs.writeFileSync(path.join(dir, 'dnsconfig.js'),
      'D("m.example", NewRegistrar("r"), A("@", "192.0.2.1"), function (d) { d.records.push.apply(d.records, []); d.meta.owner = "me:" + d.records.length; });');
    const cfg = await loadConfig({ variable: [] }, { out() {}, err() {}, color: false, cwd: dir, env: {} });
    expect(cfg.domains[0]!.meta).toMatchObject({ owner: 'me:1' });
  });

  it("DSL calls made by config code get the DSL's own domain and records themselves, not copies", async () => {
    // A(...)(d) must add to that very domain and TTL(...)(r) change that very record (Realm's owned mark);
    // a copy made of them would drop both changes silently.
    fs.writeFileSync(path.join(dir, 'dnsconfig.js'), 'D("o.example", NewRegistrar("r"), function (d) { A("w", "192.0.2.1")(d); },' +
      ' A("v", "192.0.2.2"), function (d) { TTL(777)(d.records[1]); });');
    const cfg = await loadConfig({ variable: [] }, { out() {}, err() {}, color: false, cwd: dir, env: {} });
    expect(cfg.domains[0]!.records.map((r) => `${r.name} ${r.ttl}`).sort()).toEqual(['v 777', 'w 300']);
  });

  it('an object of the config is copied, even one made to look like a record', async () => {
    fs.writeFileSync(path.join(dir, 'dnsconfig.js'), 'var fake = { type: "A", name: "f", target: "192.0.2.3", ttl: 1, meta: {} };' +
      ' D("c.example", NewRegistrar("r"), A("@", "192.0.2.1"), function (d) { TTL(555)(fake); d.meta.seen = String(fake.ttl); });');
    const cfg = await loadConfig({ variable: [] }, { out() {}, err() {}, color: false, cwd: dir, env: {} });
    expect(cfg.domains[0]!.meta).toMatchObject({ seen: '1' });
  });
});
