import type { Offering, PriceRule } from './catalog-schema.js';

/** A travel price rule of the catalog: per km (one way, charged both ways) or by zone. */
export type TravelRule = Extract<PriceRule, { kind: 'travel' }>;

/** The longest distance a selection's `travel.km` takes, in km one way. */
export const MAX_TRAVEL_KM = 10_000;

/**
 * The offering's travel rule, if it has one: what a form asks the visitor (distance or zone).
 *
 * @param offering - the offering
 * @returns the first travel rule, or undefined
 * @example
 * ```ts
 * travelRuleOf(offering)?.perKm?.rate; // 380 (3,80 kr. per km) in the example catalog
 * ```
 */
export function travelRuleOf(offering: Offering): TravelRule | undefined {
  return offering.priceRules.find((rule): rule is TravelRule => rule.kind === 'travel');
}
