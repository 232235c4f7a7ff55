// readOpenSync against readFileSync on real files: the size its caller saw may be stale (a file that grew);
// a read that stops short of that size (a pipe, written in two parts) is not taken for the end.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readOpenSync } from './fs.js';

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'util-fs-'));
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

describe('readOpenSync', () => {
  const text = `$ORIGIN example.com.\n@ IN TXT "é ü 漢字"\n${'www IN A 192.0.2.1\n'.repeat(5000)}`;
  const bytes = Buffer.concat([Buffer.from(text), Buffer.from([0xff, 0xfe, 0x41])]); // invalid UTF-8 at the end
  const file = path.join(tmp, 'zone');
  fs.writeFileSync(file, bytes);

  it.each([['the exact size', bytes.length], ['a size from before the file grew', 100], ['size 0', 0], ['a size larger than the file', bytes.length + 10]])('reads the whole file given %s', (_what, size) => {
    const fd = fs.openSync(file, 'r');
    try {
      expect(readOpenSync(fd, size)).toEqual(fs.readFileSync(file));
    } finally {
      fs.closeSync(fd);
    }
  });
  it('reads an empty file', () => {
    const empty = path.join(tmp, 'empty');
    fs.writeFileSync(empty, '');
    const fd = fs.openSync(empty, 'r');
    try {
      expect(readOpenSync(fd, 0).toString()).toBe('');
    } finally {
      fs.closeSync(fd);
    }
  });
  it.skipIf(process.platform === 'win32')('reads on after a short read that ends before the size it was given', async () => {
    const fifo = path.join(tmp, 'fifo');
    const made = spawn('mkfifo', [fifo]);
    await new Promise((resolve) => made.on('close', resolve));
    // The writer sends "hello", waits, then " world": the first read returns 5 of the 11 bytes.
    const writer = spawn(process.execPath, ['-e', `const fs = require('fs'); const fd = fs.openSync(${JSON.stringify(fifo)}, 'w');
      fs.writeSync(fd, 'hello'); setTimeout(() => { fs.writeSync(fd, ' world'); fs.closeSync(fd); }, 200);`]);
    const fd = fs.openSync(fifo, 'r');
    try {
      expect(readOpenSync(fd, 11).toString()).toBe('hello world');
    } finally {
      fs.closeSync(fd);
      writer.kill();
    }
  });
});
