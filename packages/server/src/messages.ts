import type { Locale } from '@temadag/core';

/** Every text the server writes itself (HTTP errors, emails, pages), one catalogue per language. */
export interface ServerMessages {
  unsupportedMediaType: string;
  /** `413`: the body is over the limit of `kilobytes` kB. */
  tooLarge: (kilobytes: string) => string;
  badJson: string;
  badEncoding: string;
  notAnObject: string;
  badCharacters: string;
  /** `429`: too many requests from one address; try again in `seconds`. */
  rateLimited: (seconds: string) => string;
  /** `400`: the `Idempotency-Key` is not 1 to `max` allowed characters. */
  idempotencyKeyInvalid: (max: string) => string;
  idempotencyConflict: string;
  notFound: string;
  /** `405`, naming the `allowed` methods, e.g. `GET, HEAD`. */
  methodNotAllowed: (allowed: string) => string;
  unauthorized: string;
  internal: string;
  unavailable: string;
  badPeriod: string;
  badLimit: string;
  badFormat: string;
  originRefused: string;
  /** The email to the provider. */
  mail: {
    /** "Ny henvendelse H-2026-0042 fra Aarhus Kommune". */
    subject: (reference: string, organisation: string) => string;
    /** The first line, with the inquiry's reference. */
    intro: (reference: string) => string;
    contactHeading: string;
    name: string;
    email: string;
    organisation: string;
    role: string;
    phone: string;
    preferredDates: string;
    place: string;
    message: string;
    invoicing: string;
    ean: string;
    cvr: string;
    reference: string;
    campaign: string;
    inquiryId: string;
    offerHeading: string;
    /** The line that names the attached PDF `file`. */
    attachment: (file: string) => string;
  };
  /** The optional receipt to the person who asked. */
  receipt: {
    /** "Tak for din henvendelse (H-2026-0042)". */
    subject: (reference: string) => string;
    /** "Kære Anna Andersen". */
    greeting: (name: string) => string;
    /** Thanks, that the `provider` has it, the `reference`, and that the offer is attached. */
    body: (reference: string, provider: string) => string;
    notBinding: string;
    /** The closing greeting from the `provider`. */
    signature: (provider: string) => string;
  };
  /** The embed page and the front page. */
  page: {
    /** The embed page's `<title>`: the offering's title and the provider's name. */
    embedTitle: (offering: string, provider: string) => string;
    /** The contact link shown without JavaScript: `Kontakt <provider>`. */
    fallback: (provider: string) => string;
    /** The front page's title and heading: `Temadage fra <provider>`. */
    homeTitle: (provider: string) => string;
    homeIntro: string;
    embedLink: string;
    catalogLink: string;
  };
}

const da: ServerMessages = {
  unsupportedMediaType: 'Send henvendelsen som JSON med Content-Type: application/json.',
  tooLarge: (kb) => `Henvendelsen er for stor: højst ${kb} kB.`,
  badJson: 'Henvendelsen er ikke gyldig JSON.',
  badEncoding: 'Henvendelsen skal være kodet som UTF-8.',
  notAnObject: 'Henvendelsen skal være et JSON-objekt.',
  badCharacters: 'Teksten indeholder tegn, der ikke er tilladt.',
  rateLimited: (s) => `Der er sendt for mange henvendelser fra din adresse. Prøv igen om ${s} s.`,
  idempotencyKeyInvalid: (max) =>
    `Idempotency-Key skal være 1-${max} tegn: bogstaver, tal og - _ . : (fx et UUID).`,
  idempotencyConflict:
    'Denne Idempotency-Key er allerede brugt til en anden henvendelse. Brug en ny nøgle.',
  notFound: 'Siden findes ikke.',
  methodNotAllowed: (allowed) => `Metoden er ikke tilladt her. Tilladt: ${allowed}.`,
  unauthorized: 'Adgang kræver en gyldig nøgle: Authorization: Bearer <token>.',
  internal: 'Der skete en fejl på serveren. Prøv igen om lidt.',
  unavailable: 'Databasen kan ikke nås.',
  badPeriod: 'olderThan skal være et antal dage, fx 180 eller P180D.',
  badLimit: 'limit skal være et helt tal fra 1 til 1000, og offset et helt tal fra 0.',
  badFormat: 'format skal være csv eller json.',
  originRefused: 'Denne oprindelse (Origin) har ikke adgang.',
  mail: {
    subject: (ref, org) => `Ny henvendelse ${ref} fra ${org}`,
    intro: (ref) => `Der er kommet en ny henvendelse via Temadag (reference ${ref}).`,
    contactHeading: 'Kontakt',
    name: 'Navn',
    email: 'E-mail',
    organisation: 'Organisation',
    role: 'Rolle',
    phone: 'Telefon',
    preferredDates: 'Ønskede datoer',
    place: 'Sted',
    message: 'Besked',
    invoicing: 'Fakturering',
    ean: 'EAN-nummer',
    cvr: 'CVR-nummer',
    reference: 'Reference',
    campaign: 'Kampagne',
    inquiryId: 'Henvendelsens id',
    offerHeading: 'Tilbuddet, som det blev vist',
    attachment: (file) => `Tilbuddet er vedhæftet som ${file}.`,
  },
  receipt: {
    subject: (ref) => `Tak for din henvendelse (${ref})`,
    greeting: (name) => `Kære ${name}`,
    body: (ref, provider) =>
      `Tak for din henvendelse. ${provider} har modtaget den og vender tilbage. Din reference er ${ref}. Det vejledende tilbud er vedhæftet.`,
    notBinding: 'Henvendelsen er ikke bindende.',
    signature: (provider) => `Venlig hilsen\n${provider}`,
  },
  page: {
    embedTitle: (offering, provider) => `${offering} – ${provider}`,
    fallback: (provider) => `Kontakt ${provider}`,
    homeTitle: (provider) => `Temadage fra ${provider}`,
    homeIntro: 'Vælg en temadag. Hver side kan indlejres på en hjemmeside med en iframe.',
    embedLink: 'Side til indlejring',
    catalogLink: 'Kataloget som JSON',
  },
};

