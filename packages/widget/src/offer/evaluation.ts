import type { Catalog, Locale, Offering, SelectionInput } from '@temadag/core';
import {
  evaluateDesign,
  selectionOf,
  type Design,
  type DesignResult,
} from '../utilities/design.js';
import { body } from '../utilities/lazy.js';

/**
 * The offer's worked-out design: its price, agenda and choices, and the design as a selection,
 * each worked out once per design (and language) and the same object until the design changes,
 * so that renders and events between two changes share them.
 *
 * @example
 * ```ts
 * const evaluation = new OfferEvaluation();
 * const { price } = evaluation.evaluate(catalog, offering, design, 'da');
 * evaluation.selection(offering, design) === evaluation.selection(offering, design); // true
 * ```
 */
export class OfferEvaluation {
  #result: DesignResult | undefined;
  /**
   * What {@link #result} was worked out from, and whether the offer's body was here: in the
   * script-tag build core's Danish pricing explanations come with it (see src/cdn.ts), so a
   * price worked out before it is worked out again.
   */
  #resultFor: [Design, Locale, boolean] | undefined;
  #selection: [Design, SelectionInput] | undefined;

  /** The last result; undefined before the first evaluation and after {@link forget}. */
  get result(): DesignResult | undefined {
    return this.#result;
  }

  /** The catalog changed (or is gone): the next evaluation starts afresh. */
  forget(): void {
    this.#result = undefined;
  }

  /**
   * Price, agenda and choices of `design`, worked out when the design or language changed (or
   * the offer's body arrived).
   *
   * @param catalog - the offering's catalog
   * @param offering - the offering shown
   * @param design - the design as it stands
   * @param locale - the language of the texts
   * @returns the result, the same object while nothing changed
   */
  evaluate(catalog: Catalog, offering: Offering, design: Design, locale: Locale): DesignResult {
    const done = this.#resultFor;
    const bodyHere = Boolean(body.now());
    if (
      !this.#result ||
      !done ||
      done[0] !== design ||
      done[1] !== locale ||
      done[2] !== bodyHere
    ) {
      this.#result = evaluateDesign(catalog, offering, design, locale);
      this.#resultFor = [design, locale, bodyHere];
    }
    return this.#result;
  }

  /**
   * The design as a selection.
   *
   * @param offering - the offering shown
   * @param design - the design as it stands
   * @returns the selection, the same object until the design changes
   */
  selection(offering: Offering, design: Design): SelectionInput {
    if (this.#selection?.[0] !== design) this.#selection = [design, selectionOf(offering, design)];
    return this.#selection[1];
  }
}
