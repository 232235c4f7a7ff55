// DNSControl's integration sequence (dnscontrol-sequence.ts) on every provider's fake API server, found from
// the registry (test/provider-folders.ts). BIND files and the live servers: dnscontrol-sequence.test.ts.
import { FAKE_TARGETS } from './targets.js';
import { describeSequence, ZONE, type SeqTarget } from './dnscontrol-sequence-run.js';

describeSequence(FAKE_TARGETS().map((f): SeqTarget => ({
  label: f.label,
  start: async () => {
    const s = await f.start(ZONE);
    return { target: s.target, creds: s.creds, close: () => s.close() };
  },
})));
