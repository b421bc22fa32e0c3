import { INQUIRY_LIMITS, type Locale, type SelectionInput } from '@temadag/core';

/** The visitor's fields of the inquiry form, in the order they appear. */
export const FIELD_NAMES = [
  'name',
  'email',
  'organisation',
  'role',
  'phone',
  'date',
  'place',
  'message',
  'ean',
  'cvr',
  'reference',
] as const;

/** One field of the inquiry form. */
export type FieldName = (typeof FIELD_NAMES)[number];

/** What the visitor has typed, one string per field. */
export type FieldValues = Record<FieldName, string>;

/** Where each field sits in the inquiry, as the paths of `parseInquiry` and a 422 answer. */
export const FIELD_PATHS: Readonly<Record<FieldName, string>> = {
  name: 'contact.name',
  email: 'contact.email',
  organisation: 'contact.organisation',
  role: 'contact.role',
  phone: 'contact.phone',
  date: 'preferredDates[0]',
  place: 'place',
  message: 'message',
  ean: 'invoicing.ean',
  cvr: 'invoicing.cvr',
  reference: 'invoicing.reference',
};

/**
 * Empty values for every field.
 *
 * @returns a new object with `''` for each field
 */
export function emptyValues(): FieldValues {
  return Object.fromEntries(FIELD_NAMES.map((name) => [name, ''])) as FieldValues;
}

/**
 * The field a problem path belongs to.
 *
 * @param path - a path such as `contact.email` or `preferredDates[0]`
 * @returns the field, or undefined for paths the form has no field for (`format`, ...)
 * @example
 * ```ts
 * fieldForPath('invoicing.cvr'); // 'cvr'
 * fieldForPath('participants'); // undefined
 * ```
 */
export function fieldForPath(path: string): FieldName | undefined {
  if (path === 'preferredDates' || path.startsWith('preferredDates[')) return 'date';
  return FIELD_NAMES.find((name) => FIELD_PATHS[name] === path);
}

/** What {@link inquiryInput} needs besides the fields. */
export interface InquiryInputOptions {
  /** The offering asked about; the selection's own `offering` is used when this is empty. */
  offering: string;
  /** The design chosen in the offer: format, participants and modules. */
  selection: SelectionInput | undefined;
  locale: Locale;
  /** The honeypot's value. */
  website?: string;
  /** Campaign parameters to forward. */
  utm?: Record<string, string> | undefined;
}

/**
 * Puts the form's fields and the chosen design together as an inquiry for `parseInquiry`.
 * Blank optional fields are left for `parseInquiry` to drop.
 *
 * @param values - the fields as typed
 * @param options - offering, selection, language, honeypot and campaign parameters
 * @returns the inquiry input
 */
export function inquiryInput(values: FieldValues, options: InquiryInputOptions) {
  const { selection } = options;
  return {
    offering: options.offering || selection?.offering || '',
    format: selection?.format ?? '',
    participants: selection?.participants,
    modules: [...(selection?.modules ?? [])],
    preferredDates: [values.date],
    place: values.place,
    ...(selection?.travel ? { travel: { ...selection.travel } } : {}),
    contact: {
      name: values.name,
      email: values.email,
      organisation: values.organisation,
      role: values.role,
      phone: values.phone,
    },
    message: values.message,
    invoicing: { ean: values.ean, cvr: values.cvr, reference: values.reference },
    locale: options.locale,
    ...(options.website ? { website: options.website } : {}),
    ...(options.utm ? { utm: options.utm } : {}),
  };
}

const UTM_KEY = /^utm_[a-z0-9_]{1,50}$/;

/**
 * The `utm_*` parameters of a query string, within the inquiry schema's limits (at most five,
 * values cut to their maximum length); other parameters are never read.
 *
 * @param search - a query string such as `location.search`
 * @returns the parameters, or undefined when there are none
 * @example
 * ```ts
 * utmFromSearch('?utm_source=nyhedsbrev&page=2'); // { utm_source: 'nyhedsbrev' }
 * ```
 */
export function utmFromSearch(search: string): Record<string, string> | undefined {
  const utm: Record<string, string> = {};
  let count = 0;
  for (const [key, value] of new URLSearchParams(search)) {
    if (!UTM_KEY.test(key) || key in utm || value.trim() === '') continue;
    if (count === INQUIRY_LIMITS.utmKeys) break;
    utm[key] = value.slice(0, INQUIRY_LIMITS.utmValue);
    count += 1;
  }
  return count === 0 ? undefined : utm;
}
