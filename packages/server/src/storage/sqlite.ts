import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import {
  DEFAULT_IDEMPOTENCY_TTL_MS,
  EXPORT_PAGE_SIZE,
  Housekeeping,
  clampError,
  clampLimit,
  clampOffset,
  inquiryReference,
  groupDeliveries,
  inquirySummaryOf,
  jsonOnce,
  noLog,
  referenceYear,
  storedInquiry,
  windowStartOf,
  type DeliveryRow,
  type SummaryRow,
} from './common.js';
import { Checkpointer, WRITER_CHECKPOINT_PAGES } from './checkpointer.js';
import { inboxColumns } from './console-common.js';
import { sqliteColumns, type SqliteTypes } from './columns.js';
import {
  INQUIRY_COLUMNS,
  OUTBOX_COLUMNS,
  toOutboxItem,
  toStored,
  type OutboxRow,
  type StoredInquiryRow,
} from './console-rows.js';
import { SqliteOffers } from './sqlite-offers.js';
import { MIGRATIONS, logMigrations } from './migrations.js';
import type {
  CreateInquiryInput,
  CreateInquiryResult,
  InquirySummary,
  OutboxItem,
  Storage,
  StorageLog,
  StoredInquiry,
} from './types.js';

/** Options of {@link SqliteStorage}. */
export interface SqliteStorageOptions {
  log?: StorageLog;
  idempotencyTtlMs?: number;
  synchronous?: 'NORMAL' | 'FULL';
  /** How long to wait for another process's write lock, in ms (default 5000). */
  busyTimeoutMs?: number;
  /**
   * Checkpoint the WAL from a worker thread (default true; never for `:memory:`). With false,
   * SQLite checkpoints inside a commit every 1000 pages, on the event loop.
   */
  backgroundCheckpoints?: boolean;
}

/** A write waiting for its group's commit. */
interface PendingWrite {
  work: () => unknown;
  resolve: (value: unknown) => void;
  reject: (error: unknown) => void;
}

/** An inquiry's row as SQLite returns it. */
type InquiryRow = StoredInquiryRow<SqliteTypes>;

/** The inquiry that took an idempotency key, with the hash of its request. */
interface KeyedRow extends InquiryRow {
  request_hash: string | null;
}

/**
 * SQLite storage on better-sqlite3: WAL, one connection, every write transaction `BEGIN
 * IMMEDIATE`. Calls are synchronous underneath, so a transaction never interleaves with
 * another in this process; other processes wait for the write lock (busy timeout). Inquiries
 * and rate-limit hits that arrive together share one commit (group commit).
 */
export class SqliteStorage extends SqliteOffers implements Storage {
  readonly engine = 'sqlite' as const;
  readonly path: string;
  protected readonly db: Database.Database;
  private readonly log: StorageLog;
  private readonly ttlMs: number;
  private readonly housekeeping = new Housekeeping();
  private statements: ReturnType<SqliteStorage['prepare']> | undefined;
  private closed = false;
  /** Writes waiting for the next group commit (see {@link SqliteStorage.write}). */
  private pending: PendingWrite[] = [];
  private flushScheduled = false;
  /** The background checkpointer, when one runs. */
  private readonly checkpointer: Checkpointer | undefined;

