// The GitHub Action (action.yml + scripts/github-action.mjs), run as a real process the way the runner runs
// its composite step: the step's `env:` is evaluated from action.yml (inputs, their defaults, github.token,
// github.action_path) and its `run:` goes to bash, in a temp project of BIND zone files, with a fake event
// payload and a fake GitHub REST API on 127.0.0.1.
//
// The fake follows GitHub's documentation:
// - comments: https://docs.github.com/en/rest/issues/comments (list: GET /repos/{owner}/{repo}/issues/
//   {issue_number}/comments, 200; create: POST .../issues/{issue_number}/comments, 201; update: PATCH
//   /repos/{owner}/{repo}/issues/comments/{comment_id}, 200; 404 for a missing issue or comment; 422 for
//   an invalid body)
// - pagination: https://docs.github.com/en/rest/using-the-rest-api/using-pagination-in-the-rest-api
//   (per_page at most 100, a Link header with rel="next", "last", "first", "prev")
// - authentication: https://docs.github.com/en/rest/authentication/authenticating-to-the-rest-api
//   (401 {"message":"Bad credentials"}) and https://docs.github.com/en/rest/using-the-rest-api/getting-started-with-the-rest-api
//   (a request without User-Agent is refused with 403)
// - rate limits: https://docs.github.com/en/rest/using-the-rest-api/rate-limits-for-the-rest-api (403 or 429
//   with x-ratelimit-remaining: 0 and x-ratelimit-reset in epoch seconds; a secondary limit with retry-after)
// - workflow commands and files: https://docs.github.com/en/actions/reference/workflow-commands-for-github-actions
//   (GITHUB_OUTPUT's name<<delimiter form, GITHUB_STEP_SUMMARY, ::add-mask::)
import { spawn, spawnSync } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HEADER, Workdir, dnscode } from './helpers.js';
import { parseYaml, type Yaml } from './mini-yaml.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const TOKEN = 'ghs_TESTtoken0123456789abcdefABCDEF0123';
const REPO = 'octo-org/dns';
const PR = 7;
const MARKER = '<!-- dnscode-plan -->';

// ---------------------------------------------------------------------------------------------------------
// action.yml

type Map = { [key: string]: Yaml };
const asMap = (v: Yaml | undefined): Map => {
  if (!v || typeof v !== 'object' || Array.isArray(v)) throw new Error(`expected a mapping, got ${JSON.stringify(v)}`);
  return v;
};

const actionText = await readFile(path.join(root, 'action.yml'), 'utf8');
const action = asMap(parseYaml(actionText));
const inputs = asMap(action.inputs);
const steps = asMap(action.runs).steps as Map[];
const runStep = steps.find((s) => s.id === 'run')!;
const scriptText = await readFile(path.join(root, 'scripts', 'github-action.mjs'), 'utf8');

/** `${{ ... }}` as the runner would evaluate it, for the expressions action.yml uses. */
function evaluate(value: string, given: Record<string, string>): string {
  return value.replace(/\$\{\{\s*(.+?)\s*\}\}/g, (_, expr: string) => {
    if (expr === 'github.token') return TOKEN;
    if (expr === 'github.action_path') return root;
    const m = /^inputs\.([\w-]+)$/.exec(expr);
    if (!m) throw new Error(`unexpected expression ${expr}`);
    if (!Object.hasOwn(inputs, m[1]!)) throw new Error(`undeclared input ${m[1]}`);
    if (Object.hasOwn(given, m[1]!)) return given[m[1]!]!;
    return evaluate(String(asMap(inputs[m[1]!]).default ?? ''), given);
  });
}

