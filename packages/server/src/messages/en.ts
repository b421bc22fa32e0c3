import { countOf, formatList } from '@temadag/core';
import { offersEn } from './offers-en.js';
import { offerPageEn } from './offer-page-en.js';
import type { ServerMessages } from './types.js';

const SECOND = { one: 'second', other: 'seconds' };
const MINUTE = { one: 'minute', other: 'minutes' };

/** The server's English messages. */
export const en: ServerMessages = {
  unsupportedMediaType: 'Send the inquiry as JSON with Content-Type: application/json.',
  tooLarge: (kb) => `The inquiry is too large: at most ${kb} kB.`,
  badJson: 'The inquiry is not valid JSON.',
  badEncoding: 'The inquiry must be encoded as UTF-8.',
  notAnObject: 'The inquiry must be a JSON object.',
  badCharacters: 'The text contains characters that are not allowed.',
  rateLimited: (s) =>
    `Too many inquiries were sent from your address. Try again in ${countOf(Number(s), SECOND, 'en')}.`,
  idempotencyKeyInvalid: (max) =>
    `Idempotency-Key must be 1-${max} characters: letters, digits and - _ . : (e.g. a UUID).`,
  idempotencyConflict:
    'This Idempotency-Key was already used for a different inquiry. Use a new key.',
  notFound: 'Not found.',
  methodNotAllowed: (allowed) => `Method not allowed here. Allowed: ${allowed}.`,
  unauthorized: 'Access needs a valid token: Authorization: Bearer <token>.',
  internal: 'Something went wrong on the server. Try again shortly.',
  unavailable: 'The database cannot be reached.',
  problemTitles: {
    400: 'Bad Request',
    401: 'Unauthorized',
    403: 'Forbidden',
    404: 'Not Found',
    405: 'Method Not Allowed',
    409: 'Conflict',
    413: 'Content Too Large',
    415: 'Unsupported Media Type',
    422: 'Unprocessable Content',
    429: 'Too Many Requests',
    500: 'Internal Server Error',
    503: 'Service Unavailable',
  },
  problemCount: (count) =>
    `The request has ${countOf(count, { one: 'problem', other: 'problems' }, 'en')}. See the list in errors.`,
  badPeriod: 'olderThan must be a number of days, e.g. 180 or P180D.',
  badLimit: 'limit must be a whole number from 1 to 1000, and offset a whole number from 0.',
  badFormat: 'format must be csv or json.',
  originRefused: 'This origin has no access.',
  pdfNumber: 'number must be a text of 1 to 60 characters.',
  pdfPriceDiffers:
    "The server's price of the selection is not the expected one (expect): the page and the server do not use the same catalog.",
  pdfDraftFileName: (date) => `indicative-offer-${date}.pdf`,
  mail: {
    subject: (ref, org) => `New inquiry ${ref} from ${org}`,
    intro: (ref) => `A new inquiry came in through Temadag (reference ${ref}).`,
    inquiryId: 'Inquiry id',
    offerHeading: 'The offer as it was shown',
    attachment: (file) => `The offer is attached as ${file}.`,
  },
  receipt: {
    subject: (ref) => `Thank you for your inquiry (${ref})`,
    greeting: (name) => `Dear ${name}`,
    body: (ref, provider) =>
      `Thank you for your inquiry. ${provider} has received it and will get back to you. Your reference is ${ref}. The indicative offer is attached.`,
    when: (responseTime) => `You can expect an answer ${responseTime}.`,
    notBinding: 'The inquiry is not binding.',
    signature: (provider) => `Kind regards\n${provider}`,
  },
  page: {
    embedTitle: (offering, provider) => `${offering} – ${provider}`,
    fallback: (provider) => `Contact ${provider}`,
    frameNote:
      "The offer continues below the frame's edge: scroll inside the frame. The page showing the frame lacks Temadag's auto-height script.",
    frameNoteLink: 'Open the full offer in a new tab',
    homeTitle: (provider) => `Theme days from ${provider}`,
    homeIntro: 'Choose a theme day. Each page can be embedded in a website with an iframe.',
    catalogLink: 'The catalog as JSON',
    formatLabel: 'Duration',
    participantsLabel: 'Number of participants',
    travel: {
      kmLabel: (from) => `Distance from ${from} to the venue (km, one way)`,
      zoneLabel: 'Where is the theme day held?',
      zoneUnknown: 'Not known yet',
      hint: (how) => `Travel costs ${how}. Leave the field empty if you do not know the venue yet.`,
      kmRule: (rate, roundTrip, included) =>
        `${rate} per km${roundTrip ? ' for the return trip' : ''}${included === '0' ? '' : `, the first ${included} km included`}`,
      zoneRule: (zones) => `by zone (${zones})`,
      kmInvalid: 'Enter the distance as a whole number of km',
      optional: '(optional)',
    },
    pdfButton: 'Download the offer as a PDF file',
    problemsHeading: 'There are problems',
    problemsBack: 'Go back and correct the choice.',
  },
  offerPage: offerPageEn,
  console: {
    wrongPassword: 'Wrong password.',
    tooManyAttempts: (min) =>
      `Too many sign-in attempts. Wait ${countOf(Number(min), MINUTE, 'en')} and try again.`,
    noPassword: 'No console password is set. Set one on the server with: temadag admin password',
    signInRequired: 'Sign in to the console first.',
    csrfRefused:
      "The request lacks the console's security token (X-CSRF-Token). Reload the page and try again.",
    passwordMissing: 'Enter the password.',
    badBody: 'The request must be a JSON object with the right fields.',
    badStatus: (allowed) =>
      `The status must be one of: ${formatList(allowed.split(', '), 'en', 'disjunction')}.`,
    badNote: (max) => `The note must be 1-${max} characters.`,
    badPage: 'page must be a whole number from 1, and pageSize a whole number from 1 to 100.',
    badSeparator: 'separator must be ; or ,.',
    badOlderThanDays: 'olderThanDays must be a whole number of days from 1, e.g. 180.',
    noDelivery: 'There is no delivery with this id that can be sent again.',
    noCatalogVersion: 'There is no such catalog version.',
    notJson: (where) => `The content is not valid JSON: ${where}.`,
    jsonAt: (line, column) => `error at line ${line}, column ${column}`,
    notInstalledTitle: 'The console is not installed',
    notInstalledText:
      "The server is running, but the console's files (the package @temadag/console) are not installed. Install the package, or give the folder with TEMADAG_CONSOLE_DIR, and restart the server.",
  },
  catalogFile: {
    notFound: (file) => `The catalog file ${file} does not exist.`,
    isDirectory: (file) => `${file} is a folder, not a catalog file.`,
    noAccess: (file) => `The catalog file ${file} cannot be read: permission denied.`,
    unreadable: (file, reason) => `The catalog file ${file} cannot be read: ${reason}.`,
    invalidJson: (file, problem, line, column) =>
      `${file} is not valid JSON: ${problem} at line ${line}, column ${column}.`,
    invalidJsonNoPosition: (file, problem) => `${file} is not valid JSON: ${problem}.`,
    jsonUnexpected: (found) => `unexpected character ${found}`,
    jsonEnd: 'the text ends too early',
    problems: (file) => `The catalog ${file} has problems:`,
  },
  offers: offersEn,
};
