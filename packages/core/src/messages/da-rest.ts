import type { FormRestMessages } from './types.js';
import { countIn, formatList, pluralForm } from './words.js';

const ELEMENT = { one: 'element', other: 'elementer' };

/**
 * Danish words beyond the widget's first paint that the inquiry form uses: its field
 * errors, schema issues and the inquiry's text. The offer's document words and catalog checks
 * are in `da-document.ts`.
 */
export const daRest: FormRestMessages = {
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
