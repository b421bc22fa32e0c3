import type { Inquiry, Offer } from '@temadag/core';
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
