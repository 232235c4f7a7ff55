// A code frame for an error message: the offending line, the one before it, line numbers and a caret under
// the column, like
//     11 | var REG = NewRegistrar("none");
//     12 | D("example.com", REG,
//        |                      ^
// Long lines (minified code) show a window around the column; control characters are shown as `?` so a
// file cannot send escape sequences to the terminal.

/** Widest source text shown per line. */
export const FRAME_WIDTH = 100;

/** The frame for 1-based `line`:`column` of `text`, or undefined when the file has no such line. */
export function codeFrame(text: string, line: number, column: number): string | undefined {
  if (!Number.isInteger(line) || line < 1 || !Number.isInteger(column)) return undefined;
  // Only the two lines wanted are sliced out; the text is not split (a config can be megabytes).
  let start = 0;
  let prevStart = -1;
  for (let l = 1; l < line; l++) {
    const nl = text.indexOf('\n', start);
    if (nl === -1) return undefined;
    prevStart = start;
    start = nl + 1;
  }
  const lineAt = (from: number) => {
    const nl = text.indexOf('\n', from);
    return text.slice(from, nl === -1 ? text.length : nl).replace(/\r$/, '');
  };
  const current = lineAt(start);
  const col = Math.min(Math.max(column, 1), current.length + 1);
  // The window: the whole line when it fits, else FRAME_WIDTH characters with the column a third in.
  let from = 0;
  if (current.length > FRAME_WIDTH) from = Math.max(0, Math.min(col - 1 - Math.floor(FRAME_WIDTH / 3), current.length - FRAME_WIDTH));
  const cut = (s: string) => {
    const shown = s.slice(from, from + FRAME_WIDTH);
    return `${from > 0 && s.length > 0 ? '…' : ''}${visible(shown)}${s.length > from + FRAME_WIDTH ? '…' : ''}`;
  };
  const width = String(line).length;
  const num = (n: number | '') => String(n).padStart(width);
  const out: string[] = [];
  if (prevStart >= 0) out.push(`  ${num(line - 1)} | ${cut(lineAt(prevStart))}`.trimEnd());
  out.push(`  ${num(line)} | ${cut(current)}`.trimEnd());
  // The caret keeps the tabs of the line before it, so it lines up under a tab-indented line.
  const before = visible(current.slice(from, col - 1)).replace(/[^\t]/g, ' ');
  out.push(`  ${num('')} | ${from > 0 ? ' ' : ''}${before}^`);
  return out.join('\n');
}

/** Control characters (but tab) → `?`. */
function visible(s: string): string {
  return s.replace(/[\u0000-\u0008\u000a-\u001f\u007f-\u009f\u2028\u2029]/g, '?');
}
