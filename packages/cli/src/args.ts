import { UsageError, firstLine, type Ctx } from './context.js';
import type { CliMessages } from './messages/index.js';

/**
 * Whether `--help` or `-h` comes before any `--`.
 *
 * @param args - the arguments after the command
 * @returns true when help is asked for
 */
export function wantsHelp(args: readonly string[]): boolean {
  const end = args.indexOf('--');
  return (end === -1 ? args : args.slice(0, end)).some((a) => a === '--help' || a === '-h');
}

/**
 * Runs `parseArgs` and turns its errors into messages in the run's language.
 *
 * @param parseThem - calls `parseArgs`
 * @param command - the command for the pointer to its help, e.g. `temadag offer`
 * @param t - the run's messages
 * @returns what `parseThem` returns
 * @throws {@link UsageError} naming the option or argument
 */
export function parseOrExplain<T>(parseThem: () => T, command: string, t: CliMessages): T {
  try {
    return parseThem();
  } catch (error) {
    const code = (error as { code?: string }).code;
    const message = error instanceof Error ? error.message : String(error);
    const quoted = /'([^']*)'/.exec(message)?.[1] ?? '';
    const option = quoted.replace(/ <value>$/, '');
    if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') {
      throw new UsageError([t.unknownOption(option)], command);
    }
    if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE') {
      const line = /does not take an argument/.test(message)
        ? t.noValue(option)
        : t.missingValue(option);
      throw new UsageError([line], command);
    }
    if (code === 'ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL') {
      throw new UsageError([t.unexpectedArgument(quoted)], command);
    }
    throw new UsageError([firstLine(error)], command);
  }
}

/**
 * Checks a `--lang` value.
 *
 * @param value - the value, if given
 * @param t - the run's messages
 * @throws {@link UsageError} for anything but `da` and `en`
 */
export function checkLang(value: string | undefined, t: CliMessages): void {
  if (value !== undefined && value !== 'da' && value !== 'en') {
    throw new UsageError([t.badLang(value)]);
  }
}

/**
 * Reads a whole number option.
 *
 * @param option - its name, e.g. `--participants`
 * @param value - the text given
 * @param example - a good value for the message, e.g. `25`
 * @param t - the run's messages
 * @param command - the command for the pointer to its help
 * @returns the number
 * @throws {@link UsageError} when the text is not 1–9 digits
 */
export function wholeNumber(
  option: string,
  value: string,
  example: string,
  t: CliMessages,
  command: string,
): number {
  if (!/^\d{1,9}$/.test(value)) {
    throw new UsageError([t.wholeNumber(option, value, example)], command);
  }
  return Number(value);
}

const ISO_INSTANT =
  /^\d{4}-\d{2}-\d{2}(?:T\d{2}:\d{2}(?::\d{2}(?:\.\d{1,9})?)?(?:Z|[+-]\d{2}:\d{2})?)?$/;

/**
 * The run's clock: `TEMADAG_NOW` when set (for repeatable output), else now.
 *
 * @param ctx - the run
 * @returns the moment
 * @throws {@link UsageError} when `TEMADAG_NOW` is not an ISO 8601 instant
 */
export function clock(ctx: Ctx): Date {
  const given = ctx.env.TEMADAG_NOW;
  if (given === undefined || given === '') return new Date();
  const now = new Date(given);
  if (!ISO_INSTANT.test(given) || Number.isNaN(now.getTime())) {
    throw new UsageError([ctx.t.badNow(given)]);
  }
  return now;
}
