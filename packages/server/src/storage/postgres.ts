import pg from 'pg';
import {
  DEFAULT_IDEMPOTENCY_TTL_MS,
  EXPORT_PAGE_SIZE,
  Housekeeping,
  clampError,
  clampLimit,
  clampOffset,
  errorCode,
  inquiryReference,
  groupDeliveries,
  inquirySummaryOf,
  jsonOnce,
  noLog,
  referenceYear,
  storedInquiry,
  UNIQUE_VIOLATION,
  windowStartOf,
  type DeliveryRow,
  type SummaryRow,
} from './common.js';
import { MIGRATIONS, logMigrations } from './migrations.js';
import { inboxColumns } from './console-common.js';
import { PostgresOffers } from './postgres-offers.js';
import { postgresColumns, type PostgresTypes } from './columns.js';
import {
  INQUIRY_COLUMNS,
  toOutboxItem,
  toStored,
  type OutboxRow,
  type StoredInquiryRow,
} from './console-rows.js';
import type {
  CreateInquiryInput,
  CreateInquiryResult,
  InquirySummary,
  OutboxItem,
  Storage,
  StorageLog,
  StoredInquiry,
} from './types.js';

/** Options of {@link PostgresStorage}. */
export interface PostgresStorageOptions {
  log?: StorageLog;
  idempotencyTtlMs?: number;
  /** Pool size (default 10). */
  poolSize?: number;
  /**
   * Run the statements of `createInquiry` as named prepared statements (default true): parsed
   * and planned once per connection instead of every time. Turned off by itself, with a warning
   * in the log, when the connection refuses them (a pooler in transaction mode that does not
   * support them, such as PgBouncer before 1.21).
   */
  preparedStatements?: boolean;
}

/** Errors of a pooler that does not keep prepared statements on one server connection. */
const PREPARED_STATEMENT_ERRORS = new Set(['26000', '42P05']);

/** Key of the advisory lock that serialises migrations across instances. */
const MIGRATION_LOCK = 727_365_100_001;
/** Deadlock and serialization failures: safe to run the transaction again. */
const RETRYABLE = new Set(['40P01', '40001']);

/** An inquiry's row as PostgreSQL returns it. */
type InquiryRow = StoredInquiryRow<PostgresTypes>;

/**
 * The first statement's one row: the rate-limit count (when counted), the inquiry that holds
 * the idempotency key (its columns null when none does), and the next reference number (only
 * when no inquiry holds the key and the limit is not passed).
 */
interface FirstRow extends Partial<InquiryRow> {
  hits: number | null;
  request_hash: string | null;
  sequence: number | null;
}

/** The inquiry and its outbox items in one statement, so atomic without a transaction. */
const INSERT_INQUIRY = `WITH
  i AS (
    INSERT INTO inquiries (id, reference, year, sequence, created_at, offering, locale,
      inquiry, offer, organisation, participants, total, idempotency_key, request_hash,
      contact_name, email, format, search_text, catalog_version)
    VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $14, $15, $16, $17, $18, $19,
      $20)
    RETURNING id
  ),
  o AS (
    INSERT INTO outbox (inquiry_id, channel, next_attempt_at, created_at)
    SELECT i.id, ch, $5, $5 FROM i CROSS JOIN unnest($13::text[]) AS ch
  )
  SELECT 1`;

/**
 * The first statement of {@link PostgresStorage.createInquiry}, always one row ({@link FirstRow}):
 * counts the hit when `limit` (the input's `countHit`) is given, looks up the inquiry holding `key` when one
 * is given, and takes the next number of `sequenceName` only when no inquiry holds the key and
 * the limit is not passed (a CASE evaluates `nextval` only then).
 */
