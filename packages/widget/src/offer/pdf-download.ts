import {
  todayInDenmark,
  type Catalog,
  type CustomerInput,
  type Locale,
  type Offering,
  type SelectionInput,
} from '@temadag/core';
import type { ReactiveElement } from 'lit';
import type { OfferDesignController } from '../controllers/offer-design.js';
import type { PdfJobController } from '../controllers/pdf-job.js';
import type { InquiryPrefill } from '../inquiry/inquiry.js';
import type { PdfServerSettings } from '../pdf/server-pdf.js';
import type { Translation } from '../translations/index.js';
import { given } from './prefill.js';

/** What the offer's PDF button needs: the offer (its server settings and contact prefill) and its parts. */
export interface OfferPdfRequest {
  /** The offer: where the participants field is, and the server's settings. */
  host: ReactiveElement & PdfServerSettings & InquiryPrefill;
  pdf: PdfJobController;
  design: OfferDesignController;
  /** The design as a selection (the offer's, passed in so that the body carries no copy). */
  selection: () => SelectionInput;
  catalog: Catalog;
  offering: Offering;
  locale: Locale;
  /** The widget's words in `locale`. */
  t: Translation;
  /** The offer's contact prefill (`contactPrefill`), which the visitor's typing overrides. */
  prefill: InquiryPrefill;
}

/**
 * The PDF button's action: downloads the offer as it stands, unless a file is on its way
 * already. With a number of participants the offering does not allow, it marks the field and
 * moves the focus there instead. Made before the inquiry is sent, the file has no offer number:
 * it says so in the number field and in its name (the numbered offer comes with the
 * confirmation). Part of the offer's body (the button is the price panel's, at first paint; a
 * click before the body is here waits for it).
 *
 * @param request - the offer and its design, PDF job and catalog
 * @example
 * ```ts
 * downloadOfferPdf({ host: this, pdf, design, selection, catalog, offering, locale: 'da', t, prefill });
 * ```
 */
export function downloadOfferPdf(request: OfferPdfRequest): void {
  const { host, pdf, design, locale, t } = request;
  if (pdf.status === 'pending') return;
  if (!design.valid(design.design!.participants)) {
    design.participantsError = true;
    host.requestUpdate();
    host.renderRoot.querySelector<HTMLInputElement>('#participants')?.focus();
    return;
  }
  void pdf.run({
    catalog: request.catalog,
    selection: request.selection(),
    locale,
    customer: pdfCustomer(host.renderRoot, request.prefill),
    number: t.pdfDraftNumber,
    fileName: t.pdfDraftFileName(todayInDenmark(new Date())),
    server: host,
  });
}

/**
 * The customer block of the browser's PDF: what the visitor typed in the inquiry form
 * (name, organisation, email) wins over the page's prefill.
 *
 * @param root - the offer's shadow root, which holds the form
 * @param prefill - the offer's prefill, from {@link contactPrefill}
 * @returns the customer, without empty entries
 * @example
 * ```ts
 * pdfCustomer(offer.renderRoot, { name: 'Anne' }); // { contact: 'Anne' } before she types
 * ```
 */
export function pdfCustomer(root: ParentNode, prefill: InquiryPrefill): CustomerInput {
  const form = root.querySelector('temadag-inquiry') as {
    contact?: { organisation?: string; name?: string; email?: string };
  } | null;
  const typed = form?.contact ?? {};
  return given({
    organisation: typed.organisation || prefill.organisation,
    contact: typed.name || prefill.name,
    email: typed.email || prefill.email,
  });
}
