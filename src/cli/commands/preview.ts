// `dnscode preview`: show the corrections a push would make.
import type { Io } from '../../_util/io.js';
import type { PreviewOptions } from '../options.js';
import { previewOrPush } from '../../run/preview-push.js';

export function preview(opts: PreviewOptions, io: Io): Promise<number> {
  return previewOrPush(opts, io, false);
}