function firstStatement(
  sequenceName: string,
  now: Date,
  limit: CreateInquiryInput['countHit'],
  key: string | undefined,
): { sql: string; params: unknown[] } {
  const params: unknown[] = [];
  const param = (value: unknown) => `$${params.push(value)}`;
  let withClause = '';
  let hits = 'NULL::integer';
  let allowed = 'true';
  if (limit !== undefined) {
    const start = windowStartOf(now, limit.windowMs);
    withClause = `WITH h AS (
      INSERT INTO rate_limits (key, window_start, expires_at, count)
      VALUES (${param(limit.key)}, ${param(start)}, ${param(start + limit.windowMs)}, 1)
      ON CONFLICT (key, window_start) DO UPDATE SET count = rate_limits.count + 1
      RETURNING count) `;
    hits = '(SELECT count FROM h)';
    allowed = `${hits} <= ${param(limit.max)}`;
  }
  const holder = key === undefined ? 'false' : `k.idempotency_key = ${param(key)}`;
  const sql = `${withClause}SELECT ${hits} AS hits, k.id, k.reference, k.created_at, k.offering,
      k.locale, k.inquiry, k.offer, k.request_hash,
      CASE WHEN k.id IS NULL AND ${allowed} THEN nextval('${sequenceName}')::integer END
        AS sequence
    FROM (SELECT 1) AS one LEFT JOIN inquiries AS k ON ${holder}`;
  return { sql, params };
}

/** Another request stored an inquiry with this idempotency key first: look again. */
class KeyTaken extends Error {
  override readonly name = 'KeyTaken';
  readonly code = 'key-taken';
}

/**
 * PostgreSQL storage on node-postgres: a pool, short transactions, row locks where two
 * instances could meet (idempotency keys, outbox claims with SKIP LOCKED, rate-limit upserts).
 * Nothing is kept in the process but a cache of which yearly sequences exist.
 */
export class PostgresStorage extends PostgresOffers implements Storage {
  readonly engine = 'postgres' as const;
  protected readonly pool: pg.Pool;
  private readonly log: StorageLog;
  private readonly ttlMs: number;
  private readonly housekeeping = new Housekeeping();
  private readonly knownYears = new Set<number>();
  private closed = false;
  private prepared: boolean;

  constructor(connectionString: string, options: PostgresStorageOptions = {}) {
    super();
    this.prepared = options.preparedStatements ?? true;
    this.log = options.log ?? noLog;
    this.ttlMs = options.idempotencyTtlMs ?? DEFAULT_IDEMPOTENCY_TTL_MS;
    this.pool = new pg.Pool({
      connectionString,
      max: options.poolSize ?? 10,
      connectionTimeoutMillis: 10_000,
      idleTimeoutMillis: 30_000,
      application_name: 'temadag',
    });
    // An idle client that loses its connection must not crash the process.
    this.pool.on('error', (error) => {
      this.log('error', 'postgres pool error', { code: errorCode(error) });
    });
  }

  private async retrying<T>(fn: () => Promise<T>): Promise<T> {
    for (let attempt = 1; ; attempt++) {
      try {
        return await fn();
      } catch (error) {
        const code = errorCode(error);
        if (attempt >= 5 || !(error instanceof KeyTaken || RETRYABLE.has(code))) throw error;
        // A lost race for a key is expected (the retry finds the winner); the others are not.
        this.log(error instanceof KeyTaken ? 'debug' : 'warn', 'storage transaction retried', {
          code,
          attempt,
        });
      }
    }
  }

  async migrate(): Promise<void> {
    const { applied, done } = await this.transaction(async (c) => {
      // Held until commit: a second instance waits here, then finds nothing left to do.
      await c.query('SELECT pg_advisory_xact_lock($1)', [MIGRATION_LOCK]);
      await c.query(`CREATE TABLE IF NOT EXISTS schema_migrations (
        version integer PRIMARY KEY,
        name text NOT NULL,
        applied_at timestamptz NOT NULL DEFAULT now()
      )`);
      const { rows } = await c.query<{ version: number }>('SELECT version FROM schema_migrations');
      const applied = new Set(rows.map((r) => r.version));
      const done: number[] = [];
      for (const migration of MIGRATIONS) {
        if (applied.has(migration.version)) continue;
        for (const statement of migration.postgres) await c.query(statement);
        await migration.postgresAfter?.(c);
        await c.query('INSERT INTO schema_migrations (version, name) VALUES ($1, $2)', [
          migration.version,
          migration.name,
        ]);
        done.push(migration.version);
      }
      return { applied, done };
    });
    logMigrations(this.log, applied, done);
  }

