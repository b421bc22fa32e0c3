// The offer revision store's rows as each engine returns them, and the one mapping of both
// engines from row to object and from a new revision to its row. The SQL stays with each engine.
import type { Offer } from '@temadag/core';
import type { ColumnTypes, Columns } from './columns.js';
import type { AcceptanceRecord, NewRevision, StoredRevision } from './offer-types.js';

/** The columns of `offer_revisions` a read returns, in the order of {@link REVISION_COLUMNS}. */
export const REVISION_COLUMNS = `id, inquiry_id, number, revision, replaces, offer_json,
  pdf_sha256, state, created_at, valid_until, acceptance_json, declined_at, decline_reason`;

/** The columns a new revision writes, in the order of {@link revisionValues}. */
export const NEW_REVISION_COLUMNS = `id, inquiry_id, number, revision, replaces, offer_json,
  pdf_sha256, token_hash, state, created_at, valid_until`;

/** A row of `offer_revisions` as an engine with column types `C` returns it. */
export interface RevisionRow<C extends ColumnTypes> {
  id: string;
  inquiry_id: string;
  number: string;
  revision: number;
  replaces: string | null;
  offer_json: C['json'];
  pdf_sha256: string;
  state: StoredRevision['state'];
  created_at: C['instant'];
  valid_until: string;
  acceptance_json: C['json'] | null;
  declined_at: C['instant'] | null;
  decline_reason: string | null;
}

/**
 * A stored revision from its row: the one mapping of both engines.
 *
 * @param row - the row
 * @param read - the engine's column readers
 * @returns the revision, without the keys whose column is null
 */
export function toRevision<C extends ColumnTypes>(
  row: RevisionRow<C>,
  read: Columns<C>,
): StoredRevision {
  const revision: StoredRevision = {
    id: row.id,
    inquiryId: row.inquiry_id,
    number: row.number,
    revision: row.revision,
    offer: read.json(row.offer_json) as Offer,
    pdfSha256: row.pdf_sha256,
    state: row.state,
    createdAt: read.instant(row.created_at),
    validUntil: row.valid_until,
  };
  if (row.replaces !== null) revision.replaces = row.replaces;
  if (row.acceptance_json !== null) {
    revision.acceptance = read.json(row.acceptance_json) as AcceptanceRecord;
  }
  if (row.declined_at !== null) revision.declinedAt = read.instant(row.declined_at);
  if (row.decline_reason !== null) revision.declineReason = row.decline_reason;
  return revision;
}

/**
 * The parameters of a new revision's row, in the order of {@link NEW_REVISION_COLUMNS} without
 * `state` (the SQL writes `'sent'`): id, inquiry, number, revision, replaces, the offer as
 * JSON, the PDF's hash, the token's hash, the time and the last valid day.
 *
 * @param r - the revision
 * @param read - the engine's columns (for the time's form)
 * @returns ten parameters
 */
export function revisionValues<C extends ColumnTypes>(
  r: NewRevision,
  read: Columns<C>,
): [string, string, string, number, string | null, string, string, string, C['instant'], string] {
  return [
    r.id,
    r.inquiryId,
    r.number,
    r.revision,
    r.replaces ?? null,
    JSON.stringify(r.offer),
    r.pdfSha256,
    r.tokenHash,
    read.writeInstant(r.createdAt),
    r.validUntil,
  ];
}
