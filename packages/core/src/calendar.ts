/**
 * Calendar dates and wall-clock times in Europe/Copenhagen, wherever the caller's clock is: an
 * offer's issue date and validity, the time of an acceptance.
 *
 * @module
 */
import { addDays } from 'date-fns/addDays';
import { formatDate, formatTime } from './format.js';
import type { Locale } from './locale.js';
import type { Offer } from './offer.js';

const copenhagen = new Intl.DateTimeFormat('en-CA', {
  timeZone: 'Europe/Copenhagen',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});

/**
 * The calendar date of an instant in Europe/Copenhagen.
 *
 * @param instant - a moment
 * @returns `YYYY-MM-DD` as a Copenhagen wall calendar shows it
 * @example
 * ```ts
 * copenhagenDate(new Date('2026-11-27T23:30:00Z')); // '2026-11-28'
 * ```
 */
export function copenhagenDate(instant: Date): string {
  // Copenhagen's offset from UTC is whole hours, so the date is the same for every instant
  // of one UTC hour: remember the last hour asked for.
  const hour = Math.floor(instant.getTime() / 3_600_000);
  if (hour === lastHour.hour) return lastHour.date;
  const parts = Object.fromEntries(copenhagen.formatToParts(instant).map((p) => [p.type, p.value]));
  const date = `${parts.year}-${parts.month}-${parts.day}`;
  lastHour.hour = hour;
  lastHour.date = date;
  return date;
}
const lastHour = { hour: NaN, date: '' };

/**
 * Adds whole days to a calendar date.
 *
 * @param isoDate - `YYYY-MM-DD`
 * @param days - days to add
 * @returns the later date, `YYYY-MM-DD`
 * @example
 * ```ts
 * addCalendarDays('2026-11-27', 30); // '2026-12-27'
 * ```
 */
export function addCalendarDays(isoDate: string, days: number): string {
  if (lastDays.date === isoDate && lastDays.days === days) return lastDays.result;
  const [y, mo, d] = isoDate.split('-').map(Number);
  const later = addDays(new Date(y ?? 0, (mo ?? 1) - 1, d ?? 1), days);
  const pad = (n: number) => String(n).padStart(2, '0');
  const result = `${later.getFullYear()}-${pad(later.getMonth() + 1)}-${pad(later.getDate())}`;
  lastDays.date = isoDate;
  lastDays.days = days;
  lastDays.result = result;
  return result;
}
const lastDays = { date: '', days: NaN, result: '' };

/**
 * Whether an offer is still valid at a moment: through the end of its `validUntil` day in
 * Europe/Copenhagen, wherever the caller's clock is.
 *
 * @param offer - the offer
 * @param now - the moment to check
 * @returns true until midnight after `validUntil`, Copenhagen time
 * @example
 * ```ts
 * isOfferValid(offer, new Date()); // true or false
 * ```
 */
export function isOfferValid(offer: Pick<Offer, 'validUntil'>, now: Date): boolean {
  return copenhagenDate(now) <= offer.validUntil;
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
