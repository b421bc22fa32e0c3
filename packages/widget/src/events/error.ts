/**
 * Why an inquiry was not sent:
 * - `validation`: fields need correcting (in the browser, or the server answered 422);
 * - `network`: the server could not be reached, even after retrying;
 * - `server`: the server refused the inquiry or kept failing (`status` says how);
 * - `offline`: the browser is offline; the inquiry waits and is sent when it is back online.
 */
export type TemadagErrorKind = 'validation' | 'network' | 'server' | 'offline';

/** The detail of {@link TemadagErrorEvent}. */
export interface TemadagErrorDetail {
  kind: TemadagErrorKind;
  /** The HTTP status, when the server answered. */
  status?: number;
}

/**
 * Fired by `<temadag-inquiry>` when an inquiry could not be sent (yet). `offline` is not
 * final: a `temadag-success` may follow once the browser is back online.
 *
 * @example
 * ```ts
 * el.addEventListener('temadag-error', (event) => {
 *   if (event.detail.kind === 'server') console.warn('status', event.detail.status);
 * });
 * ```
 */
export class TemadagErrorEvent extends Event {
  /** What went wrong, and the HTTP status when there was one. */
  readonly detail: TemadagErrorDetail;

  /**
   * @param detail - what went wrong, and the HTTP status when there was one
   */
  constructor(detail: TemadagErrorDetail) {
    super('temadag-error', { bubbles: true, composed: true });
    this.detail = detail;
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'temadag-error': TemadagErrorEvent;
  }
}
