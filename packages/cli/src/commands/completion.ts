import { UsageError, defineCommand, type Command } from '../context.js';

const command = 'temadag completion';
const SHELLS = ['bash', 'zsh'] as const;
type Shell = (typeof SHELLS)[number];

const options = {
  lang: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
} as const;

/** How each shell offers words and files, and where it keeps the words typed so far. */
const dialects: Record<Shell, { words: (list: string) => string; files: string; first: number }> = {
  bash: {
    words: (list) => `COMPREPLY=($(compgen -W "${list}" -- "$cur"))`,
    files: 'COMPREPLY=($(compgen -f -- "$cur"))',
    first: 1,
  },
  zsh: { words: (list) => `compadd -- ${list}`, files: '_files', first: 2 },
};

/** The `case` branch of one command: values of its options, its subcommand, its flags. */
function branch(c: Command, shell: Shell): string {
  const d = dialects[shell];
  const names = Object.keys(c.options);
  const flags = names.flatMap((name) => {
    const short = c.options[name]!.short;
    return short ? [`--${name}`, `-${short}`] : [`--${name}`];
  });
  const valued = names.filter((name) => c.options[name]!.type === 'string');
  const lines: string[] = [];
  lines.push('      case "$prev" in');
  for (const [name, list] of Object.entries(c.choices ?? {})) {
    if (list) lines.push(`        --${name}) ${d.words(list.join(' '))}; return 0 ;;`);
  }
  const files = c.fileOptions ?? [];
  if (files.length > 0) {
    lines.push(`        ${files.map((f) => `--${f}`).join('|')}) ${d.files}; return 0 ;;`);
  }
  const free = valued.filter((name) => !files.includes(name) && !(c.choices ?? {})[name]);
  // A value nobody can guess (an id, a number): offer nothing rather than the flags.
  if (free.length > 0) lines.push(`        ${free.map((f) => `--${f}`).join('|')}) return 0 ;;`);
  lines.push('      esac');
  lines.push(`      if [[ "$cur" == -* ]]; then ${d.words(flags.join(' '))}; return 0; fi`);
  if (c.subcommands) {
    lines.push(`      if [[ -z "$sub" ]]; then ${d.words(c.subcommands.join(' '))}; return 0; fi`);
  }
  if (c.fileArgument) lines.push(`      ${d.files}; return 0`);
  lines.push('      ;;');
  return `    ${c.name})\n${lines.join('\n')}`;
}

/** Option names that take a value, so the walk over the typed words skips their values. */
function valuedPattern(commands: readonly Command[]): string {
  const names = new Set<string>();
  for (const c of commands) {
    for (const [name, spec] of Object.entries(c.options)) {
      if (spec.type === 'string') names.add(`--${name}`);
    }
  }
  return [...names].sort().join('|');
}

/**
 * The completion script for a shell: the commands, their subcommands and options, the values of
 * `--lang` and `--format` where they are fixed, and files where a file is asked for.
 *
 * @param shell - `bash` or `zsh`
 * @param commands - every command of `temadag`
 * @returns the script, to be sourced
 * @example
 * ```ts
 * completionScript('bash', commands); // '# bash completion for temadag …'
 * ```
 */
export function completionScript(shell: Shell, commands: readonly Command[]): string {
  const d = dialects[shell];
  const words = shell === 'bash' ? 'COMP_WORDS' : 'words';
  const cword = shell === 'bash' ? 'COMP_CWORD' : 'CURRENT';
  const top = [...commands.map((c) => c.name), 'help'].join(' ');
  const body = `_temadag() {
  local cur="\${${words}[${cword}]}" prev="\${${words}[${cword}-1]}" cmd="" sub="" i w
  for ((i = ${d.first}; i < ${cword}; i++)); do
    w="\${${words}[i]}"
    case "$w" in
      ${valuedPattern(commands)}) ((i++)) ;;
      -*) ;;
      *) if [[ -z "$cmd" ]]; then cmd="$w"; elif [[ -z "$sub" ]]; then sub="$w"; fi ;;
    esac
  done
  case "$cmd" in
    "")
      if [[ "$prev" == --lang ]]; then ${d.words('da en')}; return 0; fi
      if [[ "$cur" == -* ]]; then ${d.words('--help -h --version -V --lang')}; return 0; fi
      ${d.words(top)}; return 0
      ;;
${commands.map((c) => branch(c, shell)).join('\n')}
  esac
}
`;
  if (shell === 'bash') {
    return `# bash completion for temadag. Install: source <(temadag completion bash)
${body}complete -F _temadag temadag
`;
  }
  return `#compdef temadag
# zsh completion for temadag. Install (after compinit): source <(temadag completion zsh),
# or save as _temadag in a folder on $fpath.
${body}if [[ "\${zsh_eval_context[-1]}" == loadautofunc ]]; then
  _temadag "$@"
else
  compdef _temadag temadag
fi
`;
}

/**
 * `temadag completion bash|zsh`: prints a completion script for the shell.
 *
 * @example
 * ```sh
 * source <(temadag completion bash)
 * ```
 */
export const completionCommand = defineCommand({
  name: 'completion',
  options,
  positionals: true,
  subcommands: SHELLS,
  choices: { lang: ['da', 'en'] },
  help: (t) => t.completionHelp,
  async run({ positionals }, ctx) {
    const { t, io } = ctx;
    const [shell, ...extra] = positionals;
    if (shell === undefined) throw new UsageError([t.missingShell], command);
    if (shell !== 'bash' && shell !== 'zsh') throw new UsageError([t.unknownShell(shell)], command);
    if (extra.length > 0) throw new UsageError([t.unexpectedArgument(extra[0]!)], command);
    io.stdout.write(completionScript(shell, ctx.commands));
    return 0;
  },
});
