/**
 * `@temadag/cli`: the `temadag` command. {@link run} is the whole command as a function, so
 * programs and tests can call it with their own output streams.
 *
 * @packageDocumentation
 */
export { run } from './cli.js';
export type { CliIo, FetchResponse, TextSink, TextSource } from './io.js';
export { pickLocale } from './locale.js';
export { cliMessages, type CliMessages } from './messages/index.js';
