/**
 * The inquiry the inquiry tests start from: a valid one for the example catalog's first
 * offering, with only the fields it must have.
 */
import type { InquiryInput } from '@temadag/core';
import { EXAMPLE_OFFERING_ID } from './catalog.support.js';

/**
 * A valid inquiry for {@link EXAMPLE_OFFERING_ID}: a whole day for 30, and a contact; a fresh
 * object on every call.
 *
 * @returns the inquiry as a form sends it
 */
export function validInquiry(): InquiryInput {
  return {
    offering: EXAMPLE_OFFERING_ID,
    format: 'hel',
    participants: 30,
    contact: {
      name: 'Mette Hansen',
      email: 'meha@kommune.dk',
      organisation: 'Eksempel Kommune',
    },
  };
}
