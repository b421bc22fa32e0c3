import {
  formatMoney,
  formatNumber,
  localize,
  type Catalog,
  type Locale,
  MAX_TRAVEL_KM,
  travelRuleOf,
  type Offering,
  type TravelRule,
} from '@temadag/core';
import { html } from 'hono/html';
import type { HtmlEscapedString } from 'hono/utils/html';
import { serverMessages } from './messages/index.js';

/**
 * A distance as typed in the plain form: a whole number of km from 0 to {@link MAX_TRAVEL_KM},
 * as the widget takes it; anything else is refused with the field's message.
 *
 * @param text - the field's value, trimmed
 * @returns the km, or undefined when it is not a valid distance
 * @example
 * ```ts
 * parseTravelKm('120'); // 120
 * parseTravelKm('12,5'); // undefined
 * ```
 */
export function parseTravelKm(text: string): number | undefined {
  if (!/^\d{1,5}$/.test(text)) return undefined;
  const km = Number(text);
  return km <= MAX_TRAVEL_KM ? km : undefined;
}

/**
 * How the rule prices travel, in the widget's words: "3,80 kr. pr. km tur-retur" or "efter
 * zone (Storkøbenhavn 500,00 kr., …)".
 *
 * @param rule - the travel rule
 * @param locale - the language
 * @param currency - the catalog's currency
 * @returns the text
 */
export function travelRuleWords(rule: TravelRule, locale: Locale, currency: string): string {
  const m = serverMessages[locale].page.travel;
  const money = (minor: number) => formatMoney(minor, locale, { currency });
  if (rule.perKm) {
    const { rate, roundTrip, includedKm } = rule.perKm;
    return m.kmRule(money(rate), roundTrip, formatNumber(includedKm, locale));
  }
  const zones = (rule.zones ?? []).map((z) => `${localize(z.label, locale)} ${money(z.amount)}`);
  return m.zoneRule(zones.join(', '));
}

/**
 * The travel field of the embed page's plain form (for visitors without JavaScript), as the
 * widget asks it: the distance in km one way from the provider's city (`km`, a whole number
 * from 0 to 10,000) for a per-km rule, or the zone (`zone`) for a zone rule; optional, with
 * what travel costs as its hint. Nothing when the offering has no travel rule.
 *
 * @param catalog - the catalog (the provider's city and the currency)
 * @param offering - the offering
 * @param locale - the language
 * @returns the field, escaped by `hono/html`, or ''
 */
export function travelField(
  catalog: Catalog,
  offering: Offering,
  locale: Locale,
): HtmlEscapedString | Promise<HtmlEscapedString> | '' {
  const rule = travelRuleOf(offering);
  if (!rule) return '';
  const m = serverMessages[locale].page.travel;
  const hint = m.hint(travelRuleWords(rule, locale, catalog.currency));
  const optional = html` <span class="temadag-optional">${m.optional}</span>`;
  if (rule.perKm) {
    // prettier-ignore
    return html`<label for="temadag-travel-km">${m.kmLabel(catalog.provider.address.city)}${optional}</label>
<span class="temadag-hint" id="temadag-travel-hint">${hint}</span>
<input id="temadag-travel-km" name="km" type="number" inputmode="numeric" min="0" max="${MAX_TRAVEL_KM}" step="1" aria-describedby="temadag-travel-hint">
`;
  }
  // prettier-ignore
  const zones = (rule.zones ?? []).map((z) => html`<option value="${z.id}">${localize(z.label, locale)}</option>`);
  // prettier-ignore
  return html`<label for="temadag-travel-zone">${m.zoneLabel}${optional}</label>
<span class="temadag-hint" id="temadag-travel-hint">${hint}</span>
<select id="temadag-travel-zone" name="zone" aria-describedby="temadag-travel-hint"><option value="" selected>${m.zoneUnknown}</option>${zones}</select>
`;
}
