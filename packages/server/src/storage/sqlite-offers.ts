import type Database from 'better-sqlite3';
import type { Offer } from '@temadag/core';
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

interface RevisionRow {
  id: string;
  inquiry_id: string;
  number: string;
  revision: number;
  replaces: string | null;
  offer_json: string;
  pdf_sha256: string;
  state: StoredRevision['state'];
  created_at: string;
  valid_until: string;
  acceptance_json: string | null;
  declined_at: string | null;
  decline_reason: string | null;
}

const COLUMNS = `id, inquiry_id, number, revision, replaces, offer_json, pdf_sha256, state,
  created_at, valid_until, acceptance_json, declined_at, decline_reason`;

function toRevision(row: RevisionRow): StoredRevision {
  const revision: StoredRevision = {
    id: row.id,
    inquiryId: row.inquiry_id,
    number: row.number,
    revision: row.revision,
    offer: JSON.parse(row.offer_json) as Offer,
    pdfSha256: row.pdf_sha256,
    state: row.state,
    createdAt: row.created_at,
    validUntil: row.valid_until,
  };
  if (row.replaces !== null) revision.replaces = row.replaces;
  if (row.acceptance_json !== null) {
    revision.acceptance = JSON.parse(row.acceptance_json) as AcceptanceRecord;
  }
  if (row.declined_at !== null) revision.declinedAt = row.declined_at;
  if (row.decline_reason !== null) revision.declineReason = row.decline_reason;
  return revision;
}

/**
 * The offer revisions on SQLite ({@link OfferStorage}), a base of `SqliteStorage`. Every write
 * is one `BEGIN IMMEDIATE` transaction on the one connection, so a conditional update sees
 * the last committed state: of concurrent accepts exactly one finds the revision `sent`.
 */
export abstract class SqliteOffers extends SqliteConsole implements OfferStorage {
  private readonly offerStatements = new Map<string, Database.Statement>();

  /** A prepared statement, made once per SQL text. */
  private sql<P extends unknown[] = unknown[], R = unknown>(
    text: string,
  ): Database.Statement<P, R> {
    let statement = this.offerStatements.get(text);
    if (!statement || !statement.database.open) {
      statement = this.db.prepare(text);
      this.offerStatements.set(text, statement);
    }
    return statement as unknown as Database.Statement<P, R>;
  }

  async createOfferRevision(r: NewRevision): Promise<CreateRevisionResult> {
    const write = this.db.transaction((): CreateRevisionResult => {
      const found = this.sql<[string], { status: InquiryStatus }>(
        'SELECT status FROM inquiries WHERE id = ?',
      ).get(r.inquiryId);
      if (!found) return 'no-inquiry';
      const taken = this.sql<[string, number], { n: number }>(
        'SELECT count(*) AS n FROM offer_revisions WHERE inquiry_id = ? AND revision = ?',
      ).get(r.inquiryId, r.revision)!.n;
      if (taken > 0) return 'conflict';
      const at = r.createdAt.toISOString();
      this.sql(
        `UPDATE offer_revisions SET state = 'superseded' WHERE inquiry_id = ? AND state = 'sent'`,
      ).run(r.inquiryId);
      this.sql(
        `INSERT INTO offer_revisions (id, inquiry_id, number, revision, replaces, offer_json,
           pdf_sha256, token_hash, state, created_at, valid_until)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, 'sent', ?, ?)`,
      ).run(
        r.id,
        r.inquiryId,
        r.number,
        r.revision,
        r.replaces ?? null,
        JSON.stringify(r.offer),
        r.pdfSha256,
        r.tokenHash,
        at,
        r.validUntil,
      );
      this.queue(r.inquiryId, r.id, r.deliveries, at);
      if (r.status && r.status.from.includes(found.status)) {
        this.moveStatus(r.inquiryId, r.status.to, at);
      }
      return 'created';
    });
    return write.immediate();
  }

  async listOfferRevisions(inquiryId: string): Promise<StoredRevision[]> {
    return this.sql<[string], RevisionRow>(
      `SELECT ${COLUMNS} FROM offer_revisions WHERE inquiry_id = ? ORDER BY revision DESC`,
    )
      .all(inquiryId)
      .map(toRevision);
  }

