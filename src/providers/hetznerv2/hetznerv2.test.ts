// HETZNER_V2 against the fake (test/fakes/hetznerv2).
import { afterEach, describe, expect, it } from 'vitest';
import { startHetznerV2Fake, type HetznerV2Fake } from '../../../test/fakes/hetznerv2/server.js';
import { apply, domain, rec } from '../../../test/integration/harness.js';
import { hetznerv2 } from './index.js';

const Z = 'example.com';
let fake: HetznerV2Fake;
afterEach(async () => { await fake?.close(); });

async function setup() {
  fake = await startHetznerV2Fake();
  const provider = await hetznerv2.createDns!({ credkey: 'h', creds: { api_token: fake.token, base_url: `${fake.url}/v1`, http_retry_base_ms: '1', max_requests_per_second: '0' }, meta: {} });
  return { label: 'h', type: hetznerv2, provider, zone: Z };
}
const route = (suffix: string) => Object.entries(fake.stats.byRoute).filter(([k]) => k.endsWith(suffix)).reduce((n, [, v]) => n + v, 0);

describe('HETZNER_V2', () => {
  it('a TTL-only change is change_ttl alone; a value change is set_records alone', async () => {
    const t = await setup();
    await apply(t, domain(Z, [rec.a('www', '192.0.2.1')])); // also aligns the apex NS TTL
    const [ttl0, set0] = [route('/change_ttl'), route('/set_records')];
    await apply(t, domain(Z, [rec.a('www', '192.0.2.1', 600)]));
    expect([route('/change_ttl') - ttl0, route('/set_records') - set0]).toEqual([1, 0]);
    await apply(t, domain(Z, [rec.a('www', '192.0.2.2', 600)]));
    expect([route('/change_ttl') - ttl0, route('/set_records') - set0]).toEqual([1, 1]);
  });

  it('long TXT goes as quoted 255-byte strings and reads back whole', async () => {
    const t = await setup();
    const long = 'k='.padEnd(600, 'z');
    await apply(t, domain(Z, [rec.txt('dkim', long)]));
    const v = [...fake.zones.values()][0]!.rrsets.get('dkim/TXT')!.records[0]!.value;
    expect(v.match(/"[^"]*"/g)!.map((s) => s.length - 2)).toEqual([255, 255, 90]);
    expect((await t.provider.getZoneRecords(Z)).find((r) => r.name === 'dkim')!.target).toBe(long);
  });

  it('pages rrsets by meta.pagination.next_page', async () => {
    const t = await setup();
    fake.maxPerPage = 10;
    await apply(t, domain(Z, Array.from({ length: 35 }, (_, i) => rec.a(`h${i}`, '192.0.2.1'))));
    expect((await t.provider.getZoneRecords(Z)).filter((r) => r.type === 'A')).toHaveLength(35);
  });
});
