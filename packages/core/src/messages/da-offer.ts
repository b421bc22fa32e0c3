import type { OfferMessages } from './types.js';

/**
 * Danish words of an offer, its price and its selection: all that the widget's first paint
 * needs, so its script-tag build can hold these without the rest of {@link da}.
 */
export const daOffer: OfferMessages = {
  offer: {
    indicativeNote:
      'Prisen er vejledende. Den endelige pris aftales, når indhold og rammer er på plads.',
    participantsLabel: 'Antal deltagere',
    agenda: 'Program',
    indicativePrice: 'Vejledende pris',
    priceOnRequest: 'Pris efter aftale',
    priceOnRequestNote: 'Prisen aftales på baggrund af deltagerantal og kursusdesign.',
    description: 'Beskrivelse',
    amount: 'Beløb ekskl. moms',
    subtotal: 'I alt ekskl. moms',
    vat: (rate) => `Moms ${rate}`,
    total: 'I alt inkl. moms',
    about: (provider) => `Om ${provider}`,
    focusQuestions: 'Temadagen sætter fokus på',
  },
  agenda: { break: 'Pause', lunch: 'Frokost' },
  pricing: {
    perParticipant: (count, unit) => `${count} deltagere × ${unit}`,
    tier: (count, unit, from, to) =>
      `${count} deltagere × ${unit} (trin ${from}${to ? `–${to}` : ' og derover'})`,
    tierFlat: (amount, from, to) =>
      `Fast beløb ${amount} (trin ${from}${to ? `–${to}` : ' og derover'})`,
    tierFlatOnly: (amount, count, from, to) =>
      `Fast beløb ${amount} for ${count} deltagere (trin ${from}${to ? `–${to}` : ' og derover'})`,
    tierFree: (explanation, from, to) =>
      `${explanation}; trin ${from}${to ? `–${to}` : ' og derover'} inkluderet`,
    volume: (count, unit, from, to) =>
      `${count} deltagere × ${unit} (alle i trin ${from}${to ? `–${to}` : ' og derover'})`,
    band: (count, from, to) =>
      `Fast pris for ${from}${to ? `–${to}` : ' eller flere'} deltagere (${count} deltagere)`,
    package: (blocks, size, unit, blockCount) =>
      `${blocks} ${blockCount === 1 ? 'påbegyndt' : 'påbegyndte'} hold à ${size} deltagere × ${unit}`,
    packageIncluded: (explanation, included) => `${explanation} (${included} deltagere inkluderet)`,
    fixed: (format) =>
      `Fast pris for ${format.replace(/^\p{Lu}(?=\p{Ll})/u, (c) => c.toLowerCase())}`,
    addOnOffer: (module) => `Tilvalg: ${module}`,
    addOnFixed: 'Tilvalg, fast pris',
    addOnParticipant: (count, unit) => `Tilvalg: ${count} deltagere × ${unit}`,
    surcharge: (percent, base, reason) => `Tillæg på ${percent} af ${base}: ${reason}`,
    discount: (percent, base, reason) => `Rabat på ${percent} af ${base}: ${reason}`,
    discountLine: (reason) => `Rabat: ${reason}`,
    surchargeLine: (reason) => `Tillæg: ${reason}`,
    vatShare: (rate) => `andel med moms ${rate}`,
    travelKm: (km, rate, roundTrip, included) =>
      `${roundTrip ? 'Tur-retur ' : ''}${km} km × ${rate}${included === '0' ? '' : ` (${included} km inkluderet)`}`,
    travelZone: (zone) => `Kørsel, ${zone}`,
    travel: 'Kørsel',
    minimum: (minimum, subtotal) => `Mindstepris ${minimum}; beregnet ${subtotal}`,
    minimumLine: 'Tillæg op til mindstepris',
    onRequest: (limit) => `Over ${limit} deltagere aftales prisen direkte.`,
    labels: {
      fixed: 'Facilitering af temadag',
      perParticipant: 'Pris pr. deltager',
      participants: 'Deltagerpris',
      package: 'Holdpris',
    },
  },
  headings: {
    catalog: 'Kataloget har fejl:',
    selection: 'Valget har fejl:',
    offer: 'Tilbuddet kan ikke laves:',
  },
  selection: {
    unknownOffering: (id) => `Der findes intet tilbud med id’et "${id}".`,
    unknownFormat: (id) => `Der findes ingen varighed med id’et "${id}" i dette tilbud.`,
    unknownModule: (id) => `Der findes intet modul med id’et "${id}" i dette tilbud.`,
    moduleNotInFormat: (module, format) => `Modulet "${module}" kan ikke vælges til "${format}".`,
    participantsRange: (min, max) => `Antal deltagere skal være mellem ${min} og ${max}.`,
    overfull: (over) =>
      `De valgte moduler fylder ${over} minutter mere, end der er plads til. Fravælg et modul, eller vælg en længere varighed.`,
    unknownZone: (id) => `Der findes ingen kørselszone med id’et "${id}".`,
  },
  inquiry: {
    participantsEmpty: 'Indtast det forventede antal deltagere',
    participantsRange: (min, max) =>
      `Antal deltagere skal være et helt tal mellem ${min} og ${max}`,
  },
};
