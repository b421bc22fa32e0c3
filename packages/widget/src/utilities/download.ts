/**
 * The PDF file name of an offer: `tilbud-<offering>-<yyyy-mm-dd>.pdf` (`offer-…` in
 * English), the date being the day the offer was made.
 *
 * @param offering - the offering's id (lower-case letters, digits and dashes)
 * @param issueDate - `YYYY-MM-DD`
 * @param locale - the offer's language
 * @returns the file name
 * @example
 * ```ts
 * pdfFileName('dialog-i-udsatte-boligomraader', '2026-11-27', 'da');
 * // 'tilbud-dialog-i-udsatte-boligomraader-2026-11-27.pdf'
 * ```
 */
export function pdfFileName(offering: string, issueDate: string, locale: 'da' | 'en'): string {
  const safe = offering.replace(/[^a-z0-9-]/gi, '-');
  return `${locale === 'en' ? 'offer' : 'tilbud'}-${safe}-${issueDate}.pdf`;
}
