import type pg from 'pg';
import { UNIQUE_VIOLATION, errorCode } from './common.js';
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
import { PostgresConsole } from './postgres-console.js';
import { postgresColumns, type PostgresTypes } from './columns.js';
import {
  NEW_REVISION_COLUMNS,
  REVISION_COLUMNS,
  revisionValues,
  toRevision,
  type RevisionRow,
} from './revision-rows.js';

/** A revision's row as this engine returns it. */
type Row = RevisionRow<PostgresTypes>;

/**
 * The offer revisions on PostgreSQL ({@link OfferStorage}), a base of `PostgresStorage`.
 * Accepting and declining are one conditional `UPDATE … WHERE state = 'sent'`: under READ
 * COMMITTED a concurrent second update waits for the first one's row lock, sees the committed
 * state again and changes nothing, so however many instances answer at once, one wins.
 */
export abstract class PostgresOffers extends PostgresConsole implements OfferStorage {
  async createOfferRevision(r: NewRevision): Promise<CreateRevisionResult> {
    try {
      return await this.transaction(async (c) => {
        // The inquiry row lock orders concurrent sends of one inquiry.
        const found = await c.query<{ status: InquiryStatus }>(
          'SELECT status FROM inquiries WHERE id = $1 FOR UPDATE',
          [r.inquiryId],
        );
        const status = found.rows[0]?.status;
        if (status === undefined) return 'no-inquiry';
        await c.query(
          `UPDATE offer_revisions SET state = 'superseded'
           WHERE inquiry_id = $1 AND state = 'sent'`,
          [r.inquiryId],
        );
        await c.query(
          `INSERT INTO offer_revisions (${NEW_REVISION_COLUMNS})
           VALUES ($1, $2, $3, $4, $5, $6, $7, $8, 'sent', $9, $10)`,
          revisionValues(r, postgresColumns),
        );
        await queue(c, r.inquiryId, r.id, r.deliveries, r.createdAt);
        if (r.status && r.status.from.includes(status)) {
          await moveStatus(c, r.inquiryId, r.status.to, r.createdAt);
        }
        return 'created' as const;
      });
    } catch (error) {
      // A unique index refused the row: another send took the revision number first.
      if (errorCode(error) === UNIQUE_VIOLATION) return 'conflict';
      throw error;
    }
  }

  async listOfferRevisions(inquiryId: string): Promise<StoredRevision[]> {
    const { rows } = await this.pool.query<Row>(
      `SELECT ${REVISION_COLUMNS} FROM offer_revisions WHERE inquiry_id = $1 ORDER BY revision DESC`,
      [inquiryId],
    );
    return rows.map((row) => toRevision(row, postgresColumns));
  }

  async getOfferRevision(inquiryId: string, revision: number): Promise<StoredRevision | undefined> {
    if (!Number.isSafeInteger(revision)) return undefined;
    const { rows } = await this.pool.query<Row>(
      `SELECT ${REVISION_COLUMNS} FROM offer_revisions WHERE inquiry_id = $1 AND revision = $2`,
      [inquiryId, revision],
    );
    return rows[0] && toRevision(rows[0], postgresColumns);
  }

  async findOfferRevision(tokenHash: string): Promise<StoredRevision | undefined> {
    const { rows } = await this.pool.query<Row>(
      `SELECT ${REVISION_COLUMNS} FROM offer_revisions WHERE token_hash = $1`,
      [tokenHash],
    );
    return rows[0] && toRevision(rows[0], postgresColumns);
  }

  async acceptOfferRevision(
    input: RevisionAnswer,
    acceptance: AcceptanceRecord,
  ): Promise<AnswerResult> {
    return this.answer(input, 'aftalt', (c) =>
      c.query<Row>(
        `UPDATE offer_revisions SET state = 'accepted', acceptance_json = $2
         WHERE token_hash = $1 AND state = 'sent' RETURNING ${REVISION_COLUMNS}`,
        [input.tokenHash, JSON.stringify(acceptance)],
      ),
    );
  }

  async declineOfferRevision(input: RevisionAnswer, reason?: string): Promise<AnswerResult> {
    return this.answer(input, 'afvist', (c) =>
      c.query<Row>(
        `UPDATE offer_revisions SET state = 'declined', declined_at = $2, decline_reason = $3
         WHERE token_hash = $1 AND state = 'sent' RETURNING ${REVISION_COLUMNS}`,
        [input.tokenHash, input.at, reason ?? null],
      ),
    );
  }

  async offerSecret(candidate: string, at: Date): Promise<string> {
    const { rows } = await this.pool.query<{ value: string }>(
      `WITH put AS (
         INSERT INTO console_settings (key, value, updated_at) VALUES ($1, $2, $3)
         ON CONFLICT (key) DO NOTHING RETURNING value)
       SELECT value FROM put UNION ALL
       SELECT value FROM console_settings WHERE key = $1 AND NOT EXISTS (SELECT 1 FROM put)`,
      [OFFER_SECRET_KEY, candidate, at],
    );
    if (rows[0]) return rows[0].value;
    // Another instance stored its candidate between the two halves of the statement's snapshot.
    const again = await this.pool.query<{ value: string }>(
      'SELECT value FROM console_settings WHERE key = $1',
      [OFFER_SECRET_KEY],
    );
    return again.rows[0]!.value;
  }

  /** The conditional update `change`, and on success the status and deliveries, in one step. */
  private async answer(
    input: RevisionAnswer,
    status: InquiryStatus,
    change: (c: pg.PoolClient) => Promise<pg.QueryResult<Row>>,
  ): Promise<AnswerResult> {
    return this.transaction(async (c): Promise<AnswerResult> => {
      const changed = (await change(c)).rows[0];
      if (!changed) {
        const { rows } = await c.query<Row>(
          `SELECT ${REVISION_COLUMNS} FROM offer_revisions WHERE token_hash = $1`,
          [input.tokenHash],
        );
        return rows[0]
          ? { kind: 'unchanged', revision: toRevision(rows[0], postgresColumns) }
          : { kind: 'unknown' };
      }
      await moveStatus(c, changed.inquiry_id, status, input.at);
      await queue(c, changed.inquiry_id, changed.id, input.deliveries, input.at);
      return { kind: 'done', revision: toRevision(changed, postgresColumns) };
    });
  }
}

/** Queues deliveries about a revision, in the caller's transaction. */
async function queue(
  c: pg.PoolClient,
  inquiryId: string,
  revisionId: string,
  list: OfferDelivery[],
  at: Date,
): Promise<void> {
  if (list.length === 0) return;
  await c.query(
    `INSERT INTO outbox (inquiry_id, channel, next_attempt_at, created_at, revision_id, payload)
     SELECT $1, d.channel, $2, $2, $3, d.payload
     FROM unnest($4::text[], $5::text[]) AS d (channel, payload)`,
    [inquiryId, at, revisionId, list.map((d) => d.channel), list.map((d) => d.payload ?? null)],
  );
}

/** Sets an inquiry's status with its history entry, in the caller's transaction. */
async function moveStatus(
  c: pg.PoolClient,
  inquiryId: string,
  status: InquiryStatus,
  at: Date,
): Promise<void> {
  await c.query(
    `WITH u AS (UPDATE inquiries SET status = $2 WHERE id = $1 RETURNING id)
     INSERT INTO inquiry_status_history (inquiry_id, status, at) SELECT id, $2, $3 FROM u`,
    [inquiryId, status, at],
  );
}
