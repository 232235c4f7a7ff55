// The only place that parses argv, prints errors and exits. Commands are imported lazily so that
// `dnscode version` does not pay for the DSL engine or providers.
import { Command, InvalidArgumentError, Option } from 'commander';
import { processIo, withoutColors, type Io } from '../_util/io.js';
import { ConfigError, ExitError, PlanFileError, ProviderError, UsageError, ValidationError, ZoneParseError } from '../errors.js';
import { VERSION } from '../version.js';
import { DEFAULT_EVAL_MAX_MEMORY, EVALUATING_COMMANDS, prestartEvaluator } from '../isolate/launch.js';
import { completionScript, SHELLS, shellFromEnv, type CompletionCommand, type Shell } from './completion.js';

const collect = (v: string, prev: string[]) => [...prev, v];

function dslFlags(cmd: Command): Command {
  return cmd
    .option('--config <file>', 'config file (dnsconfig.js, .ts or .mjs)')
    .addOption(new Option('--js <file>').hideHelp())
    .option('--ir <file>', 'read IR JSON instead of running the config')
    .addOption(new Option('--json <file>').hideHelp())
    .option('-v, --variable <name=value>', 'set a JS global (repeatable)', collect, [])
    .option('--dev', 'ignored (DNSControl compatibility)')
    .option('--allow-fetch', 'allow FETCH() in the config')
    .option('--config-root <dir>', 'directory tree the config may read (default: the config file\'s directory)')
    .option('--eval-timeout <seconds>', 'stop evaluating the config after SECONDS', wholeNumber(1, 86400), 60)
    .option('--eval-max-memory <MB>', 'memory the config\'s evaluation may use', wholeNumber(64, 1048576), 4096);
}

function filterFlags(cmd: Command): Command {
  return cmd
    .option('--creds <file>', 'creds file, or !command', 'creds.json')
    .option('--providers <list>', 'providers to use (comma separated, or "all")')
    .option('--domains <list>', 'domains to use: names, *.suffix, name!tag, name!*');
}

/** A numeric flag value: a whole number in [min, max], else a usage error (parseInt alone lets "x" through
 *  as NaN, and --bindserial x wrote "NaN" as the SOA serial). */
const wholeNumber = (min: number, max: number) => (v: string): number => {
  const n = Number(v);
  if (!/^\d+$/.test(v.trim()) || n < min || n > max) throw new InvalidArgumentError(`expected a whole number from ${min} to ${max}`);
  return n;
};

function previewFlags(cmd: Command): Command {
  return filterFlags(dslFlags(cmd))
    .option('--report <file>', 'write a JSON report')
    .option('--expect-no-changes', 'exit 2 if there are pending changes')
    .option('--full', 'show headings, provider names and "no changes" notes')
    .option('--no-populate', 'do not create missing zones')
    .option('--populate-on-preview', 'create missing zones during preview')
    .option('--bindserial <n>', 'force the BIND SOA serial', wholeNumber(0, 4294967295))
    .option('--reportmax <n>', 'cap IGNORE/NO_PURGE report lines', wholeNumber(0, Number.MAX_SAFE_INTEGER))
    .option('--cmode <mode>', 'concurrency: concurrent|none|all', 'concurrent')
    .option('--cmax <n>', 'maximum concurrent zones', wholeNumber(1, 100000), 100)
    .option('--notify', "send notifications to the services in creds.json's \"notifications\" block")
    .option('--format <fmt>', 'output format: text|json|markdown', 'text')
    .option('--plan <file>', 'preview: save the plan to FILE; push: apply the saved plan')
    .option('--force', 'push even if the safety limits would refuse it')
    .option('--max-change <percent>', 'safety limit: most of a zone\'s records a push may delete or modify (default 30)')
    .option('--no-colors', 'no ANSI colours')
    .option('--disableordering', 'do not reorder changes by dependencies')
    // DNSControl v4 made diff2 its only engine and kept the flag, hidden, so old CI scripts still run.
    .addOption(new Option('--diff2', 'accepted for compatibility; the only diff engine').hideHelp())
    .addHelpText('after', EXIT_CODES_HELP);
}

/** What shell-completion completes: the visible commands, their long flags and descriptions. */
function completionCommands(program: Command): CompletionCommand[] {
  return program.commands.map((c) => ({
    name: c.name(),
    aliases: c.aliases(),
    description: c.summary() || c.description(),
    flags: longFlags(c).map((flag) => ({ flag, description: c.options.find((o) => o.long === flag)?.description ?? '' })),
  }));
}

function longFlags(cmd: Command): string[] {
  return cmd.options.filter((o) => !o.hidden && o.long).map((o) => o.long!);
}

const EXIT_CODES_HELP = `
Exit codes:
  0  success (preview: also when changes are pending, unless --expect-no-changes)
  1  error, or a push refused (safety limits, out-of-date --plan); nothing was applied
  2  preview/push --expect-no-changes: changes are pending`;

