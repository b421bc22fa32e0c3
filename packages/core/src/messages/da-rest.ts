import type { RestMessages } from './types.js';
import { countIn, formatList, pluralForm } from './words.js';

const ELEMENT = { one: 'element', other: 'elementer' };

/**
 * Danish words beyond the widget's first paint: the rest of the offer's words (the PDF's and
 * the text export's), the inquiry form's, catalog checks, schema issues and the inquiry's text.
 */
export const daRest: RestMessages = {
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
  inquiry: {
    nameEmpty: 'Indtast dit navn',
    emailEmpty: 'Indtast din e-mailadresse',
    emailNoAt: 'E-mailadressen skal indeholde @, fx navn@kommune.dk',
    emailInvalid: 'Indtast en e-mailadresse i formatet navn@kommune.dk',
    organisationEmpty: 'Indtast navnet på din organisation, fx kommune eller boligorganisation',
    phoneInvalid: 'Indtast et dansk telefonnummer, fx 12345678 eller +45 12 34 56 78',
    formatEmpty: 'Vælg halv eller hel temadag',
    dateInvalid: 'Datoen skal være en gyldig dato, fx 15.03.2027',
    datePast: 'Vælg en dato efter i dag',
    messageTooLong: (maximum, actual) =>
      `Ønsker og behov må højst være ${maximum} tegn. Du har skrevet ${actual} tegn`,
    eanInvalid: 'EAN-nummeret skal være 13 cifre, fx 5790000000005',
    eanCheckDigit: 'EAN-nummeret er ikke gyldigt. Tjek, at alle 13 cifre er skrevet rigtigt',
    cvrInvalid: 'CVR-nummeret skal være 8 cifre, fx 12345678',
    cvrCheck: 'CVR-nummeret er ikke gyldigt. Tjek, at alle 8 cifre er skrevet rigtigt',
    tooLong: (field, maximum) => `${field} må højst være ${maximum} tegn`,
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
  issue: {
    required: 'Feltet mangler.',
    type: (expected) => `Skal være ${expected}.`,
    tooSmall: (minimum) => `Skal være mindst ${minimum}.`,
    tooBig: (maximum) => `Må højst være ${maximum}.`,
    tooShort: (minimum) =>
      minimum === '1' ? 'Må ikke være tom.' : `Skal være mindst ${minimum} tegn.`,
    tooLong: (maximum, actual) => `Må højst være ${maximum} tegn (er ${actual}).`,
    tooFew: (minimum, count = countIn(minimum)) =>
      `Skal have mindst ${minimum} ${pluralForm(count, ELEMENT, 'da')}.`,
    tooMany: (maximum, count = countIn(maximum)) =>
      `Må højst have ${maximum} ${pluralForm(count, ELEMENT, 'da')}.`,
    integer: 'Skal være et helt tal.',
    email: 'Skal være en e-mailadresse, fx navn@example.dk.',
    url: 'Skal være en webadresse, fx https://www.example.dk.',
    date: 'Skal være en dato som ÅÅÅÅ-MM-DD, fx 2027-03-15.',
    pattern: 'Har ikke det rigtige format.',
    id: 'Et id må kun have små bogstaver a-z, tal og enkelte bindestreger, fx "hel-temadag".',
    oneOf: (values, items = [values]) =>
      `Skal være én af: ${formatList(items, 'da', 'disjunction')}.`,
    unknownKeys: (keys, items = [keys]) =>
      `${items.length === 1 ? 'Ukendt felt' : 'Ukendte felter'}: ${formatList(items, 'da')}.`,
    union: 'Har ingen af de tilladte former.',
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
    time: 'Tidspunkt',
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
