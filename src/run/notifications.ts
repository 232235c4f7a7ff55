// Notifications, as DNSControl sends them (its docs: advanced-features/notifications.md; messages as in
// pkg/notifications): one message per correction, to the services named in creds.json's `notifications`
// block, when `--notify` is given or `notify_on_push` / `notify_on_preview` is true. A failed send is a
// warning, never a failed push, and never shows the webhook URL (it carries the secret).
//
// Services: slack_url (Slack and Mattermost incoming webhooks), teams_url, bonfire_url, telegram_bot_token +
// telegram_chat_id, and shoutrrr_url for the Shoutrrr services that are plain HTTP posts: generic (and the
// generic+https:// shortcut), ntfy and gotify. DNSControl links the Shoutrrr library; dnscode has no such
// library in JavaScript, so these few URL forms are read here, following Shoutrrr's service docs.
import type { Correction } from '../providers/types.js';
import type { Plan, Reporter } from '../plan/types.js';

export interface Notice {
  domain: string;
  provider: string;
  msg: string;
  preview: boolean;
  error?: unknown;
}

interface Target {
  /** The creds field it comes from: the only name messages use. */
  name: string;
  request(n: Notice): { url: string; headers: Record<string, string>; body: string };
}

const ANSI = /\x1b\[[0-9;]*m/g;
const errorText = (e: unknown) => (e instanceof Error ? e.message : String(e));

/** "**Preview: example.com[bind] -** CREATE …", the form DNSControl's Slack and Bonfire notifiers use. */
function markdownLine(n: Notice): string {
  if (n.preview) return `**Preview: ${n.domain}[${n.provider}] -** ${n.msg}`;
  if (n.error !== undefined) return `**ERROR running correction on ${n.domain}[${n.provider}] -** (${n.msg}) Error: ${errorText(n.error)}`;
  return `Successfully ran correction for **${n.domain}[${n.provider}]** - ${n.msg}`;
}

/** The plain form of DNSControl's Telegram and Shoutrrr notifiers. */
function plainText(n: Notice): string {
  if (n.preview) return `DNSControl preview: ${n.domain}[${n.provider}]:\n${n.msg}`;
  if (n.error !== undefined) return `DNSControl ERROR running correction on ${n.domain}[${n.provider}]:\n${n.msg}\nError: ${errorText(n.error)}`;
  return `DNSControl successfully ran correction for ${n.domain}[${n.provider}]:\n${n.msg}`;
}

function teamsText(n: Notice): string {
  const msg = n.msg.replaceAll('\n', '\n    ');
  if (n.preview) return `**DnsControl Preview ${n.domain}**\n${msg}`;
  if (n.error !== undefined) return `**DnsControl Error Making Changes ${n.domain}**\n${msg}\nError: ${errorText(n.error)}`;
  return `**DnsControl Successfully Changed ${n.domain}**\n${msg}`;
}

const json = (url: string, value: unknown) => ({ url, headers: { 'content-type': 'application/json' }, body: JSON.stringify(value) });

/** A Shoutrrr URL → a target, or a reason it cannot be one. */
function shoutrrr(raw: string): Target | string {
  let u: URL;
  try {
    u = new URL(raw);
  } catch {
    return 'shoutrrr_url is not a URL';
  }
  const scheme = u.protocol.slice(0, -1).toLowerCase();
  const param = (k: string) => u.searchParams.get(k) ?? undefined;
  const yes = (k: string) => /^(yes|true|1)$/i.test(param(k) ?? '');
  if (scheme === 'generic+https' || scheme === 'generic+http') {
    // The shortcut: the rest is the target URL as it stands, query included.
    const target = `${scheme.slice('generic+'.length)}:${raw.slice(raw.indexOf(':') + 1)}`;
    return { name: 'shoutrrr_url', request: (n) => ({ url: target, headers: { 'content-type': 'application/json' }, body: plainText(n) }) };
  }
  if (scheme === 'generic') {
    const reserved = new Set(['template', 'titlekey', 'messagekey', 'contenttype', 'disabletls', 'method', 'title']);
    const headers: Record<string, string> = { 'content-type': param('contenttype') ?? 'application/json' };
    const extra: Record<string, string> = {};
    const forward = new URLSearchParams();
    for (const [k, v] of u.searchParams) {
      if (k.startsWith('@')) headers[k.slice(1).replace(/([a-z])([A-Z])/g, '$1-$2').toLowerCase()] = v;
      else if (k.startsWith('$')) extra[k.slice(1)] = v;
      else if (!reserved.has(k.toLowerCase())) forward.append(k.startsWith('_') ? k.slice(1) : k, v);
    }
    const query = forward.size ? `?${forward}` : '';
    const url = `${yes('disabletls') ? 'http' : 'https'}://${u.host}${u.pathname}${query}`;
    const asJson = param('template') === 'json';
    return {
      name: 'shoutrrr_url',
      request: (n) => ({
        url, headers,
        body: asJson ? JSON.stringify({ ...extra, [param('titlekey') ?? 'title']: param('title') ?? '', [param('messagekey') ?? 'message']: plainText(n) }) : plainText(n),
      }),
    };
  }
  if (scheme === 'ntfy') {
    const headers: Record<string, string> = { 'content-type': 'text/plain' };
    if (u.username) headers.authorization = `Basic ${Buffer.from(`${decodeURIComponent(u.username)}:${decodeURIComponent(u.password)}`).toString('base64')}`;
    if (param('title')) headers.title = param('title')!;
    const url = `${param('scheme') === 'http' ? 'http' : 'https'}://${u.host}${u.pathname}`;
    return { name: 'shoutrrr_url', request: (n) => ({ url, headers, body: plainText(n) }) };
  }
  if (scheme === 'gotify') {
    const parts = u.pathname.split('/').filter(Boolean);
    const token = parts.pop();
    if (!token) return 'shoutrrr_url: a gotify URL needs a token (gotify://host/token)';
    const base = `${yes('disabletls') ? 'http' : 'https'}://${u.host}${parts.length ? `/${parts.join('/')}` : ''}`;
    const priority = Number(param('priority') ?? 0);
    return { name: 'shoutrrr_url', request: (n) => json(`${base}/message?token=${encodeURIComponent(token)}`, { title: param('title') ?? 'DNSControl', message: plainText(n), priority }) };
  }
  return `shoutrrr_url: the "${scheme}" service is not supported by dnscode (supported: generic, generic+https, ntfy, gotify; for Slack and Teams use slack_url and teams_url)`;
}

/** The targets a creds `notifications` block names, and a warning for each one that cannot be used. */
export function notificationTargets(block: Record<string, string> | undefined, telegramApi = 'https://api.telegram.org'): { targets: Target[]; warnings: string[] } {
  const targets: Target[] = [];
  const warnings: string[] = [];
  if (!block) return { targets, warnings };
  if (block.slack_url) targets.push({ name: 'slack_url', request: (n) => json(block.slack_url!, { username: 'DNSControl', text: markdownLine(n) }) });
  if (block.teams_url) targets.push({ name: 'teams_url', request: (n) => json(block.teams_url!, { username: 'DnsControl', text: teamsText(n) }) });
  if (block.bonfire_url) targets.push({ name: 'bonfire_url', request: (n) => ({ url: block.bonfire_url!, headers: { 'content-type': 'text/markdown' }, body: markdownLine(n) }) });
  if (block.telegram_bot_token && block.telegram_chat_id) {
    const chat = Number(block.telegram_chat_id);
    targets.push({ name: 'telegram_bot_token', request: (n) => json(`${telegramApi}/bot${block.telegram_bot_token}/sendMessage`, { chat_id: chat, text: plainText(n), parse_mode: 'HTML' }) });
  }
  if (block.shoutrrr_url) {
    const t = shoutrrr(block.shoutrrr_url);
    if (typeof t === 'string') warnings.push(`Warning: notifications: ${t}; nothing is sent there`);
    else targets.push(t);
  }
  return { targets, warnings };
}

/** Whether this run notifies: --notify, or the creds block's notify_on_push / notify_on_preview. */
export function notificationsWanted(block: Record<string, string> | undefined, flag: boolean | undefined, push: boolean): boolean {
  return flag === true || block?.[push ? 'notify_on_push' : 'notify_on_preview'] === 'true';
}

/** Sends notices in order, one at a time, to every target; send failures become warnings. */
export class Notifier {
  readonly #targets: Target[];
  readonly #fetch: typeof fetch;
  readonly #timeoutMs: number;
  #queue: Promise<void> = Promise.resolve();
  readonly #failed = new Map<string, string>();

  constructor(targets: Target[], opts: { fetchImpl?: typeof fetch; timeoutMs?: number } = {}) {
    this.#targets = targets;
    this.#fetch = opts.fetchImpl ?? fetch;
    this.#timeoutMs = opts.timeoutMs ?? 10_000;
  }

  notify(notice: Notice): void {
    const n = { ...notice, msg: notice.msg.replace(ANSI, '') };
    for (const t of this.#targets) this.#queue = this.#queue.then(() => this.#send(t, n));
  }

  async #send(t: Target, n: Notice): Promise<void> {
    if (this.#failed.has(t.name)) return; // one failure per service is enough to report; stop trying it
    const { url, headers, body } = t.request(n);
    try {
      const r = await this.#fetch(url, { method: 'POST', headers, body, signal: AbortSignal.timeout(this.#timeoutMs) });
      await r.body?.cancel();
      if (!r.ok) this.#failed.set(t.name, `HTTP ${r.status}`);
    } catch (e) {
      // The URL is the secret: say only what went wrong (fetch's own messages do not include it).
      const cause = (e as { cause?: { code?: string } }).cause?.code;
      this.#failed.set(t.name, (e as Error).name === 'TimeoutError' ? `no answer in ${this.#timeoutMs / 1000} s` : cause ?? 'cannot connect');
    }
  }

  /** Waits for every send; returns a warning per service that failed. */
  async done(): Promise<string[]> {
    await this.#queue;
    return [...this.#failed].map(([name, why]) => `Warning: notification via ${name} failed (${why}); later notices to it were not sent`);
  }
}

/** Wraps a reporter so that each runnable correction is also a notice: on preview as it is listed, on push
 *  once it ran (success or error). */
export function notifyingReporter(inner: Reporter, notifier: Notifier, push: boolean): Reporter {
  let domain = '';
  let provider = '';
  let pending: Correction | undefined;
  return {
    ...inner,
    zone(z) { domain = z.domain; inner.zone(z); },
    provider(z, p) { provider = p.name; inner.provider(z, p); },
    correction(c, label) {
      inner.correction(c, label);
      if (label.info) return;
      if (push) pending = c;
      else notifier.notify({ domain, provider, msg: c.msg, preview: true });
    },
    success() {
      inner.success();
      if (pending) notifier.notify({ domain, provider, msg: pending.msg, preview: false });
      pending = undefined;
    },
    failure(error) {
      inner.failure(error);
      if (pending) notifier.notify({ domain, provider, msg: pending.msg, preview: false, error });
      pending = undefined;
    },
  };
}

/** A preview rendered as JSON or markdown lists no corrections one by one: notify from the plan itself. */
export function notifyPlan(plan: Plan, notifier: Notifier): void {
  for (const z of plan.zones) {
    for (const p of z.providers) {
      for (const c of p.corrections) if (c.run) notifier.notify({ domain: z.domain, provider: p.name, msg: c.msg, preview: true });
    }
  }
}
