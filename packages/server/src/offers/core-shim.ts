// Temporary stand-ins for the core API of issue 11 (branch h-core11) until it is merged:
// revisionNumber, binding offers with manual lines and adjustments, and offerToUbl. Remove
// this file once core exports them.
import {
  createOffer,
  type Catalog,
  type CustomerInput,
  type Locale,
  type Offer,
} from '@temadag/core';
import type { AcceptanceRecord } from '../storage/offer-types.js';
import { renderOfferPdf, type RenderOfferPdfOptions } from '@temadag/pdf';

/** A revision's number: the base for revision 1, `<base>-<n>` after. */
export function revisionNumber(base: string, revision: number): string {
  return revision <= 1 ? base : `${base}-${revision}`;
}

/** What {@link bindingOffer} prices. */
export interface DraftInput {
  selection: Record<string, unknown>;
  lines: unknown[];
  adjustments: unknown[];
}

/** A binding offer of a draft. */
export function bindingOffer(
  catalog: Catalog,
  draft: DraftInput,
  options: {
    now: Date;
    number: string;
    locale: Locale;
    customer: CustomerInput;
    validUntil: string;
    revision: number;
    replaces: string;
  },
): Offer {
  const offer = createOffer(catalog, draft.selection as never, {
    now: options.now,
    number: options.number,
    locale: options.locale,
    customer: options.customer,
    replaces: options.replaces,
  });
  return Object.freeze({
    ...offer,
    status: 'binding',
    validUntil: options.validUntil,
    revision: options.revision,
  }) as unknown as Offer;
}

/** The accepted offer as UBL-like JSON (stand-in). */
export function offerToUbl(offer: Offer, acceptance: AcceptanceRecord): unknown {
  return { ID: offer.number, IssueDate: offer.issueDate, acceptance };
}

/** The PDF with the "Accepteret" block (stand-in: core11's `renderOfferPdf(offer, { acceptance })`). */
export function renderAcceptedPdf(offer: Offer, acceptance: AcceptanceRecord): Promise<Uint8Array> {
  return renderOfferPdf(offer, { acceptance } as RenderOfferPdfOptions);
}
