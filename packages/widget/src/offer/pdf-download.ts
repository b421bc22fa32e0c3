import { todayInDenmark, type Catalog, type Locale, type Offering } from '@temadag/core';
import type { ReactiveElement } from 'lit';
import type { OfferDesignController } from '../controllers/offer-design.js';
import type { PdfJobController } from '../controllers/pdf-job.js';
import type { InquiryPrefill } from '../inquiry/inquiry.js';
import type { PdfServerSettings } from '../pdf/server-pdf.js';
import { translations } from '../translations/index.js';
import { participantsValid, selectionOf } from '../utilities/design.js';
import { contactPrefill, pdfCustomer } from './prefill.js';

/** What the offer's PDF button needs: the offer (its server settings and contact prefill) and its parts. */
export interface OfferPdfRequest {
  /** The offer: where the participants field is, and the server's settings. */
  host: ReactiveElement & PdfServerSettings & InquiryPrefill;
  pdf: PdfJobController;
  design: OfferDesignController;
  catalog: Catalog;
  offering: Offering;
  locale: Locale;
}

/**
 * The PDF button's action: downloads the offer as it stands, unless a file is on its way
 * already. With a number of participants the offering does not allow, it marks the field and
 * moves the focus there instead. Made before the inquiry is sent, the file has no offer number:
 * it says so in the number field and in its name (the numbered offer comes with the
 * confirmation).
 *
 * @param request - the offer and its design, PDF job and catalog
 * @example
 * ```ts
 * downloadOfferPdf({ host: this, pdf, design, catalog, offering, locale: 'da' });
 * ```
 */
export function downloadOfferPdf(request: OfferPdfRequest): void {
  const { host, pdf, design: designController, offering, locale } = request;
  if (pdf.status === 'pending') return;
  const design = designController.design!;
  if (!participantsValid(offering, design.participants)) {
    designController.participantsError = true;
    host.requestUpdate();
    host.renderRoot.querySelector<HTMLInputElement>('#participants')?.focus();
    return;
  }
  const t = translations[locale];
  void pdf.run({
    catalog: request.catalog,
    selection: selectionOf(offering, design),
    locale,
    customer: pdfCustomer(host.renderRoot, contactPrefill(host)),
    number: t.pdfDraftNumber,
    fileName: t.pdfDraftFileName(todayInDenmark(new Date())),
    server: host,
  });
}