  /**
   * Makes sure the sequence of `year` exists. Sequences hand out numbers without locks (so
   * concurrent inserts do not queue behind one counter row); a rolled-back transaction leaves
   * a gap, which is fine: references are unique, not gap-free.
   */
  private async ensureYear(year: number): Promise<string> {
    if (!Number.isInteger(year) || year < 0 || year > 99_999) throw new RangeError('Bad year');
    const name = `inquiry_sequence_${year}`;
    if (this.knownYears.has(year)) return name;
    try {
      await this.pool.query(`CREATE SEQUENCE IF NOT EXISTS ${name} AS integer MINVALUE 1`);
    } catch (error) {
      // Two instances creating it at the same moment: one wins, the other sees a duplicate.
      if (![UNIQUE_VIOLATION, '42P07'].includes(errorCode(error))) throw error;
    }
    this.knownYears.add(year);
    return name;
  }

  async createInquiry(input: CreateInquiryInput): Promise<CreateInquiryResult> {
    // A retry must not count the request against the rate limit again.
    const state = { counted: false };
    const result = await this.retrying(() => this.createOnce(input, state));
    if (result.kind === 'created') {
      this.log('debug', 'inquiry stored', {
        id: result.stored.id,
        reference: result.stored.reference,
      });
    }
    await this.maybeHousekeep(input.inquiry.createdAt);
    return result;
  }

  /**
   * One try, in two statements and no explicit transaction. The first counts the rate-limit
   * hit, looks the key up and takes the next number only when the key is free and the limit not
   * passed; the second inserts the inquiry with its outbox items. A key past its time to live
   * costs two more: releasing it, and taking a number. Two requests racing for one key
   * meet at the unique index: the second insert waits for the first to commit and fails with a
   * unique violation, and the caller tries again, then finds the first inquiry (a replay).
   */
  private async createOnce(
    input: CreateInquiryInput,
    state: { counted: boolean },
  ): Promise<CreateInquiryResult> {
    const { inquiry: n, idempotencyKey: key, requestHash } = input;
    const year = referenceYear(n.createdAt);
    const sequenceName = await this.ensureYear(year);
    const limit = state.counted ? undefined : input.countHit;
    const first = firstStatement(sequenceName, n.createdAt, limit, key);
    const firstName = `temadag_first_${year}${limit ? '_limit' : ''}${key !== undefined ? '_key' : ''}`;
    const row = (await this.run<FirstRow>(firstName, first.sql, first.params)).rows[0]!;
    state.counted = true;
    if (limit !== undefined && row.hits! > limit.max) return { kind: 'over-max', count: row.hits! };
    let sequence = row.sequence ?? undefined;
    if (key !== undefined && row.id !== null) {
      if (row.created_at! >= new Date(n.createdAt.getTime() - this.ttlMs)) {
        if (row.request_hash !== requestHash) return { kind: 'conflict' };
        return { kind: 'replay', stored: toStored(row as InquiryRow, postgresColumns) };
      } else {
        // Past its time to live: the key is free for this request; the old inquiry stays.
        await this.pool.query(
          `UPDATE inquiries SET idempotency_key = NULL, request_hash = NULL
           WHERE id = $1 AND idempotency_key = $2`,
          [row.id, key],
        );
      }
    }
    if (sequence === undefined) {
      const { rows } = await this.pool.query<{ sequence: number }>(
        `SELECT nextval('${sequenceName}')::integer AS sequence`,
      );
      sequence = rows[0]!.sequence;
    }
    const reference = inquiryReference(input.numberPattern, year, sequence);
    const offer = input.makeOffer(reference, sequence);
    const inbox = inboxColumns(reference, n.inquiry);
    const stored = storedInquiry(n, reference, offer);
    try {
      await this.run('temadag_insert_inquiry', INSERT_INQUIRY, [
        n.id,
        reference,
        year,
        sequence,
        n.createdAt,
        n.offering,
        n.locale,
        JSON.stringify(n.inquiry),
        jsonOnce(offer),
        n.inquiry.contact.organisation,
        n.inquiry.participants,
        offer.total,
        input.channels,
        key ?? null,
        key === undefined ? null : requestHash,
        inbox.contactName,
        inbox.email,
        inbox.format,
        inbox.searchText,
        n.catalogVersion ?? null,
      ]);
    } catch (error) {
      // For an idempotency key: another request took it first.
      const constraint = (error as { constraint?: unknown }).constraint;
      if (errorCode(error) === UNIQUE_VIOLATION && constraint === 'inquiries_idempotency_key') {
        throw new KeyTaken();
      }
      throw error;
    }
    return { kind: 'created', stored };
  }