type Runner = (io: Io) => Promise<number | void>;


/** Go's strconv.ParseBool, which DNSControl's flag library uses for `--flag=value`. */
function goBool(v: string): boolean | undefined {
  if (/^(1|t|T|TRUE|true|True)$/.test(v)) return true;
  if (/^(0|f|F|FALSE|false|False)$/.test(v)) return false;
  return undefined;
}

/** DNSControl accepts `--flag=true|false` for every boolean flag (`--no-colors=false` in CI scripts); commander
 *  knows only `--flag`. Rewrites them: true → `--flag`, false → nothing. Other values are left for commander
 *  to refuse. */
function withGoBoolFlags(argv: string[], program: Command): string[] {
  const booleans = new Set<string>();
  for (const cmd of [program, ...program.commands]) {
    for (const o of cmd.options) if (o.long && !o.required && !o.optional) booleans.add(o.long);
  }
  const out: string[] = [];
  for (const [i, a] of argv.entries()) {
    if (a === '--') return out.concat(argv.slice(i));
    const eq = a.indexOf('=');
    const value = eq > 0 && booleans.has(a.slice(0, eq)) ? goBool(a.slice(eq + 1)) : undefined;
    if (value === undefined) out.push(a);
    else if (value) out.push(a.slice(0, eq));
  }
  return out;
}

