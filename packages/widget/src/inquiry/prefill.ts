import {
  customerFromInquiry,
  inquirySelection,
  type Catalog,
  type Inquiry,
  type Offer,
} from '@temadag/core';
import type { PdfJobInput } from '../controllers/pdf-job.js';
import type { FieldValues } from './fields.js';

/** Contact fields a host page can fill in for the visitor. */
export interface InquiryPrefill {
  organisation?: string | undefined;
  name?: string | undefined;
  email?: string | undefined;
  phone?: string | undefined;
}

const PREFILLABLE = ['organisation', 'name', 'email', 'phone'] as const;

/**
 * The fields a prefill fills in: its non-empty strings.
 *
 * @param prefill - the host page's prefill
 * @returns the field values to lay under what the visitor types
 */
export function prefillValues(prefill: InquiryPrefill | undefined): Partial<FieldValues> {
  const values: Partial<FieldValues> = {};
  for (const key of PREFILLABLE) {
    const value = prefill?.[key];
    if (typeof value === 'string' && value !== '') values[key] = value;
  }
  return values;
}

/** A sent inquiry as the confirmation shows it. */
export interface SentInquiry {
  reference: string;
  email: string;
  /** The server's numbered offer, when it answered with one. */
  offer: Offer | undefined;
  /** What was sent, to make the offer here when the server sent none. */
  inquiry: Inquiry | undefined;
}

/**
 * The sent inquiry as the confirmation shows it.
 *
 * @param accepted - the server's answer: its reference and, maybe, its numbered offer
 * @param inquiry - what was sent
 * @returns the sent inquiry
 */
export function sentInquiry(
  accepted: { reference: string; offer?: Offer | undefined },
  inquiry: Inquiry | undefined,
): SentInquiry {
  return {
    reference: accepted.reference,
    email: inquiry?.contact.email ?? '',
    offer: accepted.offer,
    inquiry,
  };
}

/**
 * What the confirmation's PDF button makes of a sent inquiry: the server's numbered offer
 * when it sent one, else the same design made here with the reference as its number.
 *
 * @param sent - the sent inquiry
 * @param catalog - the provider's catalog, to make the offer here
 * @returns the PDF job's input, or undefined when there is nothing to make it of
 */
export function sentOfferPdf(
  sent: SentInquiry,
  catalog: Catalog | undefined,
): PdfJobInput | undefined {
  if (sent.offer) return { offer: sent.offer };
  if (!catalog || !sent.inquiry) return undefined;
  return {
    catalog,
    selection: inquirySelection(sent.inquiry),
    locale: sent.inquiry.locale,
    customer: customerFromInquiry(sent.inquiry),
    number: sent.reference,
  };
}
