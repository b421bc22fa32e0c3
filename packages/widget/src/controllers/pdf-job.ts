import type { Catalog, CustomerInput, Locale, Offer, SelectionInput } from '@temadag/core';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { PdfServerSettings, ServerPdfInput } from '../pdf/server-pdf.js';

/** The module that made the file, which delivers it too. */
type PdfMaker =
  typeof import('../pdf/server-pdf.js') | typeof import('../pdf/offer-pdf.js') | undefined;

/** Where a job stands, as in `@lit/task`: not run, running, done, or failed. */
export type JobStatus = 'initial' | 'pending' | 'complete' | 'error';

/**
 * What a PDF file is made of: a design to make an offer of in the browser, or an offer that
 * is made already (the server's, with its number, after an inquiry).
 */
export type PdfJobInput =
  | {
      catalog: Catalog;
      selection: SelectionInput;
      locale: Locale;
      /** The customer as far as the page prefilled it or the visitor typed it. */
      customer?: CustomerInput;
      /** The text in the offer's number field (no offer number exists before an inquiry). */
      number?: string;
      /** The download's file name. */
      fileName?: string;
      /**
       * The element's `endpoint` (with it the server makes the file, see `serverPdf`), `pdf`
       * mode and the `price` on the screen (which the server's file must show): the element
       * itself, `<temadag-offer>`.
       */
      server?: PdfServerSettings | undefined;
    }
  | { offer: Offer; server?: undefined };

/**
 * Makes the offer's PDF file and downloads it: with an `endpoint` (and `mode` other than
 * `browser`) the server makes it (a small chunk, `serverPdf`); else, or when the server cannot
 * answer, the browser's PDF maker, loaded on first use. Reports progress (undefined while it
 * cannot be told), fires the cancelable `temadag-pdf` event on the host and downloads unless a
 * listener cancels. One job at a time. {@link abort} (and disconnecting the host) abandons a
 * running job: the server's request is cancelled (within 0.1 s); the PDF library cannot be stopped, so its
 * result is dropped. The host re-renders on every change of {@link status} and
 * {@link progress}.
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
  /** Frees the object URL of each downloaded file (see `deliverPdf`). */
  #releases = new Set<() => void>();

  /**
   * @param host - the element that shows the job; the controller adds itself to it
   */
  constructor(host: ReactiveControllerHost & HTMLElement) {
    this.#host = host;
    host.addController(this);
  }

  hostDisconnected(): void {
    this.abort();
    for (const release of this.#releases) release();
    this.#releases.clear();
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
   * @param input - catalog, design, language and customer; or a made offer
   * @returns when the job has ended, however it ended
   */
  async run(input: PdfJobInput): Promise<void> {
    if (this.status === 'pending') return;
    const job = ++this.#job;
    this.#set('pending');
    let status: JobStatus = 'complete';
    const onProgress = (fraction: number) => job === this.#job && this.#set('pending', fraction);
    try {
      // The server's chunk only when its path can be taken: an endpoint, and a mode other
      // than pdf="browser" (which never asks the server, so never loads the chunk).
      let maker: PdfMaker =
        input.server?.endpoint && input.server.pdf !== 'browser'
          ? await import('../pdf/server-pdf.js')
          : undefined;
      let pdf = await maker?.serverPdf(
        input as ServerPdfInput,
        onProgress,
        () => job !== this.#job,
      );
      if (!pdf) {
        maker = await import('../pdf/offer-pdf.js');
        pdf = await maker.browserPdf(input, onProgress);
      }
      if (job !== this.#job) return;
      const release = maker!.deliverPdf(pdf, this.#host);
      if (release) this.#releases.add(release);
    } catch (error) {
      console.warn(`${this.#host.localName}: pdf`, error);
      status = 'error';
    }
    if (job === this.#job) this.#set(status);
  }

  #set(status: JobStatus, progress?: number): void {
    this.status = status;
    this.progress = progress;
    this.#host.requestUpdate();
  }
}
