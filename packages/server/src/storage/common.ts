import { copenhagenDate, formatOfferNumber } from '@temadag/core';
import type { Offer } from '@temadag/core';
import type {
  Channel,
  InquirySummary,
  NewInquiry,
  OutboxStatus,
  StorageLog,
  StoredInquiry,
} from './types.js';

/** Idempotency keys are remembered this long by default. */
export const DEFAULT_IDEMPOTENCY_TTL_MS = 24 * 60 * 60 * 1000;
/** Housekeeping (expired idempotency keys, old rate-limit windows) runs at most this often. */
export const HOUSEKEEPING_INTERVAL_MS = 60 * 1000;
/** Rows per page when exporting. */
export const EXPORT_PAGE_SIZE = 200;
export const DEFAULT_LIST_LIMIT = 100;
export const MAX_LIST_LIMIT = 1000;
/** Outbox errors are cut to this length. */
export const MAX_ERROR_LENGTH = 1000;

export const noLog: StorageLog = () => {};

/** The year of a reference: the calendar year in Copenhagen, as for offer numbers. */
export function referenceYear(createdAt: Date): number {
  return Number(copenhagenDate(createdAt).slice(0, 4));
}

/** `H-2026-0042`. */
export function formatReference(year: number, sequence: number): string {
  return formatOfferNumber('H-{YYYY}-{NNNN}', year, sequence);
}

/**
 * An inquiry's reference: its offer number when the provider's pattern holds the year (so the
 * visitor, the confirmation and the provider share one number), else `H-YYYY-NNNN`: a
 * pattern without `{YYYY}` repeats its numbers each year, and references must be unique.
 *
 * @param pattern - the provider's `offerNumberPattern`, if known
 * @param year - the reference year ({@link referenceYear})
 * @param sequence - the year's sequence number
 * @returns e.g. `T-2026-0042`
 */
export function inquiryReference(
  pattern: string | undefined,
  year: number,
  sequence: number,
): string {
  return pattern?.includes('{YYYY}')
    ? formatOfferNumber(pattern, year, sequence)
    : formatReference(year, sequence);
}

/** Start (ms since the epoch) of the fixed window of `windowMs` that holds `now`. */
export function windowStartOf(now: Date, windowMs: number): number {
  if (!Number.isFinite(windowMs) || windowMs <= 0) {
    throw new RangeError('windowMs must be a positive number');
  }
  const t = now.getTime();
  return t - (((t % windowMs) + windowMs) % windowMs);
}

export function clampLimit(limit: number | undefined): number {
  if (limit === undefined || !Number.isFinite(limit)) return DEFAULT_LIST_LIMIT;
  return Math.min(MAX_LIST_LIMIT, Math.max(1, Math.floor(limit)));
}

export function clampOffset(offset: number | undefined): number {
  if (offset === undefined || !Number.isFinite(offset)) return 0;
  return Math.max(0, Math.floor(offset));
}

export function clampError(error: string): string {
  return error.length > MAX_ERROR_LENGTH ? error.slice(0, MAX_ERROR_LENGTH) : error;
}

/** PostgreSQL's SQLSTATE for a row that a unique index refused (`unique_violation`). */
export const UNIQUE_VIOLATION = '23505';

/**
 * The inquiry `createInquiry` stores and returns, the same on both engines: the new inquiry
 * with the reference and the offer the storage gave it.
 *
 * @param n - the new inquiry
 * @param reference - its reference ({@link inquiryReference})
 * @param offer - its offer, made for that reference
 * @returns the stored inquiry
 */
export function storedInquiry(n: NewInquiry, reference: string, offer: Offer): StoredInquiry {
  return {
    id: n.id,
    reference,
    createdAt: n.createdAt.toISOString(),
    offering: n.offering,
    locale: n.locale,
    inquiry: n.inquiry,
    offer,
  };
}

/** A code that is safe to log for an error: never its message, which may quote data. */
export function errorCode(error: unknown): string {
  if (typeof error === 'object' && error !== null) {
    const code = (error as { code?: unknown }).code;
    if (typeof code === 'string') return code;
    if (error instanceof Error) return error.name;
  }
  return 'unknown';
}

/** Says when housekeeping is due; per process, which is fine for cleanup (not correctness). */
export class Housekeeping {
  private last = Number.NEGATIVE_INFINITY;
  due(nowMs: number): boolean {
    if (nowMs - this.last < HOUSEKEEPING_INTERVAL_MS && nowMs >= this.last) return false;
    this.last = nowMs;
    return true;
  }
}

export interface DeliveryRow {
  inquiry_id: string;
  channel: string;
  status: string;
  attempts: number | string;
  last_error: string | null;
}

/** The columns of an inquiry's list row, as both engines read them. */
export interface SummaryRow {
  id: string;
  reference: string;
  /** ISO text (SQLite, PostgreSQL JSON) or a Date (PostgreSQL timestamptz). */
  created_at: string | Date;
  offering: string;
  organisation: string;
  participants: number;
  /** Øre; PostgreSQL's bigint arrives as text. */
  total: number | string;
}

/**
 * An inquiry's list row with its deliveries: the one mapping of both engines' list and inbox
 * queries.
 *
 * @param r - the row
 * @param deliveries - the deliveries by inquiry id ({@link groupDeliveries})
 * @returns the summary
 */
export function inquirySummaryOf(
  r: SummaryRow,
  deliveries: Map<string, InquirySummary['deliveries']>,
): InquirySummary {
  return {
    id: r.id,
    reference: r.reference,
    createdAt: new Date(r.created_at).toISOString(),
    offering: r.offering,
    organisation: r.organisation,
    participants: r.participants,
    total: Number(r.total),
    deliveries: deliveries.get(r.id) ?? [],
  };
}

/** Groups outbox rows by inquiry id, in the order given. */
export function groupDeliveries(rows: DeliveryRow[]): Map<string, InquirySummary['deliveries']> {
  const map = new Map<string, InquirySummary['deliveries']>();
  for (const row of rows) {
    let list = map.get(row.inquiry_id);
    if (!list) map.set(row.inquiry_id, (list = []));
    const delivery: InquirySummary['deliveries'][number] = {
      channel: row.channel as Channel,
      status: row.status as OutboxStatus,
      attempts: Number(row.attempts),
    };
    if (row.last_error !== null) delivery.lastError = row.last_error;
    list.push(delivery);
  }
  return map;
}

const jsonTexts = new WeakMap<object, string>();

/**
 * `JSON.stringify` of a frozen object, made once and remembered: the offer snapshot goes into
 * the inquiry row and into the HTTP response, and is serialised only once for both. Objects
 * that are not frozen are serialised every time (they could change).
 *
 * @param value - a JSON value
 * @returns its JSON text
 */
export function jsonOnce(value: object): string {
  if (!Object.isFrozen(value)) return JSON.stringify(value);
  let text = jsonTexts.get(value);
  if (text === undefined) jsonTexts.set(value, (text = JSON.stringify(value)));
  return text;
}
