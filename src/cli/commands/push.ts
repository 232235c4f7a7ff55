// `dnscode push`: make the corrections, in config order, stopping at the first failure.
// -i asks before each correction (y/N on stdin).
import { createInterface } from 'node:readline/promises';
import type { Io } from '../../_util/io.js';
import type { PreviewOptions } from '../options.js';
import { previewOrPush } from '../../run/preview-push.js';
import type { Confirm } from '../../run/apply.js';

export interface PushOptions extends PreviewOptions {
  interactive?: boolean;
}

export async function push(opts: PushOptions, io: Io): Promise<number> {
  if (!opts.interactive) return previewOrPush(opts, io, true);
  const rl = createInterface({ input: process.stdin, terminal: false });
  const lines = rl[Symbol.asyncIterator]();
  const confirm: Confirm = async () => {
    io.out('Run? (y/N): ');
    const next = await lines.next();
    const yes = !next.done && /^y(es)?$/i.test(next.value.trim());
    if (!yes) io.out('Skipping\n');
    return yes;
  };
  try {
    return await previewOrPush(opts, io, true, confirm);
  } finally {
    rl.close();
  }
}
