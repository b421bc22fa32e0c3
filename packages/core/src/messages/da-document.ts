import type { DocumentMessages } from './types.js';

/**
 * Danish words of the offer as a document and of the catalog's checks, beyond the widget's first
 * paint: the rest of the offer's words (the PDF's and the text export's) and catalog checks.
 * Kept apart from `da-rest.ts` so that the widget's script-tag build can give its inquiry
 * form the form's words without these.
 */
export const daDocument: DocumentMessages = {
  offer: {
    title: 'Tilbud',
    indicative: 'Vejledende tilbud',
    number: 'Tilbudsnummer',
    date: 'Dato',
    validUntil: 'Gyldigt til',
    provider: 'Udbyder',
    customer: 'Kunde',
    cvr: 'CVR',
    ean: 'EAN',
    reference: 'Reference',
    contact: 'Kontaktperson',
    format: 'Varighed',
    date_of_event: 'Dato for temadagen',
    time: 'Tidspunkt',
    place: 'Sted',
    participants: (count) => `${count} deltagere`,
    modules: 'Indhold',
    price: 'Pris',
    quantity: 'Antal',
    unitPrice: 'Enhedspris ekskl. moms',
    vatTotal: 'Moms i alt',
    terms: 'Betingelser',
    validity: (days, date) => `Tilbuddet gælder i ${days} dage, til og med ${date}.`,
    payment: 'Betaling',
    cancellation: 'Aflysning',
    included: 'Prisen omfatter',
    excluded: 'Prisen omfatter ikke',
    page: (page, pages) => `Side ${page} af ${pages}`,
    fileName: (number) => `tilbud-${number}.pdf`,
  },
  catalog: {
    duplicateId: (id, first) => `Id’et "${id}" er allerede brugt i ${first}.`,
    unknownFormat: (id) => `Der findes ingen varighed med id’et "${id}".`,
    unknownModule: (id) => `Der findes intet modul med id’et "${id}".`,
    unknownRule: (id) => `Der findes ingen prisregel med id’et "${id}".`,
    unknownOffering: (id) => `Der findes intet tilbud med id’et "${id}".`,
    scopeOrder: (id) => `Prisreglen "${id}" skal stå før den procentregel, der henviser til den.`,
    scopeSelf: 'En procentregel kan ikke henvise til sig selv eller til en anden procentregel.',
    tierUnsorted: (upTo, previous) =>
      `Trinnene skal stå i stigende orden: ${upTo} kommer efter ${previous}.`,
    tierOverlap: (from, previousUpTo) =>
      `Trinnet starter ved ${from}, men det forrige trin slutter ved ${previousUpTo}: trinnene overlapper.`,
    tierGap: (from, expected) =>
      `Trinnet starter ved ${from}, men skal starte ved ${expected}: der er et hul mellem trinnene.`,
    tierFirst: (from) => `Det første trin skal starte ved 0 eller 1, ikke ved ${from}.`,
    tierOpenMiddle: 'Kun det sidste trin må være åbent (upTo: null).',
    tierClosedEnd: (upTo, max) =>
      `Det sidste trin slutter ved ${upTo}, men op til ${max} deltagere kan vælges. Gør det sidste trin åbent (upTo: null).`,
    participantsRange: (min, max) =>
      `Mindste antal deltagere (${min}) er større end største antal (${max}).`,
    participantsDefault: (value, min, max) =>
      `Standardantallet ${value} skal ligge mellem ${min} og ${max}.`,
    formatOverfull: (format, over) =>
      `De faste moduler og pauser fylder ${over} minutter mere, end "${format}" varer.`,
    moduleTooLong: (module, format, over) =>
      `Modulet "${module}" kan ikke være i "${format}": det fylder ${over} minutter for meget sammen med de faste moduler.`,
    moduleMinutesMissing: (format) => `Angiv minutter for varigheden "${format}".`,
    breakAfterEnd: (after, duration) =>
      `Pausen ligger efter ${after} minutter, men dagen varer kun ${duration} minutter.`,
    travelMode: 'En kørselsregel skal have præcis én af perKm og zones.',
    singleRule: (kind) => `Et tilbud må højst have én prisregel af typen "${kind}".`,
    addOnRequired: (module) =>
      `Tilvalget henviser til modulet "${module}", som altid er med. Brug en fast pris i stedet.`,
  },
};
