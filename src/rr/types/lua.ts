// LUA (PowerDNS): a record whose answers a Lua snippet computes at query time. The rdata is the type it
// answers with and the snippet: `LUA A "ifportup(443, {'192.0.2.1','192.0.2.2'})"`. PowerDNS only.
import type { RRType } from '../descriptor.js';
import { RdataError } from '../descriptor.js';
import { quoteString } from '../quote.js';

export const LUA: RRType = {
  name: 'LUA',
  // PowerDNS's number for it, from the private-use range.
  code: 65402,
  dslArgs: [['rtype', 'string', 'luartype'], ['target', 'any']],
  check: (rc) => [
    ...(/^[A-Za-z][A-Za-z0-9]*$/.test(rc.luartype ?? '') ? [] : [`LUA rtype must be a record type such as A or TXT, got ${JSON.stringify(rc.luartype)}`]),
    ...(rc.target === '' ? ['LUA needs its Lua code'] : []),
  ],
  capability: 'canUseLUA',
  fields: [
    { name: 'rtype', kind: 'word', ir: 'luartype' },
    { name: 'code', kind: 'qstring', ir: 'target' },
  ],
  // Long snippets may be split into several strings (as TXT is); they are one piece of code.
  parseText(tokens) {
    const [rtype, ...code] = tokens;
    if (!rtype || rtype.quoted || code.length === 0) throw new RdataError('LUA: expected a record type and a quoted Lua snippet');
    return { luartype: rtype.text.toUpperCase(), target: code.map((t) => t.text).join('') };
  },
  formatText: (rc) => `${rc.luartype ?? ''} ${quoteString(rc.target)}`,
};
