import { copenhagenDate, formatDate, type Locale } from '@temadag/core';

const times = new Map<Locale, Intl.DateTimeFormat>();

/**
 * An instant (ISO 8601) as the provider reads it: the Copenhagen date and time,
 * "27. november 2026 kl. 14.05" or "27 November 2026 14:05".
 *
 * @param iso - the instant
 * @param locale - the console's language
 * @returns the date and time in words; the input itself when it is not an instant
 * @example
 * ```ts
 * formatInstant('2026-11-27T13:05:00Z', 'da'); // '27. november 2026 kl. 14.05'
 * ```
 */
export function formatInstant(iso: string, locale: Locale): string {
  const instant = new Date(iso);
  if (Number.isNaN(instant.getTime())) return iso;
  let time = times.get(locale);
  if (!time) {
    time = new Intl.DateTimeFormat(locale === 'da' ? 'da-DK' : 'en-GB', {
      hour: '2-digit',
      minute: '2-digit',
      timeZone: 'Europe/Copenhagen',
    });
    times.set(locale, time);
  }
  const date = formatDate(copenhagenDate(instant), locale);
  return locale === 'da'
    ? `${date} kl. ${time.format(instant)}`
    : `${date} ${time.format(instant)}`;
}
