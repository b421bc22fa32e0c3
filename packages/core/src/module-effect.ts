import type { Catalog } from './catalog-schema.js';
import { priceResolved, type Price, type PriceOptions } from './pricing.js';
import { resolveDesign, type LocaleOptions, type Selection } from './selection.js';

/**
 * What ticking an optional module does to the price ex VAT, all rules counted: its own
 * add-on line and whatever else moves with it (a package discount that starts to apply, a
 * minimum price that is topped up less).
 */
export interface ModuleEffect {
  /**
   * `adds`: the price rises by `amount`. `none`: it stays the same (the add-on is free, or
   * a minimum price absorbs it). `lowers`: it falls by `-amount` (a discount that the module
   * unlocks outweighs it).
   */
  kind: 'adds' | 'none' | 'lowers';
  /** Price with the module minus price without it, in øre ex VAT; negative when it lowers. */
  amount: number;
  /**
   * The descriptions of the other lines that the module changes (the discount, the minimum
   * price), so the page can say why the effect is not the module's own price. Empty when only
   * the module's own lines change.
   */
  because: string[];
}

/** Options of {@link moduleEffect}. */
export interface ModuleEffectOptions extends LocaleOptions {
  /**
   * The price of the selection as given (`priceSelection`, or `priceResolved` of its
   * resolved design, with the same options). Saves working it out again, which is half the
   * cost; a price that is not the selection's gives a wrong effect.
   */
  price?: Price | undefined;
}

/**
 * The price of a selection for comparing: amounts and descriptions only. The explanations are
 * left out (`explanations: false`): nothing here reads them, and writing them is most of the
 * cost of a price.
 */
function priced(catalog: Catalog, selection: Selection, quiet: PriceOptions): Price | undefined {
  const resolved = resolveDesign(catalog, selection, quiet);
  return resolved.ok ? priceResolved(catalog, resolved.value, quiet) : undefined;
}

/**
 * The marginal effect of an optional module on a selection's price ex VAT: the price with
 * the module chosen minus the price without it, whether it is chosen now or not. This is what
 * the widget shows beside an add-on, so a package discount or a minimum price never shows up
 * as a negative "+".
 *
 * @param catalog - a parsed catalog
 * @param selection - the selection as it stands (with or without the module)
 * @param moduleId - the optional module's id
 * @param options - language of the descriptions in `because`; `price`, the selection's own
 *   price when the caller has worked it out already (with the same catalog and options), so
 *   that only the other of the two prices is worked out
 * @returns the effect, or undefined when either price is not a computed price (on request,
 *   or the selection does not resolve with or without the module)
 * @example
 * ```ts
 * const effect = moduleEffect(catalog, {
 *   offering: 'borgerdialog-i-de-almene-boligomraader',
 *   format: 'hel',
 *   participants: 30,
 *   modules: ['forsamtale', 'skriftlig-opsamling'],
 * }, 'forsamtale');
 * // { kind: 'lowers', amount: -78_000, because: ['Pakkerabat'] }
 * ```
 */
export function moduleEffect(
  catalog: Catalog,
  selection: Selection,
  moduleId: string,
  options: ModuleEffectOptions = {},
): ModuleEffect | undefined {
  // The widget calls this for every add-on on every input event: no more copies than needed.
  const { price } = options;
  const chosen = selection.modules.includes(moduleId);
  const quiet: PriceOptions = { ...options, explanations: false };
  // The selection's own price is one of the two; the caller may have it already.
  const others = chosen
    ? { ...selection, modules: selection.modules.filter((id) => id !== moduleId) }
    : selection;
  const without = price && !chosen ? price : priced(catalog, others, quiet);
  const withIt =
    price && chosen
      ? price
      : priced(catalog, { ...selection, modules: [...others.modules, moduleId] }, quiet);
  if (without?.status !== 'priced' || withIt?.status !== 'priced') return undefined;
  const amount = withIt.subtotal - without.subtotal;
  // What each rule's lines add up to with the module minus without it.
  const moved = new Map<string, number>();
  for (const line of without.lines) moved.set(line.rule, (moved.get(line.rule) ?? 0) - line.amount);
  for (const line of withIt.lines) moved.set(line.rule, (moved.get(line.rule) ?? 0) + line.amount);
  // The module's own lines are the add-on rules for it; every other rule whose sum moved is a
  // reason the effect differs from the add-on's price. A rule's lines share one description.
  const rules = catalog.offerings.find((o) => o.id === selection.offering)?.priceRules ?? [];
  const own = (id: string) =>
    rules.some((rule) => rule.id === id && rule.kind === 'add-on' && rule.module === moduleId);
  const because: string[] = [];
  for (const lines of [without.lines, withIt.lines]) {
    for (const { rule, description } of lines) {
      if (moved.get(rule) && !because.includes(description) && !own(rule)) {
        because.push(description);
      }
    }
  }
  return { kind: amount > 0 ? 'adds' : amount < 0 ? 'lowers' : 'none', amount, because };
}
