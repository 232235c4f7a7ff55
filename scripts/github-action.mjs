#!/usr/bin/env node
// The GitHub Action's logic (action.yml runs it; test/e2e/github-action.test.ts runs it against a fake API).
// Plain Node 20, no dependencies: it runs from the action's checkout, next to the dnscode it drives.
//
// preview: `dnscode preview --format markdown --plan FILE`, then posts the markdown as a pull-request comment
//          marked with <!-- dnscode-plan -->, or updates the comment that already has the marker; writes the
//          outputs (plan-digest, changes, exit-code, plan-file, comment-id, comment-url) and a step summary.
//          A failed preview replaces the comment's plan with the error, so no stale digest stays up.
// push:    `dnscode push --plan FILE --plan-digest DIGEST`; the digest is the plan-digest input or, on a
//          pull-request event, the one in the pull request's marked comment (what the reviewers saw).
//
// Inputs come as DNSCODE_* environment variables (action.yml maps them from `inputs`); the GitHub context
// from the runner's variables (GITHUB_API_URL, GITHUB_REPOSITORY, GITHUB_EVENT_PATH, GITHUB_OUTPUT,
// GITHUB_STEP_SUMMARY). The token is masked first, never printed, and not passed to dnscode (a pull
// request's config is untrusted code).
//
// GitHub REST API used (https://docs.github.com/en/rest/issues/comments):
//   GET   /repos/{owner}/{repo}/issues/{issue_number}/comments?per_page=100   (paged by the Link header)
//   POST  /repos/{owner}/{repo}/issues/{issue_number}/comments                (201)
//   PATCH /repos/{owner}/{repo}/issues/comments/{comment_id}                  (200)
// Rate limits (https://docs.github.com/en/rest/using-the-rest-api/rate-limits-for-the-rest-api): a 403 or 429
// with x-ratelimit-remaining: 0 waits for x-ratelimit-reset; one with retry-after waits that long; others
// that say "rate limit" wait a minute. Waits longer than DNSCODE_ACTION_MAX_WAIT seconds (default 120) fail.
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { appendFileSync, existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const BIN = fileURLToPath(new URL('../bin/dnscode', import.meta.url));
const MARKER_BASE = 'dnscode-plan';
const DIGEST_RE = /^(sha256:)?[0-9a-f]{64}$/;
const MAX_COMMENT = 65_536;

class ActionError extends Error {}

const env = process.env;
const input = (name, fallback = '') => (env[`DNSCODE_${name}`] ?? '').trim() || fallback;
const bool = (name, fallback) => {
  const v = input(name, fallback).toLowerCase();
  if (v === 'true' || v === 'false') return v === 'true';
  throw new ActionError(`input ${name.toLowerCase().replace(/_/g, '-')}: expected true or false, got "${v}"`);
};

// ---------------------------------------------------------------------------------------------------------
// Workflow commands (https://docs.github.com/en/actions/reference/workflow-commands-for-github-actions)

const escapeData = (s) => s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
const escapeProp = (s) => escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');
const log = (s) => process.stdout.write(`${s}\n`);
const annotate = (level, message, title) => log(`::${level}${title ? ` title=${escapeProp(title)}` : ''}::${escapeData(message)}`);

/** dnscode's output shows names and values from the config (a pull request's, untrusted): echoed with
 *  workflow commands turned off, so a record cannot be read by the runner as `::add-mask::` or `::error::`. */
function echoUntrusted(title, text) {
  if (!text) return;
  const stop = randomBytes(16).toString('hex');
  log(`::group::${escapeData(title)}`);
  log(`::stop-commands::${stop}`);
  process.stdout.write(text.endsWith('\n') ? text : `${text}\n`);
  log(`::${stop}::`);
  log('::endgroup::');
}

function setOutput(name, value) {
  const file = env.GITHUB_OUTPUT;
  const v = String(value);
  if (!file) return log(`output ${name}=${v}`);
  const delim = `dnscode_${randomBytes(8).toString('hex')}`;
  appendFileSync(file, `${name}<<${delim}\n${v}\n${delim}\n`);
}

function summary(markdown) {
  if (env.GITHUB_STEP_SUMMARY) appendFileSync(env.GITHUB_STEP_SUMMARY, markdown.endsWith('\n') ? markdown : `${markdown}\n`);
}

// ---------------------------------------------------------------------------------------------------------
// dnscode

/** Runs dnscode without the GitHub token in its environment; resolves with its exit code and output. */
function dnscode(args) {
  const childEnv = { ...env, NO_COLOR: '1' };
  delete childEnv.DNSCODE_GITHUB_TOKEN;
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [BIN, ...args], { env: childEnv, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (d) => { stdout += d; });
    child.stderr.setEncoding('utf8').on('data', (d) => { stderr += d; });
    child.on('error', reject);
    child.on('close', (code, signal) => resolve({ code: code ?? 1, signal, stdout, stderr }));
  });
}

