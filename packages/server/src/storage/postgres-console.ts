import type pg from 'pg';
import { postgresColumns, type PostgresTypes } from './columns.js';
import { UNIQUE_VIOLATION, errorCode, groupDeliveries, type DeliveryRow } from './common.js';
import {
  ACTIVE_CATALOG_KEY,
  PASSWORD_KEY,
  clampPage,
  offeringsIn,
  searchNeedle,
} from './console-common.js';
import type {
  CatalogVersionInfo,
  ConsoleStorage,
  InquiryDetail,
  InquiryListPage,
  InquiryListQuery,
  InquiryNote,
  InquiryStatus,
  NewSession,
  StoredSession,
} from './console-types.js';
import {
  DETAIL_COLUMNS,
  INBOX_COLUMNS,
  liveSession,
  sessionValues,
  toCatalogVersion,
  toDetail,
  toInboxItem,
  toNote,
  type CatalogVersionRow,
  type DetailRow,
  type HistoryRow,
  type InboxRow,
  type NoteRow,
  type OutboxRow,
  type SessionRow,
} from './console-rows.js';

/** Upsert of one settings row: $1 key, $2 value, $3 time. */
const SET_SETTING = `INSERT INTO console_settings (key, value, updated_at) VALUES ($1, $2, $3)
  ON CONFLICT (key) DO UPDATE SET value = excluded.value, updated_at = excluded.updated_at`;

/** The WHERE clause of an inbox query and its parameters; `true` when nothing filters. */
function whereOf(query: InquiryListQuery): { where: string; params: unknown[] } {
  const params: unknown[] = [];
  const terms: string[] = [];
  const needle = searchNeedle(query.search);
  if (query.status !== undefined) terms.push(`status = $${params.push(query.status)}`);
  if (query.offering !== undefined) terms.push(`offering = $${params.push(query.offering)}`);
  // strpos, not ILIKE: a plain substring, so % and _ need no escaping, and the folding is the
  // code's (the database's locale may not know Æ, Ø, Å).
  if (needle !== undefined) terms.push(`strpos(search_text, $${params.push(needle)}) > 0`);
  return { where: terms.length === 0 ? 'true' : terms.join(' AND '), params };
}

/**
 * The console's storage methods on PostgreSQL ({@link ConsoleStorage}), a base of
 * `PostgresStorage`. Nothing is kept in the process: every instance sees the same status,
 * sessions, password and catalog version.
 */
export abstract class PostgresConsole implements ConsoleStorage {
  /** The pool, owned by the subclass. */
  protected abstract readonly pool: pg.Pool;

  /** Runs `fn` in a transaction on one client; rolls back when it throws. */
  protected async transaction<T>(fn: (client: pg.PoolClient) => Promise<T>): Promise<T> {
    const client = await this.pool.connect();
    let broken: Error | undefined;
    try {
      await client.query('BEGIN');
      const result = await fn(client);
      await client.query('COMMIT');
      return result;
    } catch (error) {
      await client.query('ROLLBACK').catch((rollbackError: Error) => {
        broken = rollbackError;
      });
      throw error;
    } finally {
      client.release(broken);
    }
  }

  async queryInquiries(query: InquiryListQuery): Promise<InquiryListPage> {
    const { limit, offset } = clampPage(query);
    const { where, params } = whereOf(query);
    const n = params.length;
    // One statement: one round trip and one snapshot for the page, its deliveries and counts.
    const { rows } = await this.pool.query<{
      total: number;
      new_count: number;
      items: InboxRow[] | null;
      deliveries: DeliveryRow[] | null;
    }>(
      // The page's ids first (a sort of narrow rows, even for a deep offset), then its rows.
      `WITH ids AS (
         SELECT id FROM inquiries WHERE ${where}
         ORDER BY created_at DESC, id DESC LIMIT $${n + 1} OFFSET $${n + 2}),
       page AS (SELECT ${INBOX_COLUMNS} FROM inquiries WHERE id IN (SELECT id FROM ids))
       SELECT
         (SELECT count(*)::integer FROM inquiries WHERE ${where}) AS total,
         (SELECT count(*)::integer FROM inquiries WHERE status = 'ny') AS new_count,
         (SELECT json_agg(p ORDER BY p.created_at DESC, p.id DESC) FROM page p) AS items,
         (SELECT json_agg(json_build_object('inquiry_id', o.inquiry_id, 'channel', o.channel,
             'status', o.status, 'attempts', o.attempts, 'last_error', o.last_error)
             ORDER BY o.id)
           FROM outbox o WHERE o.inquiry_id IN (SELECT id FROM page)) AS deliveries`,
      [...params, limit, offset],
    );
    const row = rows[0]!;
    const deliveries = groupDeliveries(row.deliveries ?? []);
    return {
      items: (row.items ?? []).map((r) => toInboxItem(r, deliveries)),
      total: row.total,
      newCount: row.new_count,
    };
  }

