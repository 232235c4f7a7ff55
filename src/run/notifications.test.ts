import { describe, expect, it } from 'vitest';
import { Notifier, notificationTargets, notificationsWanted } from './notifications.js';

const notice = { domain: 'example.com', provider: 'r53', msg: '\x1b[32m+ CREATE foo.example.com A 1.2.3.4 ttl=300\x1b[0m', preview: false };

/** Every request a Notifier makes, through a fetch that records instead of sending. */
async function sent(block: Record<string, string>, n = notice): Promise<Array<{ url: string; headers: Record<string, string>; body: string }>> {
  const seen: Array<{ url: string; headers: Record<string, string>; body: string }> = [];
  const fetchImpl = (async (url: string, init: RequestInit) => {
    seen.push({ url, headers: init.headers as Record<string, string>, body: String(init.body) });
    return new Response('ok');
  }) as unknown as typeof fetch;
  const notifier = new Notifier(notificationTargets(block, 'https://telegram.test').targets, { fetchImpl });
  notifier.notify(n);
  expect(await notifier.done()).toEqual([]);
  return seen;
}

describe('notifications', () => {
  it('are wanted with --notify, or by notify_on_push / notify_on_preview for that command', () => {
    expect(notificationsWanted(undefined, true, true)).toBe(true);
    expect(notificationsWanted({ notify_on_push: 'true' }, undefined, true)).toBe(true);
    expect(notificationsWanted({ notify_on_push: 'true' }, undefined, false)).toBe(false);
    expect(notificationsWanted({ notify_on_preview: 'false' }, false, false)).toBe(false);
  });

  it('Telegram: sendMessage with the numeric chat id, DNSControl wording, colours stripped', async () => {
    const [r] = await sent({ telegram_bot_token: '123:abc', telegram_chat_id: '-1001' });
    expect(r!.url).toBe('https://telegram.test/bot123:abc/sendMessage');
    expect(JSON.parse(r!.body)).toEqual({ chat_id: -1001, parse_mode: 'HTML', text: 'DNSControl successfully ran correction for example.com[r53]:\n+ CREATE foo.example.com A 1.2.3.4 ttl=300' });
  });

  it('errors say what failed, in each service wording', async () => {
    const failed = { ...notice, error: new Error('HTTP 400: bad record') };
    const [slack] = await sent({ slack_url: 'https://hooks.example/x' }, failed);
    expect(JSON.parse(slack!.body).text).toBe('**ERROR running correction on example.com[r53] -** (+ CREATE foo.example.com A 1.2.3.4 ttl=300) Error: HTTP 400: bad record');
    const [teams] = await sent({ teams_url: 'https://teams.example/x' }, { ...failed, msg: 'a\nb' });
    expect(JSON.parse(teams!.body).text).toBe('**DnsControl Error Making Changes example.com**\na\n    b\nError: HTTP 400: bad record');
  });

  it('shoutrrr: gotify posts /message?token=, generic+https posts to the URL as written, generic forwards plain query values', async () => {
    const [g] = await sent({ shoutrrr_url: 'gotify://push.example:8443/sub/AbC?priority=4&disabletls=yes' });
    expect(g!.url).toBe('http://push.example:8443/sub/message?token=AbC');
    expect(JSON.parse(g!.body)).toMatchObject({ priority: 4, title: 'DNSControl' });
    const [s] = await sent({ shoutrrr_url: 'generic+https://hooks.example/api?key=1' });
    expect(s!.url).toBe('https://hooks.example/api?key=1');
    const [p] = await sent({ shoutrrr_url: 'generic://hooks.example/in?room=dns&@xApiKey=k&contenttype=text/plain' });
    expect(p!.url).toBe('https://hooks.example/in?room=dns');
    expect(p!.headers).toMatchObject({ 'content-type': 'text/plain', 'x-api-key': 'k' });
    expect(p!.body).toMatch(/^DNSControl successfully ran correction for example\.com\[r53\]:\n/);
  });

  it('an unusable shoutrrr URL is a warning that does not repeat the URL', () => {
    const { targets, warnings } = notificationTargets({ shoutrrr_url: 'pushover://shoutrrr:TOKEN@USER/' });
    expect(targets).toEqual([]);
    expect(warnings.join()).toMatch(/"pushover" service is not supported/);
    expect(warnings.join()).not.toContain('TOKEN');
  });
});
