import { OFFER_SECRET_KEY } from './console-common.js';
import type { InquiryStatus } from './console-types.js';
import type {
  AcceptanceRecord,
  AnswerResult,
  CreateRevisionResult,
  NewRevision,
  OfferDelivery,
  OfferStorage,
  RevisionAnswer,
  StoredRevision,
} from './offer-types.js';
import { SqliteConsole } from './sqlite-console.js';
import { sqliteColumns, type SqliteTypes } from './columns.js';
import {
  NEW_REVISION_COLUMNS,
  REVISION_COLUMNS,
  revisionValues,
  toRevision,
  type RevisionRow,
} from './revision-rows.js';

/** A revision's row as this engine returns it. */
type Row = RevisionRow<SqliteTypes>;

/**
 * The offer revisions on SQLite ({@link OfferStorage}), a base of `SqliteStorage`. Every write
 * is one `BEGIN IMMEDIATE` transaction on the one connection, so a conditional update sees
 * the last committed state: of concurrent accepts exactly one finds the revision `sent`.
 */
export abstract class SqliteOffers extends SqliteConsole implements OfferStorage {
  async createOfferRevision(r: NewRevision): Promise<CreateRevisionResult> {
    const write = this.db.transaction((): CreateRevisionResult => {
      const found = this.st<[string], { status: InquiryStatus }>(
        'SELECT status FROM inquiries WHERE id = ?',
      ).get(r.inquiryId);
      if (!found) return 'no-inquiry';
      const taken = this.st<[string, number], { n: number }>(
        'SELECT count(*) AS n FROM offer_revisions WHERE inquiry_id = ? AND revision = ?',
      ).get(r.inquiryId, r.revision)!.n;
      if (taken > 0) return 'conflict';
      const at = r.createdAt.toISOString();
      this.st(
        `UPDATE offer_revisions SET state = 'superseded' WHERE inquiry_id = ? AND state = 'sent'`,
      ).run(r.inquiryId);
      this.st(
        `INSERT INTO offer_revisions (${NEW_REVISION_COLUMNS})
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, 'sent', ?, ?)`,
      ).run(...revisionValues(r, sqliteColumns));
      this.queue(r.inquiryId, r.id, r.deliveries, at);
      if (r.status && r.status.from.includes(found.status)) {
        this.moveStatus(r.inquiryId, r.status.to, at);
      }
      return 'created';
    });
    return write.immediate();
  }

  async listOfferRevisions(inquiryId: string): Promise<StoredRevision[]> {
    return this.st<[string], Row>(
      `SELECT ${REVISION_COLUMNS} FROM offer_revisions WHERE inquiry_id = ? ORDER BY revision DESC`,
    )
      .all(inquiryId)
      .map((row) => toRevision(row, sqliteColumns));
  }

  async getOfferRevision(inquiryId: string, revision: number): Promise<StoredRevision | undefined> {
    const row = this.st<[string, number], Row>(
      `SELECT ${REVISION_COLUMNS} FROM offer_revisions WHERE inquiry_id = ? AND revision = ?`,
    ).get(inquiryId, revision);
    return row && toRevision(row, sqliteColumns);
  }

  async findOfferRevision(tokenHash: string): Promise<StoredRevision | undefined> {
    const row = this.st<[string], Row>(
      `SELECT ${REVISION_COLUMNS} FROM offer_revisions WHERE token_hash = ?`,
    ).get(tokenHash);
    return row && toRevision(row, sqliteColumns);
  }

  async acceptOfferRevision(
    input: RevisionAnswer,
    acceptance: AcceptanceRecord,
  ): Promise<AnswerResult> {
    return this.answer(input, 'aftalt', () =>
      this.st<[string, string], Row>(
        `UPDATE offer_revisions SET state = 'accepted', acceptance_json = ?
         WHERE token_hash = ? AND state = 'sent' RETURNING ${REVISION_COLUMNS}`,
      ).get(JSON.stringify(acceptance), input.tokenHash),
    );
  }

  async declineOfferRevision(input: RevisionAnswer, reason?: string): Promise<AnswerResult> {
    return this.answer(input, 'afvist', (at) =>
      this.st<[string, string | null, string], Row>(
        `UPDATE offer_revisions SET state = 'declined', declined_at = ?, decline_reason = ?
         WHERE token_hash = ? AND state = 'sent' RETURNING ${REVISION_COLUMNS}`,
      ).get(at, reason ?? null, input.tokenHash),
    );
  }

  async offerSecret(candidate: string, at: Date): Promise<string> {
    const write = this.db.transaction(() => {
      this.st(
        `INSERT INTO console_settings (key, value, updated_at) VALUES (?, ?, ?)
         ON CONFLICT (key) DO NOTHING`,
      ).run(OFFER_SECRET_KEY, candidate, at.toISOString());
      return this.st<[string], { value: string }>(
        'SELECT value FROM console_settings WHERE key = ?',
      ).get(OFFER_SECRET_KEY)!.value;
    });
    return write.immediate();
  }

  /** The conditional update `change`, and on success the status and deliveries, in one step. */
  private answer(
    input: RevisionAnswer,
    status: InquiryStatus,
    change: (at: string) => Row | undefined,
  ): Promise<AnswerResult> {
    const at = input.at.toISOString();
    const write = this.db.transaction((): AnswerResult => {
      const changed = change(at);
      if (!changed) {
        const row = this.st<[string], Row>(
          `SELECT ${REVISION_COLUMNS} FROM offer_revisions WHERE token_hash = ?`,
        ).get(input.tokenHash);
        return row
          ? { kind: 'unchanged', revision: toRevision(row, sqliteColumns) }
          : { kind: 'unknown' };
      }
      this.moveStatus(changed.inquiry_id, status, at);
      this.queue(changed.inquiry_id, changed.id, input.deliveries, at);
      return { kind: 'done', revision: toRevision(changed, sqliteColumns) };
    });
    return Promise.resolve(write.immediate());
  }

  /** Queues deliveries about a revision; call inside a transaction. */
  private queue(inquiryId: string, revisionId: string, list: OfferDelivery[], at: string): void {
    const insert = this.st(
      `INSERT INTO outbox (inquiry_id, channel, next_attempt_at, created_at, revision_id, payload)
       VALUES (?, ?, ?, ?, ?, ?)`,
    );
    for (const d of list) insert.run(inquiryId, d.channel, at, at, revisionId, d.payload ?? null);
  }

  /** Sets an inquiry's status with its history entry; call inside a transaction. */
  private moveStatus(inquiryId: string, status: InquiryStatus, at: string): void {
    this.st('UPDATE inquiries SET status = ? WHERE id = ?').run(status, inquiryId);
    this.st('INSERT INTO inquiry_status_history (inquiry_id, status, at) VALUES (?, ?, ?)').run(
      inquiryId,
      status,
      at,
    );
  }
}
