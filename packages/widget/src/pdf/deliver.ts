/**
 * Hands a made PDF file to the page, for both makers (the browser's, offer-pdf.ts, and the
 * server's, server-pdf.ts): each chunk has its copy, so neither waits for the other.
 */
import { TemadagPdfEvent } from '../events/pdf.js';
import type { PdfFile } from './make-offer-pdf.js';

/** How long a downloaded file's object URL lives; some browsers read it after the click. */
const REVOKE_AFTER_MS = 30_000;

/**
 * Hands a made PDF file to the page: fires the cancelable `temadag-pdf` event on `host` and,
 * unless a listener cancels it, downloads the file through a hidden link in the host's shadow
 * root. Here rather than in the element, so the script-tag build's main file stays small.
 *
 * @param pdf - the offer, its bytes and the file name
 * @param host - the element the event comes from
 * @returns a function that frees the file's object URL at once (it is freed after 30 s
 *   anyway, as some browsers read it after the click); undefined when a listener cancelled
 * @example
 * ```ts
 * const release = deliverPdf(await makeOfferPdf(catalog, selection, { locale: 'da', now: new Date() }), offer);
 * // when the element goes away:
 * release?.();
 * ```
 */
export function deliverPdf(pdf: PdfFile, host: HTMLElement): (() => void) | undefined {
  if (!host.dispatchEvent(new TemadagPdfEvent(pdf))) return undefined;
  const url = URL.createObjectURL(
    new Blob([pdf.bytes as Uint8Array<ArrayBuffer>], { type: 'application/pdf' }),
  );
  const link = document.createElement('a');
  link.href = url;
  link.download = pdf.fileName;
  link.hidden = true;
  (host.shadowRoot ?? host).append(link);
  link.click();
  link.remove();
  const release = () => {
    clearTimeout(timer);
    URL.revokeObjectURL(url);
  };
  const timer = setTimeout(release, REVOKE_AFTER_MS);
  return release;
}
