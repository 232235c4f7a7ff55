// check: run and validate the config without contacting any provider.
import type { Io } from '../io.js';
import type { DslOptions } from '../options.js';
import { loadConfig } from '../../config/load.js';

export async function check(opts: DslOptions, io: Io): Promise<number> {
  await loadConfig(opts, io);
  io.out('No errors.\n');
  return 0;
}
