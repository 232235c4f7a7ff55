// print-ir: the IR JSON after validation and normalisation (--raw: straight from the config).
import type { Io } from '../../_util/io.js';
import { writeOutputFile } from '../../_util/output-file.js';
import type { PrintIrOptions } from '../options.js';
import { loadConfig } from '../../config/load.js';

export async function printIr(opts: PrintIrOptions, io: Io): Promise<number> {
  const cfg = await loadConfig(opts, io, { raw: opts.raw, positions: true });
  const json = `${JSON.stringify(cfg, null, opts.pretty ? 2 : undefined)}\n`;
  if (opts.out) await writeOutputFile('--out', opts.out, json, io.cwd);
  else io.out(json);
  return 0;
}
