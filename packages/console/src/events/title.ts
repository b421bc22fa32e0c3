/**
 * Tells `<temadag-console>` the page's title once the page knows it (the inbox knows the
 * number of new inquiries only after loading), so the shell writes `document.title`.
 *
 * @example
 * ```ts
 * this.dispatchEvent(new ConsoleTitleEvent('(3) Henvendelser – Temadag'));
 * ```
 */
export class ConsoleTitleEvent extends Event {
  /** The event's name. */
  static readonly eventName = 'temadag-console-title';
  /** The whole document title. */
  readonly title: string;

  /**
   * @param title - the whole document title
   */
  constructor(title: string) {
    super(ConsoleTitleEvent.eventName, { bubbles: true, composed: true });
    this.title = title;
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'temadag-console-title': ConsoleTitleEvent;
  }
}
