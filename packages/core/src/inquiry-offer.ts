import type { Inquiry } from './inquiry.js';
import type { CustomerInput } from './offer.js';
import type { SelectionInput } from './selection.js';

/**
 * The selection an inquiry asks about, so the server can price it again with `createOffer`
 * (never trusting a price from the client). The first preferred date becomes the date.
 *
 * @param inquiry - a parsed inquiry
 * @returns offering, format, participants, modules, date, place and travel
 * @example
 * ```ts
 * const offer = createOffer(catalog, inquirySelection(inquiry), { now, sequence });
 * ```
 */
export function inquirySelection(inquiry: Inquiry): SelectionInput {
  const selection: SelectionInput = {
    offering: inquiry.offering,
    format: inquiry.format,
    participants: inquiry.participants,
    modules: [...inquiry.modules],
  };
  const date = inquiry.preferredDates?.[0];
  if (date !== undefined) selection.date = date;
  if (inquiry.place !== undefined) selection.place = inquiry.place;
  if (inquiry.travel !== undefined) selection.travel = { ...inquiry.travel };
  return selection;
}

/**
 * The customer block that an inquiry gives an offer: the organisation, the contact person and
 * their email, and from the invoicing details the CVR and EAN numbers (spaces removed, as
 * the offer checks them) and the reference.
 *
 * @param inquiry - a parsed inquiry
 * @returns the `customer` option of `createOffer`
 * @example
 * ```ts
 * const offer = createOffer(catalog, inquirySelection(inquiry), {
 *   now,
 *   customer: customerFromInquiry(inquiry),
 * });
 * offer.customer.organisation; // 'Eksempel Kommune'
 * ```
 */
export function customerFromInquiry(inquiry: Inquiry): CustomerInput {
  const customer: CustomerInput = {
    organisation: inquiry.contact.organisation,
    contact: inquiry.contact.name,
    email: inquiry.contact.email,
  };
  const invoicing = inquiry.invoicing;
  if (invoicing?.cvr) customer.cvr = invoicing.cvr.replace(/\s+/g, '');
  if (invoicing?.ean) customer.ean = invoicing.ean.replace(/\s+/g, '');
  if (invoicing?.reference) customer.reference = invoicing.reference;
  return customer;
}