  /**
   * Runs a statement of the hot path: as the named prepared statement `name` while the
   * connection allows them, else (and from then on) unnamed.
   */
  private async run<R extends pg.QueryResultRow>(
    name: string,
    text: string,
    values: unknown[],
  ): Promise<pg.QueryResult<R>> {
    if (!this.prepared) return this.pool.query<R>(text, values);
    try {
      return await this.pool.query<R>({ name, text, values });
    } catch (error) {
      if (!PREPARED_STATEMENT_ERRORS.has(errorCode(error))) throw error;
      // Refused before it ran: nothing was written, so it is safe to run it again.
      this.prepared = false;
      this.log('warn', 'prepared statements refused; running without them', {
        code: errorCode(error),
      });
      return this.pool.query<R>(text, values);
    }
  }

  async getInquiry(id: string): Promise<StoredInquiry | undefined> {
    const { rows } = await this.pool.query<InquiryRow>(
      `SELECT ${INQUIRY_COLUMNS} FROM inquiries WHERE id = $1`,
      [id],
    );
    return rows[0] && toStored(rows[0], postgresColumns);
  }

  async listInquiries(
    options: { limit?: number; offset?: number } = {},
  ): Promise<InquirySummary[]> {
    const { rows } = await this.pool.query<SummaryRow>(
      `SELECT id, reference, created_at, offering, organisation, participants, total
       FROM inquiries ORDER BY created_at DESC, id DESC LIMIT $1 OFFSET $2`,
      [clampLimit(options.limit), clampOffset(options.offset)],
    );
    if (rows.length === 0) return [];
    const outbox = await this.pool.query<DeliveryRow>(
      `SELECT inquiry_id, channel, status, attempts, last_error FROM outbox
       WHERE inquiry_id = ANY($1::text[]) ORDER BY id`,
      [rows.map((r) => r.id)],
    );
    const deliveries = groupDeliveries(outbox.rows);
    return rows.map((r) => inquirySummaryOf(r, deliveries));
  }

  async *exportInquiries(): AsyncIterable<StoredInquiry> {
    let after: InquiryRow | undefined;
    for (;;) {
      const { rows } = after
        ? await this.pool.query<InquiryRow>(
            `SELECT ${INQUIRY_COLUMNS} FROM inquiries WHERE (created_at, id) > ($1, $2)
             ORDER BY created_at, id LIMIT $3`,
            [after.created_at, after.id, EXPORT_PAGE_SIZE],
          )
        : await this.pool.query<InquiryRow>(
            `SELECT ${INQUIRY_COLUMNS} FROM inquiries ORDER BY created_at, id LIMIT $1`,
            [EXPORT_PAGE_SIZE],
          );
      for (const row of rows) yield toStored(row, postgresColumns);
      if (rows.length < EXPORT_PAGE_SIZE) return;
      after = rows[rows.length - 1];
    }
  }

