/**
 * Wanted dates of a theme day: one parser and one rule for past dates, shared by the widget,
 * the server's inquiry check and the CLI's `--date`.
 *
 * @module
 */

/** `dd.mm.åååå` (day and month may have one digit) or ISO `åååå-mm-dd`. */
const DATE = /^(?:(\d{1,2})\.(\d{1,2})\.(\d{4})|(\d{4})-(\d{2})-(\d{2}))$/;

const pad = (n: number) => String(n).padStart(2, '0');

/** The time zone whose calendar decides what "today" is: the provider works in Denmark. */
export const DATE_TIME_ZONE = 'Europe/Copenhagen';

/** The last answer of {@link todayInDenmark} and the minute (since 1970) it is for. */
let today: [minute: number, date: string] | undefined;

/**
 * Reads a date written the Danish way, `dd.mm.åååå` (`15.03.2027`, also `5.3.2027`), or as ISO
 * (`2027-03-15`), with a four-digit year from 1000. Every example in a message about dates is
 * one of these.
 *
 * @param text - the date as typed (surrounding blanks are ignored)
 * @returns the date as `YYYY-MM-DD`, or undefined when it is no real calendar date
 * @example
 * ```ts
 * parseDate('15.03.2027'); // '2027-03-15'
 * parseDate('2027-03-15'); // '2027-03-15'
 * parseDate('30.02.2027'); // undefined
 * ```
 */
export function parseDate(text: string): string | undefined {
  const m = DATE.exec(text.trim());
  if (!m) return undefined;
  const [year, month, day] = (m[3] ? [m[3], m[2], m[1]] : [m[4], m[5], m[6]]).map(Number) as [
    number,
    number,
    number,
  ];
  // A real calendar date survives the round trip through Date (31.02 would become 03.03).
  const iso = `${year}-${pad(month)}-${pad(day)}`;
  return year >= 1000 && new Date(Date.UTC(year, month - 1, day)).toISOString().startsWith(iso)
    ? iso
    : undefined;
}

/**
 * The calendar date of a moment in Denmark ({@link DATE_TIME_ZONE}), where the provider works.
 *
 * @param now - the moment
 * @returns `YYYY-MM-DD`
 * @example
 * ```ts
 * todayInDenmark(new Date('2026-11-27T23:30:00Z')); // '2026-11-28'
 * ```
 */
export function todayInDenmark(now: Date): string {
  // Worked out once a minute: the widget asks on every render (the date picker's `min`), and
  // an Intl.DateTimeFormat costs far more than this. Copenhagen's offset from UTC has been
  // whole hours since 1894, so its day changes only when a minute does.
  const minute = Math.floor(now.getTime() / 60_000);
  if (today?.[0] !== minute) {
    // en-CA formats as YYYY-MM-DD.
    today = [minute, new Intl.DateTimeFormat('en-CA', { timeZone: DATE_TIME_ZONE }).format(now)];
  }
  return today[1];
}

/**
 * The one rule for wanted dates: only days after today (in Denmark) can be chosen; today and
 * earlier are past for planning a theme day.
 *
 * @param iso - the wanted date, `YYYY-MM-DD`
 * @param now - the moment of the check (pass the clock in)
 * @returns true for tomorrow and later
 * @example
 * ```ts
 * isWantedDateAllowed('2026-11-28', new Date('2026-11-27T10:00:00Z')); // true
 * isWantedDateAllowed('2026-11-27', new Date('2026-11-27T10:00:00Z')); // false
 * ```
 */
export function isWantedDateAllowed(iso: string, now: Date): boolean {
  return iso > todayInDenmark(now);
}

/**
 * The first date {@link isWantedDateAllowed} accepts: tomorrow in Denmark, for a date
 * picker's `min`.
 *
 * @param now - the moment
 * @returns `YYYY-MM-DD`
 * @example
 * ```ts
 * firstWantedDate(new Date('2026-11-27T10:00:00Z')); // '2026-11-28'
 * ```
 */
export function firstWantedDate(now: Date): string {
  // Date.parse reads YYYY-MM-DD as midnight UTC, so one day on is tomorrow's date.
  return new Date(Date.parse(todayInDenmark(now)) + 86_400_000).toISOString().slice(0, 10);
}

/**
 * Writes an ISO date the Danish way, as {@link parseDate} reads it back.
 *
 * @param iso - `YYYY-MM-DD`
 * @returns `dd.mm.åååå`
 * @example
 * ```ts
 * danishDate('2027-03-15'); // '15.03.2027'
 * ```
 */
export function danishDate(iso: string): string {
  const [year, month, day] = iso.split('-');
  return `${day}.${month}.${year}`;
}
