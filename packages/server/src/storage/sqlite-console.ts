import type Database from 'better-sqlite3';
import { sqliteColumns, type SqliteTypes } from './columns.js';
import { groupDeliveries, type DeliveryRow } from './common.js';
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
  type CatalogVersionRow,
  type DetailRow,
  type HistoryRow,
  type InboxRow,
  type NoteRow,
  type OutboxRow,
  type SessionRow,
} from './console-rows.js';

/** The WHERE clause of an inbox query with named parameters; `1` when nothing filters. */
function whereOf(query: InquiryListQuery, needle: string | undefined): string {
  const terms: string[] = [];
  if (query.status !== undefined) terms.push('status = @status');
  if (query.offering !== undefined) terms.push('offering = @offering');
  // instr, not LIKE: a plain substring, so % and _ need no escaping.
  if (needle !== undefined) terms.push('instr(search_text, @needle) > 0');
  return terms.length === 0 ? '1' : terms.join(' AND ');
}

/**
 * The console's storage methods on SQLite ({@link ConsoleStorage}), a base of `SqliteStorage`.
 * Writes are short `BEGIN IMMEDIATE` transactions on the one connection, outside the group
 * commit: they are rare, and the provider waits for each.
 */
export abstract class SqliteConsole implements ConsoleStorage {
  /** The open database, owned by the subclass. */
  protected abstract readonly db: Database.Database;
  private readonly cache = new Map<string, Database.Statement>();

  /** A prepared statement, made once per SQL text (also for the offer revisions' methods). */
  protected st<P extends unknown[] | object = unknown[], R = unknown>(
    sql: string,
  ): Database.Statement<P, R> {
    let statement = this.cache.get(sql);
    if (!statement || !statement.database.open) {
      statement = this.db.prepare(sql);
      this.cache.set(sql, statement);
    }
    return statement as unknown as Database.Statement<P, R>;
  }

  async queryInquiries(query: InquiryListQuery): Promise<InquiryListPage> {
    const { limit, offset } = clampPage(query);
    const needle = searchNeedle(query.search);
    const where = whereOf(query, needle);
    const params: Record<string, unknown> = {};
    if (query.status !== undefined) params.status = query.status;
    if (query.offering !== undefined) params.offering = query.offering;
    if (needle !== undefined) params.needle = needle;
    // One read transaction: the page and its counts see the same snapshot.
    const read = this.db.transaction(() => {
      const rows = this.st<[Record<string, unknown>], InboxRow>(
        `SELECT ${INBOX_COLUMNS} FROM inquiries WHERE ${where}
         ORDER BY created_at DESC, id DESC LIMIT @limit OFFSET @offset`,
      ).all({ ...params, limit, offset });
      const total = this.st<[Record<string, unknown>], { n: number }>(
        `SELECT count(*) AS n FROM inquiries WHERE ${where}`,
      ).get(params)!.n;
      const newCount = this.st<[], { n: number }>(
        `SELECT count(*) AS n FROM inquiries WHERE status = 'ny'`,
      ).get()!.n;
      const outbox =
        rows.length === 0
          ? []
          : this.st<[string], DeliveryRow>(
              `SELECT inquiry_id, channel, status, attempts, last_error FROM outbox
               WHERE inquiry_id IN (SELECT value FROM json_each(?)) ORDER BY id`,
            ).all(JSON.stringify(rows.map((r) => r.id)));
      return { rows, total, newCount, outbox };
    });
    const { rows, total, newCount, outbox } = read.deferred();
    const deliveries = groupDeliveries(outbox);
    return {
      items: rows.map((r) => toInboxItem(r, deliveries)),
      total,
      newCount,
    };
  }

  async getInquiryDetail(id: string): Promise<InquiryDetail | undefined> {
    const read = this.db.transaction(() => {
      const row = this.st<[string], DetailRow<SqliteTypes>>(
        `SELECT ${DETAIL_COLUMNS} FROM inquiries WHERE id = ?`,
      ).get(id);
      if (!row) return undefined;
      const history = this.st<[string], HistoryRow<SqliteTypes>>(
        'SELECT status, at FROM inquiry_status_history WHERE inquiry_id = ? ORDER BY id',
      ).all(id);
      const notes = this.st<[string], NoteRow<SqliteTypes>>(
        'SELECT id, text, at FROM inquiry_notes WHERE inquiry_id = ? ORDER BY id',
      ).all(id);
      const outbox = this.st<[string], OutboxRow<SqliteTypes>>(
        `SELECT id, inquiry_id, channel, status, attempts, next_attempt_at, last_error
         FROM outbox WHERE inquiry_id = ? ORDER BY id`,
      ).all(id);
      return { row, history, notes, outbox };
    });
    const found = read.deferred();
    return found && toDetail(found, sqliteColumns);
  }

  async setInquiryStatus(id: string, status: InquiryStatus, at: Date): Promise<boolean> {
    const write = this.db.transaction(() => {
      const changed = this.st<[string, string]>('UPDATE inquiries SET status = ? WHERE id = ?').run(
        status,
        id,
      ).changes;
      if (changed === 0) return false;
      this.st<[string, string, string]>(
        'INSERT INTO inquiry_status_history (inquiry_id, status, at) VALUES (?, ?, ?)',
      ).run(id, status, at.toISOString());
      return true;
    });
    return write.immediate();
  }