  async getInquiryDetail(id: string): Promise<InquiryDetail | undefined> {
    // One snapshot (REPEATABLE READ): the row, its history, notes and deliveries agree.
    const found = await this.transaction(async (c) => {
      await c.query('SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY');
      const { rows } = await c.query<DetailRow<PostgresTypes>>(
        `SELECT ${DETAIL_COLUMNS} FROM inquiries WHERE id = $1`,
        [id],
      );
      if (rows.length === 0) return undefined;
      const history = await c.query<HistoryRow<PostgresTypes>>(
        'SELECT status, at FROM inquiry_status_history WHERE inquiry_id = $1 ORDER BY id',
        [id],
      );
      const notes = await c.query<NoteRow<PostgresTypes>>(
        'SELECT id, text, at FROM inquiry_notes WHERE inquiry_id = $1 ORDER BY id',
        [id],
      );
      const outbox = await c.query<OutboxRow<PostgresTypes>>(
        `SELECT id, inquiry_id, channel, status, attempts, next_attempt_at, last_error
         FROM outbox WHERE inquiry_id = $1 ORDER BY id`,
        [id],
      );
      return { row: rows[0]!, history: history.rows, notes: notes.rows, outbox: outbox.rows };
    });
    return found && toDetail(found, postgresColumns);
  }

  async setInquiryStatus(id: string, status: InquiryStatus, at: Date): Promise<boolean> {
    // One statement, so atomic: the history row exists exactly when the status was set.
    const result = await this.pool.query(
      `WITH u AS (UPDATE inquiries SET status = $2 WHERE id = $1 RETURNING id)
       INSERT INTO inquiry_status_history (inquiry_id, status, at)
       SELECT id, $2, $3 FROM u`,
      [id, status, at],
    );
    return result.rowCount === 1;
  }

  async addInquiryNote(id: string, text: string, at: Date): Promise<InquiryNote | undefined> {
    const { rows } = await this.pool.query<NoteRow<PostgresTypes>>(
      `INSERT INTO inquiry_notes (inquiry_id, text, at)
       SELECT id, $2, $3 FROM inquiries WHERE id = $1 RETURNING id, text, at`,
      [id, text, at],
    );
    return rows[0] && toNote(rows[0], postgresColumns);
  }

  async retryDelivery(outboxId: number, now: Date): Promise<boolean> {
    // The lease stays: an attempt in flight finishes before another worker may claim it.
    const result = await this.pool.query(
      `UPDATE outbox SET status = 'pending', next_attempt_at = $2
       WHERE id = $1 AND status IN ('pending', 'failed')`,
      [outboxId, now],
    );
    return result.rowCount === 1;
  }

  async getPasswordHash(): Promise<string | undefined> {
    const { rows } = await this.pool.query<{ value: string | null }>(
      'SELECT value FROM console_settings WHERE key = $1',
      [PASSWORD_KEY],
    );
    return rows[0]?.value ?? undefined;
  }

  async setPasswordHash(hash: string, at: Date): Promise<void> {
    await this.transaction(async (c) => {
      await c.query(SET_SETTING, [PASSWORD_KEY, hash, at]);
      await c.query('DELETE FROM console_sessions');
    });
  }

