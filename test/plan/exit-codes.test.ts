// Exit codes through the real CLI: 0 success, 1 error, 2 changes pending with --expect-no-changes; --help says so.
import { afterEach, describe, expect, it } from 'vitest';
import { HEADER, Workdir } from '../e2e/helpers.js';

const CONFIG = `${HEADER}D("example.com", REG_NONE, DnsProvider(DSP_BIND), A("@", "192.0.2.1"));\n`;

let w: Workdir | undefined;
afterEach(async () => { await w?.remove(); w = undefined; });

describe('exit codes', () => {
  it('pending → 2, in sync → 0, error → 1, for preview and push', async () => {
    w = await Workdir.create(CONFIG);
    const pending = await w.run('preview', '--expect-no-changes');
    expect([pending.code, pending.stderr]).toEqual([2, 'Error: there are pending changes\n']);
    expect((await w.run('push')).code).toBe(0);
    expect((await w.run('preview', '--expect-no-changes')).code).toBe(0);
    expect((await w.run('push', '--expect-no-changes')).code).toBe(0);
    await w.write('dnsconfig.js', CONFIG.replace('A("@"', 'A("@", "not-an-ip"), A("x"'));
    expect((await w.run('preview', '--expect-no-changes')).code).toBe(1);
  });

  it.each([[[] as string[]], [['preview']], [['push']]])('%j --help lists them', async (cmd) => {
    w = await Workdir.create(CONFIG);
    const help = await w.run(...cmd, '--help');
    expect(help.code).toBe(0);
    expect(help.stdout).toContain('Exit codes:\n  0  success');
    expect(help.stdout).toContain('  2  preview/push --expect-no-changes: changes are pending');
  });
});
