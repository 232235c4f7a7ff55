// The wizard on a real terminal (tmux): what the screen shows is what a user sees, terminal echo included.
// The secret typed at the password prompt must appear nowhere on the screen, yet land in creds.json.
import { execFile, execFileSync } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, expect, it } from 'vitest';
import { BIN } from './drive.js';
import { choosableProviders } from '../../src/init/answers.js';
import { skipUnless } from '../skip.js';

const run = promisify(execFile);
const hasTmux = (() => {
  try {
    execFileSync('tmux', ['-V']);
    return true;
  } catch {
    return false;
  }
})();
const session = `dnscode-init-${process.pid}`;
const dirs: string[] = [];
afterAll(async () => {
  await run('tmux', ['kill-session', '-t', session]).catch(() => {});
  await Promise.all(dirs.map((d) => rm(d, { recursive: true, force: true })));
});

const screen = async () => (await run('tmux', ['capture-pane', '-p', '-t', session])).stdout;
const keys = (...k: string[]) => run('tmux', ['send-keys', '-t', session, ...k]);

async function waitFor(text: string): Promise<string> {
  for (let i = 0; i < 200; i++) {
    const s = await screen();
    if (s.includes(text)) return s;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`never shown: ${text}\n${await screen()}`);
}

it.skipIf(skipUnless(hasTmux, 'tmux not installed: the terminal prompt test drives a real terminal through it'))('secret prompt on a terminal: nothing echoed, value stored', async () => {
  const dir = await mkdtemp(path.join(tmpdir(), 'dnscode-tty-'));
  dirs.push(dir);
  const secret = 'TTY-s3cret-value';
  await run('tmux', ['new-session', '-d', '-s', session, '-x', '150', '-y', '50', '-c', dir,
    `${process.execPath} ${BIN} init --no-config; echo EXIT=$?; sleep 60`]);
  await waitFor('DNS provider:');
  const downs = choosableProviders().findIndex((p) => p.name === 'POWERDNS');
  for (let i = 0; i < downs; i++) await keys('Down');
  await keys('Enter');
  await waitFor('credkey');
  await keys('Enter');
  await waitFor('Also set optional fields');
  await keys('Enter');
  await waitFor('apiUrl');
  await keys('-l', 'http://127.0.0.1:9');
  await keys('Enter');
  await waitFor('apiKey');
  await keys('-l', secret);
  await keys('Enter');
  await waitFor('serverName');
  await keys('Enter');
  await waitFor('Domains to manage');
  await keys('Enter');
  if (choosableProviders().find((p) => p.name === 'POWERDNS')?.capabilities.canGetZones?.can) {
    await waitFor('Import every zone');
    await keys('Enter');
  }
  const final = await waitFor('EXIT=');
  expect(final).toContain('EXIT=0');
  expect(final).toContain('Wrote creds.json: "powerdns" (TYPE POWERDNS: apiUrl, apiKey, serverName)');
  expect(final).not.toContain(secret);
  expect(JSON.parse(await readFile(path.join(dir, 'creds.json'), 'utf8')).powerdns.apiKey).toBe(secret);
}, 60_000);