  async createSession(s: NewSession): Promise<void> {
    // The expired sessions go now and then; the table stays as small as the live ones.
    await this.pool.query(
      `WITH gone AS (
         DELETE FROM console_sessions WHERE expires_at <= $3 OR idle_expires_at <= $3)
       INSERT INTO console_sessions (id_hash, csrf_token, created_at, expires_at,
         idle_expires_at) VALUES ($1, $2, $3, $4, $5)`,
      sessionValues(s, postgresColumns),
    );
  }

  async getSession(idHash: string, now: Date): Promise<StoredSession | undefined> {
    const { rows } = await this.pool.query<SessionRow<PostgresTypes>>(
      'SELECT csrf_token, expires_at, idle_expires_at FROM console_sessions WHERE id_hash = $1',
      [idHash],
    );
    const row = rows[0];
    if (!row) return undefined;
    const session = liveSession(row, now, postgresColumns);
    if (!session) await this.deleteSession(idHash);
    return session;
  }

  async touchSession(idHash: string, idleExpiresAt: Date): Promise<void> {
    await this.pool.query(
      `UPDATE console_sessions SET idle_expires_at = LEAST($2::timestamptz, expires_at)
       WHERE id_hash = $1`,
      [idHash, idleExpiresAt],
    );
  }

  async deleteSession(idHash: string): Promise<void> {
    await this.pool.query('DELETE FROM console_sessions WHERE id_hash = $1', [idHash]);
  }

  async deleteAllSessions(): Promise<number> {
    const result = await this.pool.query('DELETE FROM console_sessions');
    return result.rowCount ?? 0;
  }

  async addCatalogVersion(json: string, at: Date, note?: string): Promise<number> {
    const offerings = offeringsIn(json);
    // Two instances uploading at once take the same next number: the loser tries again.
    for (let attempt = 1; ; attempt++) {
      try {
        const { rows } = await this.pool.query<{ version: number }>(
          `INSERT INTO catalog_versions (version, json, offerings, created_at, note)
           SELECT coalesce(max(version), 0) + 1, $1, $2, $3, $4 FROM catalog_versions
           RETURNING version`,
          [json, offerings, at, note ?? null],
        );
        return rows[0]!.version;
      } catch (error) {
        if (attempt >= 5 || errorCode(error) !== UNIQUE_VIOLATION) throw error;
      }
    }
  }

  async listCatalogVersions(): Promise<CatalogVersionInfo[]> {
    const { rows } = await this.pool.query<CatalogVersionRow<PostgresTypes>>(
      `SELECT version, created_at, offerings, note FROM catalog_versions ORDER BY version DESC`,
    );
    return rows.map((r) => toCatalogVersion(r, postgresColumns));
  }

  async getCatalogVersion(version: number): Promise<string | undefined> {
    if (!Number.isSafeInteger(version)) return undefined;
    const { rows } = await this.pool.query<{ json: string }>(
      'SELECT json FROM catalog_versions WHERE version = $1',
      [version],
    );
    return rows[0]?.json;
  }

  async setActiveCatalogVersion(version: number | null, at: Date): Promise<void> {
    if (version === null) {
      await this.pool.query(SET_SETTING, [ACTIVE_CATALOG_KEY, null, at]);
      return;
    }
    // Only a stored version: the upsert runs when the version exists, in one statement.
    const result = await this.pool.query(
      `INSERT INTO console_settings (key, value, updated_at)
       SELECT $1, version::text, $3 FROM catalog_versions WHERE version = $2
       ON CONFLICT (key) DO UPDATE SET value = excluded.value, updated_at = excluded.updated_at`,
      [ACTIVE_CATALOG_KEY, Number.isSafeInteger(version) ? version : -1, at],
    );
    if (result.rowCount !== 1) throw new RangeError(`Catalog version ${version} is not stored`);
  }

  async getActiveCatalogVersion(): Promise<number | null> {
    const { rows } = await this.pool.query<{ value: string | null }>(
      'SELECT value FROM console_settings WHERE key = $1',
      [ACTIVE_CATALOG_KEY],
    );
    return rows[0]?.value == null ? null : Number(rows[0].value);
  }
}
