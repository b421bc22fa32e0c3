import type { CheckMessages } from './types.js';

/** English words of catalog checks, schema issues and the inquiry's text. */
export const enChecks: CheckMessages = {
  catalog: {
    duplicateId: (id, first) => `The id "${id}" is already used at ${first}.`,
    unknownFormat: (id) => `There is no format with the id "${id}".`,
    unknownModule: (id) => `There is no module with the id "${id}".`,
    unknownRule: (id) => `There is no price rule with the id "${id}".`,
    unknownOffering: (id) => `There is no offering with the id "${id}".`,
    scopeOrder: (id) =>
      `The price rule "${id}" must come before the percentage rule that names it.`,
    scopeSelf: 'A percentage rule cannot name itself or another percentage rule.',
    tierUnsorted: (upTo, previous) =>
      `Tiers must be in ascending order: ${upTo} comes after ${previous}.`,
    tierOverlap: (from, previousUpTo) =>
      `The tier starts at ${from} but the previous tier ends at ${previousUpTo}: the tiers overlap.`,
    tierGap: (from, expected) =>
      `The tier starts at ${from} but must start at ${expected}: there is a gap between the tiers.`,
    tierFirst: (from) => `The first tier must start at 0 or 1, not at ${from}.`,
    tierOpenMiddle: 'Only the last tier may be open (upTo: null).',
    tierClosedEnd: (upTo, max) =>
      `The last tier ends at ${upTo}, but up to ${max} participants can be chosen. Make the last tier open (upTo: null).`,
    participantsRange: (min, max) =>
      `The minimum number of participants (${min}) is larger than the maximum (${max}).`,
    participantsDefault: (value, min, max) =>
      `The default number ${value} must lie between ${min} and ${max}.`,
    formatOverfull: (format, over) =>
      `The required modules and breaks take ${over} minutes more than "${format}" lasts.`,
    moduleTooLong: (module, format, over) =>
      `The module "${module}" cannot be part of "${format}": with the required modules it is ${over} minutes too long.`,
    moduleMinutesMissing: (format) => `Give the minutes for the format "${format}".`,
    breakAfterEnd: (after, duration) =>
      `The break comes after ${after} minutes, but the day lasts only ${duration} minutes.`,
    travelMode: 'A travel rule needs either perKm or zones, not both and not neither.',
    singleRule: (kind) => `An offering may have at most one price rule of kind "${kind}".`,
    addOnRequired: (module) =>
      `The add-on names the module "${module}", which is always included. Use a fixed price instead.`,
  },
  issue: {
    required: 'This field is missing.',
    type: (expected) => `Must be ${expected}.`,
    tooSmall: (minimum) => `Must be at least ${minimum}.`,
    tooBig: (maximum) => `Must be at most ${maximum}.`,
    tooShort: (minimum) =>
      minimum === '1' ? 'Must not be empty.' : `Must be at least ${minimum} characters.`,
    tooLong: (maximum, actual) => `Must be at most ${maximum} characters (is ${actual}).`,
    tooFew: (minimum) => `Must have at least ${minimum} item${minimum === '1' ? '' : 's'}.`,
    tooMany: (maximum) => `Must have at most ${maximum} items.`,
    integer: 'Must be a whole number.',
    email: 'Must be an email address, e.g. name@example.com.',
    url: 'Must be a web address, e.g. https://www.example.com.',
    date: 'Must be a date as YYYY-MM-DD, e.g. 2027-03-15.',
    pattern: 'Does not have the right format.',
    id: 'An id may only have lower-case letters a-z, digits and single dashes, e.g. "full-day".',
    oneOf: (values) => `Must be one of: ${values}.`,
    unknownKeys: (keys) => `Unknown field: ${keys}.`,
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
    format: 'Format',
    participants: 'Number of participants',
    modules: 'Add-ons',
    preferredDates: (count) => (count === 1 ? 'Preferred date' : 'Preferred dates'),
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
