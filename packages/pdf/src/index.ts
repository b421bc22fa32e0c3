/**
 * `@temadag/pdf`: a Temadag offer as a PDF document, in Node and in browsers.
 *
 * @packageDocumentation
 */
export {
  renderOfferPdf,
  PDF_CREATOR,
  PDF_PRODUCER,
  type PdfMessageOverrides,
  type RenderOfferPdfOptions,
  type RenderProgress,
} from './render.js';
export {
  getPdfMessages,
  offerPdfFileName,
  pdfDa,
  pdfEn,
  pdfMessages,
  type PdfMessages,
} from './messages.js';
