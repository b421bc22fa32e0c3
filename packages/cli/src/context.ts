import type { Locale } from '@temadag/core';
import type { CliIo } from './io.js';
import type { CliMessages } from './messages/index.js';

/** A problem with how the command was called, its files or its input: exit code 2. */
export class UsageError extends Error {
  constructor(
    readonly lines: readonly string[],
    readonly helpFor?: string,
  ) {
    super(lines[0] ?? '');
    this.name = 'UsageError';
  }
}

/** Work that was asked for correctly but could not be done, e.g. a database that is down: 1. */
export class WorkError extends Error {
  constructor(readonly lines: readonly string[]) {
    super(lines[0] ?? '');
    this.name = 'WorkError';
  }
}

/** Options a command declares, in the shape `node:util` `parseArgs` takes. */
export type OptionSpec = Readonly<
  Record<
    string,
    { readonly type: 'string' | 'boolean'; readonly multiple?: boolean; readonly short?: string }
  >
>;

/** The parsed values of an {@link OptionSpec}. */
export type OptionValues<O extends OptionSpec> = {
  [K in keyof O]?: O[K]['multiple'] extends true
    ? string[]
    : O[K]['type'] extends 'boolean'
      ? boolean
      : string;
};

/** What one run of the command knows: its streams, environment and its one language. */
export interface Ctx {
  io: CliIo;
  env: Record<string, string | undefined>;
  locale: Locale;
  t: CliMessages;
  /** Every command, for `temadag completion`. */
  commands: readonly Command[];
}

/**
 * One `temadag` command: what it takes and what it does. `cli.ts` parses the arguments once
 * with {@link Command.options}, so a command receives checked values.
 */
export interface Command<O extends OptionSpec = OptionSpec> {
  /** The word after `temadag`, e.g. `offer`. */
  name: string;
  options: O;
  /** Whether it takes arguments that are not options (a subcommand, a file, an id). */
  positionals: boolean;
  /** The words that may follow the command, e.g. `check` for `catalog`. */
  subcommands?: readonly string[];
  /** Options whose value is a file or folder, for shell completion. */
  fileOptions?: readonly (keyof O & string)[];
  /** Options with a fixed set of values, for shell completion. */
  choices?: Readonly<Partial<Record<keyof O & string, readonly string[]>>>;
  /** Whether a file follows the subcommand (`catalog check FILE`), for shell completion. */
  fileArgument?: boolean;
  help(t: CliMessages): string;
  run(input: { values: OptionValues<O>; positionals: string[] }, ctx: Ctx): Promise<number>;
}

/** The first line of an error's message, never a stack. */
export function firstLine(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return message.split('\n')[0] ?? '';
}

/** The system error code of an error or of its cause (`fetch` nests it), e.g. `ENOENT`. */
export function errorCode(error: unknown): string | undefined {
  const own = (error as { code?: unknown } | null)?.code;
  if (typeof own === 'string') return own;
  const cause = (error as { cause?: unknown } | null)?.cause;
  return cause === undefined || cause === error ? undefined : errorCode(cause);
}

/**
 * Declares a command with typed options and gives it back for the command table, where the
 * option types are erased: `cli.ts` parses with the command's own options, so the values the
 * command receives match its declaration.
 *
 * @param command - the command
 * @returns the same command, typed for the table
 */
export function defineCommand<O extends OptionSpec>(command: Command<O>): Command {
  return command as unknown as Command;
}
