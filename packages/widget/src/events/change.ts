import type { AgendaItem, Price, SelectionInput } from '@temadag/core';

/** The detail of {@link TemadagChangeEvent}: the design after the visitor's change. */
export interface TemadagChangeDetail {
  /** The id of the offering. */
  offering: string;
  /** What was changed: `format`, `participants`, `modules`, `date`, `travel` or `offering`. */
  field: 'format' | 'participants' | 'modules' | 'date' | 'travel' | 'offering';
  /** The whole design: format, participants, modules and the preferred date when given. */
  selection: SelectionInput;
  /**
   * The price of the design, as `priceSelection` from `@temadag/core` computes it (`status`
   * `on-request` for "Pris efter aftale"); undefined while the number of participants is
   * not a whole number within the offering's bounds.
   */
  price: Price | undefined;
  /** The agenda of the day with its times. */
  agenda: AgendaItem[];
}

/**
 * Fired by `<temadag-offer>` each time the visitor changes the design of the day: the
 * format, the number of participants, a module, the preferred date, or a related offering.
 * Not fired for changes made by the page through attributes or properties.
 *
 * @example
 * ```ts
 * el.addEventListener('temadag-change', (event) => {
 *   const { selection, price } = event.detail;
 *   console.log(selection.participants, price?.subtotal);
 * });
 * ```
 */
export class TemadagChangeEvent extends Event {
  /** The design, its price and agenda. */
  readonly detail: TemadagChangeDetail;

  /**
   * @param detail - the design, its price and agenda
   */
  constructor(detail: TemadagChangeDetail) {
    super('temadag-change', { bubbles: true, composed: true });
    this.detail = detail;
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'temadag-change': TemadagChangeEvent;
  }
}
