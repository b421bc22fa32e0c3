/**
 * `@temadag/cli`: the `temadag` command. {@link run} is the whole command as a function, so
 * programs and tests can call it with their own output streams.
 *
 * @packageDocumentation
 */
import { existsSync, readFileSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import {
  ValidationError,
  createOffer,
  parseCatalog,
  renderOfferText,
  type Catalog,
  type Locale,
  type Problem,
  type SelectionInput,
  formatMoney,
} from '@temadag/core';
import type { InquirySummary, Storage } from '@temadag/server';
import { locateJsonError } from './json.js';
import { cliMessages, type CliMessages } from './messages.js';

export { cliMessages, type CliMessages } from './messages.js';

/** Something text can be written to, such as `process.stdout`. */
export interface TextSink {
  /**
   * Writes text as it is (lines end with `\n`), or bytes (`temadag offer --pdf -`).
   *
   * @param chunk - the text or bytes
   * @returns anything; the command does not read it
   */
  write(chunk: string | Uint8Array): unknown;
}

/** The answer of a fetch, as far as the command reads it. */
export interface FetchResponse {
  /** Whether the status is 200–299. */
  ok: boolean;
  /** The HTTP status code, e.g. 404. */
  status: number;
  /** The HTTP status text, e.g. `Not Found`. */
  statusText: string;
  /**
   * Reads the body.
   *
   * @returns the body as text
   */
  text(): Promise<string>;
}

/** Where {@link run} reads and writes. */
export interface CliIo {
  /** Output: the offer, `OK: …`, catalog problems, help and version. */
  stdout: TextSink;
  /** Error messages. */
  stderr: TextSink;
  /** Fetches catalog URLs; the global `fetch` when left out. */
  fetch?: (url: string) => Promise<FetchResponse>;
  /** Environment (`LANG`, `TEMADAG_NOW`); `process.env` when left out. */
  env?: Record<string, string | undefined>;
}

/** A problem with how the command was called, its files or its input: exit code 2. */
class UsageError extends Error {
  constructor(
    readonly lines: readonly string[],
    readonly helpFor?: string,
  ) {
    super(lines[0] ?? '');
    this.name = 'UsageError';
  }
}

interface Ctx {
  io: CliIo;
  env: Record<string, string | undefined>;
  locale: Locale;
  t: CliMessages;
}

const OFFER_OPTIONS = {
  catalog: { type: 'string' },
  offering: { type: 'string' },
  format: { type: 'string' },
  participants: { type: 'string' },
  module: { type: 'string', multiple: true },
  date: { type: 'string' },
  place: { type: 'string' },
  km: { type: 'string' },
  zone: { type: 'string' },
  lang: { type: 'string' },
  number: { type: 'string' },
  json: { type: 'boolean' },
  text: { type: 'boolean' },
  pdf: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
} as const;

const SERVE_OPTIONS = {
  catalog: { type: 'string' },
  port: { type: 'string' },
  host: { type: 'string' },
  db: { type: 'string' },
  'database-url': { type: 'string' },
  config: { type: 'string' },
  'widget-dir': { type: 'string' },
  lang: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
} as const;

const INQUIRIES_OPTIONS = {
  db: { type: 'string' },
  'database-url': { type: 'string' },
  format: { type: 'string' },
  'older-than': { type: 'string' },
  limit: { type: 'string' },
  offset: { type: 'string' },
  json: { type: 'boolean' },
  lang: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
} as const;

const CATALOG_OPTIONS = {
  lang: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
} as const;

/**
 * Runs the `temadag` command: `offer`, `catalog check`, `--help` and `--version`. It never
 * throws and never prints a stack trace.
 *
 * @param argv - the arguments after the command name, e.g. `process.argv.slice(2)`
 * @param io - output streams, and optionally `fetch` and the environment
 * @returns the exit code: 0 fine; 1 catalog problems found by `catalog check`, or an
 *   unexpected error; 2 bad arguments, an unreadable file, invalid JSON, catalog problems in
 *   `offer`, or an invalid selection
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
  const ctx: Ctx = { io, env, locale, t: cliMessages[locale] };
  try {
    return await dispatch([...argv], ctx);
  } catch (error) {
    if (error instanceof UsageError) {
      const [first = '', ...rest] = error.lines;
      io.stderr.write(`temadag: ${first}\n`);
      for (const line of rest) io.stderr.write(`${line}\n`);
      if (error.helpFor) io.stderr.write(`${ctx.t.seeHelp(error.helpFor)}\n`);
      return 2;
    }
    io.stderr.write(`temadag: ${ctx.t.unexpected(firstLine(error))}\n`);
    return 1;
  }
}

function firstLine(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return message.split('\n')[0] ?? '';
}

/** `--lang` anywhere before `--`, else `LANG` starting with `en`, else Danish. */
function pickLocale(argv: readonly string[], env: Record<string, string | undefined>): Locale {
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--') break;
    const value = arg === '--lang' ? argv[i + 1] : arg?.startsWith('--lang=') ? arg.slice(7) : '';
    if (value === 'da' || value === 'en') return value;
  }
  return /^en/i.test(env.LANG ?? '') ? 'en' : 'da';
}

