import type Database from 'better-sqlite3';
import type pg from 'pg';
import type { Inquiry } from '@temadag/core';
import { inboxColumns } from './console-common.js';

/** Rows per batch of the PostgreSQL backfill. */
const BATCH = 500;

/**
 * Migration 4 on SQLite: fills the inbox columns (contact name, email, format, search text) of
 * the inquiries stored before them, from their JSON. Runs inside the migration's transaction.
 *
 * @param db - the open database
 * @example
 * ```ts
 * backfillInboxSqlite(db);
 * ```
 */
export function backfillInboxSqlite(db: Database.Database): void {
  const update = db.prepare<[string, string, string, string, string]>(
    `UPDATE inquiries SET contact_name = ?, email = ?, format = ?, search_text = ? WHERE id = ?`,
  );
  const rows = db
    .prepare<[], { id: string; reference: string; inquiry: string }>(
      'SELECT id, reference, inquiry FROM inquiries',
    )
    .all();
  for (const row of rows) {
    const c = inboxColumns(row.reference, JSON.parse(row.inquiry) as Inquiry);
    update.run(c.contactName, c.email, c.format, c.searchText, row.id);
  }
}

/**
 * Migration 4 on PostgreSQL: as {@link backfillInboxSqlite}, in batches (one statement per
 * batch), on the migration's client and transaction.
 *
 * @param client - the client holding the migration's transaction
 * @example
 * ```ts
 * await backfillInboxPostgres(client);
 * ```
 */
export async function backfillInboxPostgres(client: pg.ClientBase): Promise<void> {
  let after = '';
  for (;;) {
    const { rows } = await client.query<{ id: string; reference: string; inquiry: Inquiry }>(
      'SELECT id, reference, inquiry FROM inquiries WHERE id > $1 ORDER BY id LIMIT $2',
      [after, BATCH],
    );
    if (rows.length === 0) return;
    const columns = rows.map((r) => inboxColumns(r.reference, r.inquiry));
    await client.query(
      `UPDATE inquiries AS i SET contact_name = v.name, email = v.email, format = v.format,
         search_text = v.search
       FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[])
         AS v(id, name, email, format, search)
       WHERE i.id = v.id`,
      [
        rows.map((r) => r.id),
        columns.map((c) => c.contactName),
        columns.map((c) => c.email),
        columns.map((c) => c.format),
        columns.map((c) => c.searchText),
      ],
    );
    if (rows.length < BATCH) return;
    after = rows[rows.length - 1]!.id;
  }
}
