/**
 * The PDF maker's chunk of the script-tag build (`temadag-pdf-<hash>.js`): the same functions
 * as pdf/offer-pdf.ts, which waits for the offer's language's words first (the form's words are
 * a file per language in this build, see src/cdn-words.ts) and adds the document's words that
 * this chunk holds (see src/cdn-pdf-words.ts).
 */
import type { PdfJobInput } from './controllers/pdf-job.js';
import { messages, type Locale } from '@temadag/core';
import { documentWords } from './cdn-pdf-words.js';
import { join, useWordFiles } from './cdn-words.js';
import { browserPdf as makePdf } from './pdf/offer-pdf.js';
import { formWords } from './translations/form-words.js';

export { deliverPdf } from './pdf/offer-pdf.js';

useWordFiles();
/** The languages whose document words are in core's catalogue already. */
const joined = new Set<Locale>();

/**
 * Makes the file of a PDF job in the browser once the words of its language are here.
 *
 * @param input - the job's design and language, or a made offer
 * @param onProgress - called with how far the file is, from 0 to 1
 * @returns the offer, the PDF bytes and the download name; rejects when the words of the
 *   offer's language could not be loaded
 * @example
 * ```ts
 * const pdf = await browserPdf({ catalog, selection, locale: 'en' });
 * ```
 */
export async function browserPdf(
  input: PdfJobInput,
  onProgress?: (fraction: number) => void,
): ReturnType<typeof makePdf> {
  const locale = 'offer' in input ? input.offer.locale : input.locale;
  if (!(await formWords(locale))) {
    throw new Error(`Temadag: the PDF's ${locale} words could not be loaded`);
  }
  if (!joined.has(locale)) join(messages[locale], documentWords[locale] ?? {});
  joined.add(locale);
  return makePdf(input, onProgress);
}
