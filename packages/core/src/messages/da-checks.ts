import type { CheckMessages } from './types.js';

/** Danish words of catalog checks, schema issues and the inquiry's text. */
export const daChecks: CheckMessages = {
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
    travelMode: 'En transportregel skal have præcis én af perKm og zones.',
    singleRule: (kind) => `Et tilbud må højst have én prisregel af typen "${kind}".`,
    addOnRequired: (module) =>
      `Tilvalget henviser til modulet "${module}", som altid er med. Brug en fast pris i stedet.`,
  },
  issue: {
    required: 'Feltet mangler.',
    type: (expected) => `Skal være ${expected}.`,
    tooSmall: (minimum) => `Skal være mindst ${minimum}.`,
    tooBig: (maximum) => `Må højst være ${maximum}.`,
    tooShort: (minimum) =>
      minimum === '1' ? 'Må ikke være tom.' : `Skal være mindst ${minimum} tegn.`,
    tooLong: (maximum, actual) => `Må højst være ${maximum} tegn (er ${actual}).`,
    tooFew: (minimum) => `Skal have mindst ${minimum} element${minimum === '1' ? '' : 'er'}.`,
    tooMany: (maximum) => `Må højst have ${maximum} elementer.`,
    integer: 'Skal være et helt tal.',
    email: 'Skal være en e-mailadresse, fx navn@example.dk.',
    url: 'Skal være en webadresse, fx https://www.example.dk.',
    date: 'Skal være en dato som ÅÅÅÅ-MM-DD, fx 2027-03-15.',
    pattern: 'Har ikke det rigtige format.',
    id: 'Et id må kun have små bogstaver a-z, tal og enkelte bindestreger, fx "hel-temadag".',
    oneOf: (values) => `Skal være én af: ${values}.`,
    unknownKeys: (keys) => `Ukendt felt: ${keys}.`,
    union: 'Har ikke en af de tilladte former.',
    cvr: 'CVR-nummeret er ikke gyldigt: 8 cifre, der består modulus 11-kontrollen.',
    gln: 'EAN-nummeret er ikke gyldigt: 13 cifre med rigtigt kontrolciffer.',
    invalid: 'Værdien er ikke gyldig.',
    typeNames: {
      string: 'en tekst',
      number: 'et tal',
      int: 'et helt tal',
      boolean: 'true eller false',
      object: 'et objekt',
      array: 'en liste',
      null: 'null',
    },
  },
  inquiryText: {
    offering: 'Temadag',
    format: 'Varighed',
    participants: 'Antal deltagere',
    modules: 'Tilvalg',
    preferredDates: (count) => (count === 1 ? 'Ønsket dato' : 'Ønskede datoer'),
    place: 'Sted',
    name: 'Navn',
    email: 'E-mail',
    organisation: 'Organisation',
    role: 'Stilling',
    phone: 'Telefon',
    ean: 'EAN-nummer',
    cvr: 'CVR-nummer',
    reference: 'Reference',
    campaign: 'Kampagne',
    message: 'Ønsker og behov',
  },
};