describe('action.yml', () => {
  it('parses as YAML (and PyYAML, where installed, reads it the same way)', () => {
    expect(action.name).toBe('dnscode');
    expect(typeof action.description).toBe('string');
    const py = spawnSync('python3', ['-c', 'import json, sys, yaml; print(json.dumps(yaml.safe_load(sys.stdin)))'], { input: actionText, encoding: 'utf8' });
    if (py.status === 0) expect(JSON.parse(py.stdout)).toEqual(action);
  });

  it('the YAML reader refuses what it does not understand', () => {
    expect(() => parseYaml('a: 1\na: 2\n')).toThrow(/line 2: duplicate key "a"/);
    expect(() => parseYaml('a: {b: 1}\n')).toThrow(/line 1: unsupported plain scalar/);
    expect(() => parseYaml('a:\n  b: 1\n    c: 2\n')).toThrow(/line 3/);
    expect(() => parseYaml('a: >\n  text\n')).toThrow(/literal block scalars/);
    expect(parseYaml('a:\n- x\n- y: "q: r" # c\n  z: |\n    one\n\n    two\nb: \'it\'\'s\'\n')).toEqual({ a: ['x', { y: 'q: r', z: 'one\n\ntwo\n' }], b: "it's" });
  });

  it('its install step uses the dnscode already built in the action\'s directory', () => {
    const install = steps.find((s) => s.name === 'Install dnscode')!;
    const cwd = evaluate(String(install['working-directory']), {});
    expect(cwd).toBe(root);
    const r = spawnSync(String(install.shell), ['-e', '-c', String(install.run)], { cwd, encoding: 'utf8', env: { PATH: process.env.PATH! } });
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout).toContain(`dnscode is already built in ${root}`);
    expect(r.stdout).toMatch(/\d+\.\d+\.\d+/);
  });

  it('is a composite action whose steps are well formed', () => {
    const runs = asMap(action.runs);
    expect(runs.using).toBe('composite');
    expect(Array.isArray(steps) && steps.length > 0).toBe(true);
    for (const s of steps) {
      expect(Object.hasOwn(s, 'run') !== Object.hasOwn(s, 'uses'), JSON.stringify(s)).toBe(true);
      if (s.run !== undefined) expect(['bash', 'sh', 'pwsh', 'python'], 'a composite run step needs shell').toContain(s.shell);
      if (s.uses !== undefined) expect(s.uses).toMatch(/^actions\/[\w-]+@v\d+$/);
      for (const key of Object.keys(s)) expect(['id', 'name', 'if', 'run', 'shell', 'uses', 'with', 'env', 'working-directory']).toContain(key);
    }
    const ids = steps.map((s) => s.id).filter(Boolean);
    expect(new Set(ids).size).toBe(ids.length);
    // The script's inputs are passed by env, never pasted into the script (no injection through inputs).
    for (const s of steps) if (typeof s.run === 'string') expect(s.run).not.toMatch(/inputs\./);
  });

  it('references only declared inputs and existing step outputs, and uses every input', () => {
    for (const [name, spec] of Object.entries(inputs)) {
      const m = asMap(spec);
      expect(typeof m.description, name).toBe('string');
      expect(m.default === undefined || typeof m.default === 'string', `${name}: defaults are strings`).toBe(true);
    }
    const used = new Set([...actionText.matchAll(/\binputs\.([\w-]+)/g)].map((m) => m[1]!));
    expect([...used].filter((n) => !Object.hasOwn(inputs, n))).toEqual([]);
    expect(Object.keys(inputs).filter((n) => !used.has(n))).toEqual([]);
    const ids = new Set(steps.map((s) => s.id));
    for (const m of actionText.matchAll(/\bsteps\.([\w-]+)\.outputs\.([\w-]+)/g)) {
      expect(ids.has(m[1]!), m[0]).toBe(true);
      expect(scriptText, `the script writes output ${m[2]}`).toContain(`setOutput('${m[2]}'`);
    }
    for (const [name, spec] of Object.entries(asMap(action.outputs))) {
      expect(asMap(spec).value, name).toBe(`\${{ steps.run.outputs.${name} }}`);
    }
  });

  it('passes the script every DNSCODE_ variable it reads, and nothing else', () => {
    const read = new Set([...scriptText.matchAll(/\b(?:input|bool)\('([A-Z_]+)'/g)].map((m) => `DNSCODE_${m[1]}`));
    const passed = Object.keys(asMap(runStep.env));
    expect(passed.sort()).toEqual([...read].sort());
    for (const [name, value] of Object.entries(asMap(runStep.env))) {
      expect(value, name).toBe(`\${{ inputs.${name.slice('DNSCODE_'.length).toLowerCase().replace(/_/g, '-')} }}`);
    }
  });
});

