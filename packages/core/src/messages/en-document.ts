import type { DocumentMessages } from './types.js';

/**
 * English words of the offer as a document and of the catalog's checks, beyond the widget's first
 * paint: the rest of the offer's words (the PDF's and the text export's) and catalog checks.
 * Kept apart from `en-rest.ts` so that the widget's script-tag build can give its inquiry
 * form the form's words without these.
 */
export const enDocument: DocumentMessages = {
  offer: {
    title: 'Offer',
    indicative: 'Indicative offer',
    number: 'Offer number',
    date: 'Date',
    validUntil: 'Valid until',
    provider: 'Provider',
    customer: 'Customer',
    cvr: 'CVR',
    ean: 'EAN',
    reference: 'Reference',
    contact: 'Contact person',
    format: 'Duration',
    date_of_event: 'Date of the theme day',
    time: 'Time',
    place: 'Place',
    participants: (count) => `${count} participants`,
    modules: 'Content',
    price: 'Price',
    quantity: 'Quantity',
    unitPrice: 'Unit price excl. VAT',
    vatTotal: 'VAT total',
    terms: 'Terms',
    validity: (days, date) => `This offer is valid for ${days} days, until and including ${date}.`,
    payment: 'Payment',
    cancellation: 'Cancellation',
    included: 'The price includes',
    excluded: 'The price does not include',
    page: (page, pages) => `Page ${page} of ${pages}`,
    fileName: (number) => `offer-${number}.pdf`,
  },
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
    travelMode: 'A travel rule must have exactly one of perKm and zones.',
    singleRule: (kind) => `An offering may have at most one price rule of kind "${kind}".`,
    addOnRequired: (module) =>
      `The add-on names the module "${module}", which is always included. Use a fixed price instead.`,
  },
};