  constructor(file: string, options: SqliteStorageOptions = {}) {
    super();
    this.log = options.log ?? noLog;
    this.ttlMs = options.idempotencyTtlMs ?? DEFAULT_IDEMPOTENCY_TTL_MS;
    this.path = file;
    if (file !== ':memory:') fs.mkdirSync(path.dirname(path.resolve(file)), { recursive: true });
    const busy = options.busyTimeoutMs ?? 5000;
    this.db = new Database(file, { timeout: busy });
    this.db.pragma(`busy_timeout = ${Math.floor(busy)}`);
    this.db.pragma('journal_mode = WAL');
    // With WAL, NORMAL syncs at checkpoints, not at every commit: a commit survives a crash of
    // the process (it is in the WAL file already), only an OS crash or power loss can lose the
    // last commits; the database never corrupts.
    this.db.pragma(`synchronous = ${options.synchronous === 'FULL' ? 'FULL' : 'NORMAL'}`);
    this.db.pragma('foreign_keys = ON');
    // A checkpoint copies the WAL into the database file and fsyncs both. SQLite runs one
    // inside a commit every 1000 pages (4 MiB), blocking the event loop for its fsyncs. So a
    // worker thread checkpoints in the background (see Checkpointer), and the writer itself
    // only past WRITER_CHECKPOINT_PAGES, to bound the WAL. Durability is the same either way.
    // The WAL file is cut back to 64 MiB when it starts over.
    this.db.pragma('wal_autocheckpoint = 1000');
    this.db.pragma(`journal_size_limit = ${64 * 1024 * 1024}`);
    // Erased rows are overwritten with zeros, not left in free pages.
    this.db.pragma('secure_delete = ON');
    if (options.backgroundCheckpoints !== false && file !== ':memory:') {
      this.checkpointer = new Checkpointer(file, this.log, () => {
        // The worker is gone: checkpoint in the commits again, as SQLite does by default.
        if (!this.closed) this.db.pragma('wal_autocheckpoint = 1000');
      });
      this.db.pragma(`wal_autocheckpoint = ${WRITER_CHECKPOINT_PAGES}`);
    }
  }

  /** Prepared statements, made once the tables exist. */
  private get q() {
    if (this.closed) throw new Error('The storage is closed');
    return (this.statements ??= this.prepare());
  }

  private prepare() {
    const db = this.db;
    return {
      byKey: db.prepare<[string], KeyedRow>(
        `SELECT ${INQUIRY_COLUMNS}, request_hash FROM inquiries WHERE idempotency_key = ?`,
      ),
      releaseKey: db.prepare<[string]>(
        'UPDATE inquiries SET idempotency_key = NULL, request_hash = NULL WHERE id = ?',
      ),
      nextSequence: db.prepare<[number], { last: number }>(
        `INSERT INTO reference_counters (year, last) VALUES (?, 1)
         ON CONFLICT (year) DO UPDATE SET last = last + 1 RETURNING last`,
      ),
      insertInquiry: db.prepare(
        `INSERT INTO inquiries (id, reference, year, sequence, created_at, offering, locale,
           inquiry, offer, organisation, participants, total, idempotency_key, request_hash,
           contact_name, email, format, search_text, catalog_version)
         VALUES (@id, @reference, @year, @sequence, @createdAt, @offering, @locale,
           @inquiry, @offer, @organisation, @participants, @total, @key, @hash,
           @contactName, @email, @format, @searchText, @catalogVersion)`,
      ),
      insertOutbox: db.prepare<[string, string, string, string]>(
        `INSERT INTO outbox (inquiry_id, channel, next_attempt_at, created_at)
         VALUES (?, ?, ?, ?)`,
      ),
      getInquiry: db.prepare<[string], InquiryRow>(
        `SELECT ${INQUIRY_COLUMNS} FROM inquiries WHERE id = ?`,
      ),
      list: db.prepare<[number, number], SummaryRow>(
        `SELECT id, reference, created_at, offering, organisation, participants, total
         FROM inquiries ORDER BY created_at DESC, id DESC LIMIT ? OFFSET ?`,
      ),
      deliveries: db.prepare<[string], DeliveryRow>(
        `SELECT inquiry_id, channel, status, attempts, last_error FROM outbox
         WHERE inquiry_id IN (SELECT value FROM json_each(?)) ORDER BY id`,
      ),
      exportFirst: db.prepare<[number], InquiryRow>(
        `SELECT ${INQUIRY_COLUMNS} FROM inquiries ORDER BY created_at, id LIMIT ?`,
      ),
      exportNext: db.prepare<[string, string, number], InquiryRow>(
        `SELECT ${INQUIRY_COLUMNS} FROM inquiries WHERE (created_at, id) > (?, ?)
         ORDER BY created_at, id LIMIT ?`,
      ),
      deleteInquiry: db.prepare<[string]>('DELETE FROM inquiries WHERE id = ?'),
      purge: db.prepare<[string]>('DELETE FROM inquiries WHERE created_at < ?'),
      expireRateLimits: db.prepare<[number]>('DELETE FROM rate_limits WHERE expires_at <= ?'),
      claim: db.prepare<{ lease: string; now: string; limit: number }, OutboxRow<SqliteTypes>>(
        `UPDATE outbox SET lease_until = @lease
         WHERE id IN (
           SELECT id FROM outbox
           WHERE status = 'pending' AND next_attempt_at <= @now
             AND (lease_until IS NULL OR lease_until <= @now)
           ORDER BY next_attempt_at, id LIMIT @limit)
         RETURNING ${OUTBOX_COLUMNS}`,
      ),
      markSent: db.prepare<[number]>(
        `UPDATE outbox SET status = 'sent', attempts = attempts + 1, lease_until = NULL,
           payload = NULL WHERE id = ?`,
      ),
      markRetry: db.prepare<[string, string, number]>(
        `UPDATE outbox SET status = 'pending', attempts = attempts + 1, lease_until = NULL,
           last_error = ?, next_attempt_at = ? WHERE id = ?`,
      ),
      markFailed: db.prepare<[string, number]>(
        `UPDATE outbox SET status = 'failed', attempts = attempts + 1, lease_until = NULL,
           last_error = ? WHERE id = ?`,
      ),
      hit: db.prepare<[string, number, number], { count: number }>(
        `INSERT INTO rate_limits (key, window_start, expires_at, count) VALUES (?, ?, ?, 1)
         ON CONFLICT (key, window_start) DO UPDATE SET count = count + 1 RETURNING count`,
      ),
    };
  }

