import { existsSync } from 'node:fs';
import { clock } from '../args.js';
import { UsageError, defineCommand, type Ctx } from '../context.js';
import { openDatabase, shownDatabaseUrl } from '../database.js';
import type { TextSink, TextSource } from '../io.js';

const command = 'temadag admin';
const SUBCOMMANDS = ['password'] as const;

const options = {
  db: { type: 'string' },
  'database-url': { type: 'string' },
  lang: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
} as const;

/** Keys a terminal sends in raw mode that end or edit the line. */
const ENTER = new Set(['\r', '\n']);
const CANCEL = new Set(['\u0003', '\u0004']); // Ctrl+C, Ctrl+D
const ERASE = new Set(['\u007f', '\b']);

/**
 * Asks for a line on a terminal without echo (raw mode, key by key): Enter ends it, Backspace
 * erases, Ctrl+C or Ctrl+D cancel (undefined).
 */
function askHidden(
  input: TextSource,
  output: TextSink,
  prompt: string,
): Promise<string | undefined> {
  output.write(prompt);
  input.setRawMode!(true);
  input.setEncoding('utf8');
  input.resume();
  let value: string[] = [];
  return new Promise((resolve) => {
    const finish = (result: string | undefined) => {
      input.off('data', onData);
      input.setRawMode!(false);
      input.pause();
      output.write('\n');
      resolve(result);
    };
    const onData = (chunk: string) => {
      for (const ch of chunk) {
        if (ENTER.has(ch)) return finish(value.join(''));
        if (CANCEL.has(ch)) return finish(undefined);
        if (ERASE.has(ch)) value = value.slice(0, -1);
        else if (ch >= ' ') value.push(ch);
      }
      return undefined;
    };
    input.on('data', onData);
  });
}

/** The first line of a piped standard input (without its line end); undefined when empty. */
function readFirstLine(input: TextSource): Promise<string | undefined> {
  return new Promise((resolve, reject) => {
    let text = '';
    const done = (line: string | undefined) => {
      input.off('data', onData);
      input.off('end', onEnd);
      input.off('error', onError);
      input.pause();
      resolve(line);
    };
    const onData = (chunk: string) => {
      text += chunk;
      const end = text.indexOf('\n');
      if (end >= 0) done(text.slice(0, end).replace(/\r$/, ''));
    };
    const onEnd = () => done(text === '' ? undefined : text.replace(/\r$/, ''));
    const onError = (error: Error) => {
      input.off('data', onData);
      input.off('end', onEnd);
      reject(error);
    };
    input.setEncoding('utf8');
    input.on('data', onData);
    input.on('end', onEnd);
    input.on('error', onError);
    input.resume();
  });
}

/** The new password: asked twice on a terminal, else the first line of standard input. */
async function readPassword(ctx: Ctx, min: number): Promise<string> {
  const { t, io } = ctx;
  const input: TextSource = io.stdin ?? process.stdin;
  if (input.isTTY && input.setRawMode) {
    const first = await askHidden(input, io.stderr, t.passwordPrompt);
    if (first === undefined) throw new UsageError([t.passwordAborted]);
    checkLength(first, min, ctx);
    const second = await askHidden(input, io.stderr, t.passwordRepeat);
    if (second === undefined) throw new UsageError([t.passwordAborted]);
    if (second !== first) throw new UsageError([t.passwordMismatch]);
    return first;
  }
  const line = await readFirstLine(input);
  if (line === undefined || line === '') throw new UsageError([t.passwordEmpty]);
  checkLength(line, min, ctx);
  return line;
}

function checkLength(password: string, min: number, ctx: Ctx): void {
  // Characters as a person counts them (code points), so æ, ø and å count one each.
  if ([...password].length < min) throw new UsageError([ctx.t.passwordTooShort(min)]);
}

/**
 * `temadag admin password`: sets the password of the provider's console, stored as a scrypt
 * hash in the server's database (SQLite or PostgreSQL), and signs everyone out.
 *
 * @example
 * ```sh
 * temadag admin password --db /data/temadag.sqlite
 * ```
 */
export const adminCommand = defineCommand({
  name: 'admin',
  options,
  positionals: true,
  subcommands: SUBCOMMANDS,
  fileOptions: ['db'],
  choices: { lang: ['da', 'en'] },
  help: (t) => t.adminHelp,
  async run({ values, positionals }, ctx) {
    const { t, io, env } = ctx;
    const [sub, extra] = positionals;
    if (sub === undefined) throw new UsageError([t.missingAdminCommand], command);
    if (!(SUBCOMMANDS as readonly string[]).includes(sub)) {
      throw new UsageError([t.unknownAdminCommand(sub)], command);
    }
    if (extra !== undefined) throw new UsageError([t.unexpectedArgument(extra)], command);

    const server = await import('@temadag/server');
    const databaseUrl = values['database-url'] ?? (env.DATABASE_URL || undefined);
    const sqlitePath = values.db ?? (env.TEMADAG_DB || server.DEFAULT_SQLITE_PATH);
    if (databaseUrl === undefined && !existsSync(sqlitePath)) {
      throw new UsageError([t.databaseMissing(sqlitePath)]);
    }
    const password = await readPassword(ctx, server.PASSWORD_MIN_LENGTH);
    const hash = await server.hashPassword(password);
    const storage = await openDatabase(
      server,
      databaseUrl !== undefined ? { databaseUrl } : { sqlitePath },
      ctx,
    );
    try {
      await storage.setPasswordHash(hash, clock(ctx));
    } finally {
      await storage.close();
    }
    const target = databaseUrl !== undefined ? shownDatabaseUrl(databaseUrl) : sqlitePath;
    io.stdout.write(`${t.passwordSet(target)}\n`);
    return 0;
  },
});
