// DNSControl's integration sequence (dnscontrol-sequence.ts) on BIND zone files, AXFRDDNS on a live BIND and
// a live PowerDNS. The fakes run it in dnscontrol-sequence-fakes.test.ts (a second worker).
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { bind } from '../../src/providers/bind/index.js';
import { axfrddns } from '../../src/providers/axfrddns/index.js';
import { powerdns } from '../../src/providers/powerdns/index.js';
import { startServer, skipReason } from '../servers/servers.js';
import { describeSequence, zoneFileIn, ZONE, type SeqTarget } from './dnscontrol-sequence-run.js';

const NS = 'ns1.example.net.';

const targets: SeqTarget[] = [
  {
    label: 'BIND (zone files)',
    start: async () => {
      const dir = await mkdtemp(join(tmpdir(), 'dnscode-seq-'));
      // Nameservers, as a real BIND setup names them: a zone file without NS does not load.
      const provider = await bind.createDns!({ credkey: 'bind', creds: { directory: dir }, meta: { default_ns: [NS] } });
      return { target: { label: 'BIND', type: bind, provider, zone: ZONE }, zoneFile: zoneFileIn(dir), close: () => rm(dir, { recursive: true, force: true }) };
    },
  },
  {
    label: 'AXFRDDNS (live BIND)',
    skip: skipReason('bind'),
    start: async () => {
      // BIND refuses updates whose in-zone MX/SRV/NS targets lack an address; the sequence uses such targets.
      const srv = await startServer('bind', { zones: [ZONE], env: { CHECK_INTEGRITY: 'no' } });
      const key = `${srv.env.TSIG_ALG}:${srv.env.TSIG_NAME}:${srv.env.TSIG_SECRET}`;
      const provider = await axfrddns.createDns!({ credkey: 'ddns', meta: {}, creds: { master: `127.0.0.1:${srv.port}`, nameservers: NS.slice(0, -1), 'transfer-key': key, 'update-key': key } });
      return { target: { label: 'AXFRDDNS', type: axfrddns, provider, zone: ZONE }, close: () => srv.stop() };
    },
  },
  {
    label: 'POWERDNS (live)',
    skip: skipReason('pdns'),
    start: async () => {
      const srv = await startServer('pdns');
      const provider = await powerdns.createDns!({ credkey: 'pdns', meta: { default_ns: [NS] }, creds: { apiUrl: `http://127.0.0.1:${srv.env.API_PORT}`, apiKey: srv.env.API_KEY! } });
      return { target: { label: 'POWERDNS', type: powerdns, provider, zone: ZONE }, close: () => srv.stop() };
    },
  },
];

describeSequence(targets);
