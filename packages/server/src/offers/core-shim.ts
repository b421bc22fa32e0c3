// Temporary stand-ins for the parts of core's and pdf's API of issue 11 (branch h-core11) that
// have not landed yet: offerToUbl and the PDF's acceptance block. Remove this file once
// core exports offerToUbl and renderOfferPdf takes `{ acceptance }`.
import type { Acceptance, Offer } from '@temadag/core';
import { renderOfferPdf, type RenderOfferPdfOptions } from '@temadag/pdf';

/** The accepted offer as UBL-like JSON (stand-in for core's `offerToUbl`). */
export function offerToUbl(offer: Offer, acceptance: Acceptance): unknown {
  return { ID: offer.number, IssueDate: offer.issueDate, acceptance };
}

/** The PDF with the "Accepteret" block (stand-in for `renderOfferPdf(offer, { acceptance })`). */
export function renderAcceptedPdf(offer: Offer, acceptance: Acceptance): Promise<Uint8Array> {
  return renderOfferPdf(offer, { acceptance } as RenderOfferPdfOptions);
}
