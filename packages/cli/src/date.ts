// The parsing of a wanted date lives here until core has one parser for the widget, the server
// and the CLI (issue 12 asks for one rule); then this file gives way to core's.

const DANISH = /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/;
const ISO = /^(\d{4})-(\d{2})-(\d{2})$/;

/**
 * Reads a date written as `dd.mm.åååå` (`15.03.2027`, also `5.3.2027`) or ISO (`2027-03-15`).
 *
 * @param text - the date as typed
 * @returns the date as `YYYY-MM-DD`, or undefined when it is no real calendar date
 * @example
 * ```ts
 * parseDate('15.03.2027'); // '2027-03-15'
 * parseDate('2027-03-15'); // '2027-03-15'
 * parseDate('30.02.2027'); // undefined
 * ```
 */
export function parseDate(text: string): string | undefined {
  const trimmed = text.trim();
  const danish = DANISH.exec(trimmed);
  const iso = ISO.exec(trimmed);
  const [year, month, day] = danish
    ? [Number(danish[3]), Number(danish[2]), Number(danish[1])]
    : iso
      ? [Number(iso[1]), Number(iso[2]), Number(iso[3])]
      : [NaN, NaN, NaN];
  const date = new Date(Date.UTC(year, month - 1, day));
  if (
    Number.isNaN(date.getTime()) ||
    date.getUTCDate() !== day ||
    date.getUTCMonth() !== month - 1
  ) {
    return undefined;
  }
  return date.toISOString().slice(0, 10);
}

/**
 * The calendar date of a moment in Denmark, where the provider works.
 *
 * @param now - the moment
 * @returns `YYYY-MM-DD`
 * @example
 * ```ts
 * danishToday(new Date('2026-11-27T23:30:00Z')); // '2026-11-28'
 * ```
 */
export function danishToday(now: Date): string {
  // en-CA formats as YYYY-MM-DD.
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Copenhagen' }).format(now);
}

/**
 * Whether a wanted date can be chosen: as in the widget, only days after today.
 *
 * @param iso - the wanted date, `YYYY-MM-DD`
 * @param today - today's date, `YYYY-MM-DD`
 * @returns true for tomorrow and later
 * @example
 * ```ts
 * isAfterToday('2026-11-28', '2026-11-27'); // true
 * isAfterToday('2026-11-27', '2026-11-27'); // false
 * ```
 */
export function isAfterToday(iso: string, today: string): boolean {
  return iso > today;
}

/**
 * Writes an ISO date the Danish way.
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
