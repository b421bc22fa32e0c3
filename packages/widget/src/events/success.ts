/** The detail of {@link TemadagSuccessEvent}: what the server answered. */
export interface TemadagSuccessDetail {
  /** The inquiry's id on the server. */
  id: string;
  /** The reference shown to the visitor: the offer number, e.g. `T-2026-0042`. */
  reference: string;
}

/**
 * Fired by `<temadag-inquiry>` when the server has accepted the inquiry.
 *
 * @example
 * ```ts
 * el.addEventListener('temadag-success', (event) => console.log(event.detail.reference));
 * ```
 */
export class TemadagSuccessEvent extends Event {
  /** The server's id and the visitor's reference. */
  readonly detail: TemadagSuccessDetail;

  /**
   * @param detail - the server's id and the visitor's reference
   */
  constructor(detail: TemadagSuccessDetail) {
    super('temadag-success', { bubbles: true, composed: true });
    this.detail = detail;
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'temadag-success': TemadagSuccessEvent;
  }
}
