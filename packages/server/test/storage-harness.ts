// The storage tests' shared harness: test inquiries, and fresh databases on both engines.
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import pg from 'pg';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import {
  createOffer,
  inquirySelection,
  loadCatalog,
  parseInquiry,
  type Inquiry,
  type InquiryInput,
  type Offer,
} from '@temadag/core';
import {
  MIGRATIONS,
  openStorage,
  type Channel,
  type CreateInquiryInput,
  type CreateInquiryResult,
  type OpenStorageOptions,
  type Storage,
  type StoredInquiry,
} from '../src/storage/index.js';

export const catalog = loadCatalog(
  JSON.parse(
    fs.readFileSync(new URL('../../../examples/catalog/catalog.json', import.meta.url), 'utf8'),
  ),
);
export const OFFERING = 'dialog-i-udsatte-boligomraader';
export const offering = catalog.offerings.find((o) => o.id === OFFERING)!;

/** Personal data that must never reach a log line. */
export const PERSONAL = {
  name: 'Mette Testesen',
  email: 'mette.testesen@eksempel-kommune.dk',
  organisation: 'Eksempel Kommune Testforvaltning',
  phone: '+45 12 34 56 78',
  message: 'Vi ønsker fokus på beboerdialog i Testparken',
};

export function parsed(input: Partial<InquiryInput> = {}): Inquiry {
  const result = parseInquiry(
    {
      offering: OFFERING,
      format: 'hel',
      participants: 30,
      contact: {
        name: PERSONAL.name,
        email: PERSONAL.email,
        organisation: PERSONAL.organisation,
        phone: PERSONAL.phone,
      },
      message: PERSONAL.message,
      ...input,
    },
    { offering },
  );
  if (!result.ok) throw new Error(`invalid test inquiry: ${JSON.stringify(result.problems)}`);
  return result.inquiry;
}

export interface InputOptions {
  key?: string;
  hash?: string;
  createdAt?: Date;
  participants?: number;
  organisation?: string;
  channels?: Channel[];
  makeOffer?: (reference: string, sequence: number) => Offer;
  calls?: { makeOffer: number };
}

export const BASE = new Date('2026-03-02T09:00:00.000Z');

export function input(options: InputOptions = {}): CreateInquiryInput {
  const createdAt = options.createdAt ?? BASE;
  const inquiry = parsed({
    participants: options.participants ?? 30,
    contact: {
      name: PERSONAL.name,
      email: PERSONAL.email,
      organisation: options.organisation ?? PERSONAL.organisation,
      phone: PERSONAL.phone,
    },
  });
  return {
    inquiry: { id: crypto.randomUUID(), createdAt, offering: OFFERING, locale: 'da', inquiry },
    ...(options.key === undefined ? {} : { idempotencyKey: options.key }),
    requestHash: options.hash ?? 'hash-a',
    channels: options.channels ?? ['email', 'receipt'],
    makeOffer:
      options.makeOffer ??
      ((_reference, sequence) => {
        if (options.calls) options.calls.makeOffer++;
        return createOffer(catalog, inquirySelection(inquiry), {
          now: createdAt,
          sequence,
          customer: { organisation: inquiry.contact.organisation, email: inquiry.contact.email },
        });
      }),
  };
}

export function created(result: CreateInquiryResult): StoredInquiry {
  if (result.kind !== 'created') throw new Error(`expected created, got ${result.kind}`);
  return result.stored;
}

export const at = (ms: number) => new Date(BASE.getTime() + ms);
export const REFERENCE = /^H-\d{4}-\d{4,}$/;

/** One fresh, empty database for one test, and ways to open storages on it and look inside. */
export interface Fresh {
  /** A storage on this database; migrated unless `migrate: false`. Closed after the test. */
  open(options?: Partial<OpenStorageOptions>): Promise<Storage>;
  /** Rows of `table` where `column` = `value`, counted with raw SQL. */
  count(table: string, column?: string, value?: string): Promise<number>;
  /** The SQL dialect of this database. */
  dialect: 'sqlite' | 'postgres';
  /** Runs one raw SQL statement. */
  exec(sql: string): Promise<void>;
  /**
   * Whether `text` is anywhere in what the database keeps: in the SQLite file or its WAL, or
   * in the text of any row of any table of the PostgreSQL schema.
   */
  holds(text: string): Promise<boolean>;
}