  async migrate(): Promise<void> {
    const db = this.db;
    const run = db.transaction(() => {
      db.exec(`CREATE TABLE IF NOT EXISTS schema_migrations (
        version INTEGER PRIMARY KEY NOT NULL,
        name TEXT NOT NULL,
        applied_at TEXT NOT NULL
      ) STRICT`);
      const applied = new Set(
        db
          .prepare<[], { version: number }>('SELECT version FROM schema_migrations')
          .all()
          .map((r) => r.version),
      );
      const record = db.prepare<[number, string, string]>(
        'INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)',
      );
      const done: number[] = [];
      for (const migration of MIGRATIONS) {
        if (applied.has(migration.version)) continue;
        for (const statement of migration.sqlite) db.exec(statement);
        migration.sqliteAfter?.(db);
        record.run(migration.version, migration.name, new Date().toISOString());
        done.push(migration.version);
      }
      return { applied, done };
    });
    // IMMEDIATE: a second process migrating at the same time waits, then finds nothing to do.
    const { applied, done } = run.immediate();
    logMigrations(this.log, applied, done);
  }

  async createInquiry(input: CreateInquiryInput): Promise<CreateInquiryResult> {
    const q = this.q;
    const { inquiry: n, idempotencyKey: key, requestHash } = input;
    const createdAt = n.createdAt.toISOString();
    const limit = input.countHit;
    // The hit is a write of its own, queued just before the inquiry's: the same group commit
    // runs it first, in its own savepoint, so it is kept even when the inquiry's step fails.
    let count: number | undefined;
    const counting =
      limit &&
      this.write(() => {
        const start = windowStartOf(n.createdAt, limit.windowMs);
        count = q.hit.get(limit.key, start, start + limit.windowMs)!.count;
      });
    const storing = this.write((): CreateInquiryResult => {
      if (limit !== undefined) {
        // Not counted (its savepoint failed): store nothing either.
        if (count === undefined) throw new Error('The rate-limit hit was not counted');
        if (count > limit.max) return { kind: 'over-max', count };
      }
      if (key !== undefined) {
        const earlier = q.byKey.get(key);
        if (earlier) {
          const expired =
            earlier.created_at < new Date(n.createdAt.getTime() - this.ttlMs).toISOString();
          if (!expired) {
            if (earlier.request_hash !== requestHash) return { kind: 'conflict' };
            return { kind: 'replay', stored: toStored(earlier, sqliteColumns) };
          }
          // Past its time to live: the key is free for this request; the old inquiry stays.
          q.releaseKey.run(earlier.id);
        }
      }
      const year = referenceYear(n.createdAt);
      const sequence = q.nextSequence.get(year)!.last;
      const reference = inquiryReference(input.numberPattern, year, sequence);
      const offer = input.makeOffer(reference, sequence);
      const stored = storedInquiry(n, reference, offer);
      q.insertInquiry.run({
        id: n.id,
        reference,
        year,
        sequence,
        createdAt,
        offering: n.offering,
        locale: n.locale,
        inquiry: JSON.stringify(n.inquiry),
        offer: jsonOnce(offer),
        organisation: n.inquiry.contact.organisation,
        participants: n.inquiry.participants,
        total: offer.total,
        key: key ?? null,
        hash: key === undefined ? null : requestHash,
        ...inboxColumns(reference, n.inquiry),
        catalogVersion: n.catalogVersion ?? null,
      });
      for (const channel of input.channels) q.insertOutbox.run(n.id, channel, createdAt, createdAt);
      return { kind: 'created', stored };
    });
    const [, result] = await Promise.all([counting, storing]);
    if (result.kind === 'created') {
      this.log('debug', 'inquiry stored', { id: n.id, reference: result.stored.reference });
    }
    this.maybeHousekeep(n.createdAt);
    return result;
  }

