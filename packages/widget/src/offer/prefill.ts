import type { CustomerInput } from '@temadag/core';
import type { InquiryPrefill } from '../inquiry/inquiry.js';

/** The values that are given, for prefill objects without empty entries. */
function given<T extends Record<string, string | undefined>>(values: T): Partial<T> {
  return Object.fromEntries(Object.entries(values).filter(([, v]) => v)) as Partial<T>;
}

/**
 * The inquiry form's prefill from the offer's attributes, without empty entries.
 *
 * @param offer - the offer's `organisation`, `name`, `email` and `phone`
 * @returns the prefill
 * @example
 * ```ts
 * contactPrefill({ organisation: 'Aarhus Kommune', name: '', email: undefined, phone: undefined });
 * // { organisation: 'Aarhus Kommune' }
 * ```
 */
export function contactPrefill(offer: InquiryPrefill): InquiryPrefill {
  return given({
    organisation: offer.organisation,
    name: offer.name,
    email: offer.email,
    phone: offer.phone,
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
