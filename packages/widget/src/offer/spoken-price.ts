import type { Locale, Offering, Price } from '@temadag/core';
import { translations } from '../translations/index.js';
import { body } from '../utilities/lazy.js';

/**
 * What the offer's live region says once the visitor pauses after a change. Changes come from
 * the shaping form, so the body (which words the sentence) is here; without it, nothing.
 *
 * @param locale - the language
 * @param offering - the offering shown
 * @param price - the price of the design as it stands
 * @returns the sentence, or an empty string
 * @example
 * ```ts
 * spokenPrice('da', offering, price); // 'Vejledende pris 12.000,00 kr. ekskl. moms, …'
 * ```
 */
export function spokenPrice(locale: Locale, offering: Offering, price: Price | undefined): string {
  return body.now()?.priceAnnouncement(translations[locale], locale, offering, price) ?? '';
}
