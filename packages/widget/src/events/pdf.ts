import type { Offer } from '@temadag/core';

/** The detail of {@link TemadagPdfEvent}: the offer and its PDF file. */
export interface TemadagPdfDetail {
  /** The download name: `tilbud-<offering>-<yyyy-mm-dd>.pdf` (`offer-…` in English). */
  fileName: string;
  /** The PDF file's bytes. */
  bytes: Uint8Array;
  /**
   * The offer snapshot the file was made from (`@temadag/core`'s `Offer`), when the browser
   * made the file; undefined when the server made it (see the element's `pdf` attribute:
   * `pdf="browser"` always gives the snapshot).
   */
  offer?: Offer | undefined;
}

/**
 * Fired by `<temadag-offer>` when the visitor's PDF offer has been made, just before the
 * browser downloads it. Cancelable: `event.preventDefault()` stops the download, for a page
 * that wants to handle the file itself.
 *
 * @example
 * ```ts
 * el.addEventListener('temadag-pdf', (event) => {
 *   console.log(event.detail.fileName, event.detail.bytes.length);
 * });
 * ```
 */
export class TemadagPdfEvent extends Event {
  /** The file name, the bytes and the offer. */
  readonly detail: TemadagPdfDetail;

  /**
   * @param detail - the file name, the bytes and the offer
   */
  constructor(detail: TemadagPdfDetail) {
    super('temadag-pdf', { bubbles: true, composed: true, cancelable: true });
    this.detail = detail;
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'temadag-pdf': TemadagPdfEvent;
  }
}
