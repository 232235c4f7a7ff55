import { describe, expect, it } from 'vitest';
import { expandFilename, filenameMatcher, splitUniqueName } from './filename.js';

const plain = { ascii: 'xn--dsseldorf-q9a.example', tag: '' };
const tagged = { ascii: 'example.com', tag: 'inside', raw: 'Example.COM' };

describe('expandFilename', () => {
  it.each<[string, typeof plain, string]>([
    ['%c.zone', plain, 'xn--dsseldorf-q9a.example.zone'],
    ['%c.zone', tagged, 'example.com!inside.zone'],
    ['%a.zone', tagged, 'example.com.zone'],
    ['%u.zone', plain, 'düsseldorf.example.zone'],
    ['%r.zone', tagged, 'Example.COM.zone'],
    ['%T', tagged, 'inside'],
    ['%f.db', tagged, 'example.com_inside.db'],
    ['%f.db', plain, 'xn--dsseldorf-q9a.example.db'],
    ['%F.db', tagged, 'inside_example.com.db'],
    ['db.%a%?-%T', tagged, 'db.example.com-inside'],
    ['db.%a%?-%T', plain, 'db.xn--dsseldorf-q9a.example'],
    ['100%%/%U', tagged, '100%/example.com!inside'],
    ['%D/zone', tagged, 'example.com/zone'],
    ['%x-%a', tagged, '%x-example.com'],
    ['%c.zone', { ascii: '0/27.2.0.192.in-addr.arpa', tag: '' }, '0_27.2.0.192.in-addr.arpa.zone'],
  ])('%s', (format, z, want) => expect(expandFilename(format, z)).toBe(want));
});

describe('filenameMatcher (listZones)', () => {
  it.each<[string, string, string | undefined]>([
    ['%c.zone', 'example.com.zone', 'example.com'],
    ['%c.zone', 'example.com!inside.zone', 'example.com!inside'],
    ['%c.zone', 'README.md', undefined],
    ['db.%a', 'db.example.org', 'example.org'],
    ['%f.db', 'example.com_inside.db', 'example.com!inside'],
    ['%F.db', 'inside_example.com.db', 'example.com!inside'],
    ['%F.db', 'example.com.db', 'example.com'],
    ['%u.zone', 'düsseldorf.example.zone', 'xn--dsseldorf-q9a.example'],
  ])('%s ← %s', (format, file, want) => expect(filenameMatcher(format)(file)).toBe(want));

  it('reverses what expandFilename wrote', () => {
    for (const format of ['%c.zone', '%f.zone', 'zones/%a.db']) {
      expect(filenameMatcher(format)(expandFilename(format, tagged))?.split('!')[0]).toBe('example.com');
    }
  });

  it('splits unique names', () => {
    expect(splitUniqueName('a.com!t')).toEqual({ ascii: 'a.com', tag: 't' });
    expect(splitUniqueName('a.com')).toEqual({ ascii: 'a.com', tag: '' });
  });
});