  async getOfferRevision(inquiryId: string, revision: number): Promise<StoredRevision | undefined> {
    const row = this.sql<[string, number], RevisionRow>(
      `SELECT ${COLUMNS} FROM offer_revisions WHERE inquiry_id = ? AND revision = ?`,
    ).get(inquiryId, revision);
    return row && toRevision(row);
  }

  async findOfferRevision(tokenHash: string): Promise<StoredRevision | undefined> {
    const row = this.sql<[string], RevisionRow>(
      `SELECT ${COLUMNS} FROM offer_revisions WHERE token_hash = ?`,
    ).get(tokenHash);
    return row && toRevision(row);
  }

  async acceptOfferRevision(
    input: RevisionAnswer,
    acceptance: AcceptanceRecord,
  ): Promise<AnswerResult> {
    return this.answer(input, 'aftalt', () =>
      this.sql<[string, string], RevisionRow>(
        `UPDATE offer_revisions SET state = 'accepted', acceptance_json = ?
         WHERE token_hash = ? AND state = 'sent' RETURNING ${COLUMNS}`,
      ).get(JSON.stringify(acceptance), input.tokenHash),
    );
  }

  async declineOfferRevision(input: RevisionAnswer, reason?: string): Promise<AnswerResult> {
    return this.answer(input, 'afvist', (at) =>
      this.sql<[string, string | null, string], RevisionRow>(
        `UPDATE offer_revisions SET state = 'declined', declined_at = ?, decline_reason = ?
         WHERE token_hash = ? AND state = 'sent' RETURNING ${COLUMNS}`,
      ).get(at, reason ?? null, input.tokenHash),
    );
  }

  async offerSecret(candidate: string, at: Date): Promise<string> {
    const write = this.db.transaction(() => {
      this.sql(
        `INSERT INTO console_settings (key, value, updated_at) VALUES (?, ?, ?)
         ON CONFLICT (key) DO NOTHING`,
      ).run(OFFER_SECRET_KEY, candidate, at.toISOString());
      return this.sql<[string], { value: string }>(
        'SELECT value FROM console_settings WHERE key = ?',
      ).get(OFFER_SECRET_KEY)!.value;
    });
    return write.immediate();
  }

  /** The conditional update `change`, and on success the status and deliveries, in one step. */
  private answer(
    input: RevisionAnswer,
    status: InquiryStatus,
    change: (at: string) => RevisionRow | undefined,
  ): Promise<AnswerResult> {
    const at = input.at.toISOString();
    const write = this.db.transaction((): AnswerResult => {
      const changed = change(at);
      if (!changed) {
        const row = this.sql<[string], RevisionRow>(
          `SELECT ${COLUMNS} FROM offer_revisions WHERE token_hash = ?`,
        ).get(input.tokenHash);
        return row ? { kind: 'unchanged', revision: toRevision(row) } : { kind: 'unknown' };
      }
      this.moveStatus(changed.inquiry_id, status, at);
      this.queue(changed.inquiry_id, changed.id, input.deliveries, at);
      return { kind: 'done', revision: toRevision(changed) };
    });
    return Promise.resolve(write.immediate());
  }

  /** Queues deliveries about a revision; call inside a transaction. */
  private queue(inquiryId: string, revisionId: string, list: OfferDelivery[], at: string): void {
    const insert = this.sql(
      `INSERT INTO outbox (inquiry_id, channel, next_attempt_at, created_at, revision_id, payload)
       VALUES (?, ?, ?, ?, ?, ?)`,
    );
    for (const d of list) insert.run(inquiryId, d.channel, at, at, revisionId, d.payload ?? null);
  }

  /** Sets an inquiry's status with its history entry; call inside a transaction. */
  private moveStatus(inquiryId: string, status: InquiryStatus, at: string): void {
    this.sql('UPDATE inquiries SET status = ? WHERE id = ?').run(status, inquiryId);
    this.sql('INSERT INTO inquiry_status_history (inquiry_id, status, at) VALUES (?, ?, ?)').run(
      inquiryId,
      status,
      at,
    );
  }
}
