import path from 'node:path';
import { PostgresStorage } from './postgres.js';
import { SqliteStorage } from './sqlite.js';
import type { OpenStorageOptions, Storage } from './types.js';

export * from './types.js';
export { SqliteStorage, type SqliteStorageOptions } from './sqlite.js';
export { PostgresStorage, type PostgresStorageOptions } from './postgres.js';
export { MIGRATIONS, LATEST_VERSION, type Migration } from './migrations.js';

/** Where SQLite keeps its file when no path is given. */
export const DEFAULT_SQLITE_PATH = path.join('.data', 'temadag.sqlite');

/** Whether a URL names a PostgreSQL database. */
export function isPostgresUrl(url: string | undefined): url is string {
  return url !== undefined && /^postgres(?:ql)?:\/\//i.test(url);
}

/**
 * Opens the storage: PostgreSQL when `databaseUrl` is a `postgres://` or `postgresql://` URL,
 * otherwise SQLite at `sqlitePath` (default `.data/temadag.sqlite`, folder created). Runs the
 * migrations unless `migrate: false`.
 *
 * @example
 * ```ts
 * const storage = await openStorage({ databaseUrl: process.env.DATABASE_URL });
 * ```
 */
export async function openStorage(options: OpenStorageOptions = {}): Promise<Storage> {
  const { databaseUrl } = options;
  let storage: Storage;
  if (databaseUrl !== undefined && databaseUrl !== '') {
    // Never echo the URL: it holds a password.
    if (!isPostgresUrl(databaseUrl)) {
      throw new Error('The database URL must start with postgres:// or postgresql://');
    }
    storage = new PostgresStorage(databaseUrl, {
      ...options,
      ...(options.postgresPreparedStatements === undefined
        ? {}
        : { preparedStatements: options.postgresPreparedStatements }),
    });
  } else {
    storage = new SqliteStorage(options.sqlitePath ?? DEFAULT_SQLITE_PATH, {
      ...options,
      ...(options.sqliteSynchronous === undefined
        ? {}
        : { synchronous: options.sqliteSynchronous }),
      ...(options.sqliteBackgroundCheckpoints === undefined
        ? {}
        : { backgroundCheckpoints: options.sqliteBackgroundCheckpoints }),
    });
  }
  if (options.migrate !== false) {
    try {
      await storage.migrate();
    } catch (error) {
      await storage.close().catch(() => {});
      throw error;
    }
  }
  return storage;
}