const en: ServerMessages = {
  unsupportedMediaType: 'Send the inquiry as JSON with Content-Type: application/json.',
  tooLarge: (kb) => `The inquiry is too large: at most ${kb} kB.`,
  badJson: 'The inquiry is not valid JSON.',
  badEncoding: 'The inquiry must be encoded as UTF-8.',
  notAnObject: 'The inquiry must be a JSON object.',
  badCharacters: 'The text contains characters that are not allowed.',
  rateLimited: (s) => `Too many inquiries were sent from your address. Try again in ${s} s.`,
  idempotencyKeyInvalid: (max) =>
    `Idempotency-Key must be 1-${max} characters: letters, digits and - _ . : (e.g. a UUID).`,
  idempotencyConflict:
    'This Idempotency-Key was already used for a different inquiry. Use a new key.',
  notFound: 'Not found.',
  methodNotAllowed: (allowed) => `Method not allowed here. Allowed: ${allowed}.`,
  unauthorized: 'Access needs a valid token: Authorization: Bearer <token>.',
  internal: 'Something went wrong on the server. Try again shortly.',
  unavailable: 'The database cannot be reached.',
  badPeriod: 'olderThan must be a number of days, e.g. 180 or P180D.',
  badLimit: 'limit must be a whole number from 1 to 1000, and offset a whole number from 0.',
  badFormat: 'format must be csv or json.',
  originRefused: 'This origin has no access.',
  mail: {
    subject: (ref, org) => `New inquiry ${ref} from ${org}`,
    intro: (ref) => `A new inquiry came in through Temadag (reference ${ref}).`,
    contactHeading: 'Contact',
    name: 'Name',
    email: 'Email',
    organisation: 'Organisation',
    role: 'Role',
    phone: 'Phone',
    preferredDates: 'Preferred dates',
    place: 'Place',
    message: 'Message',
    invoicing: 'Invoicing',
    ean: 'EAN number',
    cvr: 'CVR number',
    reference: 'Reference',
    campaign: 'Campaign',
    inquiryId: 'Inquiry id',
    offerHeading: 'The offer as it was shown',
    attachment: (file) => `The offer is attached as ${file}.`,
  },
  receipt: {
    subject: (ref) => `Thank you for your inquiry (${ref})`,
    greeting: (name) => `Dear ${name}`,
    body: (ref, provider) =>
      `Thank you for your inquiry. ${provider} has received it and will get back to you. Your reference is ${ref}. The indicative offer is attached.`,
    notBinding: 'The inquiry is not binding.',
    signature: (provider) => `Kind regards\n${provider}`,
  },
  page: {
    embedTitle: (offering, provider) => `${offering} – ${provider}`,
    fallback: (provider) => `Contact ${provider}`,
    homeTitle: (provider) => `Theme days from ${provider}`,
    homeIntro: 'Choose a theme day. Each page can be embedded in a website with an iframe.',
    embedLink: 'Page for embedding',
    catalogLink: 'The catalog as JSON',
  },
};

/**
 * The server's messages by locale.
 *
 * @example
 * ```ts
 * serverMessages.en.badJson; // 'The inquiry is not valid JSON.'
 * ```
 */
export const serverMessages: Readonly<Record<Locale, ServerMessages>> = { da, en };
