/** What {@link ConsoleNavigateEvent} carries. */
export interface ConsoleNavigateDetail {
  /** The console path to show, e.g. `/admin/` or `/admin/inquiries/abc`. */
  path: string;
  /** A message to announce on the new page, e.g. "Henvendelse H-2026-0042 er slettet." */
  notice?: string;
  /** Replace the history entry instead of adding one. */
  replace?: boolean;
}

/**
 * Asks `<temadag-console>` to show another page without a reload, after an action (signed
 * in, erased). Links need no event: the shell follows every `<a href>` into the console.
 *
 * @example
 * ```ts
 * this.dispatchEvent(new ConsoleNavigateEvent({ path: '/admin/' }));
 * ```
 */
export class ConsoleNavigateEvent extends Event {
  /** The event's name. */
  static readonly eventName = 'temadag-console-navigate';
  /** Where to go, and what to say there. */
  readonly detail: ConsoleNavigateDetail;

  /**
   * @param detail - the path and an optional notice
   */
  constructor(detail: ConsoleNavigateDetail) {
    super(ConsoleNavigateEvent.eventName, { bubbles: true, composed: true });
    this.detail = detail;
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'temadag-console-navigate': ConsoleNavigateEvent;
  }
}
