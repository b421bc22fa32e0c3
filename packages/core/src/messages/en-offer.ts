import type { OfferMessages } from './types.js';

/**
 * English words of an offer, its price and its selection: all that the widget's first paint
 * needs, so its script-tag build can hold these without the rest of {@link en}.
 */
export const enOffer: OfferMessages = {
  offer: {
    indicativeNote:
      'The price is indicative. The final price is agreed once content and setting are settled.',
    participantsLabel: 'Number of participants',
    agenda: 'Programme',
    indicativePrice: 'Indicative price',
    priceOnRequest: 'Price on request',
    priceOnRequestNote: 'The price is agreed on the basis of participants and course design.',
    description: 'Description',
    amount: 'Amount excl. VAT',
    subtotal: 'Total excl. VAT',
    vat: (rate) => `VAT ${rate}`,
    total: 'Total incl. VAT',
    about: (provider) => `About ${provider}`,
    focusQuestions: 'The day focuses on',
  },
  agenda: { break: 'Break', lunch: 'Lunch' },
  pricing: {
    perParticipant: (count, unit) => `${count} participants × ${unit}`,
    tier: (count, unit, from, to) =>
      `${count} participants × ${unit} (tier ${from}${to ? `–${to}` : ' and above'})`,
    tierFlat: (amount, from, to) =>
      `Flat fee ${amount} (tier ${from}${to ? `–${to}` : ' and above'})`,
    tierFlatOnly: (amount, count, from, to) =>
      `Flat fee ${amount} for ${count} participants (tier ${from}${to ? `–${to}` : ' and above'})`,
    tierFree: (explanation, from, to) =>
      `${explanation}; tier ${from}${to ? `–${to}` : ' and above'} included`,
    volume: (count, unit, from, to) =>
      `${count} participants × ${unit} (all in tier ${from}${to ? `–${to}` : ' and above'})`,
    band: (count, from, to) =>
      `Flat price for ${from}${to ? `–${to}` : ' or more'} participants (${count} participants)`,
    package: (blocks, size, unit, blockCount) =>
      `${blocks} started ${blockCount === 1 ? 'group' : 'groups'} of ${size} participants × ${unit}`,
    packageIncluded: (explanation, included) =>
      `${explanation} (${included} participants included)`,
    fixed: (format) =>
      `Fixed price for ${format.replace(/^\p{Lu}(?=\p{Ll})/u, (c) => c.toLowerCase())}`,
    addOnOffer: (module) => `Add-on: ${module}`,
    addOnFixed: 'Add-on, fixed price',
    addOnParticipant: (count, unit) => `Add-on: ${count} participants × ${unit}`,
    surcharge: (percent, base, reason) => `${percent} surcharge on ${base}: ${reason}`,
    discount: (percent, base, reason) => `${percent} discount on ${base}: ${reason}`,
    discountLine: (reason) => `Discount: ${reason}`,
    surchargeLine: (reason) => `Surcharge: ${reason}`,
    vatShare: (rate) => `share with VAT ${rate}`,
    travelKm: (km, rate, roundTrip, included) =>
      `${roundTrip ? 'Return trip ' : ''}${km} km × ${rate}${included === '0' ? '' : ` (${included} km included)`}`,
    travelZone: (zone) => `Travel, ${zone}`,
    travel: 'Travel',
    minimum: (minimum, subtotal) => `Minimum price ${minimum}; computed ${subtotal}`,
    minimumLine: 'Top-up to the minimum price',
    onRequest: (limit) => `Above ${limit} participants the price is agreed directly.`,
    labels: {
      fixed: 'Facilitation of the theme day',
      perParticipant: 'Price per participant',
      participants: 'Participant price',
      package: 'Group price',
    },
  },
  headings: {
    catalog: 'The catalog has problems:',
    selection: 'The selection has problems:',
    offer: 'The offer cannot be made:',
  },
  selection: {
    unknownOffering: (id) => `There is no offering with the id "${id}".`,
    unknownFormat: (id) => `This offering has no format with the id "${id}".`,
    unknownModule: (id) => `This offering has no module with the id "${id}".`,
    moduleNotInFormat: (module, format) =>
      `The module "${module}" cannot be chosen for "${format}".`,
    participantsRange: (min, max) =>
      `The number of participants must be between ${min} and ${max}.`,
    overfull: (over) =>
      `The chosen modules take ${over} minutes more than there is room for. Remove a module or choose a longer format.`,
    unknownZone: (id) => `There is no travel zone with the id "${id}".`,
  },
  inquiry: {
    participantsEmpty: 'Enter the expected number of participants',
    participantsRange: (min, max) =>
      `The number of participants must be a whole number between ${min} and ${max}`,
  },
};
