// Zone-file bytes to text: only UTF-8, with the place of the first byte that is not; only regular files.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ZoneParseError } from '../errors.js';
import { decodeZoneText, openZoneFile, readZoneFile } from './read.js';

describe('decodeZoneText', () => {
  it('decodes UTF-8, multi-byte characters included', () => {
    const text = '$TTL 300\nx TXT "café ✓ 𝄞"\n';
    expect(decodeZoneText(Buffer.from(text), 'z.zone')).toBe(text);
  });

  it.each<[string, Buffer, number, number, RegExp]>([
    ['a lone 0xff on line 3', Buffer.concat([Buffer.from('a A 1\nb A 2\nc TXT "x'), Buffer.from([0xff]), Buffer.from('"\n')]), 3, 9, /byte 0xff.*\\255/],
    ['a truncated sequence after a multi-byte character', Buffer.concat([Buffer.from('x TXT "é'), Buffer.from([0xe2, 0x82]), Buffer.from('"')]), 1, 9, /byte 0xe2/],
    ['an overlong encoding', Buffer.concat([Buffer.from('x TXT "'), Buffer.from([0xc0, 0xaf])]), 1, 8, /byte 0xc0/],
    ['a surrogate encoded as UTF-8', Buffer.concat([Buffer.from('x\n'), Buffer.from([0xed, 0xa0, 0x80])]), 2, 1, /byte 0xed/],
  ])('refuses %s, at its line and column', (_n, bytes, line, column, reason) => {
    let err: unknown;
    try { decodeZoneText(bytes, 'z.zone'); } catch (e) { err = e; }
    expect(err).toBeInstanceOf(ZoneParseError);
    expect([(err as ZoneParseError).line, (err as ZoneParseError).column]).toEqual([line, column]);
    expect((err as Error).message).toMatch(reason);
  });
});

describe('openZoneFile', () => {
  const dir = () => fs.mkdtempSync(path.join(os.tmpdir(), 'zone-read-'));

  it('reads a regular file', () => {
    const d = dir();
    const f = path.join(d, 'z.zone');
    fs.writeFileSync(f, 'x A 192.0.2.1\n');
    expect(readZoneFile(openZoneFile(f), f)).toBe('x A 192.0.2.1\n');
    fs.rmSync(d, { recursive: true, force: true });
  });

  it('refuses a FIFO at once instead of waiting for a writer', () => {
    const d = dir();
    const f = path.join(d, 'z.zone');
    execFileSync('mkfifo', [f]);
    expect(() => openZoneFile(f)).toThrow(/is not a regular file/);
    fs.rmSync(d, { recursive: true, force: true });
  });

  it('does not follow a symbolic link unless asked (ELOOP)', () => {
    const d = dir();
    fs.writeFileSync(path.join(d, 'real.zone'), 'x A 192.0.2.1\n');
    fs.symlinkSync(path.join(d, 'real.zone'), path.join(d, 'link.zone'));
    expect(() => openZoneFile(path.join(d, 'link.zone'))).toThrow(expect.objectContaining({ code: 'ELOOP' }));
    const opened = openZoneFile(path.join(d, 'link.zone'), true);
    expect(readZoneFile(opened, 'link.zone')).toBe('x A 192.0.2.1\n');
    fs.rmSync(d, { recursive: true, force: true });
  });
});
