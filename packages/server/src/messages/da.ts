import { countOf, formatList } from '@temadag/core';
import { offersDa } from './offers-da.js';
import { offerPageDa } from './offer-page-da.js';
import type { ServerMessages } from './types.js';

const SECOND = { one: 'sekund', other: 'sekunder' };
const MINUTE = { one: 'minut', other: 'minutter' };

/** The server's Danish messages. */
export const da: ServerMessages = {
  unsupportedMediaType: 'Send henvendelsen som JSON med Content-Type: application/json.',
  tooLarge: (kb) => `Henvendelsen er for stor: højst ${kb} kB.`,
  badJson: 'Henvendelsen er ikke gyldig JSON.',
  badEncoding: 'Henvendelsen skal være kodet som UTF-8.',
  notAnObject: 'Henvendelsen skal være et JSON-objekt.',
  badCharacters: 'Teksten indeholder tegn, der ikke er tilladt.',
  rateLimited: (s) =>
    `Der er sendt for mange henvendelser fra din adresse. Prøv igen om ${countOf(Number(s), SECOND, 'da')}.`,
  idempotencyKeyInvalid: (max) =>
    `Idempotency-Key skal være 1-${max} tegn: bogstaver, tal og - _ . : (fx et UUID).`,
  idempotencyConflict:
    'Denne Idempotency-Key er allerede brugt til en anden henvendelse. Brug en ny nøgle.',
  notFound: 'Siden findes ikke.',
  methodNotAllowed: (allowed) => `Metoden er ikke tilladt her. Tilladt: ${allowed}.`,
  unauthorized: 'Adgang kræver en gyldig nøgle: Authorization: Bearer <token>.',
  internal: 'Der skete en fejl på serveren. Prøv igen om lidt.',
  unavailable: 'Databasen kan ikke nås.',
  problemTitles: {
    400: 'Forespørgslen er ugyldig',
    401: 'Adgang kræver log ind',
    403: 'Ingen adgang',
    404: 'Findes ikke',
    405: 'Metoden er ikke tilladt',
    409: 'Konflikt',
    413: 'Forespørgslen er for stor',
    415: 'Forkert indholdstype',
    422: 'Indholdet kan ikke bruges',
    429: 'For mange forespørgsler',
    500: 'Fejl på serveren',
    503: 'Tjenesten er ikke tilgængelig',
  },
  problemCount: (count) =>
    `Forespørgslen har ${countOf(count, { one: 'problem', other: 'problemer' }, 'da')}. Se listen i errors.`,
  badPeriod: 'olderThan skal være et antal dage, fx 180 eller P180D.',
  badLimit: 'limit skal være et helt tal fra 1 til 1000, og offset et helt tal fra 0.',
  badFormat: 'format skal være csv eller json.',
  originRefused: 'Denne oprindelse (Origin) har ikke adgang.',
  pdfNumber: 'number skal være en tekst på 1 til 60 tegn.',
  pdfPriceDiffers:
    'Serverens pris for valget er ikke den forventede (expect): siden og serveren bruger ikke samme katalog.',
  pdfDraftFileName: (date) => `vejledende-tilbud-${date}.pdf`,
  mail: {
    subject: (ref, org) => `Ny henvendelse ${ref} fra ${org}`,
    intro: (ref) => `Der er kommet en ny henvendelse via Temadag (reference ${ref}).`,
    inquiryId: 'Henvendelsens id',
    offerHeading: 'Tilbuddet, som det blev vist',
    attachment: (file) => `Tilbuddet er vedhæftet som ${file}.`,
  },
  receipt: {
    subject: (ref) => `Tak for din henvendelse (${ref})`,
    greeting: (name) => `Kære ${name}`,
    body: (ref, provider) =>
      `Tak for din henvendelse. ${provider} har modtaget den og vender tilbage. Din reference er ${ref}. Det vejledende tilbud er vedhæftet.`,
    when: (responseTime) => `Du kan forvente svar ${responseTime}.`,
    notBinding: 'Henvendelsen er ikke bindende.',
    signature: (provider) => `Venlig hilsen\n${provider}`,
  },
  page: {
    embedTitle: (offering, provider) => `${offering} – ${provider}`,
    fallback: (provider) => `Kontakt ${provider}`,
    frameNote:
      'Tilbuddet fortsætter under rammens kant: rul i rammen. Siden, der viser rammen, mangler Temadags script til automatisk højde.',
    frameNoteLink: 'Åbn hele tilbuddet i et nyt faneblad',
    homeTitle: (provider) => `Temadage fra ${provider}`,
    homeIntro: 'Vælg en temadag. Hver side kan indlejres på en hjemmeside med en iframe.',
    catalogLink: 'Kataloget som JSON',
    formatLabel: 'Varighed',
    participantsLabel: 'Antal deltagere',
    travel: {
      kmLabel: (from) => `Afstand fra ${from} til stedet (km, én vej)`,
      zoneLabel: 'Hvor holdes temadagen?',
      zoneUnknown: 'Ved ikke endnu',
      hint: (how) => `Kørsel koster ${how}. Lad feltet stå tomt, hvis I ikke kender stedet endnu.`,
      kmRule: (rate, roundTrip, included) =>
        `${rate} pr. km${roundTrip ? ' tur-retur' : ''}${included === '0' ? '' : `, de første ${included} km er med i prisen`}`,
      zoneRule: (zones) => `efter zone (${zones})`,
      kmInvalid: 'Angiv afstanden som et helt antal km',
      optional: '(frivilligt)',
    },
    pdfButton: 'Hent tilbud som pdf-fil',
    problemsHeading: 'Der er problemer',
    problemsBack: 'Gå tilbage, og ret valget.',
  },
  offerPage: offerPageDa,
  console: {
    wrongPassword: 'Forkert adgangskode.',
    tooManyAttempts: (min) =>
      `For mange forsøg på at logge ind. Vent ${countOf(Number(min), MINUTE, 'da')}, og prøv så igen.`,
    noPassword:
      'Der er ikke sat nogen adgangskode til konsollen. Sæt en på serveren med: temadag admin password',
    signInRequired: 'Log ind i konsollen først.',
    csrfRefused:
      'Forespørgslen mangler konsollens sikkerhedsnøgle (X-CSRF-Token). Genindlæs siden, og prøv igen.',
    passwordMissing: 'Skriv adgangskoden.',
    badBody: 'Forespørgslen skal være et JSON-objekt med de rigtige felter.',
    badStatus: (allowed) =>
      `Status skal være én af: ${formatList(allowed.split(', '), 'da', 'disjunction')}.`,
    badNote: (max) => `Noten skal være på 1-${max} tegn.`,
    badPage: 'page skal være et helt tal fra 1, og pageSize et helt tal fra 1 til 100.',
    badSeparator: 'separator skal være ; eller ,.',
    badOlderThanDays: 'olderThanDays skal være et helt antal dage fra 1, fx 180.',
    noDelivery: 'Der er ingen afsendelse med dette id, som kan sendes igen.',
    noCatalogVersion: 'Den katalogversion findes ikke.',
    notJson: (where) => `Indholdet er ikke gyldig JSON: ${where}.`,
    jsonAt: (line, column) => `fejl i linje ${line}, kolonne ${column}`,
    notInstalledTitle: 'Konsollen er ikke installeret',
    notInstalledText:
      'Serveren kører, men konsollens filer (pakken @temadag/console) er ikke installeret. Installér pakken, eller angiv mappen med TEMADAG_CONSOLE_DIR, og genstart serveren.',
  },
  catalogFile: {
    notFound: (file) => `Katalogfilen ${file} findes ikke.`,
    isDirectory: (file) => `${file} er en mappe, ikke en katalogfil.`,
    noAccess: (file) => `Katalogfilen ${file} kan ikke læses: ingen adgang.`,
    unreadable: (file, reason) => `Katalogfilen ${file} kan ikke læses: ${reason}.`,
    invalidJson: (file, problem, line, column) =>
      `${file} er ikke gyldig JSON: ${problem} i linje ${line}, kolonne ${column}.`,
    invalidJsonNoPosition: (file, problem) => `${file} er ikke gyldig JSON: ${problem}.`,
    jsonUnexpected: (found) => `uventet tegn ${found}`,
    jsonEnd: 'teksten slutter for tidligt',
    problems: (file) => `Kataloget ${file} har fejl:`,
  },
  offers: offersDa,
};