  async getInquiry(id: string): Promise<StoredInquiry | undefined> {
    const row = this.q.getInquiry.get(id);
    return row && toStored(row, sqliteColumns);
  }

  async listInquiries(
    options: { limit?: number; offset?: number } = {},
  ): Promise<InquirySummary[]> {
    const q = this.q;
    const rows = q.list.all(clampLimit(options.limit), clampOffset(options.offset));
    if (rows.length === 0) return [];
    const deliveries = groupDeliveries(q.deliveries.all(JSON.stringify(rows.map((r) => r.id))));
    return rows.map((r) => inquirySummaryOf(r, deliveries));
  }

  async *exportInquiries(): AsyncIterable<StoredInquiry> {
    let page = this.q.exportFirst.all(EXPORT_PAGE_SIZE);
    while (page.length > 0) {
      for (const row of page) yield toStored(row, sqliteColumns);
      if (page.length < EXPORT_PAGE_SIZE) return;
      const last = page[page.length - 1]!;
      page = this.q.exportNext.all(last.created_at, last.id, EXPORT_PAGE_SIZE);
    }
  }

  async deleteInquiry(id: string): Promise<boolean> {
    const q = this.q;
    const deleted = this.db
      .transaction(() => {
        // The outbox rows go with it (ON DELETE CASCADE), and so does its idempotency key.
        return q.deleteInquiry.run(id).changes > 0;
      })
      .immediate();
    if (deleted) {
      this.log('info', 'inquiry deleted', { id });
      await this.checkpoint();
    }
    return deleted;
  }

  async purgeBefore(cutoff: Date): Promise<number> {
    const q = this.q;
    const now = Date.now();
    const count = this.db
      .transaction(() => {
        const purged = q.purge.run(cutoff.toISOString()).changes;
        q.expireRateLimits.run(now);
        return purged;
      })
      .immediate();
    this.log('info', 'inquiries purged', { count });
    if (count > 0) await this.checkpoint();
    return count;
  }

  async claimOutbox(now: Date, limit: number, leaseMs: number): Promise<OutboxItem[]> {
    if (limit <= 0) return [];
    const leaseUntil = new Date(now.getTime() + leaseMs).toISOString();
    const q = this.q;
    const rows = this.db
      .transaction(() =>
        q.claim.all({ lease: leaseUntil, now: now.toISOString(), limit: Math.floor(limit) }),
      )
      .immediate();
    if (rows.length > 0) this.checkpointer?.wrote();
    return rows
      .sort((a, b) => a.next_attempt_at.localeCompare(b.next_attempt_at) || a.id - b.id)
      .map((row) => toOutboxItem(row, sqliteColumns));
  }

  async markSent(id: number): Promise<void> {
    this.q.markSent.run(id);
    this.checkpointer?.wrote();
  }

  async markFailed(id: number, error: string, retryAt: Date | null): Promise<void> {
    if (retryAt === null) this.q.markFailed.run(clampError(error), id);
    else this.q.markRetry.run(clampError(error), retryAt.toISOString(), id);
    this.checkpointer?.wrote();
  }

  async hit(key: string, now: Date, windowMs: number): Promise<number> {
    const start = windowStartOf(now, windowMs);
    const q = this.q;
    const count = await this.write(() => q.hit.get(key, start, start + windowMs)!.count);
    this.maybeHousekeep(now);
    return count;
  }

