import type { Catalog, CustomerInput, Locale, SelectionInput } from '@temadag/core';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { TemadagPdfEvent } from '../events/pdf.js';

/** Where a job stands, as in `@lit/task`: not run, running, done, or failed. */
export type JobStatus = 'initial' | 'pending' | 'complete' | 'error';

/** What a PDF file is made of. */
export interface PdfJobInput {
  catalog: Catalog;
  selection: SelectionInput;
  locale: Locale;
  /** The customer as far as the page prefilled it. */
  customer?: CustomerInput;
}

/** How long a downloaded file's object URL lives; some browsers read it after the click. */
const REVOKE_AFTER_MS = 30_000;

/**
 * Makes the offer's PDF file in the browser and downloads it: loads the PDF maker on first
 * use, reports progress, fires the cancelable `temadag-pdf` event on the host and downloads
 * unless a listener cancels. One job at a time. {@link abort} (and disconnecting the host)
 * abandons a running job: the PDF library cannot be stopped, so its result is dropped. The
 * host re-renders on every change of {@link status} and {@link progress}.
 *
 * @example
 * ```ts
 * class Offer extends LitElement {
 *   #pdf = new PdfJobController(this);
 *   render() {
 *     return html`<button @click=${() => this.#pdf.run({ catalog, selection, locale: 'da' })}>
 *       ${this.#pdf.status === 'pending' ? 'Working…' : 'PDF'}
 *     </button>`;
 *   }
 * }
 * ```
 */
export class PdfJobController implements ReactiveController {
  /** Where the last job stands. */
  status: JobStatus = 'initial';
  /** Progress of a pending job from 0 to 1; undefined while it cannot be told. */
  progress: number | undefined;
  readonly #host: ReactiveControllerHost & HTMLElement;
  /** Counts jobs; a job whose number is no longer the last was abandoned. */
  #job = 0;
  /** The object URLs of downloaded files, with the timers that revoke them. */
  #urls = new Map<string, ReturnType<typeof setTimeout>>();

  /**
   * @param host - the element that shows the job; the controller adds itself to it
   */
  constructor(host: ReactiveControllerHost & HTMLElement) {
    this.#host = host;
    host.addController(this);
  }

  hostDisconnected(): void {
    this.abort();
    for (const [url, timer] of this.#urls) {
      clearTimeout(timer);
      URL.revokeObjectURL(url);
    }
    this.#urls.clear();
  }

  /** Abandons a running job; its result is dropped and the status returns to `initial`. */
  abort(): void {
    if (this.status !== 'pending') return;
    this.#job += 1;
    this.#set('initial');
  }

  /**
   * Makes and downloads the file; does nothing while a job is running.
   *
   * @param input - catalog, design, language and customer
   * @returns when the job has ended, however it ended
   */
  async run(input: PdfJobInput): Promise<void> {
    if (this.status === 'pending') return;
    const job = ++this.#job;
    const current = () => job === this.#job;
    this.#set('pending');
    try {
      const { makeOfferPdf, downloadPdf } = await import('../pdf/offer-pdf.js');
      const pdf = await makeOfferPdf(input.catalog, input.selection, {
        locale: input.locale,
        now: new Date(),
        customer: input.customer,
        onProgress: (fraction) => current() && this.#set('pending', fraction),
      });
      if (!current()) return;
      if (this.#host.dispatchEvent(new TemadagPdfEvent(pdf))) {
        const url = downloadPdf(pdf, this.#host.shadowRoot ?? this.#host);
        // Some browsers read the URL a moment after the click; revoked later (or on disconnect).
        const timer = setTimeout(() => {
          this.#urls.delete(url);
          URL.revokeObjectURL(url);
        }, REVOKE_AFTER_MS);
        this.#urls.set(url, timer);
      }
      this.#set('complete');
    } catch (error) {
      if (!current()) return;
      console.warn(`${this.#host.localName}: pdf`, error);
      this.#set('error');
    }
  }

  #set(status: JobStatus, progress?: number): void {
    this.status = status;
    this.progress = progress;
    this.#host.requestUpdate();
  }
}
