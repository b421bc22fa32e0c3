/**
 * The inquiry's limits and field rules, without zod: shared by the schema
 * (inquiry-schema.ts), the check that parseInquiry runs (inquiry-check.ts) and forms.
 */

/**
 * The length limits of the inquiry fields, for `maxlength` attributes and hints in a form.
 *
 * @example
 * ```ts
 * input.maxLength = INQUIRY_LIMITS.message; // 2000
 * ```
 */
export const INQUIRY_LIMITS = {
  name: 200,
  email: 254,
  organisation: 200,
  role: 200,
  phone: 30,
  place: 200,
  message: 2000,
  reference: 100,
  preferredDates: 3,
  utmKeys: 5,
  utmValue: 200,
} as const;

/**
 * Checks a Danish phone number: eight digits, optionally after `+45` or `0045`. Spaces are
 * ignored.
 *
 * @param value - the number as typed, e.g. `"+45 12 34 56 78"`
 * @returns true when it is a well-formed Danish number
 * @example
 * ```ts
 * isValidDanishPhone('12 34 56 78'); // true
 * isValidDanishPhone('0045 12345678'); // true
 * isValidDanishPhone('1234567'); // false
 * ```
 */
export function isValidDanishPhone(value: string): boolean {
  return /^(?:(?:\+|00)45)?\d{8}$/.test(value.replace(/\s+/g, ''));
}

const digitsOf = (value: string): string => value.replace(/\s+/g, '');
/** Thirteen digits, spaces aside: the shape of an EAN location number. */
export const isEanShape = (value: string): boolean => /^\d{13}$/.test(digitsOf(value));
/** Eight digits, spaces aside: the shape of a CVR number. */
export const isCvrShape = (value: string): boolean => /^\d{8}$/.test(digitsOf(value));

/**
 * The fields of an inquiry in form order (the schema's order), top level and in the groups:
 * problems are sorted by it, and the inquiry check walks the fields in it.
 */
export const INQUIRY_FIELDS = {
  top: [
    'offering',
    'format',
    'participants',
    'modules',
    'preferredDates',
    'place',
    'travel',
    'contact',
    'message',
    'invoicing',
    'locale',
    'website',
    'utm',
  ],
  contact: ['name', 'email', 'organisation', 'role', 'phone'],
  invoicing: ['ean', 'cvr', 'reference'],
  travel: ['km', 'zone'],
} as const;