/** Inquiries holding idempotency key `key`. */
export const keyed = (fresh: Fresh, key: string) =>
  fresh.count('inquiries', 'idempotency_key', key);

/** `text` as an SQL string literal. */
export const literal = (text: string) => `'${text.replace(/'/g, "''")}'`;

export interface Engine {
  fresh(): Promise<Fresh>;
}

/**
 * A suite's database: a {@link Fresh} whose `renew` makes a new, empty one for the test, and
 * whose `open` keeps every storage it opens, to close them all after each test.
 */
export interface FreshStore extends Fresh {
  /** Makes a new, empty database; every call that follows works on it. */
  renew(): Promise<FreshStore>;
}

/**
 * The "open a fresh store" block of the engine suites, once: registers an `afterEach` in the
 * calling suite that closes what the test opened.
 *
 * @param engine - the engine the suite runs on
 */
export function freshStore(engine: () => Engine): FreshStore {
  let current: Fresh | undefined;
  const opened: Storage[] = [];
  afterEach(async () => {
    await Promise.all(opened.splice(0).map((s) => s.close()));
  });
  const now = () => {
    if (!current) throw new Error('no fresh database yet: call renew() first');
    return current;
  };
  const store: FreshStore = {
    async renew() {
      current = await engine().fresh();
      return store;
    },
    async open(options) {
      const storage = await now().open(options);
      opened.push(storage);
      return storage;
    },
    count: (table, column, value) => now().count(table, column, value),
    exec: (sql) => now().exec(sql),
    holds: (text) => now().holds(text),
    get dialect() {
      return now().dialect;
    },
  };
  return store;
}

/**
 * Builds by hand the schema as migrations 1 to `version` left it, with their rows in
 * schema_migrations: a database an older release made, for the later migrations to meet.
 *
 * @param fresh - the empty database
 * @param version - the last migration to apply
 */
export async function migrateByHandTo(fresh: Fresh, version: number): Promise<void> {
  await fresh.exec(
    'CREATE TABLE schema_migrations (version integer PRIMARY KEY, name text NOT NULL, applied_at text)',
  );
  for (const migration of MIGRATIONS.filter((m) => m.version <= version)) {
    for (const statement of migration[fresh.dialect]) await fresh.exec(statement);
    await fresh.exec(
      `INSERT INTO schema_migrations (version, name) VALUES (${migration.version}, ${literal(migration.name)})`,
    );
  }
}

/** Folders made by the tests, removed after the file. */
export const tempDirs: string[] = [];
afterAll(() => {
  for (const dir of tempDirs) fs.rmSync(dir, { recursive: true, force: true });
});

/** Fresh SQLite files in temporary folders. */
export function sqliteEngine(): Engine {
  return {
    async fresh() {
      const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'temadag-storage-'));
      tempDirs.push(dir);
      // A folder that does not exist yet: openStorage makes it.
      const file = path.join(dir, 'nested', 'temadag.sqlite');
      return {
        open: (options) => openStorage({ ...options, sqlitePath: file }),
        dialect: 'sqlite',
        async exec(sql) {
          fs.mkdirSync(path.dirname(file), { recursive: true });
          const db = new Database(file);
          try {
            db.exec(sql);
          } finally {
            db.close();
          }
        },
        async holds(text) {
          return [file, `${file}-wal`].some(
            (f) => fs.existsSync(f) && fs.readFileSync(f).includes(text),
          );
        },
        async count(table, column, value) {
          const db = new Database(file, { readonly: true, fileMustExist: true });
          try {
            const where = column ? ` WHERE ${column} = ?` : '';
            const row = db
              .prepare<unknown[], { n: number }>(`SELECT count(*) AS n FROM ${table}${where}`)
              .get(...(column ? [value] : []));
            return row!.n;
          } finally {
            db.close();
          }
        },
      };
    },
  };
}

/**
 * A test database on the PostgreSQL at `adminUrl`, made before the tests of the enclosing
 * `describe` and dropped after them; each fresh engine gets its own schema in it.
 */