// ---------------------------------------------------------------------------------------------------------
// A fake GitHub REST API

interface Comment { id: number; body: string; user: { login: string }; created_at: string; updated_at: string }
interface Fault { status: number; headers?: Record<string, string>; message: string }

class FakeGitHub {
  server!: Server;
  base = '';
  requests: { method: string; path: string }[] = [];
  comments = new Map<number, Comment[]>();
  faults: Fault[] = [];
  private nextId = 1000;

  async start(): Promise<void> {
    this.server = createServer((req, res) => { void this.handle(req, res); });
    await new Promise<void>((r) => this.server.listen(0, '127.0.0.1', r));
    this.base = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
  }

  stop(): Promise<void> { return new Promise((r) => this.server.close(() => r())); }

  addComment(issue: number, body: string, login = 'octocat'): Comment {
    const now = new Date().toISOString();
    const c = { id: this.nextId++, body, user: { login }, created_at: now, updated_at: now };
    this.comments.get(issue)!.push(c);
    return c;
  }

  private send(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
    res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'x-ratelimit-limit': '5000', 'x-ratelimit-remaining': '4999', ...headers });
    res.end(body === undefined ? '' : JSON.stringify(body));
  }

  private error(res: ServerResponse, status: number, message: string, headers: Record<string, string> = {}): void {
    this.send(res, status, { message, documentation_url: 'https://docs.github.com/rest', status: String(status) }, headers);
  }

  private json(c: Comment) {
    return { ...c, url: `${this.base}/repos/${REPO}/issues/comments/${c.id}`, html_url: `https://github.com/${REPO}/pull/${PR}#issuecomment-${c.id}` };
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    let raw = '';
    for await (const chunk of req) raw += chunk;
    const url = new URL(req.url!, this.base);
    this.requests.push({ method: req.method!, path: url.pathname });
    if (!req.headers['user-agent']) {
      return this.error(res, 403, 'Request forbidden by administrative rules. Please make sure your request has a User-Agent header');
    }
    if (req.headers.authorization !== `Bearer ${TOKEN}`) return this.error(res, 401, 'Bad credentials');
    const fault = this.faults.shift();
    if (fault) return this.error(res, fault.status, fault.message, fault.headers);

    let m = /^\/repos\/([^/]+\/[^/]+)\/issues\/(\d+)\/comments$/.exec(url.pathname);
    if (m && m[1] === REPO && this.comments.has(Number(m[2]))) {
      const list = this.comments.get(Number(m[2]))!;
      if (req.method === 'GET') {
        const perPage = Math.min(100, Number(url.searchParams.get('per_page') ?? 30));
        const page = Number(url.searchParams.get('page') ?? 1);
        const last = Math.max(1, Math.ceil(list.length / perPage));
        const link = (p: number, rel: string) => `<${this.base}${url.pathname}?per_page=${perPage}&page=${p}>; rel="${rel}"`;
        const links = [];
        if (page > 1) links.push(link(page - 1, 'prev'), link(1, 'first'));
        if (page < last) links.push(link(page + 1, 'next'), link(last, 'last'));
        const headers: Record<string, string> = links.length ? { link: links.join(', ') } : {};
        return this.send(res, 200, list.slice((page - 1) * perPage, page * perPage).map((c) => this.json(c)), headers);
      }
      if (req.method === 'POST') {
        const body = (JSON.parse(raw || '{}') as { body?: unknown }).body;
        if (typeof body !== 'string' || body === '') return this.error(res, 422, 'Validation Failed');
        if (body.length > 65_536) return this.error(res, 422, 'Validation Failed');
        return this.send(res, 201, this.json(this.addComment(Number(m[2]), body, 'github-actions[bot]')));
      }
    }
    m = /^\/repos\/([^/]+\/[^/]+)\/issues\/comments\/(\d+)$/.exec(url.pathname);
    if (m && m[1] === REPO && req.method === 'PATCH') {
      const c = [...this.comments.values()].flat().find((x) => x.id === Number(m![2]));
      if (!c) return this.error(res, 404, 'Not Found');
      const body = (JSON.parse(raw || '{}') as { body?: unknown }).body;
      if (typeof body !== 'string' || body === '') return this.error(res, 422, 'Validation Failed');
      c.body = body;
      c.updated_at = new Date().toISOString();
      return this.send(res, 200, this.json(c));
    }
    return this.error(res, 404, 'Not Found');
  }
}

