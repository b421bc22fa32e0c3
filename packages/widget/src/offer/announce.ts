import { formatMoney, formatNumber, type Locale, type Offering, type Price } from '@temadag/core';
import type { Translation } from '../translations/index.js';

/**
 * What the polite live region says once the visitor pauses: every state (priced, on request,
 * no price for this number of participants) has its own sentence.
 *
 * @param t - the widget's words
 * @param locale - the language
 * @param offering - the offering, for its bounds of participants
 * @param price - the price; undefined when the number of participants is not valid
 * @returns the sentence
 * @example
 * ```ts
 * priceAnnouncement(da, 'da', offering, price); // 'Vejledende pris 12.000,00 kr. ekskl. moms, …'
 * ```
 */
export function priceAnnouncement(
  t: Translation,
  locale: Locale,
  offering: Offering,
  price: Price | undefined,
): string {
  const { min, max } = offering.participants;
  if (!price) return t.announceInvalid(formatNumber(min, locale), formatNumber(max, locale));
  if (price.status === 'on-request') return t.announceOnRequest;
  const money = (minor: number) => formatMoney(minor, locale, { currency: price.currency });
  return t.announcePrice(money(price.subtotal), money(price.total));
}

/**
 * Why the price panel shows no price: no number yet, or one outside the bounds (then it says
 * the bounds, since a number is there).
 *
 * @param t - the widget's words
 * @param locale - the language
 * @param offering - the offering, for its bounds of participants
 * @param typed - the number of participants as typed
 * @returns the panel's text
 * @example
 * ```ts
 * unavailableText(da, 'da', offering, '500'); // 'Indtast et antal mellem 8 og 40 for at se prisen.'
 * ```
 */
export function unavailableText(
  t: Translation,
  locale: Locale,
  offering: Offering | undefined,
  typed: string,
): string {
  if (typed.trim() === '' || !offering) return t.priceUnavailable;
  const { min, max } = offering.participants;
  return t.priceOutOfBounds(formatNumber(min, locale), formatNumber(max, locale));
}
