import type { Price, SelectionInput } from '@temadag/core';

/** The detail of {@link TemadagReadyEvent}: the offer as it is first shown. */
export interface TemadagReadyDetail {
  /** The id of the offering shown. */
  offering: string;
  /** The design shown first: defaults, prefill or the visitor's restored draft. */
  selection: SelectionInput;
  /** Its price; undefined when the prefilled number of participants is out of bounds. */
  price: Price | undefined;
}

/**
 * Fired by `<temadag-offer>` when an offering has been rendered from its catalog and the
 * visitor can use it; again when another offering is opened in the same element.
 *
 * @example
 * ```ts
 * el.addEventListener('temadag-ready', (event) => console.log(event.detail.price?.total));
 * ```
 */
export class TemadagReadyEvent extends Event {
  /** The offering, its first design and price. */
  readonly detail: TemadagReadyDetail;

  /**
   * @param detail - the offering, its first design and price
   */
  constructor(detail: TemadagReadyDetail) {
    super('temadag-ready', { bubbles: true, composed: true });
    this.detail = detail;
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'temadag-ready': TemadagReadyEvent;
  }
}
