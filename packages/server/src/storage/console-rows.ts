// The inquiry and console store's rows (inquiries, inbox, outbox, notes, history, sessions,
// catalog versions) as each engine returns them, and the one mapping of both engines from row
// to object (and object to row where a write needs it). The SQL stays with each engine.
import type { Inquiry, Offer } from '@temadag/core';
import type { ColumnTypes, Columns } from './columns.js';
import { inquirySummaryOf, type SummaryRow } from './common.js';
import { initialStatus } from './console-common.js';
import type {
  CatalogVersionInfo,
  InquiryDetail,
  InquiryNote,
  InquiryRow,
  InquiryStatus,
  NewSession,
  StoredSession,
} from './console-types.js';
import type { InquirySummary, OutboxItem, StoredInquiry } from './types.js';

/** The columns of a stored inquiry, in the order of {@link StoredInquiryRow}. */
export const INQUIRY_COLUMNS = 'id, reference, created_at, offering, locale, inquiry, offer';

/** The columns of an inbox row ({@link InboxRow}). */
export const INBOX_COLUMNS = `id, reference, created_at, offering, organisation, participants,
  total, status, contact_name, email, format`;

/** The columns of an outbox item with its revision and payload ({@link OutboxRow}). */
export const OUTBOX_COLUMNS = `id, inquiry_id, channel, status, attempts, next_attempt_at,
  last_error, revision_id, payload`;

/** An inquiry's row: the inquiry and its offer as JSON. */
export interface StoredInquiryRow<C extends ColumnTypes> {
  id: string;
  reference: string;
  created_at: C['instant'];
  offering: string;
  locale: 'da' | 'en';
  inquiry: C['json'];
  offer: C['json'];
}

/**
 * A stored inquiry from its row.
 *
 * @param row - the row
 * @param read - the engine's column readers
 * @returns the inquiry with its offer
 */
export function toStored<C extends ColumnTypes>(
  row: StoredInquiryRow<C>,
  read: Columns<C>,
): StoredInquiry {
  return {
    id: row.id,
    reference: row.reference,
    createdAt: read.instant(row.created_at),
    offering: row.offering,
    locale: row.locale,
    inquiry: read.json(row.inquiry) as Inquiry,
    offer: read.json(row.offer) as Offer,
  };
}

/** An outbox row; the revision and payload only where the query selects them. */
export interface OutboxRow<C extends ColumnTypes> {
  id: C['serial'];
  inquiry_id: string;
  channel: string;
  status: string;
  attempts: number;
  next_attempt_at: C['instant'];
  last_error: string | null;
  revision_id?: string | null;
  payload?: string | null;
}

/**
 * An outbox item from its row.
 *
 * @param row - the row
 * @param read - the engine's column readers
 * @returns the item, without the keys whose column is null or not selected
 */
export function toOutboxItem<C extends ColumnTypes>(
  row: OutboxRow<C>,
  read: Columns<C>,
): OutboxItem {
  const item: OutboxItem = {
    id: read.serial(row.id),
    inquiryId: row.inquiry_id,
    channel: row.channel as OutboxItem['channel'],
    attempts: row.attempts,
    status: row.status as OutboxItem['status'],
    nextAttemptAt: read.instant(row.next_attempt_at),
  };
  if (row.last_error !== null) item.lastError = row.last_error;
  if (row.revision_id != null) item.revisionId = row.revision_id;
  if (row.payload != null) item.payload = row.payload;
  return item;
}

/** An inbox row: the list row ({@link SummaryRow}) and what the inbox shows besides. */
export interface InboxRow extends SummaryRow {
  status: InquiryStatus;
  contact_name: string;
  email: string;
  format: string;
}

/**
 * An inbox item from its row and the deliveries of its page.
 *
 * @param row - the row
 * @param deliveries - the page's deliveries by inquiry id (`groupDeliveries`)
 * @returns the item
 */
export function toInboxItem(
  row: InboxRow,
  deliveries: Map<string, InquirySummary['deliveries']>,
): InquiryRow {
  return {
    ...inquirySummaryOf(row, deliveries),
    status: row.status,
    contactName: row.contact_name,
    email: row.email,
    format: row.format,
  };
}

/** An inquiry's row as the detail page reads it. */
export interface DetailRow<C extends ColumnTypes> extends StoredInquiryRow<C> {
  status: InquiryStatus;
  catalog_version: number | null;
}

