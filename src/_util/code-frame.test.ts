import { describe, expect, it } from 'vitest';
import { codeFrame, FRAME_WIDTH } from './code-frame.js';

describe('codeFrame', () => {
  const text = Array.from({ length: 12 }, (_, i) => `line ${i + 1}`).join('\n').replace('line 12', 'D("example.com", REG,');

  it('shows the line, the one before and a caret under the column', () => {
    expect(codeFrame(text, 12, 22)).toBe([
      '  11 | line 11',
      '  12 | D("example.com", REG,',
      '     |                      ^',
    ].join('\n'));
  });

  it('the first line has no line before it; a column past the end points just after it', () => {
    expect(codeFrame('abc\n', 1, 99)).toBe('  1 | abc\n    |    ^');
    expect(codeFrame('abc\n', 2, 1)).toBe('  1 | abc\n  2 |\n    | ^');
  });

  it('none for a line the file does not have', () => {
    expect(codeFrame('abc\n', 5, 1)).toBeUndefined();
    expect(codeFrame('abc\n', 0, 1)).toBeUndefined();
  });

  it('keeps tabs in the caret line so it lines up', () => {
    expect(codeFrame('\tA("@")\n', 1, 4)).toBe('  1 | \tA("@")\n    | \t  ^');
  });

  it('shows control characters as ?, not as terminal escapes', () => {
    expect(codeFrame('x = "\u001b[31m";\n', 1, 1)).toBe('  1 | x = "?[31m";\n    | ^');
  });

  it('a long line shows a window around the column', () => {
    const long = `${'a'.repeat(5000)}BAD${'b'.repeat(5000)}`;
    const frame = codeFrame(long, 1, 5001)!;
    const [src, caret] = frame.split('\n') as [string, string];
    expect(src.length).toBeLessThan(FRAME_WIDTH + 20);
    expect(src).toMatch(/^ {2}1 \| …a+BADb+…$/);
    expect(caret.indexOf('^')).toBe(src.indexOf('BAD'));
  });

  it('CRLF files: the \\r is not shown', () => {
    expect(codeFrame('a\r\nbc\r\n', 2, 2)).toBe('  1 | a\n  2 | bc\n    |  ^');
  });
});
