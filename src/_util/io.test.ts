import { describe, expect, it } from 'vitest';
import { colorWanted } from './io.js';

describe('colorWanted', () => {
  it.each([
    // [--no-colors, env, tty, colours]
    [false, {}, true, true],
    [false, {}, false, false],
    [false, { TERM: 'dumb' }, true, false],
    [true, {}, true, false],
    [false, { NO_COLOR: '1' }, true, false],
    [false, { NO_COLOR: '' }, true, true], // no-color.org: an empty value does not count
    [false, { FORCE_COLOR: '1' }, false, true],
    [false, { FORCE_COLOR: '' }, false, true],
    [false, { FORCE_COLOR: '0' }, true, false],
    [false, { FORCE_COLOR: 'false' }, true, false],
    // A request for no colour wins over one for colour.
    [false, { FORCE_COLOR: '1', NO_COLOR: '1' }, true, false],
    [true, { FORCE_COLOR: '1' }, false, false],
  ] as Array<[boolean, Record<string, string>, boolean, boolean]>)('--no-colors=%s %j tty=%s → %s', (noColors, env, tty, want) => {
    expect(colorWanted(noColors, env, tty)).toBe(want);
  });
});
