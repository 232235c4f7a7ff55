// `dnscode push`: make the corrections, in config order, stopping at the first failure.
import type { Io } from '../io.js';
import type { PreviewOptions } from '../options.js';
import { previewOrPush } from '../../run/preview-push.js';

export function push(opts: PreviewOptions, io: Io): Promise<number> {
  return previewOrPush(opts, io, true);
}