export async function main(argv: string[]): Promise<void> {
  let noColors = argv.some((a) => a === '--no-colors' || (a.startsWith('--no-colors=') && goBool(a.slice(12)) === true));
  let debug = argv.includes('--debug');
  const io = processIo(noColors);
  let runner: Runner | undefined;
  const program = new Command('dnscode')
    .description('DNS as code: DNSControl-compatible dnsconfig.js, in TypeScript')
    .version(VERSION, '-V, --version')
    .option('--debug', 'print stack traces on error')
    .option('--no-colors', 'no ANSI colours')
    .option('--disableordering', 'do not reorder changes by dependencies')
    .option('--allow-fetch', 'allow FETCH() in the config')
    .enablePositionalOptions(false)
    // A usage error is one "Error: ..." line and a pointer to --help, not the whole help text.
    .showHelpAfterError('(add --help for usage)')
    .configureOutput({ outputError: (text, write) => write(text.replace(/^error:/, 'Error:')) })
    .exitOverride();

  // biome-ignore lint/suspicious/noExplicitAny: commander's options are untyped; each command's loader declares its own.
  const on = (cmd: Command, load: (opts: any, args: string[]) => Runner) =>
    cmd.action((...a: unknown[]) => {
      const c = a[a.length - 1] as Command;
      const opts = { ...program.opts(), ...c.opts() };
      opts.config ??= opts.js;
      opts.ir ??= opts.json;
      // Commands that evaluate the config start its isolated evaluator now, so that its start-up overlaps
      // with loading the command (push --plan and --ir evaluate nothing).
      if (EVALUATING_COMMANDS.has(c.name()) && !opts.ir && !(c.name() === 'push' && opts.plan)) {
        prestartEvaluator(opts.evalMaxMemory ?? DEFAULT_EVAL_MAX_MEMORY);
      }
      const run = load(opts, c.args);
      runner = opts.diff2
        ? async (io) => {
            io.err('WARNING: --diff2 is ignored: diff2 is the only diff engine (as in DNSControl v4)\n');
            return await run(io);
          }
        : run;
    });

  program.addHelpText('after', EXIT_CODES_HELP);
  on(previewFlags(program.command('preview').description('show the changes a push would make')), (o) => async (io) =>
    (await import('./commands/preview.js')).preview(o, io));
  on(previewFlags(program.command('push').description('apply the changes')).option('-i, --interactive', 'ask before each correction')
    .option('--plan-digest <hex>', 'with --plan: apply the plan only if its digest is this one (as preview printed it)'), (o) => async (io) =>
    (await import('./commands/push.js')).push(o, io));
  on(dslFlags(program.command('check').description('validate the config without contacting providers')), (o) => async (io) =>
    (await import('./commands/check.js')).check(o, io));
  on(dslFlags(program.command('print-ir').description('print the IR JSON'))
    .option('--pretty', 'indent the JSON')
    .option('--out <file>', 'write to FILE instead of stdout')
    .option('--raw', 'skip validation and normalisation'), (o) => async (io) =>
    (await import('./commands/print-ir.js')).printIr(o, io));
  on(dslFlags(program.command('print-zones').summary("write each domain's desired records as DIR/<uniquename>.zone")
    .description("write each domain's desired records as DIR/<uniquename>.zone (records only: no SOA or NS is added, so these are for review, not for a server)"))
    .requiredOption('--dir <dir>', 'output folder'), (o) => async (io) =>
    (await import('./commands/print-zones.js')).printZones(o, io));
  on(program.command('get-zones').alias('get-zone').description('download zones from a provider and write them as config')
    .argument('<credkey>', 'the provider\'s name in creds.json')
    .argument('[zones...]', 'zone names, or "all" for every zone the provider lists (an old-style TYPE before them is accepted)')
    .addHelpText('after', '\nExample (import BIND zone files as a config): dnscode get-zones --format js --out dnsconfig.js bind BIND all')
    .option('--creds <file>', 'creds file, or !command', 'creds.json')
    .option('--format <fmt>', 'js|djs|zone|tsv|nameonly', 'zone')
    .option('--out <file>', 'output file (default stdout)')
    .option('--ttl <n>', 'default TTL (0 = most common)', wholeNumber(0, 2147483647), 0), (o, args) => async (io) =>
    (await import('./commands/get-zones.js')).getZones(o, args, io));
  on(program.command('check-creds').description('verify the creds of a provider by listing its zones')
    .argument('<credkey>').argument('[type]')
    .option('--creds <file>', 'creds file, or !command', 'creds.json')
    .option('--out <file>', 'output file'), (o, args) => async (io) =>
    (await import('./commands/get-zones.js')).getZones({ ...o, format: 'nameonly' }, [...args, 'all'], io));
  on(program.command('fmt').description('rewrite the config in a stable layout')
    .argument('[files...]', 'more files to format in place (e.g. the files the config requires)')
    .option('-i, --input <file>', 'input file (default: the config preview would run)')
    .option('-o, --output <file>', 'output file (default: the input)')
    .option('--check', 'exit 1 if a file is not formatted'), (o, args) => async (io) =>
    (await import('./commands/fmt.js')).fmt(o, args, io));
  on(program.command('write-types').description('write TypeScript typings for the DSL')
    .option('-o, --dts-file <file>', 'output file', 'types-dnscontrol.d.ts'), (o) => async (io) =>
    (await import('./commands/write-types.js')).writeTypes(o, io));
  on(program.command('init').description('write creds.json and a starter dnsconfig.js')
    .option('--creds <file>', 'creds file', 'creds.json')
    .option('--config <file>', 'config file (default dnsconfig.js, or dnsconfig.ts with --ts)')
    .option('--no-config', 'only write creds.json')
    .option('--ts', 'write dnsconfig.ts and types-dnscontrol.d.ts')
    .option('--yes', 'non-interactive: take the flags and defaults, ask nothing')
    .option('--provider <type>', 'provider TYPE (required with --yes)')
    .option('--credkey <name>', 'credkey name (default: the TYPE in lower case)')
    .option('--set <key=value>', 'a creds field (repeatable)', collect, [])
    .option('--domain <name>', 'a domain to manage (repeatable)', collect, [])
    .option('--import', 'import existing records with get-zones'), (o) => async (io) =>
    (await import('./commands/init.js')).init(o, io));
  on(program.command('version').description('print the version'), () => async (io) => {
    io.out(`dnscode ${VERSION}\n`);
  });
  on(program.command('shell-completion').description('print a completion script: source <(dnscode shell-completion bash)')
    .argument('[shell]', `${SHELLS.join('|')} (default: from $SHELL)`), (_o, args) => async (io) => {
    const shell = args[0] ?? shellFromEnv(io.env.SHELL);
    if (!shell || !(SHELLS as readonly string[]).includes(shell)) {
      throw new UsageError(`shell-completion: name the shell: ${SHELLS.join(', ')}${args[0] ? ` (not "${args[0]}")` : ''}`);
    }
    io.out(completionScript(shell as Shell, 'dnscode', completionCommands(program), longFlags(program)));
  });

  let code = 0;
  try {
    await program.parseAsync(withGoBoolFlags(argv, program), { from: 'user' });
    const opts = program.opts();
    noColors ||= opts.colors === false;
    debug ||= Boolean(opts.debug);
    if (runner) code = (await runner(noColors ? withoutColors(io) : io)) ?? 0;
  } catch (e) {
    code = reportError(e, io, debug);
  }
  process.exitCode = code;
}

function reportError(e: unknown, io: Io, debug: boolean): number {
  const err = e as { code?: string; exitCode?: number };
  if (typeof err?.code === 'string' && err.code.startsWith('commander.')) {
    // commander already printed help/version/usage errors
    return err.code === 'commander.helpDisplayed' || err.code === 'commander.version' ? 0 : (err.exitCode ?? 1);
  }
  if (e instanceof ExitError) {
    if (e.message) io.err(`${e.message}\n`);
    return e.code;
  }
  const known = e instanceof ConfigError || e instanceof ValidationError || e instanceof ZoneParseError ||
    e instanceof ProviderError || e instanceof UsageError || e instanceof PlanFileError;
  const frame = e instanceof ConfigError && e.frame ? `${e.frame}\n` : '';
  if (known && !debug) io.err(`Error: ${(e as Error).message}\n${frame}`);
  else if (e instanceof Error) io.err(`${debug ? e.stack : `Error: ${e.message}`}\n${frame}`);
  else io.err(`Error: ${String(e)}\n`);
  return 1;
}