/** dnscode's own message for a failure: its "Error: ..." lines (else the end of stderr). */
function failureMessage(r) {
  if (r.signal) return `dnscode was stopped by ${r.signal}`;
  const errors = r.stderr.split('\n').filter((l) => /^(Error|FAILURE!)/.test(l));
  const text = errors.length ? errors.join('\n') : r.stderr.trim().split('\n').slice(-5).join('\n');
  return text || `dnscode exited with code ${r.code}`;
}

/** The `args` input: extra flags, split on whitespace (no quoting). */
const extraArgs = () => input('ARGS').split(/\s+/).filter(Boolean);

function readPlan(file) {
  const plan = JSON.parse(readFileSync(file, 'utf8'));
  if (plan?.format !== 'dnscode-plan' || typeof plan.digest !== 'string' || typeof plan.total !== 'number') {
    throw new ActionError(`${file} is not a dnscode plan`);
  }
  return plan;
}

// ---------------------------------------------------------------------------------------------------------
// GitHub REST API

function github() {
  const token = input('GITHUB_TOKEN');
  const base = (env.GITHUB_API_URL || 'https://api.github.com').replace(/\/+$/, '');
  const origin = new URL(base).origin;
  const repo = env.GITHUB_REPOSITORY ?? '';
  if (!/^[^/\s]+\/[^/\s]+$/.test(repo)) throw new ActionError(`GITHUB_REPOSITORY is not "owner/repo": "${repo}"`);
  const maxWait = Number(env.DNSCODE_ACTION_MAX_WAIT ?? 120);

  async function request(method, url, body) {
    // The token goes only to the API's own origin (a Link header naming another host is refused).
    if (new URL(url).origin !== origin) throw new ActionError(`GitHub API: refusing to follow ${new URL(url).origin} (not ${origin})`);
    const where = `${method} ${new URL(url).pathname}`;
    for (let attempt = 1; ; attempt++) {
      let res;
      try {
        res = await fetch(url, {
          method,
          headers: {
            accept: 'application/vnd.github+json',
            authorization: `Bearer ${token}`,
            'x-github-api-version': '2022-11-28',
            'user-agent': 'dnscode-action',
            ...(body ? { 'content-type': 'application/json' } : {}),
          },
          body: body ? JSON.stringify(body) : undefined,
        });
      } catch (err) {
        if (attempt < 3) { await sleep(attempt * 1000); continue; }
        throw new ActionError(`GitHub API ${where}: ${err?.cause?.code ?? err?.message ?? err}`);
      }
      const text = await res.text();
      let data;
      try { data = text ? JSON.parse(text) : undefined; } catch { data = undefined; }
      if (res.ok) return { data, link: res.headers.get('link') };
      const message = typeof data?.message === 'string' ? data.message : text.slice(0, 200) || res.statusText;
      const wait = rateLimitWait(res, message);
      if (wait !== undefined && attempt < 4) {
        if (wait > maxWait) {
          throw new ActionError(`GitHub API ${where}: ${res.status} ${message} (rate limited for ${Math.ceil(wait)} s more; not waiting that long)`);
        }
        annotate('warning', `GitHub API rate limit (${res.status} ${message}): retrying in ${Math.ceil(wait)} s`);
        await sleep(wait * 1000);
        continue;
      }
      if (res.status >= 500 && attempt < 3) { await sleep(attempt * 1000); continue; }
      throw new ActionError(`GitHub API ${where}: ${res.status} ${message}${hint(res.status, message)}`);
    }
  }

  return {
    repo,
    async comments(issue) {
      const all = [];
      let url = `${base}/repos/${repo}/issues/${issue}/comments?per_page=100`;
      for (let pages = 0; url && pages < 100; pages++) {
        const { data, link } = await request('GET', url);
        if (!Array.isArray(data)) throw new ActionError(`GitHub API GET ${new URL(url).pathname}: expected a list of comments`);
        all.push(...data);
        url = nextLink(link);
      }
      return all;
    },
    create: async (issue, body) => (await request('POST', `${base}/repos/${repo}/issues/${issue}/comments`, { body })).data,
    update: async (id, body) => (await request('PATCH', `${base}/repos/${repo}/issues/comments/${id}`, { body })).data,
  };
}

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

