import { formatMoney, formatNumber, localize, type Locale, type ModuleEffect } from '@temadag/core';
import type { Translation } from '../translations/index.js';
import type { TravelRule } from '@temadag/core';

/** The words and number formats the helpers below need. */
export interface PriceWords {
  t: Translation;
  locale: Locale;
  currency: string;
}

const money = (w: PriceWords, minor: number) =>
  formatMoney(minor, w.locale, { currency: w.currency });

/** "Pakkerabat og Mindstepris": the rules named in a sentence of the language. */
function listOf(items: readonly string[], locale: Locale): string {
  // A conjunction ("og", "and") is what Intl.ListFormat makes by default.
  return new Intl.ListFormat(locale === 'da' ? 'da-DK' : 'en-GB').format(items);
}

/**
 * What ticking an add-on does to the price, in words: "+ 2.500,00 kr. ekskl. moms", "Sænker
 * prisen med 780,00 kr. ekskl. moms (Pakkerabat)", "Ingen merpris med det valgte
 * (Mindstepris)". Never a "+" before a negative amount; the rules that move the effect away
 * from the add-on's own price are named in brackets.
 *
 * @param w - words, language and currency
 * @param effect - from `moduleEffect` of `@temadag/core`; undefined without a price
 * @returns the text, or undefined when there is nothing to say
 * @example
 * ```ts
 * moduleEffectText({ t: da, locale: 'da', currency: 'DKK' }, { kind: 'lowers', amount: -78_000, because: ['Pakkerabat'] });
 * // 'Sænker prisen med 780,00 kr. ekskl. moms (Pakkerabat)'
 * ```
 */
export function moduleEffectText(
  w: PriceWords,
  effect: ModuleEffect | undefined,
): string | undefined {
  if (!effect) return undefined;
  const why = effect.because.length > 0 ? ` (${listOf(effect.because, w.locale)})` : '';
  switch (effect.kind) {
    case 'adds':
      return w.t.moduleAdds(money(w, effect.amount)) + why;
    case 'lowers':
      return w.t.moduleLowers(money(w, -effect.amount)) + why;
    case 'none':
      return why ? w.t.moduleNoExtra + why : w.t.moduleFree;
  }
}

/** The last text {@link travelRuleText} wrote for a rule, and the words it wrote it with. */
const ruleTexts = new WeakMap<TravelRule, [Translation, Locale, string, string]>();

/**
 * How a travel rule prices travel, in words: "3,80 kr. pr. km tur-retur" or "efter zone
 * (Storkøbenhavn 500,00 kr., Sjælland 900,00 kr.)".
 *
 * @param w - words, language and currency
 * @param rule - the offering's travel rule
 * @returns the text
 * @example
 * ```ts
 * travelRuleText({ t: da, locale: 'da', currency: 'DKK' }, rule); // '3,80 kr. pr. km tur-retur'
 * ```
 */
export function travelRuleText(w: PriceWords, rule: TravelRule): string {
  // Every render says it (beside the field and the total): write it once per words.
  const known = ruleTexts.get(rule);
  if (known?.[0] === w.t && known[1] === w.locale && known[2] === w.currency) return known[3];
  let text: string;
  if (rule.perKm) {
    const { rate, roundTrip, includedKm } = rule.perKm;
    text = w.t.travelKmRule(money(w, rate), roundTrip, formatNumber(includedKm, w.locale));
  } else {
    const zones = (rule.zones ?? []).map(
      (z) => `${localize(z.label, w.locale)} ${money(w, z.amount)}`,
    );
    text = w.t.travelZoneRule(zones.join(', '));
  }
  ruleTexts.set(rule, [w.t, w.locale, w.currency, text]);
  return text;
}
