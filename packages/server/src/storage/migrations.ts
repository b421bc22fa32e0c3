import type Database from 'better-sqlite3';
import type pg from 'pg';
import { backfillInboxPostgres, backfillInboxSqlite } from './console-backfill.js';
import { OFFER_REVISIONS_MIGRATION } from './migration-offers.js';
import type { StorageLog } from './types.js';

/**
 * Versioned migrations, in order, one list of statements per dialect. Each version runs once,
 * in a transaction, and is recorded in `schema_migrations`. Never edit a released step: add a
 * new one.
 */
export interface Migration {
  version: number;
  name: string;
  sqlite: string[];
  postgres: string[];
  /** Runs after the SQLite statements, in the same transaction (data SQL cannot make). */
  sqliteAfter?: (db: Database.Database) => void;
  /** Runs after the PostgreSQL statements, on the same client and transaction. */
  postgresAfter?: (client: pg.ClientBase) => Promise<void>;
}

const STATUS_CHECK = `CHECK (status IN ('ny', 'besvaret', 'aftalt', 'afvist', 'annulleret'))`;

export const MIGRATIONS: readonly Migration[] = [
  {
    version: 1,
    name: 'inquiries, outbox, idempotency, rate limits',
    sqlite: [
      `CREATE TABLE inquiries (
        id TEXT PRIMARY KEY NOT NULL,
        reference TEXT NOT NULL UNIQUE,
        year INTEGER NOT NULL,
        sequence INTEGER NOT NULL,
        created_at TEXT NOT NULL,
        offering TEXT NOT NULL,
        locale TEXT NOT NULL CHECK (locale IN ('da', 'en')),
        inquiry TEXT NOT NULL,
        offer TEXT NOT NULL,
        organisation TEXT NOT NULL,
        participants INTEGER NOT NULL,
        total INTEGER NOT NULL,
        UNIQUE (year, sequence)
      ) STRICT`,
      `CREATE INDEX inquiries_created_at ON inquiries (created_at, id)`,
      `CREATE TABLE reference_counters (
        year INTEGER PRIMARY KEY NOT NULL,
        last INTEGER NOT NULL
      ) STRICT`,
      `CREATE TABLE outbox (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        inquiry_id TEXT NOT NULL REFERENCES inquiries (id) ON DELETE CASCADE,
        channel TEXT NOT NULL,
        status TEXT NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'sent', 'failed')),
        attempts INTEGER NOT NULL DEFAULT 0,
        next_attempt_at TEXT NOT NULL,
        lease_until TEXT,
        last_error TEXT,
        created_at TEXT NOT NULL
      ) STRICT`,
      `CREATE INDEX outbox_inquiry_id ON outbox (inquiry_id)`,
      `CREATE INDEX outbox_due ON outbox (next_attempt_at, id) WHERE status = 'pending'`,
      `CREATE TABLE idempotency (
        key TEXT PRIMARY KEY NOT NULL,
        request_hash TEXT NOT NULL,
        inquiry_id TEXT REFERENCES inquiries (id) ON DELETE CASCADE,
        response TEXT,
        created_at TEXT NOT NULL
      ) STRICT`,
      `CREATE INDEX idempotency_inquiry_id ON idempotency (inquiry_id)`,
      `CREATE INDEX idempotency_created_at ON idempotency (created_at)`,
      `CREATE TABLE rate_limits (
        key TEXT NOT NULL,
        window_start INTEGER NOT NULL,
        expires_at INTEGER NOT NULL,
        count INTEGER NOT NULL,
        PRIMARY KEY (key, window_start)
      ) STRICT, WITHOUT ROWID`,
      `CREATE INDEX rate_limits_expires_at ON rate_limits (expires_at)`,
    ],
    postgres: [
      `CREATE TABLE inquiries (
        id text PRIMARY KEY,
        reference text NOT NULL UNIQUE,
        year integer NOT NULL,
        sequence integer NOT NULL,
        created_at timestamptz NOT NULL,
        offering text NOT NULL,
        locale text NOT NULL CHECK (locale IN ('da', 'en')),
        inquiry json NOT NULL,
        offer json NOT NULL,
        organisation text NOT NULL,
        participants integer NOT NULL,
        total bigint NOT NULL,
        UNIQUE (year, sequence)
      )`,
      `CREATE INDEX inquiries_created_at ON inquiries (created_at, id)`,
      // References use one sequence per year (inquiry_sequence_<year>), made on first use.
      `CREATE TABLE outbox (
        id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        inquiry_id text NOT NULL REFERENCES inquiries (id) ON DELETE CASCADE,
        channel text NOT NULL,
        status text NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'sent', 'failed')),
        attempts integer NOT NULL DEFAULT 0,
        next_attempt_at timestamptz NOT NULL,
        lease_until timestamptz,
        last_error text,
        created_at timestamptz NOT NULL
      )`,
      `CREATE INDEX outbox_inquiry_id ON outbox (inquiry_id)`,
      `CREATE INDEX outbox_due ON outbox (next_attempt_at, id) WHERE status = 'pending'`,
      `CREATE TABLE idempotency (
        key text PRIMARY KEY,
        request_hash text NOT NULL,
        inquiry_id text REFERENCES inquiries (id) ON DELETE CASCADE,
        response json,
        created_at timestamptz NOT NULL
      )`,
      `CREATE INDEX idempotency_inquiry_id ON idempotency (inquiry_id)`,
      `CREATE INDEX idempotency_created_at ON idempotency (created_at)`,
      `CREATE TABLE rate_limits (
        key text NOT NULL,
        window_start bigint NOT NULL,
        expires_at bigint NOT NULL,
        count integer NOT NULL,
        PRIMARY KEY (key, window_start)
      )`,
      `CREATE INDEX rate_limits_expires_at ON rate_limits (expires_at)`,
    ],
  },
  {
    // Idempotency responses no longer repeat the offer that the inquiry row holds: the body
    // keeps `offer: null` and `offerIn: 'offer'` says where a replay puts the stored offer
    // back. Only rows whose offer is exactly the inquiry's are rewritten; the others stay
    // full, which replays read as before.
    version: 2,
    name: 'compact idempotency responses',
    sqlite: [
      `UPDATE idempotency SET response = json_object(
        'status', json_extract(response, '$.status'),
        'body', json_set(json_extract(response, '$.body'), '$.offer', json('null')),
        'offerIn', 'offer')
      WHERE inquiry_id IS NOT NULL AND response IS NOT NULL
        AND json_type(response, '$.offerIn') IS NULL
        AND json_type(response, '$.body.offer') = 'object'
        AND json_extract(response, '$.body.offer') =
          (SELECT offer FROM inquiries WHERE inquiries.id = idempotency.inquiry_id)`,
    ],
    postgres: [
      `UPDATE idempotency k SET response = json_build_object(
        'status', k.response->'status',
        'body', (SELECT json_object_agg(e.key,
            CASE WHEN e.key = 'offer' THEN NULL ELSE e.value END ORDER BY e.n)
          FROM json_each(k.response->'body') WITH ORDINALITY AS e(key, value, n)),
        'offerIn', 'offer')
      FROM inquiries i
      WHERE i.id = k.inquiry_id AND k.response IS NOT NULL
        AND json_typeof(k.response->'body') = 'object'
        AND k.response->'offerIn' IS NULL
        AND json_typeof(k.response->'body'->'offer') = 'object'
        AND (k.response->'body'->'offer')::text = i.offer::text`,
    ],
  },
  {
    version: 3,
    name: 'idempotency keys on the inquiry row',
    // A key is taken by the inquiry it made, so it lives on that row: one partial unique index
    // instead of a table with three indexes, and a replay reads one row. Keys without an
    // inquiry do not exist (both were written in one transaction). The rate-limit expiry index
    // goes too: the table holds a row per address and window, and housekeeping scans it once a
    // minute.
    sqlite: [
      `ALTER TABLE inquiries ADD COLUMN idempotency_key TEXT`,
      `ALTER TABLE inquiries ADD COLUMN request_hash TEXT`,
      `UPDATE inquiries SET (idempotency_key, request_hash) =
        (SELECT k.key, k.request_hash FROM idempotency k WHERE k.inquiry_id = inquiries.id)
      WHERE EXISTS (SELECT 1 FROM idempotency k WHERE k.inquiry_id = inquiries.id)`,
      `CREATE UNIQUE INDEX inquiries_idempotency_key ON inquiries (idempotency_key)
        WHERE idempotency_key IS NOT NULL`,
      `DROP TABLE idempotency`,
      `DROP INDEX rate_limits_expires_at`,
    ],
    postgres: [
      `ALTER TABLE inquiries ADD COLUMN idempotency_key text, ADD COLUMN request_hash text`,
      `UPDATE inquiries i SET idempotency_key = k.key, request_hash = k.request_hash
        FROM idempotency k WHERE k.inquiry_id = i.id`,
      `CREATE UNIQUE INDEX inquiries_idempotency_key ON inquiries (idempotency_key)
        WHERE idempotency_key IS NOT NULL`,
      `DROP TABLE idempotency`,
      `DROP INDEX rate_limits_expires_at`,
    ],
  },
  {
    version: 4,
    name: 'provider console: status, notes, sessions, settings, catalog versions',
    // The inbox lists and searches columns, not the JSON: contact name, email and format are
    // copied out of it, and `search_text` holds organisation, name, email and reference folded
    // to lower case by the code (see console-common.ts), filled for older rows by the backfill.
    // The first status (`ny` at created_at) is implied by the row, so history holds changes
    // only. Notes and history go with their inquiry (ON DELETE CASCADE): erasure stays whole.
    sqlite: [
      `ALTER TABLE inquiries ADD COLUMN status TEXT NOT NULL DEFAULT 'ny' ${STATUS_CHECK}`,
      `ALTER TABLE inquiries ADD COLUMN contact_name TEXT NOT NULL DEFAULT ''`,
      `ALTER TABLE inquiries ADD COLUMN email TEXT NOT NULL DEFAULT ''`,
      `ALTER TABLE inquiries ADD COLUMN format TEXT NOT NULL DEFAULT ''`,
      `ALTER TABLE inquiries ADD COLUMN search_text TEXT NOT NULL DEFAULT ''`,
      `ALTER TABLE inquiries ADD COLUMN catalog_version INTEGER`,
      // The inbox filters must not read the table rows: the columns added here sit behind the
      // JSON in each row, which mostly spills into overflow pages that SQLite walks to reach
      // them. So every index the inbox uses holds all its filter columns (a covering scan; the
      // row is read only for the rows of the page), and the new-first index replaces the old.
      `DROP INDEX inquiries_created_at`,
      `CREATE INDEX inquiries_inbox ON inquiries (created_at, id, status, offering, search_text)`,
      `CREATE INDEX inquiries_status ON inquiries (status, created_at, id, offering, search_text)`,
      `CREATE INDEX inquiries_offering ON inquiries
        (offering, created_at, id, status, search_text)`,
      `CREATE TABLE inquiry_status_history (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        inquiry_id TEXT NOT NULL REFERENCES inquiries (id) ON DELETE CASCADE,
        status TEXT NOT NULL ${STATUS_CHECK},
        at TEXT NOT NULL
      ) STRICT`,
      `CREATE INDEX inquiry_status_history_inquiry ON inquiry_status_history (inquiry_id, id)`,
      `CREATE TABLE inquiry_notes (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        inquiry_id TEXT NOT NULL REFERENCES inquiries (id) ON DELETE CASCADE,
        text TEXT NOT NULL,
        at TEXT NOT NULL
      ) STRICT`,
      `CREATE INDEX inquiry_notes_inquiry ON inquiry_notes (inquiry_id, id)`,
      `CREATE TABLE console_sessions (
        id_hash TEXT PRIMARY KEY NOT NULL,
        csrf_token TEXT NOT NULL,
        created_at TEXT NOT NULL,
        expires_at TEXT NOT NULL,
        idle_expires_at TEXT NOT NULL
      ) STRICT, WITHOUT ROWID`,
      `CREATE TABLE console_settings (
        key TEXT PRIMARY KEY NOT NULL,
        value TEXT,
        updated_at TEXT NOT NULL
      ) STRICT, WITHOUT ROWID`,
      `CREATE TABLE catalog_versions (
        version INTEGER PRIMARY KEY NOT NULL,
        json TEXT NOT NULL,
        offerings INTEGER NOT NULL,
        created_at TEXT NOT NULL,
        note TEXT
      ) STRICT`,
    ],
    sqliteAfter: backfillInboxSqlite,
    postgres: [
      `ALTER TABLE inquiries
        ADD COLUMN status text NOT NULL DEFAULT 'ny' ${STATUS_CHECK},
        ADD COLUMN contact_name text NOT NULL DEFAULT '',
        ADD COLUMN email text NOT NULL DEFAULT '',
        ADD COLUMN format text NOT NULL DEFAULT '',
        ADD COLUMN search_text text NOT NULL DEFAULT '',
        ADD COLUMN catalog_version integer`,
      `CREATE INDEX inquiries_status ON inquiries (status, created_at, id)`,
      `CREATE INDEX inquiries_offering ON inquiries (offering, created_at, id)`,
      `CREATE TABLE inquiry_status_history (
        id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        inquiry_id text NOT NULL REFERENCES inquiries (id) ON DELETE CASCADE,
        status text NOT NULL ${STATUS_CHECK},
        at timestamptz NOT NULL
      )`,
      `CREATE INDEX inquiry_status_history_inquiry ON inquiry_status_history (inquiry_id, id)`,
      `CREATE TABLE inquiry_notes (
        id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        inquiry_id text NOT NULL REFERENCES inquiries (id) ON DELETE CASCADE,
        text text NOT NULL,
        at timestamptz NOT NULL
      )`,
      `CREATE INDEX inquiry_notes_inquiry ON inquiry_notes (inquiry_id, id)`,
      `CREATE TABLE console_sessions (
        id_hash text PRIMARY KEY,
        csrf_token text NOT NULL,
        created_at timestamptz NOT NULL,
        expires_at timestamptz NOT NULL,
        idle_expires_at timestamptz NOT NULL
      )`,
      `CREATE TABLE console_settings (
        key text PRIMARY KEY,
        value text,
        updated_at timestamptz NOT NULL
      )`,
      `CREATE TABLE catalog_versions (
        version integer PRIMARY KEY,
        json text NOT NULL,
        offerings integer NOT NULL,
        created_at timestamptz NOT NULL,
        note text
      )`,
    ],
    postgresAfter: backfillInboxPostgres,
  },
  OFFER_REVISIONS_MIGRATION,
];

/** The latest schema version this code knows. */
export const LATEST_VERSION = MIGRATIONS[MIGRATIONS.length - 1]?.version ?? 0;

/**
 * Logs what a migration run did, the same on both engines: each version it applied, and a
 * warning when the database holds a version newer than this code's (a newer release ran).
 *
 * @param log - the storage's log
 * @param applied - the versions the database had before the run
 * @param done - the versions the run applied, in order
 */
export function logMigrations(
  log: StorageLog,
  applied: ReadonlySet<number>,
  done: readonly number[],
): void {
  for (const version of done) log('info', 'storage migration applied', { version });
  const newest = Math.max(0, ...applied);
  if (newest > LATEST_VERSION) {
    log('warn', 'database schema is newer than this code', { newest, LATEST_VERSION });
  }
}
