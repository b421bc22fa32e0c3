import type { InquiryPrefill } from '../inquiry/inquiry.js';

/**
 * The values that are given, for prefill objects without empty entries.
 *
 * @param values - the values, some empty
 * @returns the values that are not
 * @example
 * ```ts
 * given({ name: 'Anne', email: '' }); // { name: 'Anne' }
 * ```
 */
export function given<T extends Record<string, string | undefined>>(values: T): Partial<T> {
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
