import type { Locale } from './locale.js';

const INTL_LOCALE: Record<Locale, string> = { da: 'da-DK', en: 'en-GB' };

const moneyFormats = new Map<string, Intl.NumberFormat>();
const numberFormats = new Map<string, Intl.NumberFormat>();

function numberFormat(locale: Locale, style: 'decimal' | 'percent'): Intl.NumberFormat {
  const key = `${locale}|${style}`;
  let format = numberFormats.get(key);
  if (!format) {
    format = new Intl.NumberFormat(INTL_LOCALE[locale], { style, maximumFractionDigits: 2 });
    numberFormats.set(key, format);
  }
  return format;
}
const dateFormats = new Map<string, Intl.DateTimeFormat>();

function moneyFormat(locale: Locale, currency: string, decimals: number): Intl.NumberFormat {
  const key = `${locale}|${currency}|${decimals}`;
  let format = moneyFormats.get(key);
  if (!format) {
    format = new Intl.NumberFormat(INTL_LOCALE[locale], {
      style: 'currency',
      currency,
      minimumFractionDigits: decimals,
      maximumFractionDigits: decimals,
    });
    moneyFormats.set(key, format);
  }
  return format;
}

/** Options for {@link formatMoney}. */
export interface FormatMoneyOptions {
  /** ISO 4217 currency code; DKK when left out. */
  currency?: string;
  /** `2` (the default) always shows øre; `0` leaves them out and accepts whole amounts only. */
  decimals?: 0 | 2;
}

/**
 * Formats an amount in minor units as the locale writes money. The amount is exact: it is
 * never divided as a float, so the formatter cannot round it.
 *
 * @param minor - the amount in minor units (øre)
 * @param locale - `'da'` gives `12.500,00 kr.`, `'en'` gives `DKK 12,500.00`
 * @param options - currency and decimals
 * @returns the formatted amount
 * @throws RangeError when `decimals` is 0 and the amount has øre
 * @example
 * ```ts
 * formatMoney(1_250_000, 'da'); // '12.500,00\u00a0kr.' (a no-break space before kr.)
 * formatMoney(1_250_000, 'da', { decimals: 0 }); // '12.500\u00a0kr.'
 * formatMoney(1_250_000, 'en'); // 'DKK\u00a012,500.00'
 * ```
 */
export function formatMoney(
  minor: number,
  locale: Locale,
  options: FormatMoneyOptions = {},
): string {
  if (!Number.isSafeInteger(minor)) throw new RangeError(`Not an amount in minor units: ${minor}`);
  const decimals = options.decimals ?? 2;
  if (decimals === 0 && minor % 100 !== 0) {
    throw new RangeError(`formatMoney: ${minor} minor units cannot be shown without decimals`);
  }
  const sign = minor < 0 ? '-' : '';
  const abs = Math.abs(minor);
  const major = Math.floor(abs / 100);
  const cents = String(abs % 100).padStart(2, '0');
  // A decimal string keeps the value exact; Intl.NumberFormat v3 formats it as given.
  const exact = `${sign}${major}.${cents}`;
  return moneyFormat(locale, options.currency ?? 'DKK', decimals).format(
    exact as unknown as number,
  );
}

function dateFormat(locale: Locale, style: 'long' | 'full'): Intl.DateTimeFormat {
  const key = `${locale}|${style}`;
  let format = dateFormats.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(INTL_LOCALE[locale], { dateStyle: style, timeZone: 'UTC' });
    dateFormats.set(key, format);
  }
  return format;
}

/**
 * Formats a calendar date (`YYYY-MM-DD`) for reading. The date is a calendar date, not an
 * instant, so no time zone can move it to the day before.
 *
 * @param isoDate - the date as `YYYY-MM-DD`
 * @param locale - `'da'` gives `27. november 2026`, `'en'` gives `27 November 2026`
 * @param style - `'long'` (default) or `'full'` with the weekday (`fredag den 27. november 2026`)
 * @returns the formatted date
 * @example
 * ```ts
 * formatDate('2026-11-27', 'da'); // '27. november 2026'
 * formatDate('2026-11-27', 'da', 'full'); // 'fredag den 27. november 2026'
 * ```
 */
