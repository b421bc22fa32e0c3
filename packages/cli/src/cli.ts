import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { checkLang, parseOrExplain, wantsHelp } from './args.js';
import { adminCommand } from './commands/admin.js';
import { catalogCheckCommand } from './commands/catalog-check.js';
import { completionCommand } from './commands/completion.js';
import { inquiriesCommand } from './commands/inquiries.js';
import { offerCommand } from './commands/offer.js';
import { serveCommand } from './commands/serve.js';
import {
  UsageError,
  WorkError,
  firstLine,
  type Command,
  type Ctx,
  type OptionSpec,
  type OptionValues,
} from './context.js';
import type { CliIo } from './io.js';
import { pickLocale } from './locale.js';
import { cliMessages } from './messages/index.js';

/** Every command; `temadag completion` offers them in this order. */
const COMMANDS: readonly Command[] = [
  offerCommand,
  catalogCheckCommand,
  serveCommand,
  inquiriesCommand,
  adminCommand,
  completionCommand,
];

function version(): string {
  const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as {
    version: string;
  };
  return pkg.version;
}

/**
 * Runs the `temadag` command. The language is chosen once, before anything else, so that every
 * message of the run is in it; the arguments are parsed once here and each command receives
 * checked values. It never throws and never prints a stack trace.
 *
 * @param argv - the arguments after the command name, e.g. `process.argv.slice(2)`
 * @param io - output streams, and optionally `fetch` and the environment
 * @returns the exit code: 0 fine; 1 catalog problems found by `catalog check`, work that
 *   failed (a database that cannot be reached) or an unexpected error; 2 bad arguments, an
 *   unreadable file, invalid JSON, catalog problems in `offer`, or an invalid selection
 * @example
 * ```ts
 * const code = await run(
 *   ['catalog', 'check', 'examples/catalog/catalog.json'],
 *   { stdout: process.stdout, stderr: process.stderr },
 * );
 * // prints "OK: 2 tilbud", code is 0
 * ```
 */
export async function run(argv: readonly string[], io: CliIo): Promise<number> {
  const env = io.env ?? process.env;
  const locale = pickLocale(argv, env);
  const ctx: Ctx = { io, env, locale, t: cliMessages[locale], commands: COMMANDS };
  try {
    return await dispatch([...argv], ctx);
  } catch (error) {
    if (error instanceof UsageError || error instanceof WorkError) {
      const [first = '', ...rest] = error.lines;
      io.stderr.write(`temadag: ${first}\n`);
      for (const line of rest) io.stderr.write(`${line}\n`);
      if (error instanceof WorkError) return 1;
      if (error.helpFor) io.stderr.write(`${ctx.t.seeHelp(error.helpFor)}\n`);
      return 2;
    }
    io.stderr.write(`temadag: ${ctx.t.unexpected(firstLine(error))}\n`);
    return 1;
  }
}

async function dispatch(argv: string[], ctx: Ctx): Promise<number> {
  const { t, io } = ctx;
  // Global options before the command.
  let i = 0;
  while (i < argv.length && argv[i]!.startsWith('-')) {
    const arg = argv[i]!;
    if (arg === '--help' || arg === '-h') {
      io.stdout.write(t.help(version()));
      return 0;
    }
    if (arg === '--version' || arg === '-v' || arg === '-V') {
      io.stdout.write(`${version()}\n`);
      return 0;
    }
    if (arg === '--lang') {
      const value = argv[i + 1];
      if (value === undefined || value.startsWith('-')) {
        throw new UsageError([t.missingValue('--lang')], 'temadag');
      }
      checkLang(value, t);
      i += 2;
    } else if (arg.startsWith('--lang=')) {
      checkLang(arg.slice(7), t);
      i += 1;
    } else {
      throw new UsageError([t.unknownOption(arg.split('=')[0]!)], 'temadag');
    }
  }
  const name = argv[i];
  const args = argv.slice(i + 1);
  if (name === undefined) throw new UsageError([t.missingCommand], 'temadag');
  if (name === 'help') {
    io.stdout.write(t.help(version()));
    return 0;
  }
  const command = COMMANDS.find((c) => c.name === name);
  if (!command) throw new UsageError([t.unknownCommand(name)], 'temadag');
  const label = `temadag ${command.name}`;
  if (wantsHelp(args)) {
    io.stdout.write(command.help(t));
    return 0;
  }
  const { values, positionals } = parseOrExplain(
    () =>
      parseArgs({
        args,
        options: command.options,
        strict: true,
        allowPositionals: command.positionals,
      }),
    label,
    t,
  );
  // Normalised once for every command: a known language, and no option left empty.
  checkLang(typeof values.lang === 'string' ? values.lang : undefined, t);
  for (const [key, value] of Object.entries(values)) {
    const empty = value === '' || (Array.isArray(value) && value.includes(''));
    if (empty) throw new UsageError([t.missingValue(`--${key}`)], label);
  }
  return command.run({ values: values as OptionValues<OptionSpec>, positionals }, ctx);
}
