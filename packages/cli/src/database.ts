import type { Storage } from '@temadag/server';
import { WorkError, errorCode, type Ctx } from './context.js';

/**
 * A database URL fit to print: the password is left out.
 *
 * @param url - a `postgres://` URL
 * @returns the URL without its password
 * @example
 * ```ts
 * shownDatabaseUrl('postgres://temadag:hemmelig@db:5432/temadag'); // 'postgres://temadag@db:5432/temadag'
 * ```
 */
export function shownDatabaseUrl(url: string): string {
  try {
    const parsed = new URL(url);
    parsed.password = '';
    return parsed.toString();
  } catch {
    return 'DATABASE_URL';
  }
}

/**
 * Why a database could not be opened, in the run's language; undefined when the error is not
 * one of the expected ones (a server that does not answer, a refused login, a file the system
 * refuses), so that the caller treats it as unexpected.
 *
 * @param error - what opening the storage threw
 * @param ctx - the run
 * @returns the reason, or undefined
 */
export function databaseReason(error: unknown, ctx: Ctx): string | undefined {
  const code = errorCode(error);
  if (code === undefined) return undefined;
  // PostgreSQL's SQLSTATE: invalid authorization (28xxx), unknown database (3D000).
  if (/^28[0-9A-Z]{3}$/.test(code)) return ctx.t.databaseLogin;
  if (code === '3D000') return ctx.t.databaseNotFound;
  if (/^SQLITE_/.test(code))
    return ctx.t.systemReason(code === 'SQLITE_CANTOPEN' ? 'EACCES' : code);
  if (/^E[A-Z_]+$/.test(code) || /CERT|SELF_SIGNED|UNABLE_TO_VERIFY/.test(code)) {
    return ctx.t.systemReason(code);
  }
  return undefined;
}

/**
 * Opens the storage the server uses for a short command, with a clear message when it cannot.
 *
 * @param server - the loaded `@temadag/server` module
 * @param where - a PostgreSQL URL, or a SQLite path
 * @param ctx - the run
 * @returns the open storage
 * @throws {@link WorkError} naming the database (never its password) and the reason
 */
export async function openDatabase(
  server: typeof import('@temadag/server'),
  where: { databaseUrl: string } | { sqlitePath: string },
  ctx: Ctx,
): Promise<Storage> {
  try {
    // One short command: no background checkpoint thread (closing the database checkpoints).
    return await server.openStorage(
      'databaseUrl' in where ? where : { ...where, sqliteBackgroundCheckpoints: false },
    );
  } catch (error) {
    const reason = databaseReason(error, ctx);
    if (reason === undefined) throw error;
    const target = 'databaseUrl' in where ? shownDatabaseUrl(where.databaseUrl) : where.sqlitePath;
    throw new WorkError([ctx.t.databaseUnreachable(target, reason)]);
  }
}