export function formatDate(
  isoDate: string,
  locale: Locale,
  style: 'long' | 'full' = 'long',
): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(isoDate);
  if (!match) throw new RangeError(`Not a calendar date (YYYY-MM-DD): ${isoDate}`);
  const instant = Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]));
  return dateFormat(locale, style).format(instant);
}

/**
 * Formats a clock time (`HH:MM`) the way the locale writes it: Danish `kl. 09.00`, English
 * `09:00`.
 *
 * @param time - the time as `HH:MM`
 * @param locale - the language
 * @param withPrefix - Danish only: put `kl.` in front (default true)
 * @returns the formatted time
 * @example
 * ```ts
 * formatTime('09:00', 'da'); // 'kl. 09.00'
 * formatTime('09:00', 'da', false); // '09.00'
 * formatTime('13:30', 'en'); // '13:30'
 * ```
 */
export function formatTime(time: string, locale: Locale, withPrefix = true): string {
  if (!/^\d{2}:\d{2}$/.test(time)) throw new RangeError(`Not a clock time (HH:MM): ${time}`);
  if (locale === 'en') return time;
  const dotted = time.replace(':', '.');
  return withPrefix ? `kl. ${dotted}` : dotted;
}

/**
 * Formats a time span such as an agenda item: `kl. 09.00–09.45` or `09:00–09:45`.
 *
 * @param start - `HH:MM`
 * @param end - `HH:MM`
 * @param locale - the language
 * @returns the span with an en dash
 * @example
 * ```ts
 * formatTimeRange('09:00', '09:45', 'da'); // 'kl. 09.00–09.45'
 * ```
 */
export function formatTimeRange(start: string, end: string, locale: Locale): string {
  return `${formatTime(start, locale)}\u2013${formatTime(end, locale, false)}`;
}

/**
 * Formats a rate in basis points as a percentage: `25 %` in Danish, `25%` in English.
 *
 * @param basisPoints - 2500 for 25 %
 * @param locale - the language
 * @returns the percentage, with decimals only where needed (`12,5 %`)
 * @example
 * ```ts
 * formatPercent(2500, 'da'); // '25\u00a0%' (a no-break space before %)
 * formatPercent(1250, 'da'); // '12,5\u00a0%'
 * formatPercent(2500, 'en'); // '25%'
 * ```
 */
export function formatPercent(basisPoints: number, locale: Locale): string {
  return numberFormat(locale, 'percent').format(`${basisPoints / 10_000}` as unknown as number);
}

/**
 * Formats a whole number with the locale's grouping (`1.200` in Danish).
 *
 * @param value - the number
 * @param locale - the language
 * @returns the formatted number
 * @example
 * ```ts
 * formatNumber(1200, 'da'); // '1.200'
 * ```
 */
export function formatNumber(value: number, locale: Locale): string {
  // Whole numbers below 1000 need no grouping in either language; skip Intl for speed.
  if (Number.isInteger(value) && value >= 0 && value < 1000) return String(value);
  return numberFormat(locale, 'decimal').format(value);
}

/**
 * Formats a duration in minutes: `45 min.`, `1 t. 30 min.` in Danish; `45 min`, `1 h 30 min`
 * in English.
 *
 * @param minutes - whole minutes
 * @param locale - the language
 * @returns the duration
 * @example
 * ```ts
 * formatMinutes(210, 'da'); // '3 t. 30 min.'
 * formatMinutes(210, 'en'); // '3 h 30 min'
 * ```
 */
export function formatMinutes(minutes: number, locale: Locale): string {
  const h = Math.floor(minutes / 60);
  const m = minutes % 60;
  const [hu, mu] = locale === 'da' ? ['t.', 'min.'] : ['h', 'min'];
  if (h === 0) return `${m} ${mu}`;
  if (m === 0) return `${h} ${hu}`;
  return `${h} ${hu} ${m} ${mu}`;
}