/** Seconds to wait before retrying, or undefined when the response is not a rate limit. */
function rateLimitWait(res, message) {
  if (res.status !== 403 && res.status !== 429) return undefined;
  const retryAfter = res.headers.get('retry-after');
  if (retryAfter !== null && /^\d+$/.test(retryAfter.trim())) return Number(retryAfter);
  if (res.headers.get('x-ratelimit-remaining') === '0') {
    const reset = Number(res.headers.get('x-ratelimit-reset'));
    return Number.isFinite(reset) && reset > 0 ? Math.max(0, reset - Date.now() / 1000) + 1 : 60;
  }
  return /rate limit/i.test(message) ? 60 : undefined;
}

function hint(status, message) {
  if (status === 401) return ' (the github-token input is not a valid token)';
  if (status === 403 && /not accessible/i.test(message)) {
    return ' (the token may not comment: give the job "permissions: pull-requests: write"; pull requests from forks get a read-only token)';
  }
  if (status === 404) return ' (check that the token can see the repository and the pull request exists)';
  return '';
}

/** The rel="next" URL of a Link header (https://docs.github.com/en/rest/using-the-rest-api/using-pagination-in-the-rest-api). */
function nextLink(link) {
  for (const part of (link ?? '').split(',')) {
    const m = /<([^>]+)>\s*;\s*rel="?([^";]+)"?/.exec(part.trim());
    if (m?.[2].split(/\s+/).includes('next')) return m[1];
  }
  return undefined;
}

/** The pull request's number, from the event payload (pull_request, pull_request_target, issue_comment on a PR). */
function pullRequestNumber() {
  const explicit = input('PULL_REQUEST');
  if (explicit) {
    if (!/^\d+$/.test(explicit)) throw new ActionError(`input pull-request: expected a number, got "${explicit}"`);
    return Number(explicit);
  }
  const file = env.GITHUB_EVENT_PATH;
  if (!file || !existsSync(file)) return undefined;
  const event = JSON.parse(readFileSync(file, 'utf8'));
  const n = event?.pull_request?.number ?? (event?.issue?.pull_request ? event.issue.number : undefined);
  return Number.isInteger(n) ? n : undefined;
}

function marker() {
  const key = input('COMMENT_KEY');
  if (key && !/^[\w.\-/]+$/.test(key)) throw new ActionError(`input comment-key: letters, digits and ._-/ only, got "${key}"`);
  return `<!-- ${MARKER_BASE}${key ? ` ${key}` : ''} -->`;
}

/** The action's own comment: the first whose body starts with the marker (a quote of it elsewhere is not). */
const ownComment = (comments, mark) => comments.find((c) => typeof c?.body === 'string' && c.body.startsWith(`${mark}\n`));

async function upsertComment(gh, issue, body) {
  const mark = marker();
  const full = `${mark}\n${body}`;
  const existing = ownComment(await gh.comments(issue), mark);
  const comment = existing ? await gh.update(existing.id, full) : await gh.create(issue, full);
  log(`${existing ? 'Updated' : 'Posted'} the plan comment on pull request #${issue}${comment?.html_url ? `: ${comment.html_url}` : ''}`);
  setOutput('comment-id', comment?.id ?? existing?.id ?? '');
  setOutput('comment-url', comment?.html_url ?? '');
}

// ---------------------------------------------------------------------------------------------------------
// Modes

function footer() {
  const { GITHUB_SERVER_URL: server, GITHUB_REPOSITORY: repo, GITHUB_RUN_ID: run } = env;
  if (!server || !repo || !run) return '';
  return `\n<sub>Plan file: artifact \`${input('ARTIFACT_NAME', 'dns-plan')}\` of [run ${run}](${server}/${repo}/actions/runs/${run}).</sub>\n`;
}