export function usePostgresDatabase(adminUrl: string): {
  postgresEngine: () => Engine;
  testUrl: () => URL;
} {
  // One database for this file's run, dropped afterwards; one schema in it per test.
  const database = `temadag_t_${crypto.randomBytes(6).toString('hex')}`;
  let admin: pg.Client;
  let testUrl: URL;
  const clients: pg.Client[] = [];

  beforeAll(async () => {
    admin = new pg.Client({ connectionString: adminUrl });
    await admin.connect();
    await admin.query(`CREATE DATABASE ${database}`);
    testUrl = new URL(adminUrl);
    testUrl.pathname = `/${database}`;
  });

  afterAll(async () => {
    await Promise.all(clients.splice(0).map((c) => c.end()));
    if (!admin) return;
    // FORCE ends the backends still on the database; an autovacuum worker that has just
    // started on it belongs to no role, and ending it is refused (42501) unless the test role
    // has pg_signal_backend. The worker finishes quickly, so try again for a few seconds.
    for (let attempt = 1; ; attempt++) {
      try {
        await admin.query(`DROP DATABASE IF EXISTS ${database} WITH (FORCE)`);
        break;
      } catch (error) {
        if ((error as { code?: string }).code !== '42501' || attempt === 25) throw error;
        await new Promise((resolve) => setTimeout(resolve, 200));
      }
    }
    await admin.end();
  });

  function postgresEngine(): Engine {
    return {
      async fresh() {
        const schema = `s_${crypto.randomBytes(6).toString('hex')}`;
        const url = new URL(testUrl);
        url.searchParams.set('options', `-c search_path=${schema}`);
        const client = new pg.Client({ connectionString: url.toString() });
        clients.push(client);
        await client.connect();
        await client.query(`CREATE SCHEMA ${schema}`);
        return {
          open: (options) => openStorage({ ...options, databaseUrl: url.toString() }),
          dialect: 'postgres',
          async exec(sql) {
            await client.query(sql);
          },
          async holds(text) {
            const tables = await client.query<{ name: string }>(
              `SELECT table_name AS name FROM information_schema.tables
               WHERE table_schema = $1 AND table_type = 'BASE TABLE'`,
              [schema],
            );
            for (const { name } of tables.rows) {
              const found = await client.query(
                `SELECT 1 FROM ${schema}."${name}" AS r WHERE strpos(r::text, $1) > 0 LIMIT 1`,
                [text],
              );
              if (found.rowCount! > 0) return true;
            }
            return false;
          },
          async count(table, column, value) {
            const where = column ? ` WHERE ${column} = $1` : '';
            const { rows } = await client.query<{ n: number }>(
              `SELECT count(*)::integer AS n FROM ${table}${where}`,
              column ? [value] : [],
            );
            return rows[0]!.n;
          },
        };
      },
    };
  }

  return { postgresEngine, testUrl: () => testUrl };
}

/**
 * Runs `suite` on a fresh SQLite engine and on the PostgreSQL at TEMADAG_TEST_DATABASE_URL. The
 * PostgreSQL half is skipped, and says so, when the URL is not set; with
 * TEMADAG_REQUIRE_POSTGRES=1 it fails instead, and a server that does not answer fails it too.
 *
 * @param subject - what the suite tests, for the describe blocks' names
 * @param suite - the tests, given the engine to make fresh databases with and, on PostgreSQL,
 *   the test database's URL (for tests of that engine alone)
 */
export function onBothEngines(
  subject: string,
  suite: (engine: () => Engine, postgresUrl?: () => URL) => void,
): void {
  describe(`${subject} on SQLite`, () => suite(sqliteEngine));
  const url = process.env.TEMADAG_TEST_DATABASE_URL || undefined;
  if (!url && process.env.TEMADAG_REQUIRE_POSTGRES === '1') {
    describe(`${subject} on PostgreSQL`, () => {
      it('needs TEMADAG_TEST_DATABASE_URL, since TEMADAG_REQUIRE_POSTGRES=1', () => {
        expect.fail('TEMADAG_REQUIRE_POSTGRES=1 but TEMADAG_TEST_DATABASE_URL is not set');
      });
    });
    return;
  }
  describe.skipIf(!url)(
    url
      ? `${subject} on PostgreSQL`
      : `${subject} on PostgreSQL (skipped: set TEMADAG_TEST_DATABASE_URL to run it)`,
    () => {
      const { postgresEngine, testUrl } = usePostgresDatabase(url ?? 'postgres://unused');
      suite(postgresEngine, testUrl);
    },
  );
}