  async deleteInquiry(id: string): Promise<boolean> {
    const deleted = await this.transaction(async (c) => {
      // The outbox rows go with it (ON DELETE CASCADE), and so does its idempotency key.
      const result = await c.query('DELETE FROM inquiries WHERE id = $1', [id]);
      return result.rowCount === 1;
    });
    if (deleted) this.log('info', 'inquiry deleted', { id });
    return deleted;
  }

  async purgeBefore(cutoff: Date): Promise<number> {
    const now = Date.now();
    const count = await this.transaction(async (c) => {
      const purged = await c.query('DELETE FROM inquiries WHERE created_at < $1', [cutoff]);
      await c.query('DELETE FROM rate_limits WHERE expires_at <= $1', [now]);
      return purged.rowCount ?? 0;
    });
    this.log('info', 'inquiries purged', { count });
    return count;
  }

  async claimOutbox(now: Date, limit: number, leaseMs: number): Promise<OutboxItem[]> {
    if (limit <= 0) return [];
    const { rows } = await this.pool.query<OutboxRow<PostgresTypes>>(
      `UPDATE outbox AS o SET lease_until = $2
       FROM (
         SELECT id FROM outbox
         WHERE status = 'pending' AND next_attempt_at <= $1
           AND (lease_until IS NULL OR lease_until <= $1)
         ORDER BY next_attempt_at, id
         LIMIT $3
         FOR UPDATE SKIP LOCKED
       ) AS due
       WHERE o.id = due.id
       RETURNING o.id, o.inquiry_id, o.channel, o.status, o.attempts, o.next_attempt_at,
         o.last_error, o.revision_id, o.payload`,
      [now, new Date(now.getTime() + leaseMs), Math.floor(limit)],
    );
    return rows
      .map((row) => toOutboxItem(row, postgresColumns))
      .sort((a, b) => a.nextAttemptAt.localeCompare(b.nextAttemptAt) || a.id - b.id);
  }

  async markSent(id: number): Promise<void> {
    await this.pool.query(
      `UPDATE outbox SET status = 'sent', attempts = attempts + 1, lease_until = NULL,
         payload = NULL WHERE id = $1`,
      [id],
    );
  }

  async markFailed(id: number, error: string, retryAt: Date | null): Promise<void> {
    if (retryAt === null) {
      await this.pool.query(
        `UPDATE outbox SET status = 'failed', attempts = attempts + 1, lease_until = NULL,
           last_error = $2 WHERE id = $1`,
        [id, clampError(error)],
      );
    } else {
      await this.pool.query(
        `UPDATE outbox SET status = 'pending', attempts = attempts + 1, lease_until = NULL,
           last_error = $2, next_attempt_at = $3 WHERE id = $1`,
        [id, clampError(error), retryAt],
      );
    }
  }

  async hit(key: string, now: Date, windowMs: number): Promise<number> {
    const start = windowStartOf(now, windowMs);
    const { rows } = await this.pool.query<{ count: number }>(
      `INSERT INTO rate_limits (key, window_start, expires_at, count) VALUES ($1, $2, $3, 1)
       ON CONFLICT (key, window_start) DO UPDATE SET count = rate_limits.count + 1
       RETURNING count`,
      [key, start, start + windowMs],
    );
    await this.maybeHousekeep(now);
    return rows[0]!.count;
  }

  async ping(): Promise<void> {
    await this.pool.query('SELECT 1');
  }

  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    await this.pool.end();
  }

  /**
   * Now and then: forget old rate-limit windows. (Idempotency keys need no sweep: a key lives
   * on its inquiry's row and is given up when the key comes again after its time to live.)
   */
  private async maybeHousekeep(now: Date): Promise<void> {
    const ms = now.getTime();
    if (!this.housekeeping.due(ms)) return;
    try {
      const windows = await this.pool.query('DELETE FROM rate_limits WHERE expires_at <= $1', [ms]);
      const removed = windows.rowCount ?? 0;
      if (removed > 0) this.log('debug', 'storage housekeeping', { removed });
    } catch (error) {
      this.log('warn', 'storage housekeeping failed', { code: errorCode(error) });
    }
  }
}