  async ping(): Promise<void> {
    if (this.closed) throw new Error('The storage is closed');
    this.db.prepare('SELECT 1').get();
  }

  async close(): Promise<void> {
    if (this.closed) return;
    // Writes already accepted are committed (or rejected) before the database closes.
    this.flush();
    this.closed = true;
    this.statements = undefined;
    // The worker's connection first: closing the last connection checkpoints the whole WAL.
    await this.checkpointer?.close();
    this.db.close();
  }

  /**
   * Group commit. The inquiries and rate-limit hits of requests that arrive together reach
   * storage in the same turn of the event loop; they are queued here and run at the end of that
   * turn in one `BEGIN IMMEDIATE` transaction, each in its own savepoint, and each promise
   * settles after the commit. A commit writes every page it touched once, so a group shares the
   * pages that its rows have in common (the table's last leaf, the ordered indexes, the
   * reference counter, the rate-limit row) and the WAL and its checkpoints grow more slowly.
   * One write that throws rolls back to its savepoint and rejects alone; if the transaction
   * itself fails (the lock, the disk), nothing of the group is kept and every write rejects.
   * Nothing is answered before its commit, so what a client is told is stored is stored.
   */
  private write<T>(work: () => T): Promise<T> {
    return new Promise<T>((resolve, reject) => {
      if (this.closed) {
        reject(new Error('The storage is closed'));
        return;
      }
      this.pending.push({ work, resolve: resolve as (value: unknown) => void, reject });
      if (!this.flushScheduled) {
        this.flushScheduled = true;
        setImmediate(() => this.flush());
      }
    });
  }

  /** Runs the queued writes in one transaction; see {@link SqliteStorage.write}. */
  private flush(): void {
    this.flushScheduled = false;
    const group = this.pending.splice(0);
    if (group.length === 0) return;
    const db = this.db;
    const outcomes: Array<{ ok: true; value: unknown } | { ok: false; error: unknown }> = [];
    try {
      db.transaction(() => {
        for (const item of group) {
          try {
            // A transaction function called inside a transaction runs in a savepoint.
            outcomes.push({ ok: true, value: db.transaction(item.work)() });
          } catch (error) {
            // Some errors (a full disk, I/O) end the whole transaction: then stop here.
            if (!db.inTransaction) throw error;
            outcomes.push({ ok: false, error });
          }
        }
      }).immediate();
    } catch (error) {
      for (const item of group) item.reject(error);
      return;
    }
    this.checkpointer?.wrote();
    group.forEach((item, i) => {
      const outcome = outcomes[i]!;
      if (outcome.ok) item.resolve(outcome.value);
      else item.reject(outcome.error);
    });
  }

  /**
   * Now and then: forget old rate-limit windows. (Idempotency keys need no sweep: a key lives
   * on its inquiry's row and is given up when the key comes again after its time to live.)
   */
  private maybeHousekeep(now: Date): void {
    const ms = now.getTime();
    if (!this.housekeeping.due(ms)) return;
    try {
      const windows = this.q.expireRateLimits.run(ms).changes;
      if (windows > 0) this.log('debug', 'storage housekeeping', { windows });
    } catch (error) {
      // Busy or similar: try again next time.
      this.log('warn', 'storage housekeeping failed', { code: (error as { code?: string }).code });
    }
  }

  /** After an erasure, move the WAL into the database so erased data leaves the WAL file. */
  private async checkpoint(): Promise<void> {
    // The background worker must not hold the checkpoint lock meanwhile: SQLite would refuse
    // this checkpoint at once (busy), and the erased rows would stay in the WAL file.
    const resume = await this.checkpointer?.pause();
    try {
      for (let attempt = 1; ; attempt++) {
        if (this.closed) return;
        let busy = 1;
        try {
          busy = (this.db.pragma('wal_checkpoint(TRUNCATE)') as Array<{ busy: number }>)[0]!.busy;
        } catch {
          // Treated as busy: tried again below.
        }
        if (busy === 0) return;
        if (attempt === 5) {
          // Readers in other processes hold it back; the next full checkpoint will do it.
          this.log('warn', 'erasure checkpoint incomplete: erased rows may stay in the WAL', {});
          return;
        }
        await new Promise((resolve) => setTimeout(resolve, 50 * attempt));
      }
    } finally {
      resume?.();
    }
  }
}
