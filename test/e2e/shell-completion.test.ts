// `dnscode shell-completion bash|zsh|fish` as a user loads it: the script from the real CLI, sourced in the
// real shell, asked to complete commands and flags. zsh and fish are checked where installed (CI installs
// them; test/servers/install-packages.sh).
import { execFileSync, spawnSync } from 'node:child_process';
import { afterAll, describe, expect, it } from 'vitest';
import { skipUnless } from '../skip.js';
import { dnscode, HEADER, Workdir } from './helpers.js';

const has = (cmd: string) => spawnSync('sh', ['-c', `command -v ${cmd}`]).status === 0;

async function script(shell: string): Promise<string> {
  const r = await dnscode(process.cwd(), ['shell-completion', shell]);
  expect(r.code, r.stderr).toBe(0);
  return r.stdout;
}

/** What bash completes for the words typed so far (the last one is being completed). */
function bashComplete(text: string, words: string[]): string[] {
  const program = `${text}\nCOMP_WORDS=(${words.map((w) => `'${w}'`).join(' ')}); COMP_CWORD=${words.length - 1}; _dnscode; printf '%s\\n' "\${COMPREPLY[@]}"`;
  return execFileSync('bash', ['-c', program], { encoding: 'utf8' }).split('\n').filter(Boolean);
}

describe('shell-completion', () => {
  it('bash: completes commands (and aliases), then each command\'s own flags', async () => {
    const text = await script('bash');
    expect(bashComplete(text, ['dnscode', 'pre'])).toEqual(['preview']);
    expect(bashComplete(text, ['dnscode', 'get-'])).toEqual(['get-zones', 'get-zone']);
    expect(bashComplete(text, ['dnscode', 'shell'])).toEqual(['shell-completion']);
    expect(bashComplete(text, ['dnscode', 'preview', '--rep'])).toEqual(['--report', '--reportmax']);
    expect(bashComplete(text, ['dnscode', 'push', '--inter'])).toEqual(['--interactive']);
    // A flag of another command is not offered, and the hidden --diff2 never is.
    expect(bashComplete(text, ['dnscode', 'check', '--rep'])).toEqual([]);
    expect(bashComplete(text, ['dnscode', 'preview', '--diff'])).toEqual([]);
  });

  it.skipIf(skipUnless(has('zsh'), 'zsh not installed (apt-get install zsh)'))('zsh: the script loads and completes commands', async () => {
    const text = await script('zsh');
    // Load it as a user's .zshrc would (compinit first), and list what the command position offers.
    const probe = `autoload -Uz compinit && compinit -u -D\n${text}\nprint -l -- \${(k)_comps[dnscode]}`;
    const r = spawnSync('zsh', ['-f', '-c', probe], { encoding: 'utf8' });
    expect(r.stderr).toBe('');
    expect(r.stdout.trim()).toBe('dnscode');
    expect(text).toContain("'preview:show the changes a push would make'");
  });

  it.skipIf(skipUnless(has('fish'), 'fish not installed (apt-get install fish)'))('fish: the script loads and completes commands and flags', async () => {
    const text = await script('fish');
    const complete = (line: string) =>
      execFileSync('fish', ['--no-config', '-c', `${text}\ncomplete -C ${JSON.stringify(line)}`], { encoding: 'utf8' })
        .split('\n')
        .map((l) => l.split('\t')[0])
        .filter(Boolean);
    expect(complete('dnscode pre')).toContain('preview');
    expect(complete('dnscode preview --rep')).toEqual(expect.arrayContaining(['--report', '--reportmax']));
  });

  it('without a shell name it uses $SHELL, and an unknown shell is a usage error', async () => {
    const fromEnv = await dnscode(process.cwd(), ['shell-completion'], { SHELL: '/usr/bin/bash' });
    expect(fromEnv.code).toBe(0);
    expect(fromEnv.stdout).toContain('complete -o filenames -F _dnscode dnscode');
    const bad = await dnscode(process.cwd(), ['shell-completion', 'tcsh'], { SHELL: '/bin/tcsh' });
    expect(bad.code).toBe(1);
    expect(bad.stderr).toBe('Error: shell-completion: name the shell: bash, zsh, fish (not "tcsh")\n');
  });
});

describe('--diff2 (DNSControl v4 hid it, kept it)', () => {
  let w: Workdir | undefined;
  afterAll(async () => { await w?.remove(); });

  it('is accepted with a warning, and preview runs as without it', async () => {
    w = await Workdir.create(`${HEADER}D("example.com", REG_NONE, DnsProvider(DSP_BIND), A("@", "192.0.2.1"));\n`);
    const plain = await dnscode(w.dir, ['preview']);
    const r = await dnscode(w.dir, ['preview', '--diff2']);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toBe('WARNING: --diff2 is ignored: diff2 is the only diff engine (as in DNSControl v4)\n');
    expect(r.stdout).toBe(plain.stdout);
    const help = await dnscode(w.dir, ['preview', '--help']);
    expect(help.stdout).not.toContain('--diff2');
  });
});
