// Temporary stand-in for the part of pdf's API of issue 11 (branch h-core11) that has not
// landed yet: the PDF's acceptance block. Remove this file once renderOfferPdf takes
// `{ acceptance }`.
import type { Acceptance, Offer } from '@temadag/core';
import { renderOfferPdf, type RenderOfferPdfOptions } from '@temadag/pdf';

/** The PDF with the "Accepteret" block (stand-in for `renderOfferPdf(offer, { acceptance })`). */
export function renderAcceptedPdf(offer: Offer, acceptance: Acceptance): Promise<Uint8Array> {
  return renderOfferPdf(offer, { acceptance } as RenderOfferPdfOptions);
}