// ---------------------------------------------------------------------------------------------------------
// Running the step

interface StepResult { code: number; stdout: string; stderr: string; outputs: Record<string, string>; summary: string }

const gh = new FakeGitHub();
const everything: string[] = [];

/** Runs action.yml's `run` step as the runner does: its env evaluated, its script in bash, in the workspace. */
async function step(w: Workdir, given: Record<string, string>, event: unknown = { action: 'synchronize', number: PR, pull_request: { number: PR } }): Promise<StepResult> {
  await w.write('.runner/event.json', JSON.stringify(event));
  await w.write('.runner/output', '');
  await w.write('.runner/summary', '');
  const stepEnv = Object.fromEntries(Object.entries(asMap(runStep.env)).map(([k, v]) => [k, evaluate(String(v), given)]));
  const env = {
    PATH: process.env.PATH!, HOME: process.env.HOME ?? '/tmp', ...(process.env.TMPDIR ? { TMPDIR: process.env.TMPDIR } : {}),
    CI: 'true', GITHUB_ACTIONS: 'true', GITHUB_ACTION_PATH: root, GITHUB_WORKSPACE: w.dir,
    GITHUB_API_URL: gh.base, GITHUB_SERVER_URL: 'https://github.com', GITHUB_REPOSITORY: REPO, GITHUB_RUN_ID: '4242',
    GITHUB_EVENT_NAME: 'pull_request', GITHUB_EVENT_PATH: w.path('.runner/event.json'),
    GITHUB_OUTPUT: w.path('.runner/output'), GITHUB_STEP_SUMMARY: w.path('.runner/summary'),
    DNSCODE_ACTION_MAX_WAIT: '5', CREDS_DIR: 'zones',
    ...stepEnv,
  };
  const shell = String(runStep.shell);
  const r = await new Promise<{ code: number; stdout: string; stderr: string }>((resolve, reject) => {
    const child = spawn(shell, ['-e', '-c', String(runStep.run)], { cwd: w.dir, env });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => { stdout += d; });
    child.stderr.on('data', (d) => { stderr += d; });
    child.on('error', reject);
    child.on('close', (code) => resolve({ code: code ?? -1, stdout, stderr }));
  });
  const outputText = await w.read('.runner/output');
  const outputs: Record<string, string> = {};
  for (const m of outputText.matchAll(/^([\w-]+)<<(\S+)\n([\s\S]*?)\n\2$/gm)) outputs[m[1]!] = m[3]!;
  const summary = await w.read('.runner/summary');
  everything.push(r.stdout, r.stderr, outputText, summary);
  return { ...r, outputs, summary };
}

const CONFIG = (web: string) => `${HEADER}
D("example.com", REG_NONE, DnsProvider(DSP_BIND),
  A("@", "192.0.2.1"),
  A("web", "${web}"),
  CNAME("www", "web"),
);
D("example.org", REG_NONE, DnsProvider(DSP_BIND),
  A("@", "198.51.100.1"),
);
`;
// creds.json names its directory by "$VAR", as a workflow passes secrets; the env reaches dnscode.
const CREDS = '{ "bind": { "TYPE": "BIND", "directory": "$CREDS_DIR" } }\n';

