// A fake HEXONET ISPAPI (api.ispapi.net/api/call.cgi): CentralNic Reseller's protocol (test/fakes/cnr, whose
// header cites the sources) with s_entity 54cd (LIVE) or 1234 (OTE) and upper-case CODE=/DESCRIPTION=/
// PROPERTY[…][n]= lines, as HEXONET's wiki (wiki.hexonet.net "Domain API": StatusDomain, ModifyDomain)
// shows them; DNSControl v4.16 providers/hexonet/nameservers.go reads NAMESERVER and wants code 200.
import { defineFake } from '../fake.js';
import { startCnrFake, type CnrFake } from '../cnr/server.js';

export const startHexonetFake = (opts: { seed?: number } = {}): Promise<CnrFake> => startCnrFake({ ...opts, hexonet: true });

export const fake = defineFake<CnrFake>({
  start: () => startHexonetFake(),
  creds: (f) => ({ apilogin: f.login, apipassword: f.password, apientity: 'OTE', base_url: `${f.url}/api/call.cgi` }),
  probe: {
    path: () => '/api/call.cgi?s_entity=54cd&s_login=nope&s_pw=nope&s_command=COMMAND%3DStatusDomain%0ADOMAIN%3Dexample.com',
    badAuth: {},
    denied: 200,
    throttle: { status: 200, body: /CODE=421/ },
  },
  registrar: {
    register: (f, domain, nameservers) => { f.domains.set(domain, { nameservers: [...nameservers] }); },
    delegation: (f, domain) => f.domains.get(domain)?.nameservers ?? [],
  },
});