  async addInquiryNote(id: string, text: string, at: Date): Promise<InquiryNote | undefined> {
    const iso = at.toISOString();
    const row = this.st<[string, string, string], { id: number }>(
      `INSERT INTO inquiry_notes (inquiry_id, text, at)
       SELECT id, ?, ? FROM inquiries WHERE id = ? RETURNING id`,
    ).get(text, iso, id);
    return row && { id: row.id, text, at: iso };
  }

  async retryDelivery(outboxId: number, now: Date): Promise<boolean> {
    // The lease stays: an attempt in flight finishes before another worker may claim it.
    const result = this.st<[string, number]>(
      `UPDATE outbox SET status = 'pending', next_attempt_at = ?
       WHERE id = ? AND status IN ('pending', 'failed')`,
    ).run(now.toISOString(), outboxId);
    return result.changes > 0;
  }

  async getPasswordHash(): Promise<string | undefined> {
    const row = this.st<[string], { value: string | null }>(
      'SELECT value FROM console_settings WHERE key = ?',
    ).get(PASSWORD_KEY);
    return row?.value ?? undefined;
  }

  async setPasswordHash(hash: string, at: Date): Promise<void> {
    const write = this.db.transaction(() => {
      this.setting(PASSWORD_KEY, hash, at);
      this.st('DELETE FROM console_sessions').run();
    });
    write.immediate();
  }

  /** Upserts one settings row; call inside a transaction. */
  private setting(key: string, value: string | null, at: Date): void {
    this.st<[string, string | null, string]>(
      `INSERT INTO console_settings (key, value, updated_at) VALUES (?, ?, ?)
       ON CONFLICT (key) DO UPDATE SET value = excluded.value, updated_at = excluded.updated_at`,
    ).run(key, value, at.toISOString());
  }

  async createSession(s: NewSession): Promise<void> {
    const write = this.db.transaction(() => {
      // The expired sessions go now and then; the table stays as small as the live ones.
      const now = s.createdAt.toISOString();
      this.st<[string, string]>(
        'DELETE FROM console_sessions WHERE expires_at <= ? OR idle_expires_at <= ?',
      ).run(now, now);
      this.st<[string, string, string, string, string]>(
        `INSERT INTO console_sessions (id_hash, csrf_token, created_at, expires_at,
           idle_expires_at) VALUES (?, ?, ?, ?, ?)`,
      ).run(...sessionValues(s, sqliteColumns));
    });
    write.immediate();
  }

  async getSession(idHash: string, now: Date): Promise<StoredSession | undefined> {
    const row = this.st<[string], SessionRow<SqliteTypes>>(
      'SELECT csrf_token, expires_at, idle_expires_at FROM console_sessions WHERE id_hash = ?',
    ).get(idHash);
    if (!row) return undefined;
    const session = liveSession(row, now, sqliteColumns);
    if (!session) await this.deleteSession(idHash);
    return session;
  }

  async touchSession(idHash: string, idleExpiresAt: Date): Promise<void> {
    // ISO 8601 times of one format compare as text.
    this.st<[string, string]>(
      'UPDATE console_sessions SET idle_expires_at = min(?, expires_at) WHERE id_hash = ?',
    ).run(idleExpiresAt.toISOString(), idHash);
  }

  async deleteSession(idHash: string): Promise<void> {
    this.st<[string]>('DELETE FROM console_sessions WHERE id_hash = ?').run(idHash);
  }

  async deleteAllSessions(): Promise<number> {
    return this.st('DELETE FROM console_sessions').run().changes;
  }

  async addCatalogVersion(json: string, at: Date, note?: string): Promise<number> {
    const offerings = offeringsIn(json);
    const write = this.db.transaction(() => {
      return this.st<[string, number, string, string | null], { version: number }>(
        `INSERT INTO catalog_versions (version, json, offerings, created_at, note)
         SELECT coalesce(max(version), 0) + 1, ?, ?, ?, ? FROM catalog_versions
         RETURNING version`,
      ).get(json, offerings, at.toISOString(), note ?? null)!.version;
    });
    return write.immediate();
  }

  async listCatalogVersions(): Promise<CatalogVersionInfo[]> {
    return this.st<[], CatalogVersionRow<SqliteTypes>>(
      `SELECT version, created_at, offerings, note FROM catalog_versions ORDER BY version DESC`,
    )
      .all()
      .map((r) => toCatalogVersion(r, sqliteColumns));
  }

  async getCatalogVersion(version: number): Promise<string | undefined> {
    return this.st<[number], { json: string }>(
      'SELECT json FROM catalog_versions WHERE version = ?',
    ).get(version)?.json;
  }

  async setActiveCatalogVersion(version: number | null, at: Date): Promise<void> {
    const write = this.db.transaction(() => {
      if (version !== null) {
        const known = this.st<[number], { n: number }>(
          'SELECT count(*) AS n FROM catalog_versions WHERE version = ?',
        ).get(version)!.n;
        if (known === 0) throw new RangeError(`Catalog version ${version} is not stored`);
      }
      this.setting(ACTIVE_CATALOG_KEY, version === null ? null : String(version), at);
    });
    write.immediate();
  }

  async getActiveCatalogVersion(): Promise<number | null> {
    const row = this.st<[string], { value: string | null }>(
      'SELECT value FROM console_settings WHERE key = ?',
    ).get(ACTIVE_CATALOG_KEY);
    return row?.value == null ? null : Number(row.value);
  }
}
