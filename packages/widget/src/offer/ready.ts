import type { Offering, Price, SelectionInput } from '@temadag/core';
import type { ReactiveController, ReactiveElement } from 'lit';
import { TemadagReadyEvent } from '../events/ready.js';

/** What the offer shows now, as {@link OfferReadyController} asks for it after each update. */
export interface OfferShown {
  /** The offering rendered with its price; undefined while there is none. */
  offering: Offering | undefined;
  /** Its price; undefined before the design is worked out. */
  price: Price | undefined;
  /** The body (shaping form, agenda) is here or could not be loaded: nothing more will come. */
  settled: boolean;
  /** The design as a selection (asked for only when the event is sent). */
  selection: () => SelectionInput;
}

/**
 * Sends `temadag-ready` once per offering shown, after the update that has rendered it with its
 * price and with its shaping form (the script-tag build's body chunk) or without it for good: the
 * offer "has rendered and can be used". Another offering (a related one, another `offering`)
 * is ready again once rendered.
 *
 * @example
 * ```ts
 * new OfferReadyController(this, () => ({ offering, price, settled: true, selection: () => s }));
 * ```
 */
export class OfferReadyController implements ReactiveController {
  readonly #host: ReactiveElement;
  readonly #shown: () => OfferShown;
  #readyFor: Offering | undefined;

  /**
   * @param host - the offer; the controller adds itself to it and dispatches on it
   * @param shown - what the offer shows now
   */
  constructor(host: ReactiveElement, shown: () => OfferShown) {
    this.#host = host;
    this.#shown = shown;
    host.addController(this);
  }

  hostUpdated(): void {
    const { offering, price, settled, selection } = this.#shown();
    if (!offering || !price || this.#readyFor === offering || !settled) return;
    this.#readyFor = offering;
    this.#host.dispatchEvent(
      new TemadagReadyEvent({ offering: offering.id, selection: selection(), price }),
    );
  }
}
