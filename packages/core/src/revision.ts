/**
 * The life of an offer after the inquiry: revision numbers and the acceptance record.
 *
 * @module
 */
import { formatDate, formatTime } from './format.js';
import type { Locale } from './locale.js';

/**
 * The number of a revision: revision 1 is the base number itself, revision n ≥ 2 is
 * `<base>-<n>`.
 *
 * @param base - the inquiry's offer number, e.g. `T-2027-0042`
 * @param revision - the revision, a whole number from 1
 * @returns the revision's number
 * @throws RangeError when `revision` is not a whole number from 1
 * @example
 * ```ts
 * revisionNumber('T-2027-0042', 1); // 'T-2027-0042'
 * revisionNumber('T-2027-0042', 2); // 'T-2027-0042-2'
 * ```
 */
export function revisionNumber(base: string, revision: number): string {
  if (!Number.isSafeInteger(revision) || revision < 1) {
    throw new RangeError(`revision must be a whole number from 1: ${revision}`);
  }
  return revision === 1 ? base : `${base}-${revision}`;
}

/**
 * The record of a customer accepting one revision of an offer: who, when, which revision and
 * which PDF bytes (their SHA-256), and the references the buyer added when accepting.
 *
 * @example
 * ```ts
 * const acceptance: Acceptance = {
 *   name: 'Mette Hansen',
 *   title: 'Afdelingsleder',
 *   acceptedAt: '2027-01-05T13:03:00.000Z',
 *   number: 'T-2027-0042-2',
 *   pdfSha256: 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855',
 *   orderReference: 'PO-7781',
 * };
 * ```
 */
export interface Acceptance {
  /** Name of the person who accepted. */
  name: string;
  /** Their title (job title), stated with their confirmation that they may commit the buyer. */
  title: string;
  /** The moment of acceptance, ISO 8601 in UTC. */
  acceptedAt: string;
  /** The accepted revision's number. */
  number: string;
  /** SHA-256 of the accepted revision's PDF bytes, lowercase hex. */
  pdfSha256: string;
  /** The buyer's order or requisition number, when given. */
  orderReference?: string;
  /** The buyer's EAN (GLN) given when accepting, when the offer had none. */
  ean?: string;
}

const copenhagenClock = new Intl.DateTimeFormat('en-CA', {
  timeZone: 'Europe/Copenhagen',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});

/**
 * The wall-clock date and time of an instant in Europe/Copenhagen.
 *
 * @param instant - a moment, or its ISO 8601 text
 * @returns `date` as `YYYY-MM-DD` and `time` as `HH:MM`, Copenhagen time
 * @throws RangeError when the instant is not a valid date
 * @example
 * ```ts
 * copenhagenDateTime('2027-01-05T13:03:00Z'); // { date: '2027-01-05', time: '14:03' }
 * copenhagenDateTime('2027-07-05T22:30:00Z'); // { date: '2027-07-06', time: '00:30' }
 * ```
 */
export function copenhagenDateTime(instant: Date | string): { date: string; time: string } {
  const at = typeof instant === 'string' ? new Date(instant) : instant;
  if (Number.isNaN(at.getTime())) throw new RangeError(`Not a moment in time: ${String(instant)}`);
  const parts = Object.fromEntries(copenhagenClock.formatToParts(at).map((p) => [p.type, p.value]));
  return {
    date: `${parts.year}-${parts.month}-${parts.day}`,
    time: `${parts.hour}:${parts.minute}`,
  };
}

/**
 * Formats an instant for reading as Copenhagen wall-clock time: the acceptance time on the PDF,
 * the offer page and in the UBL note.
 *
 * @param instant - a moment, or its ISO 8601 text
 * @param locale - the language
 * @returns e.g. `5. januar 2027 kl. 14.03` or `5 January 2027, 14:03`
 * @example
 * ```ts
 * formatCopenhagenTime('2027-01-05T13:03:00Z', 'da'); // '5. januar 2027 kl. 14.03'
 * formatCopenhagenTime('2027-01-05T13:03:00Z', 'en'); // '5 January 2027, 14:03'
 * ```
 */
export function formatCopenhagenTime(instant: Date | string, locale: Locale): string {
  const { date, time } = copenhagenDateTime(instant);
  const day = formatDate(date, locale);
  return locale === 'da' ? `${day} ${formatTime(time, 'da')}` : `${day}, ${formatTime(time, 'en')}`;
}

/**
 * Whole days from one calendar date to another, both `YYYY-MM-DD`.
 *
 * @param from - the earlier date
 * @param to - the later date
 * @returns the days between them (negative when `to` is earlier); NaN when either is not a
 *   real calendar date
 * @example
 * ```ts
 * calendarDaysBetween('2026-11-27', '2026-12-27'); // 30
 * calendarDaysBetween('2027-02-28', '2027-03-01'); // 1
 * ```
 */
export function calendarDaysBetween(from: string, to: string): number {
  const day = (iso: string) => {
    const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
    if (!match) return Number.NaN;
    const [y, m, d] = [Number(match[1]), Number(match[2]), Number(match[3])];
    const utc = Date.UTC(y, m - 1, d);
    // Date.UTC rolls 2027-02-30 over to March: such a date is not a calendar date.
    const back = new Date(utc);
    return back.getUTCDate() === d && back.getUTCMonth() === m - 1 ? utc / 86_400_000 : Number.NaN;
  };
  return day(to) - day(from);
}
