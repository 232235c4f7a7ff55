// `dnscode shell-completion bash|zsh|fish`: a completion script generated from the command definitions
// (main.ts hands over what commander knows), so a new command or flag completes without editing a script.
// Written by hand: the scripts are a few lines each, and commander has no completion generator of its own.

export interface CompletionCommand {
  name: string;
  aliases: string[];
  description: string;
  /** Long flags ("--report") with their descriptions. */
  flags: Array<{ flag: string; description: string }>;
}

export const SHELLS = ['bash', 'zsh', 'fish'] as const;
export type Shell = (typeof SHELLS)[number];

/** The shell named by $SHELL, if it is one we write completions for. */
export function shellFromEnv(shellPath: string | undefined): Shell | undefined {
  const name = (shellPath ?? '').split('/').pop() ?? '';
  return (SHELLS as readonly string[]).includes(name) ? (name as Shell) : undefined;
}

export function completionScript(shell: Shell, prog: string, commands: CompletionCommand[], globalFlags: string[]): string {
  if (shell === 'bash') return bash(prog, commands, globalFlags);
  if (shell === 'zsh') return zsh(prog, commands, globalFlags);
  return fish(prog, commands, globalFlags);
}

const fnName = (prog: string) => `_${prog.replace(/[^A-Za-z0-9_]/g, '_')}`;
/** Text inside single quotes for sh/zsh/fish ('it'\''s'). */
const sq = (s: string) => `'${s.replace(/'/g, `'\\''`)}'`;

function bash(prog: string, commands: CompletionCommand[], globalFlags: string[]): string {
  const names = commands.flatMap((c) => [c.name, ...c.aliases]);
  const cases = commands
    .map((c) => `    ${[c.name, ...c.aliases].join('|')}) words=${sq([...c.flags.map((f) => f.flag), ...globalFlags].join(' '))} ;;`)
    .join('\n');
  return `# ${prog} completion for bash. Load it with: source <(${prog} shell-completion bash)
${fnName(prog)}() {
  local cur=\${COMP_WORDS[COMP_CWORD]} words
  if [ "$COMP_CWORD" -eq 1 ]; then
    COMPREPLY=($(compgen -W ${sq([...names, ...globalFlags].join(' '))} -- "$cur"))
    return
  fi
  case "\${COMP_WORDS[1]}" in
${cases}
    *) words=${sq(globalFlags.join(' '))} ;;
  esac
  if [[ "$cur" == -* ]]; then
    COMPREPLY=($(compgen -W "$words" -- "$cur"))
  else
    COMPREPLY=($(compgen -f -- "$cur"))
  fi
}
complete -o filenames -F ${fnName(prog)} ${prog}
`;
}

/** zsh _arguments/_describe text: brackets and colons are syntax there. */
const zdesc = (s: string) => s.replace(/[[\]:\\]/g, (c) => `\\${c}`);

function zsh(prog: string, commands: CompletionCommand[], globalFlags: string[]): string {
  const described = commands.flatMap((c) => [c.name, ...c.aliases].map((n) => sq(`${n.replace(/:/g, '\\:')}:${c.description}`)));
  const cases = commands
    .map((c) => {
      const args = [...c.flags.map((f) => sq(`${f.flag}[${zdesc(f.description)}]`)), ...globalFlags.map((g) => sq(g)), sq('*:file:_files')];
      return `    ${[c.name, ...c.aliases].join('|')}) _arguments ${args.join(' ')} ;;`;
    })
    .join('\n');
  return `#compdef ${prog}
# ${prog} completion for zsh. Load it with: source <(${prog} shell-completion zsh)
${fnName(prog)}() {
  local -a commands
  commands=(${described.join(' ')})
  if (( CURRENT == 2 )); then
    _describe 'command' commands
    return
  fi
  case $words[2] in
${cases}
    *) _files ;;
  esac
}
compdef ${fnName(prog)} ${prog}
`;
}

function fish(prog: string, commands: CompletionCommand[], globalFlags: string[]): string {
  const lines = [`# ${prog} completion for fish. Load it with: ${prog} shell-completion fish | source`, `complete -c ${prog} -e`];
  const all = commands.flatMap((c) => [c.name, ...c.aliases]).join(' ');
  for (const c of commands) {
    for (const n of [c.name, ...c.aliases]) lines.push(`complete -c ${prog} -f -n ${sq(`not __fish_seen_subcommand_from ${all}`)} -a ${n} -d ${sq(c.description)}`);
    for (const f of c.flags) {
      lines.push(`complete -c ${prog} -n ${sq(`__fish_seen_subcommand_from ${[c.name, ...c.aliases].join(' ')}`)} -l ${f.flag.replace(/^--/, '')} -d ${sq(f.description)}`);
    }
  }
  for (const g of globalFlags) lines.push(`complete -c ${prog} -l ${g.replace(/^--/, '')}`);
  return `${lines.join('\n')}\n`;
}
