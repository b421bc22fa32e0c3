import type { Locale } from '@temadag/core';

/**
 * The separators a provider types in a language: Danish `1.234,50`, English `1,234.50`.
 * Both languages also accept a plain number without thousands separators.
 */
const SEPARATORS: Record<Locale, { thousands: string; decimal: string }> = {
  da: { thousands: '.', decimal: ',' },
  en: { thousands: ',', decimal: '.' },
};

/**
 * Reads a non-negative decimal number as typed in the console's language, exactly, in
 * hundredths (so `12,50` kr. is 1250 øre and `12,5` % is 1250 basis points) without going
 * through floating point. Spaces, and a trailing `kr.`/`DKK`/`%`, are ignored.
 *
 * @param text - what was typed, e.g. `1.234,50` (da) or `1,234.50` (en)
 * @param locale - the language whose separators apply
 * @returns the value × 100 as an integer, or `undefined` when it is not such a number or has
 *   more than two decimals
 * @example
 * ```ts
 * parseHundredths('1.234,5 kr.', 'da'); // 123450
 * parseHundredths('12.5', 'en'); // 1250
 * parseHundredths('12,345', 'da'); // undefined (three decimals)
 * ```
 */
export function parseHundredths(text: string, locale: Locale): number | undefined {
  const { thousands, decimal } = SEPARATORS[locale];
  const compact = text
    .replace(/[\s\u00a0]+/g, '')
    .replace(/(kr\.?|dkk|%)$/i, '')
    .trim();
  if (!compact) return undefined;
  const [whole = '', fraction = '', ...rest] = compact.split(decimal);
  if (rest.length > 0 || fraction.length > 2 || !/^\d*$/.test(fraction)) return undefined;
  const grouped = new RegExp(`^\\d{1,3}(\\${thousands}\\d{3})+$`);
  let digits: string;
  if (/^\d+$/.test(whole)) digits = whole;
  else if (grouped.test(whole)) digits = whole.split(thousands).join('');
  else if (whole === '' && fraction !== '') digits = '0';
  else return undefined;
  const value = Number(digits) * 100 + Number(fraction.padEnd(2, '0'));
  return Number.isSafeInteger(value) ? value : undefined;
}

/**
 * Writes hundredths back the way {@link parseHundredths} reads them, without thousands
 * separators (easier to edit) and without decimals when they are zero.
 *
 * @param hundredths - e.g. 123450 øre
 * @param locale - the language whose decimal separator applies
 * @returns e.g. `1234,50` (da), `1234.50` (en), `1500` for 150000
 * @example
 * ```ts
 * formatHundredths(123450, 'da'); // '1234,50'
 * formatHundredths(150000, 'en'); // '1500'
 * ```
 */
export function formatHundredths(hundredths: number, locale: Locale): string {
  const sign = hundredths < 0 ? '-' : '';
  const abs = Math.abs(Math.round(hundredths));
  const whole = Math.floor(abs / 100);
  const fraction = abs % 100;
  if (fraction === 0) return `${sign}${whole}`;
  return `${sign}${whole}${SEPARATORS[locale].decimal}${String(fraction).padStart(2, '0')}`;
}