/** The columns of a {@link DetailRow}. */
export const DETAIL_COLUMNS = `${INQUIRY_COLUMNS}, status, catalog_version`;

/** A status change's row. */
export interface HistoryRow<C extends ColumnTypes> {
  status: InquiryStatus;
  at: C['instant'];
}

/** A note's row. */
export interface NoteRow<C extends ColumnTypes> {
  id: C['serial'];
  text: string;
  at: C['instant'];
}

/**
 * A note from its row.
 *
 * @param row - the row
 * @param read - the engine's column readers
 * @returns the note
 */
export function toNote<C extends ColumnTypes>(row: NoteRow<C>, read: Columns<C>): InquiryNote {
  return { id: read.serial(row.id), text: row.text, at: read.instant(row.at) };
}

/**
 * The detail page's inquiry from the rows of one snapshot.
 *
 * @param found - the inquiry's row, its status history, notes and outbox rows, oldest first
 * @param read - the engine's column readers
 * @returns the detail; the history starts with the implied `ny` at the inquiry's time
 */
export function toDetail<C extends ColumnTypes>(
  found: {
    row: DetailRow<C>;
    history: HistoryRow<C>[];
    notes: NoteRow<C>[];
    outbox: OutboxRow<C>[];
  },
  read: Columns<C>,
): InquiryDetail {
  const { row, history, notes, outbox } = found;
  const stored = toStored(row, read);
  return {
    ...stored,
    status: row.status,
    statusHistory: [
      initialStatus(stored.createdAt),
      ...history.map((h) => ({ status: h.status, at: read.instant(h.at) })),
    ],
    notes: notes.map((n) => toNote(n, read)),
    deliveries: outbox.map((o) => toOutboxItem(o, read)),
    catalogVersion: row.catalog_version,
  };
}

/** A session's row. */
export interface SessionRow<C extends ColumnTypes> {
  csrf_token: string;
  expires_at: C['instant'];
  idle_expires_at: C['instant'];
}

/**
 * A live session from its row.
 *
 * @param row - the row
 * @param read - the engine's column readers
 * @returns the session
 */
export function toSession<C extends ColumnTypes>(
  row: SessionRow<C>,
  read: Columns<C>,
): StoredSession {
  return {
    csrfToken: row.csrf_token,
    expiresAt: read.instant(row.expires_at),
    idleExpiresAt: read.instant(row.idle_expires_at),
  };
}

/**
 * The session of a row while it lives, the same on both engines: undefined once its absolute or
 * its idle expiry is not after `now` (the caller then deletes the row).
 *
 * @param row - the row
 * @param now - the time of the request
 * @param read - the engine's column readers
 * @returns the session, or undefined when it has run out
 */
export function liveSession<C extends ColumnTypes>(
  row: SessionRow<C>,
  now: Date,
  read: Columns<C>,
): StoredSession | undefined {
  const session = toSession(row, read);
  // ISO 8601 times of one format compare as text.
  const at = now.toISOString();
  return session.expiresAt <= at || session.idleExpiresAt <= at ? undefined : session;
}

/**
 * The parameters of a new session's row, in the order id hash, CSRF token, created, expires,
 * idle expires.
 *
 * @param s - the session
 * @param read - the engine's columns (for the times' form)
 * @returns five parameters
 */
export function sessionValues<C extends ColumnTypes>(
  s: NewSession,
  read: Columns<C>,
): [string, string, C['instant'], C['instant'], C['instant']] {
  return [
    s.idHash,
    s.csrfToken,
    read.writeInstant(s.createdAt),
    read.writeInstant(s.expiresAt),
    read.writeInstant(s.idleExpiresAt),
  ];
}

/** A catalog version's row, without its JSON. */
export interface CatalogVersionRow<C extends ColumnTypes> {
  version: number;
  created_at: C['instant'];
  offerings: number;
  note: string | null;
}

/**
 * A catalog version's facts from its row.
 *
 * @param row - the row
 * @param read - the engine's column readers
 * @returns the version, without `note` when it has none
 */
export function toCatalogVersion<C extends ColumnTypes>(
  row: CatalogVersionRow<C>,
  read: Columns<C>,
): CatalogVersionInfo {
  const info: CatalogVersionInfo = {
    version: row.version,
    createdAt: read.instant(row.created_at),
    offerings: row.offerings,
  };
  if (row.note !== null) info.note = row.note;
  return info;
}
