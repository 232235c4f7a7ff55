// `dnscode init`: write creds.json and a starter dnsconfig.js (or .ts), interactively or from flags
// (--yes). Existing zones can be imported through get-zones.
import { access, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { Writable, type Readable } from 'node:stream';
import type { Io } from '../../_util/io.js';
import { ExitError, UsageError } from '../../errors.js';
import { answersFromFlags, type InitAnswers, type InitFlags } from '../../init/answers.js';
import { askAnswers, askYesNo, type PromptStreams } from '../../init/ask.js';
import { existingCredkeys, starterConfig, typingsReference, writeCreds } from '../../init/files.js';
import { formatConfig } from '../../fmt/format.js';
import { bundleTypings } from '../../typings/bundle.js';
import { VERSION } from '../../version.js';
import { checkCredsEntry, loadCreds } from '../../creds/load.js';
import { getProviderType } from '../../providers/registry.js';

export interface InitOptions extends InitFlags {
  creds?: string;
  /** false with --no-config. */
  config?: string | false;
  yes?: boolean;
  ts?: boolean;
}

const exists = (file: string) => access(file).then(() => true, () => false);

/**
 * Whether the provider names apex nameservers of its own. BIND without default_ns does not: then the zone's
 * NS records are the only ones, and the imported config must keep them.
 */
async function bringsOwnNameservers(a: InitAnswers, credsFile: string, io: Io): Promise<boolean> {
  const type = getProviderType(a.providerType);
  const entry = (await loadCreds(credsFile, io))[a.credkey];
  checkCredsEntry(entry);
  const { TYPE: _type, ...creds } = entry ?? {};
  const provider = await type!.createDns!({ credkey: a.credkey, creds, meta: {} });
  return (await provider.getNameservers(a.domains[0] ?? '')).length > 0;
}

/** Existing records as config text, written by the get-zones command itself (format js). */
async function importedConfig(a: InitAnswers, credsFile: string, io: Io): Promise<string> {
  const { getZones } = await import('./get-zones.js');
  const tmp = path.join(path.dirname(credsFile), `.dnscode-init-${process.pid}.js`);
  let text: string;
  try {
    // --import without --domain: every zone the provider lists.
    await getZones({ creds: credsFile, format: 'js', out: tmp, ttl: 0 }, [a.credkey, ...(a.domains.length ? a.domains : ['all'])], io);
    text = await readFile(tmp, 'utf8');
  } finally {
    await rm(tmp, { force: true });
  }
  // get-zones comments the apex NS out (DNSControl does too: most providers add their own). Where the provider
  // adds none, keep them, or the first preview would delete the zone's NS records.
  if (!(await bringsOwnNameservers(a, credsFile, io))) text = text.replace(/^(\s*)\/\/\s*(NAMESERVER\()/gm, '$1$2');
  return text;
}

/** Like DNSControl's init: prove the creds work by listing zones (check-creds). A failure only warns. */
async function verifyCreds(a: InitAnswers, credsFile: string, io: Io): Promise<void> {
  const { getZones } = await import('./get-zones.js');
  const names: string[] = [];
  const collect: Io = { ...io, out: (t) => void names.push(t) };
  try {
    await getZones({ creds: credsFile, format: 'nameonly', ttl: 0 }, [a.credkey, 'all'], collect);
    const zones = names.join('').split('\n').filter(Boolean);
    io.out(`Checked the creds: ${a.providerType} lists ${zones.length} zone${zones.length === 1 ? '' : 's'}${zones.length ? ` (${zones.slice(0, 5).join(', ')}${zones.length > 5 ? ', ...' : ''})` : ''}\n`);
  } catch (e) {
    io.out(`Could not check the creds by listing zones: ${(e as Error).message}\n`);
  }
}

function describeCreds(a: InitAnswers): string {
  const fields = Object.entries(a.fields).map(([k, v]) => (v.startsWith('$') ? `${k} from ${v}` : k));
  return `"${a.credkey}" (TYPE ${a.providerType}${fields.length ? `: ${fields.join(', ')}` : ''})`;
}

export async function init(opts: InitOptions, io: Io, input: Readable = process.stdin): Promise<number> {
  try {
    return await runInit(opts, io, input);
  } catch (e) {
    // Ctrl-C or a closed stdin inside a prompt: inquirer's ExitPromptError. 130 is the shell's code for SIGINT.
    if ((e as Error).name === 'ExitPromptError') {
      const hint = (input as { isTTY?: boolean }).isTTY ? '' : ' (stdin is not a terminal: for a run without questions, use --yes and flags)';
      throw new ExitError(130, `init: cancelled${hint}`);
    }
    throw e;
  }
}

async function runInit(opts: InitOptions, io: Io, input: Readable): Promise<number> {
  const interactive = !opts.yes;
  const prompts: PromptStreams = {
    input,
    output: () => new Writable({ write: (chunk, _enc, done) => { io.out(String(chunk)); done(); } }),
  };
  const credsName = opts.creds ?? 'creds.json';
  const credsFile = path.resolve(io.cwd, credsName);
  const ts = Boolean(opts.ts) || (typeof opts.config === 'string' && /\.[cm]?ts$/.test(opts.config));
  const configName = opts.config === false ? undefined : (opts.config ?? (ts ? 'dnsconfig.ts' : 'dnsconfig.js'));
  const configFile = configName === undefined ? undefined : path.resolve(io.cwd, configName);

  // Refuse before asking anything or writing anything, so a run never leaves half its files behind.
  const credkeys = await existingCredkeys(credsFile, credsName); // a creds file init cannot merge fails here
  let writeConfig = configFile !== undefined;
  if (configFile && (await exists(configFile))) {
    if (!interactive) throw new UsageError(`${configName} already exists; remove it or use --no-config`);
    writeConfig = await askYesNo(`${configName} exists. Replace it?`, false, prompts);
  }
  const a = interactive ? await askAnswers(prompts, opts) : answersFromFlags(opts);
  let replaceCredkey = false;
  if (interactive && credkeys.includes(a.credkey)) {
    replaceCredkey = await askYesNo(`${credsName} already has "${a.credkey}". Replace it?`, false, prompts);
    if (!replaceCredkey) throw new UsageError(`${credsName} already has "${a.credkey}"; nothing written`);
  }

  await writeCreds(credsFile, credsName, a, replaceCredkey);
  io.out(`Wrote ${credsName}: ${describeCreds(a)}${a.credkey === 'none' ? '' : ', "none" (TYPE NONE, the registrar)'}\n`);
  if (interactive) await verifyCreds(a, credsFile, io);

  if (writeConfig && configFile && configName) {
    const raw = a.importZones ? typingsReference(ts) + (await importedConfig(a, credsFile, io)) : starterConfig(a, ts);
    await writeFile(configFile, await formatConfig(raw, configName));
    const count = a.importZones ? (raw.match(/^D\(/gm) ?? []).length : a.domains.length;
    const what = count ? `${count} domain${count === 1 ? '' : 's'}` : 'no domains yet';
    io.out(`Wrote ${configName}: ${what}${a.importZones ? ', existing records imported' : ''}\n`);
    if (ts) {
      await writeFile(path.resolve(path.dirname(configFile), 'types-dnscontrol.d.ts'), await bundleTypings(VERSION));
      io.out('Wrote types-dnscontrol.d.ts (typings for the config)\n');
    }
  }

  if (interactive && writeConfig && configName && (await askYesNo('Run dnscode preview now?', true, prompts))) {
    const { preview } = await import('./preview.js');
    return preview({ creds: credsName, config: configName, variable: [], cmode: 'concurrent', cmax: 100, format: 'text', populate: true }, io);
  }
  io.out(`Next: dnscode preview${configName && configName !== 'dnsconfig.js' ? ` --config ${configName}` : ''}${credsName !== 'creds.json' ? ` --creds ${credsName}` : ''}\n`);
  return 0;
}