function fence(text) {
  const longest = Math.max(2, ...[...text.matchAll(/`+/g)].map((m) => m[0].length));
  const f = '`'.repeat(longest + 1);
  return `${f}text\n${text}\n${f}`;
}

async function preview() {
  const planFile = input('PLAN', 'plan.json');
  const comment = bool('COMMENT', 'true');
  const args = ['preview', '--format', 'markdown', '--plan', planFile, '--config', input('CONFIG', 'dnsconfig.js'),
    '--creds', input('CREDS', 'creds.json'), '--no-colors', ...extraArgs()];
  log(`dnscode ${args.join(' ')}`);
  const r = await dnscode(args);
  echoUntrusted('dnscode preview: messages', r.stderr);
  echoUntrusted('dnscode preview: comment', r.stdout);
  setOutput('exit-code', r.code);
  const issue = comment ? pullRequestNumber() : undefined;
  if (comment && issue === undefined) log('Not a pull-request event: no comment posted (the plan is in the step summary).');

  if (r.code !== 0) {
    const message = failureMessage(r);
    const body = `### dnscode preview: failed\n\nThere is no plan to apply. dnscode exited with code ${r.code}:\n\n${fence(message.slice(0, 60_000))}\n${footer()}`;
    summary(body);
    if (issue !== undefined) {
      // The preview's error is the step's error; a comment that could not be updated is reported beside it.
      await upsertComment(github(), issue, body).catch((err) => annotate('error', err instanceof ActionError ? err.message : String(err)));
    }
    throw new ActionError(message);
  }

  const abs = path.resolve(planFile);
  const plan = readPlan(abs);
  if (!r.stdout.includes(plan.digest)) throw new ActionError(`the preview's markdown does not show the plan's digest ${plan.digest}`);
  setOutput('plan-digest', plan.digest);
  setOutput('changes', plan.total);
  setOutput('plan-file', abs);
  log(`Plan digest: ${plan.digest} (${plan.total} change${plan.total === 1 ? '' : 's'})`);
  const body = `${r.stdout.replace(/\n+$/, '')}\n${footer()}`;
  if (body.length + marker().length + 1 > MAX_COMMENT) throw new ActionError(`the comment would be ${body.length} characters, over GitHub's ${MAX_COMMENT}`);
  summary(body);
  if (issue !== undefined) await upsertComment(github(), issue, body);
}

/** The digest in the pull request's plan comment: what the reviewers saw. */
async function digestFromComment() {
  const issue = pullRequestNumber();
  if (issue === undefined) return undefined;
  const mark = marker();
  const own = ownComment(await github().comments(issue), mark);
  const m = own && /^Plan digest: `(sha256:[0-9a-f]{64})`$/m.exec(own.body);
  if (!m) throw new ActionError(`pull request #${issue} has no dnscode plan comment with a digest (${mark}): run the preview mode on it first`);
  log(`Plan digest from the comment on pull request #${issue}: ${m[1]}`);
  return m[1];
}

async function push() {
  const planFile = input('PLAN', 'plan.json');
  let digest = input('PLAN_DIGEST');
  if (!digest) digest = await digestFromComment();
  if (!digest) {
    throw new ActionError('push mode needs the plan-digest input (the digest the reviewers saw in the preview comment), or a pull-request event whose comment has it');
  }
  if (!DIGEST_RE.test(digest)) throw new ActionError(`input plan-digest: expected sha256: and 64 hex digits, got "${digest}"`);
  if (!existsSync(planFile)) {
    throw new ActionError(`no plan file at ${path.resolve(planFile)}: download the preview's artifact first (see docs/gitops.md)`);
  }
  setOutput('plan-digest', digest.startsWith('sha256:') ? digest : `sha256:${digest}`);
  setOutput('plan-file', path.resolve(planFile));
  const args = ['push', '--plan', planFile, '--plan-digest', digest, '--creds', input('CREDS', 'creds.json'), '--no-colors', ...extraArgs()];
  log(`dnscode ${args.join(' ')}`);
  const r = await dnscode(args);
  echoUntrusted('dnscode push: output', r.stdout);
  echoUntrusted('dnscode push: messages', r.stderr);
  setOutput('exit-code', r.code);
  const done = /^Done\. (\d+) corrections?\.$/m.exec(r.stdout);
  if (done) setOutput('changes', done[1]);
  if (r.code !== 0) {
    const message = failureMessage(r);
    summary(`### dnscode push: failed\n\n${fence(message)}\n\n${fence(r.stdout.trim() || '(no output)')}\n`);
    throw new ActionError(message);
  }
  summary(`### dnscode push: ${done ? `${done[1]} correction${done[1] === '1' ? '' : 's'} applied` : 'done'}\n\n${fence(r.stdout.trim())}\n`);
}

// ---------------------------------------------------------------------------------------------------------

async function main() {
  const token = input('GITHUB_TOKEN');
  // The runner hides every later occurrence of a masked value in the log.
  if (token) log(`::add-mask::${token}`);
  const mode = input('MODE', 'preview');
  const dir = input('WORKING_DIRECTORY', '.');
  try {
    process.chdir(path.resolve(env.GITHUB_WORKSPACE ?? '.', dir));
  } catch {
    throw new ActionError(`input working-directory: cannot enter "${dir}"`);
  }
  if (mode === 'preview') return preview();
  if (mode === 'push') return push();
  throw new ActionError(`input mode: expected preview or push, got "${mode}"`);
}

main().catch((err) => {
  const message = err instanceof ActionError ? err.message : String(err?.stack ?? err);
  const token = input('GITHUB_TOKEN');
  annotate('error', token ? message.split(token).join('***') : message, `dnscode ${input('MODE', 'preview')}`);
  process.exitCode = 1;
});