const zoneFiles = async (w: Workdir) => {
  const all = await w.snapshot();
  return Object.fromEntries(Object.entries(all).filter(([k]) => k.startsWith('zones/')));
};

beforeAll(async () => { await gh.start(); });
afterAll(async () => {
  await gh.stop();
  // The token reaches nothing the runner would show: only the ::add-mask:: command that hides it.
  const leaks = everything.join('\n').split('\n').filter((l) => l.includes(TOKEN) && l !== `::add-mask::${TOKEN}` && l !== `::add-mask::${TOKEN}x`);
  expect(leaks).toEqual([]);
  for (const list of gh.comments.values()) for (const c of list) expect(c.body).not.toContain(TOKEN);
});

describe('the action against a fake GitHub', () => {
  it('previews, comments once and updates that comment, then pushes exactly the pinned plan', async () => {
    const w = await Workdir.create(CONFIG('192.0.2.2'), CREDS);
    await w.write('zones/.keep', '');
    gh.comments.set(PR, []);
    // 150 comments by people first (one quotes the marker), so the action's own comment is on page 2.
    for (let i = 0; i < 150; i++) gh.addComment(PR, i === 3 ? `> ${MARKER}\nwhat does this mean?` : `comment ${i}`);
    try {
      // 1. The first preview posts a comment; the API rate-limits the first request once (primary limit).
      gh.faults.push({ status: 403, message: 'API rate limit exceeded for installation ID 1.', headers: { 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': String(Math.floor(Date.now() / 1000)) } });
      const first = await step(w, {});
      expect(first.stderr).toBe('');
      expect(first.code, first.stdout).toBe(0);
      expect(first.stdout.split('\n')[0]).toBe(`::add-mask::${TOKEN}`);
      expect(first.stdout).toContain('::warning::GitHub API rate limit (403 API rate limit exceeded');
      // dnscode's output (names and values from the pull request's config) is echoed with commands off.
      expect(first.stdout).toMatch(/^::stop-commands::([0-9a-f]{32})\n### dnscode preview: [\s\S]*?\n::\1::$/m);
      const plan1 = JSON.parse(await w.read('plan.json')) as { digest: string; total: number };
      expect(first.outputs).toMatchObject({ 'exit-code': '0', 'plan-digest': plan1.digest, changes: String(plan1.total), 'plan-file': w.path('plan.json') });
      expect(plan1.total).toBeGreaterThan(0);
      const posted = gh.comments.get(PR)!.filter((c) => c.body.startsWith(MARKER));
      expect(posted).toHaveLength(1);
      expect(posted[0]!.user.login).toBe('github-actions[bot]');
      expect(posted[0]!.body).toContain(`Plan digest: \`${plan1.digest}\``);
      expect(posted[0]!.body).toContain('### dnscode preview: ');
      expect(posted[0]!.body).toContain('artifact `dns-plan` of [run 4242](https://github.com/octo-org/dns/actions/runs/4242)');
      expect(first.outputs['comment-id']).toBe(String(posted[0]!.id));
      expect(first.summary).toContain(plan1.digest);
      expect(await zoneFiles(w)).toEqual({ 'zones/.keep': '' }); // a preview writes no zone

      // 2. The config changes: the same comment is updated (found on page 2 of the comments), none is added.
      await w.write('dnsconfig.js', CONFIG('192.0.2.3'));
      gh.faults.push({ status: 429, message: 'You have exceeded a secondary rate limit. Please wait a few minutes before you try again.', headers: { 'retry-after': '1' } });
      const count = gh.comments.get(PR)!.length;
      const before = gh.requests.length;
      const second = await step(w, {});
      expect(second.code, second.stdout).toBe(0);
      const plan2 = JSON.parse(await w.read('plan.json')) as { digest: string };
      expect(plan2.digest).not.toBe(plan1.digest);
      expect(gh.comments.get(PR)!.length).toBe(count);
      const updated = gh.comments.get(PR)!.find((c) => c.id === posted[0]!.id)!;
      expect(updated.body).toContain(plan2.digest);
      expect(updated.body).not.toContain(plan1.digest);
      expect(second.outputs['comment-id']).toBe(String(updated.id));
      expect(gh.requests.slice(before).map((r) => r.method)).toEqual(['GET', 'GET', 'GET', 'PATCH']); // 429, page 1, page 2
      expect(gh.comments.get(PR)![3]!.body).toBe(`> ${MARKER}\nwhat does this mean?`);

      // 3. A push pinned to another digest applies nothing and fails with dnscode's message.
      const snapshot = await w.snapshot();
      const wrong = await step(w, { mode: 'push', 'plan-digest': plan1.digest });
      expect(wrong.code).toBe(1);
      expect(wrong.stdout).toMatch(/^::error title=dnscode push::Error: --plan plan.json: this is not the reviewed plan/m);
      expect(wrong.outputs['exit-code']).toBe('1');
      expect(await w.snapshot()).toEqual({ ...snapshot, '.runner/output': expect.any(String), '.runner/summary': expect.any(String) });
      expect(await zoneFiles(w)).toEqual({ 'zones/.keep': '' });

      // 4. The config is edited after the review: a push of the pinned plan applies the plan, not the config.
      await w.write('dnsconfig.js', CONFIG('192.0.2.99'));
      const pushed = await step(w, { mode: 'push', 'plan-digest': plan2.digest });
      expect(pushed.code, pushed.stdout).toBe(0);
      expect(pushed.outputs).toMatchObject({ 'exit-code': '0', 'plan-digest': plan2.digest });
      expect(Number(pushed.outputs.changes)).toBeGreaterThan(0);
      expect(pushed.summary).toMatch(/^### dnscode push: \d+ corrections applied/);
      const zone = await w.read('zones/example.com.zone');
      expect(zone).toMatch(/^web\s+IN\s+A\s+192\.0\.2\.3$/m);
      expect(zone).not.toContain('192.0.2.99');
      // The reviewed config now previews no changes.
      await w.write('dnsconfig.js', CONFIG('192.0.2.3'));
      const again = await dnscode(w.dir, ['preview', '--expect-no-changes'], { CREDS_DIR: 'zones' });
      expect(again.code, again.stdout + again.stderr).toBe(0);
      expect(again.stdout).toBe('Done. 0 corrections.\n');
    } finally {
      await w.remove();
    }
  });

  it('push without a plan-digest input pins the digest shown in the pull request comment', async () => {
    const w = await Workdir.create(CONFIG('192.0.2.2'), CREDS);
    await w.write('zones/.keep', '');
    gh.comments.set(PR, []);
    try {
      const preview = await step(w, { 'comment-key': 'dns/prod' });
      expect(preview.code, preview.stdout).toBe(0);
      expect(gh.comments.get(PR)![0]!.body.startsWith('<!-- dnscode-plan dns/prod -->\n')).toBe(true);
      const closed = { action: 'closed', number: PR, pull_request: { number: PR, merged: true } };
      // Without the key, the comment is not this action's: refused, nothing applied.
      const other = await step(w, { mode: 'push' }, closed);
      expect(other.code).toBe(1);
      expect(other.stdout).toContain('pull request #7 has no dnscode plan comment with a digest (<!-- dnscode-plan -->)');
      expect(await zoneFiles(w)).toEqual({ 'zones/.keep': '' });
      const push = await step(w, { mode: 'push', 'comment-key': 'dns/prod' }, closed);
      expect(push.code, push.stdout).toBe(0);
      expect(push.stdout).toContain(`Plan digest from the comment on pull request #7: ${preview.outputs['plan-digest']}`);
      expect(await w.read('zones/example.com.zone')).toMatch(/^web\s+IN\s+A\s+192\.0\.2\.2$/m);
      // A second push of the same plan is refused: the zones changed since the preview.
      const twice = await step(w, { mode: 'push', 'comment-key': 'dns/prod' }, closed);
      expect(twice.code).toBe(1);
      expect(twice.stdout).toMatch(/^::error title=dnscode push::/m);
    } finally {
      await w.remove();
    }
  });

  it('a failed preview replaces the plan in the comment with the error, and fails the step', async () => {
    const w = await Workdir.create(CONFIG('192.0.2.2'), CREDS);
    await w.write('zones/.keep', '');
    gh.comments.set(PR, []);
    try {
      expect((await step(w, {})).code).toBe(0);
      await w.write('dnsconfig.js', `${CONFIG('192.0.2.2')}\nD("broken.example", REG_NONE, DnsProvider(DSP_BIND), A("@", "not-an-ip"));\n`);
      const failed = await step(w, {});
      expect(failed.code).toBe(1);
      expect(failed.outputs['exit-code']).toBe('1');
      expect(failed.outputs['plan-digest']).toBeUndefined();
      expect(failed.outputs['plan-file']).toBeUndefined();
      expect(failed.stdout).toMatch(/^::error title=dnscode preview::Error: /m);
      const comments = gh.comments.get(PR)!;
      expect(comments).toHaveLength(1);
      expect(comments[0]!.body).toContain('### dnscode preview: failed');
      expect(comments[0]!.body).not.toContain('Plan digest');
      expect(failed.summary).toContain('There is no plan to apply');
    } finally {
      await w.remove();
    }
  });

  it('API errors fail the step with GitHub\'s message: bad credentials, not found, a long rate limit', async () => {
    const w = await Workdir.create(CONFIG('192.0.2.2'), CREDS);
    await w.write('zones/.keep', '');
    gh.comments.set(PR, []);
    try {
      const bad = await step(w, { 'github-token': `${TOKEN}x` });
      expect(bad.code).toBe(1);
      expect(bad.stdout).toContain('::error title=dnscode preview::GitHub API GET /repos/octo-org/dns/issues/7/comments: 401 Bad credentials (the github-token input is not a valid token)');
      expect(bad.outputs['plan-digest']).toMatch(/^sha256:[0-9a-f]{64}$/); // the plan was made: it can still be uploaded
      expect(bad.stdout.split('\n').filter((l) => l.includes(TOKEN))).toEqual([`::add-mask::${TOKEN}x`]);

      const missing = await step(w, {}, { number: 404, pull_request: { number: 404 } });
      expect(missing.code).toBe(1);
      expect(missing.stdout).toContain('GitHub API GET /repos/octo-org/dns/issues/404/comments: 404 Not Found');

      gh.faults.push({ status: 403, message: 'API rate limit exceeded for installation ID 1.', headers: { 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': String(Math.floor(Date.now() / 1000) + 3600) } });
      const limited = await step(w, {});
      expect(limited.code).toBe(1);
      expect(limited.stdout).toMatch(/403 API rate limit exceeded for installation ID 1\. \(rate limited for \d+ s more; not waiting that long\)/);
      expect(gh.comments.get(PR)).toEqual([]);

      // Not a pull request (and comments off): no API call, the plan is in the summary.
      const calls = gh.requests.length;
      const push = await step(w, {}, { ref: 'refs/heads/main' });
      expect(push.code, push.stdout).toBe(0);
      expect(push.stdout).toContain('Not a pull-request event: no comment posted');
      expect((await step(w, { comment: 'false' })).code).toBe(0);
      expect(gh.requests.length).toBe(calls);
    } finally {
      await w.remove();
    }
  });
});

it('the fake refuses what GitHub refuses', async () => {
  const res = await fetch(`${gh.base}/repos/${REPO}/issues/1/comments`, { headers: { 'user-agent': 'x', authorization: 'Bearer nope' } });
  expect(res.status).toBe(401);
  expect(((await res.json()) as { message: string }).message).toBe('Bad credentials');
});
