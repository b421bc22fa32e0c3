import { moduleEffect, type Catalog, type Locale } from '@temadag/core';
import type { DesignResult, ModuleChoice } from '../utilities/design.js';

/** The choices with their effects, worked out once per result. */
const done = new WeakMap<DesignResult, ModuleChoice[]>();

/**
 * The add-on choices of a worked-out design with what ticking each does to the price ex VAT
 * (core's `moduleEffect`). Only the shaping form shows them, so they are part of the offer's
 * body (the form's chunk in the script-tag build, which reads core's pricing from temadag.js),
 * worked out when the form renders, once per result; the price and the events do without them.
 *
 * @param catalog - the catalog
 * @param result - the design worked out (`evaluateDesign`)
 * @param locale - the language of the effects' descriptions
 * @returns the choices, each with its effect (undefined while there is no computed price)
 * @example
 * ```ts
 * choiceEffects(catalog, evaluateDesign(catalog, offering, design, 'da'), 'da')[0]?.effect;
 * ```
 */
export function choiceEffects(
  catalog: Catalog,
  result: DesignResult,
  locale: Locale,
): ModuleChoice[] {
  let choices = done.get(result);
  if (!choices) {
    const { price, resolved } = result;
    choices = result.choices.map((choice) => ({
      ...choice,
      effect:
        price?.status === 'priced'
          ? moduleEffect(catalog, resolved!.selection, choice.module.id, { locale, price })
          : undefined,
    }));
    done.set(result, choices);
  }
  return choices;
}
