import type { Inquiry } from '@temadag/core';

/** The detail of {@link TemadagSubmitEvent}: the inquiry as it is sent, validated. */
export type TemadagSubmitDetail = Inquiry;

/**
 * Fired by `<temadag-inquiry>` when the visitor sends a valid inquiry, before the request
 * leaves the browser. Fired once per send, not again for automatic retries.
 *
 * @example
 * ```ts
 * el.addEventListener('temadag-submit', (event) => console.log(event.detail.contact.email));
 * ```
 */
export class TemadagSubmitEvent extends Event {
  /** The inquiry being sent. */
  readonly detail: TemadagSubmitDetail;

  /**
   * @param detail - the inquiry being sent
   */
  constructor(detail: TemadagSubmitDetail) {
    super('temadag-submit', { bubbles: true, composed: true });
    this.detail = detail;
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'temadag-submit': TemadagSubmitEvent;
  }
}