function checkLang(value: string | undefined, t: CliMessages): void {
  if (value !== undefined && value !== 'da' && value !== 'en') {
    throw new UsageError([t.badLang(value)]);
  }
}

function version(): string {
  const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as {
    version: string;
  };
  return pkg.version;
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
  const command = argv[i];
  const rest = argv.slice(i + 1);
  switch (command) {
    case undefined:
      throw new UsageError([t.missingCommand], 'temadag');
    case 'help':
      io.stdout.write(t.help(version()));
      return 0;
    case 'offer':
      return offerCommand(rest, ctx);
    case 'catalog':
      return catalogCommand(rest, ctx);
    case 'serve':
      return serveCommand(rest, ctx);
    case 'inquiries':
      return inquiriesCommand(rest, ctx);
    default:
      throw new UsageError([t.unknownCommand(command)], 'temadag');
  }
}

function wantsHelp(args: readonly string[]): boolean {
  const end = args.indexOf('--');
  return (end === -1 ? args : args.slice(0, end)).some((a) => a === '--help' || a === '-h');
}

/** Runs parseArgs and turns its errors into messages in the user's language. */
function parse<T>(parseThem: () => T, command: string, t: CliMessages): T {
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

function wholeNumber(
  option: string,
  value: string,
  example: string,
  t: CliMessages,
  command = 'temadag offer',
): number {
  if (!/^\d{1,9}$/.test(value)) {
    throw new UsageError([t.wholeNumber(option, value, example)], command);
  }
  return Number(value);
}

const ISO_INSTANT =
  /^\d{4}-\d{2}-\d{2}(?:T\d{2}:\d{2}(?::\d{2}(?:\.\d{1,9})?)?(?:Z|[+-]\d{2}:\d{2})?)?$/;

function clock(ctx: Ctx): Date {
  const given = ctx.env.TEMADAG_NOW;
  if (given === undefined || given === '') return new Date();
  const now = new Date(given);
  if (!ISO_INSTANT.test(given) || Number.isNaN(now.getTime())) {
    throw new UsageError([ctx.t.badNow(given)]);
  }
  return now;
}

/** The option that gave the value at a selection path, for messages. */
function optionFor(path: string, modules: readonly string[]): string {
  const module = /^modules\[(\d+)\]/.exec(path);
  if (module) return `--module ${modules[Number(module[1])] ?? ''}`.trim();
  const options: Record<string, string> = {
    offering: '--offering',
    format: '--format',
    participants: '--participants',
    modules: '--module',
    date: '--date',
    place: '--place',
    'travel.km': '--km',
    'travel.zone': '--zone',
    now: 'TEMADAG_NOW',
  };
  return options[path] ?? (path || '(root)');
}

function problemLines(problems: readonly Problem[], name = (p: Problem) => p.path || '(root)') {
  return problems.map((p) => `  ${name(p)}: ${p.message}`);
}

async function offerCommand(args: string[], ctx: Ctx): Promise<number> {
  const { t, io, locale } = ctx;
  const command = 'temadag offer';
  if (wantsHelp(args)) {
    io.stdout.write(t.offerHelp);
    return 0;
  }
  const { values } = parse(
    () => parseArgs({ args, options: OFFER_OPTIONS, strict: true, allowPositionals: false }),
    command,
    t,
  );
  checkLang(values.lang, t);
  if (values.pdf !== undefined && (values.json || values.text)) {
    throw new UsageError([t.pdfAndFormat], command);
  }
  if (values.json && values.text) throw new UsageError([t.jsonAndText], command);
  for (const [key, value] of Object.entries(values)) {
    const empty = value === '' || (Array.isArray(value) && value.includes(''));
    if (empty) throw new UsageError([t.missingValue(`--${key}`)], command);
  }
  const required = ['catalog', 'offering', 'format', 'participants'] as const;
  const missing = required.filter((key) => values[key] === undefined);
  if (missing.length > 0) {
    throw new UsageError(
      missing.map((key) => t.missingOption(`--${key}`)),
      command,
    );
  }
  const participants = wholeNumber('--participants', values.participants!, '25', t);
  const km = values.km === undefined ? undefined : wholeNumber('--km', values.km, '40', t);
  const now = clock(ctx);

  const source = values.catalog!;
  const catalog = await readCatalog(source, ctx);
  if (!catalog.ok) {
    throw new UsageError([
      t.catalogProblems(source, catalog.problems.length),
      ...problemLines(catalog.problems),
    ]);
  }

  const modules = values.module ?? [];
  const selection: SelectionInput = {
    offering: values.offering!,
    format: values.format!,
    participants,
    modules,
  };
  if (values.date !== undefined) selection.date = values.date;
  if (values.place !== undefined) selection.place = values.place;
  if (km !== undefined || values.zone !== undefined) {
    selection.travel = {};
    if (km !== undefined) selection.travel.km = km;
    if (values.zone !== undefined) selection.travel.zone = values.zone;
  }

  let offer;
  try {
    offer = createOffer(catalog.catalog, selection, {
      now,
      locale,
      ...(values.number !== undefined ? { number: values.number } : {}),
    });
  } catch (error) {
    if (error instanceof ValidationError) {
      throw new UsageError(
        [t.selectionProblems, ...problemLines(error.problems, (p) => optionFor(p.path, modules))],
        command,
      );
    }
    throw error;
  }
  if (values.pdf !== undefined) {
    // Loaded only here, so `offer --text` does not pay for the PDF library.
    const { renderOfferPdf } = await import('@temadag/pdf');
    const bytes = await renderOfferPdf(offer);
    if (values.pdf === '-') {
      io.stdout.write(bytes);
      return 0;
    }
    try {
      await writeFile(values.pdf, bytes);
    } catch (error) {
      const reason = (error as NodeJS.ErrnoException).code ?? String(error);
      throw new UsageError([t.pdfWriteFailed(values.pdf, reason)], command);
    }
    io.stderr.write(`${t.pdfWritten(values.pdf)}\n`);
    return 0;
  }
  io.stdout.write(values.json ? `${JSON.stringify(offer, null, 2)}\n` : renderOfferText(offer));
  return 0;
}

async function catalogCommand(args: string[], ctx: Ctx): Promise<number> {
  const { t, io } = ctx;
  const command = 'temadag catalog';
  if (wantsHelp(args)) {
    io.stdout.write(t.catalogHelp);
    return 0;
  }
  const { values, positionals } = parse(
    () => parseArgs({ args, options: CATALOG_OPTIONS, strict: true, allowPositionals: true }),
    command,
    t,
  );
  checkLang(values.lang, t);
  const [sub, file, ...extra] = positionals;
  if (sub === undefined) throw new UsageError([t.missingCatalogCommand], command);
  if (sub !== 'check') throw new UsageError([t.unknownCatalogCommand(sub)], command);
  if (file === undefined || file === '') throw new UsageError([t.missingFile], command);
  if (extra.length > 0) throw new UsageError([t.unexpectedArgument(extra[0]!)], command);

  const result = await readCatalog(file, ctx);
  if (result.ok) {
    io.stdout.write(`${t.catalogOk(result.catalog.offerings.length)}\n`);
    return 0;
  }
  io.stderr.write(`temadag: ${t.catalogProblems(file, result.problems.length)}\n`);
  for (const p of result.problems) io.stdout.write(`${p.path || '(root)'}: ${p.message}\n`);
  return 1;
}

type ReadCatalogResult = { ok: true; catalog: Catalog } | { ok: false; problems: Problem[] };

/** Reads, parses and validates a catalog from a file or an http(s) URL. */
async function readCatalog(source: string, ctx: Ctx): Promise<ReadCatalogResult> {
  const text = await readSource(source, ctx);
  const json = parseJson(text, source, ctx.t);
  return parseCatalog(json, { locale: ctx.locale });
}

async function readSource(source: string, ctx: Ctx): Promise<string> {
  const { t } = ctx;
  if (/^https?:\/\//i.test(source)) {
    const fetcher = ctx.io.fetch ?? ((url: string) => globalThis.fetch(url));
    let response: FetchResponse;
    try {
      response = await fetcher(source);
    } catch (error) {
      const cause = (error as { cause?: { code?: string; message?: string } }).cause;
      throw new UsageError([
        t.fetchFailed(source, cause?.code ?? cause?.message ?? firstLine(error)),
      ]);
    }
    if (!response.ok) {
      throw new UsageError([
        t.fetchStatus(source, `${response.status} ${response.statusText}`.trim()),
      ]);
    }
    return response.text();
  }
  try {
    return await readFile(source, 'utf8');
  } catch (error) {
    const code = (error as { code?: string }).code;
    if (code === 'ENOENT') throw new UsageError([t.fileNotFound(source)]);
    if (code === 'EISDIR') throw new UsageError([t.fileIsDirectory(source)]);
    if (code === 'EACCES' || code === 'EPERM') throw new UsageError([t.fileNoAccess(source)]);
    throw new UsageError([t.fileUnreadable(source, code ?? firstLine(error))]);
  }
}

function parseJson(raw: string, source: string, t: CliMessages): unknown {
  const text = raw.startsWith('\uFEFF') ? raw.slice(1) : raw;
  try {
    return JSON.parse(text) as unknown;
  } catch (error) {
    const at = locateJsonError(text);
    if (!at) throw new UsageError([t.invalidJsonNoPosition(source, firstLine(error))]);
    const problem = at.found === undefined ? t.jsonEnd : t.jsonUnexpected(JSON.stringify(at.found));
    throw new UsageError([t.invalidJson(source, problem, String(at.line), String(at.column))]);
  }
}

/** Whether an error is the server's ConfigError (checked by name: the module loads lazily). */
function isConfigError(error: unknown): error is Error & { variable: string } {
  return error instanceof Error && error.name === 'ConfigError';
}

async function serveCommand(args: string[], ctx: Ctx): Promise<number> {
  const { t, io } = ctx;
  const command = 'temadag serve';
  if (wantsHelp(args)) {
    io.stdout.write(t.serveHelp);
    return 0;
  }
  const { values } = parse(
    () => parseArgs({ args, options: SERVE_OPTIONS, strict: true, allowPositionals: false }),
    command,
    t,
  );
  checkLang(values.lang, t);
  for (const [key, value] of Object.entries(values)) {
    if (value === '') throw new UsageError([t.missingValue(`--${key}`)], command);
  }
  const port =
    values.port === undefined ? undefined : wholeNumber('--port', values.port, '8787', t, command);
  // The server and its dependencies load only for this command.
  const server = await import('@temadag/server');
  let config;
  try {
    config = server.loadConfig({
      env: ctx.env,
      ...(values.config !== undefined ? { file: values.config } : {}),
      overrides: {
        catalog: values.catalog,
        port,
        host: values.host,
        sqlitePath: values.db,
        databaseUrl: values['database-url'],
        widgetDir: values['widget-dir'],
      },
    });
  } catch (error) {
    if (isConfigError(error)) throw new UsageError([t.configProblem(error.message)], command);
    throw error;
  }
  let running;
  try {
    running = await server.startServer(config, {
      log: server.jsonLogger((line) => io.stdout.write(line)),
      resolveFrom: [import.meta.url],
    });
  } catch (error) {
    if (isConfigError(error)) throw new UsageError([t.configProblem(error.message)]);
    throw error;
  }
  io.stderr.write(`${t.serving(running.url)}\n`);
  io.stderr.write(`${t.serveInquiries(running.url, config.adminToken !== undefined)}\n`);
  io.stderr.write(`${t.serveStop}\n`);
  await running.closed;
  return 0;
}

async function inquiriesCommand(args: string[], ctx: Ctx): Promise<number> {
  const { t, io, env } = ctx;
  const command = 'temadag inquiries';
  if (wantsHelp(args)) {
    io.stdout.write(t.inquiriesHelp);
    return 0;
  }
  const { values, positionals } = parse(
    () => parseArgs({ args, options: INQUIRIES_OPTIONS, strict: true, allowPositionals: true }),
    command,
    t,
  );
  checkLang(values.lang, t);
  for (const [key, value] of Object.entries(values)) {
    if (value === '') throw new UsageError([t.missingValue(`--${key}`)], command);
  }
  const [sub, id, ...extra] = positionals;
  if (sub === undefined) throw new UsageError([t.missingInquiriesCommand], command);
  if (!['list', 'export', 'delete', 'purge'].includes(sub)) {
    throw new UsageError([t.unknownInquiriesCommand(sub)], command);
  }
  const unexpected = sub === 'delete' ? extra[0] : id;
  if (unexpected !== undefined) throw new UsageError([t.unexpectedArgument(unexpected)], command);
  if (sub === 'delete' && (id === undefined || id === '')) {
    throw new UsageError([t.missingId], command);
  }
  const format = values.format ?? 'csv';
  if (format !== 'csv' && format !== 'json') {
    throw new UsageError([t.badExportFormat(format)], command);
  }
  const limit =
    values.limit === undefined ? 100 : wholeNumber('--limit', values.limit, '50', t, command);
  const offset =
    values.offset === undefined ? 0 : wholeNumber('--offset', values.offset, '100', t, command);

  const server = await import('@temadag/server');
  let days: number | undefined;
  if (sub === 'purge') {
    const given = values['older-than'];
    if (given === undefined) throw new UsageError([t.missingOlderThan], command);
    days = server.periodDays(given);
    if (days === undefined) throw new UsageError([t.badDays(given)], command);
  }

  const databaseUrl = values['database-url'] ?? (env.DATABASE_URL || undefined);
  const sqlitePath = values.db ?? (env.TEMADAG_DB || server.DEFAULT_SQLITE_PATH);
  if (databaseUrl === undefined && !existsSync(sqlitePath)) {
    throw new UsageError([t.databaseMissing(sqlitePath)]);
  }
  // One short command: no background checkpoint thread (closing the database checkpoints).
  const storage = await server.openStorage(
    databaseUrl !== undefined
      ? { databaseUrl }
      : { sqlitePath, sqliteBackgroundCheckpoints: false },
  );
  try {
    switch (sub) {
      case 'list':
        return await listInquiries(storage, { limit, offset, json: values.json === true }, ctx);
      case 'export':
        for await (const chunk of exportChunks(storage, format, server)) io.stdout.write(chunk);
        return 0;
      case 'delete': {
        const deleted = /^[0-9a-f-]{36}$/.test(id!) && (await storage.deleteInquiry(id!));
        if (!deleted) {
          io.stderr.write(`temadag: ${t.noInquiry(id!)}\n`);
          return 1;
        }
        io.stdout.write(`${t.deleted(id!)}\n`);
        return 0;
      }
      default: {
        const cutoff = new Date(clock(ctx).getTime() - days! * 86_400_000);
        const count = await storage.purgeBefore(cutoff);
        io.stdout.write(`${t.purged(count, days!)}\n`);
        return 0;
      }
    }
  } finally {
    await storage.close();
  }
}

async function* exportChunks(
  storage: Storage,
  format: 'csv' | 'json',
  server: typeof import('@temadag/server'),
): AsyncGenerator<string> {
  let first = true;
  if (format === 'csv') yield server.csvRow(server.INQUIRY_CSV_COLUMNS);
  else yield '[';
  for await (const stored of storage.exportInquiries()) {
    if (format === 'csv') yield server.inquiryCsvRow(stored);
    else yield `${first ? '\n' : ',\n'}${JSON.stringify(stored)}`;
    first = false;
  }
  if (format === 'json') yield first ? ']\n' : '\n]\n';
}

const receivedFormat = new Map<Locale, Intl.DateTimeFormat>();

function received(iso: string, locale: Locale): string {
  let format = receivedFormat.get(locale);
  if (!format) {
    format = new Intl.DateTimeFormat(locale === 'en' ? 'en-GB' : 'da-DK', {
      timeZone: 'Europe/Copenhagen',
      dateStyle: 'short',
      timeStyle: 'short',
    });
    receivedFormat.set(locale, format);
  }
  return format.format(new Date(iso));
}

async function listInquiries(
  storage: Storage,
  options: { limit: number; offset: number; json: boolean },
  ctx: Ctx,
): Promise<number> {
  const { t, io, locale } = ctx;
  const rows: InquirySummary[] = await storage.listInquiries({
    limit: options.limit,
    offset: options.offset,
  });
  if (options.json) {
    io.stdout.write(`${JSON.stringify(rows, null, 2)}\n`);
    return 0;
  }
  if (rows.length === 0) {
    io.stdout.write(`${t.noInquiries}\n`);
    return 0;
  }
  const h = t.listHeadings;
  const table = [
    [h.reference, h.created, h.offering, h.organisation, h.participants, h.total, h.delivery],
    ...rows.map((r) => [
      r.reference,
      received(r.createdAt, locale),
      r.offering,
      r.organisation.replace(/\s+/g, ' '),
      String(r.participants),
      formatMoney(r.total, locale),
      r.deliveries
        .map((d) => {
          const state = t.deliveryStatus[d.status];
          const tries = d.status === 'sent' || d.attempts === 0 ? '' : ` (${d.attempts})`;
          return `${t.channelNames[d.channel]}: ${state}${tries}`;
        })
        .join(', ') || '-',
    ]),
  ];
  const widths = table[0]!.map((_, i) => Math.max(...table.map((row) => row[i]!.length)));
  for (const row of table) {
    io.stdout.write(
      `${row
        .map((cell, i) => cell.padEnd(widths[i]!))
        .join('  ')
        .trimEnd()}\n`,
    );
  }
  return 0;
}
