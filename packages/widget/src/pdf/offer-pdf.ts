/**
 * The PDF part of `<temadag-offer>`, loaded only when the visitor asks for the file: it holds
 * `@temadag/pdf` (its writer and the embedded font subsets) and core's offer snapshot with its schemas. The
 * element imports this module dynamically, so bundlers put it in a chunk of its own.
 */
import type { PdfJobInput } from '../controllers/pdf-job.js';
import { makeOfferPdf, offerPdf, type OfferPdf } from './make-offer-pdf.js';
export { deliverPdf } from './deliver.js';

/**
 * Makes the file of a PDF job (see `PdfJobController`) in the browser: the design's offer, made
 * now, or the made offer.
 *
 * @param input - the job's catalog, design, language, customer, number and file name; or a made offer
 * @param onProgress - called with how far the file is, from 0 to 1
 * @returns the offer, the PDF bytes and the download name
 * @example
 * ```ts
 * const pdf = await browserPdf({ catalog, selection, locale: 'da' });
 * ```
 */
export function browserPdf(
  input: PdfJobInput,
  onProgress?: (fraction: number) => void,
): Promise<OfferPdf> {
  return 'offer' in input
    ? offerPdf(input.offer, onProgress)
    : makeOfferPdf(input.catalog, input.selection, { ...input, now: new Date(), onProgress });
}
