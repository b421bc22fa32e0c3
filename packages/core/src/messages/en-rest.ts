import type { FormRestMessages } from './types.js';
import { countIn, formatList, pluralForm } from './words.js';

const ITEM = { one: 'item', other: 'items' };

/**
 * English words beyond the widget's first paint that the inquiry form uses: its field
 * errors, schema issues and the inquiry's text. The offer's document words and catalog checks
 * are in `en-document.ts`.
 */
export const enRest: FormRestMessages = {
  inquiry: {
    nameEmpty: 'Enter your name',
    emailEmpty: 'Enter your email address',
    emailNoAt: 'The email address must contain an @, e.g. name@kommune.dk',
    emailInvalid: 'Enter an email address in the format name@kommune.dk',
    organisationEmpty:
      'Enter the name of your organisation, e.g. a municipality or housing association',
    phoneInvalid: 'Enter a Danish phone number, e.g. 12345678 or +45 12 34 56 78',
    formatEmpty: 'Choose a half or a full theme day',
    dateInvalid: 'The date must be a valid date, e.g. 15.03.2027 or 2027-03-15',
    datePast: 'Choose a date after today',
    messageTooLong: (maximum, actual) =>
      `Wishes and needs can be at most ${maximum} characters. You have written ${actual} characters`,
    eanInvalid: 'The EAN number must be 13 digits, e.g. 5790000000005',
    eanCheckDigit: 'The EAN number does not exist. Check that all 13 digits are right',
    cvrInvalid: 'The CVR number must be 8 digits, e.g. 12345678',
    cvrCheck: 'The CVR number is not valid. Check that all 8 digits are right',
    tooLong: (field, maximum) => `${field} can be at most ${maximum} characters`,
  },
  issue: {
    required: 'This field is missing.',
    type: (expected) => `Must be ${expected}.`,
    tooSmall: (minimum) => `Must be at least ${minimum}.`,
    tooBig: (maximum) => `Must be at most ${maximum}.`,
    tooShort: (minimum) =>
      minimum === '1' ? 'Must not be empty.' : `Must be at least ${minimum} characters.`,
    tooLong: (maximum, actual) => `Must be at most ${maximum} characters (is ${actual}).`,
    tooFew: (minimum, count = countIn(minimum)) =>
      `Must have at least ${minimum} ${pluralForm(count, ITEM, 'en')}.`,
    tooMany: (maximum, count = countIn(maximum)) =>
      `Must have at most ${maximum} ${pluralForm(count, ITEM, 'en')}.`,
    integer: 'Must be a whole number.',
    email: 'Must be an email address, e.g. name@example.com.',
    url: 'Must be a web address, e.g. https://www.example.com.',
    date: 'Must be a date as YYYY-MM-DD, e.g. 2027-03-15.',
    pattern: 'Does not have the right format.',
    id: 'An id may only have lower-case letters a-z, digits and single dashes, e.g. "full-day".',
    oneOf: (values, items = [values]) =>
      `Must be one of: ${formatList(items, 'en', 'disjunction')}.`,
    unknownKeys: (keys, items = [keys]) =>
      `${items.length === 1 ? 'Unknown field' : 'Unknown fields'}: ${formatList(items, 'en')}.`,
    union: 'Does not have one of the allowed shapes.',
    cvr: 'The CVR number is not valid: 8 digits that pass the modulus 11 check.',
    gln: 'The EAN number is not valid: 13 digits with a correct check digit.',
    invalid: 'The value is not valid.',
    typeNames: {
      string: 'a text',
      number: 'a number',
      int: 'a whole number',
      boolean: 'true or false',
      object: 'an object',
      array: 'a list',
      null: 'null',
    },
  },
  inquiryText: {
    offering: 'Theme day',
    format: 'Duration',
    participants: 'Number of participants',
    modules: 'Add-ons',
    preferredDates: (count) => (count === 1 ? 'Preferred date' : 'Preferred dates'),
    time: 'Time',
    place: 'Place',
    name: 'Name',
    email: 'Email',
    organisation: 'Organisation',
    role: 'Job title',
    phone: 'Phone',
    ean: 'EAN number',
    cvr: 'CVR number',
    reference: 'Reference',
    campaign: 'Campaign',
    message: 'Wishes and needs',
  },
};
