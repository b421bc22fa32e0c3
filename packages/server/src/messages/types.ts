import type { OfferMessages } from './offer-types.js';
import type { OfferPageMessages } from './offer-page-types.js';

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
  /**
   * The `title` of an error answer (`application/problem+json`) by status: the status's
   * phrase in the reader's language.
   */
  problemTitles: Readonly<Record<number, string>>;
  /** The `detail` of an error answer with `count` problems, which its `errors` list. */
  problemCount: (count: number) => string;
  badPeriod: string;
  badLimit: string;
  badFormat: string;
  originRefused: string;
  /** `POST /api/offers/pdf`: the `number` text is not a short single line. */
  pdfNumber: string;
  /** `POST /api/offers/pdf`: the server's price of the selection is not the `expect`ed one. */
  pdfPriceDiffers: string;
  /**
   * `POST /api/offers/pdf`: the file name of the unnumbered (indicative) offer made on `date`
   * (`YYYY-MM-DD`), the same as the widget's own (its translations' `pdfDraftFileName`).
   */
  pdfDraftFileName: (date: string) => string;
  /** The email to the provider. */
  mail: {
    /** "Ny henvendelse H-2026-0042 fra Aarhus Kommune". */
    subject: (reference: string, organisation: string) => string;
    /** The first line, with the inquiry's reference. */
    intro: (reference: string) => string;
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
    /**
     * When to expect an answer, from the catalog (`provider.responseTime`, e.g. "inden for 2
     * hverdage"): the widget's sentence after sending (`test/notify.test.ts` holds them equal).
     */
    when: (responseTime: string) => string;
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
    /** Atop the embed page in a frame of fixed height (the host page lacks the resize script). */
    frameNote: string;
    /** The note's link to the same page in a new tab. */
    frameNoteLink: string;
    /** The front page's title and heading: `Temadage fra <provider>`. */
    homeTitle: (provider: string) => string;
    homeIntro: string;
    catalogLink: string;
    /** The plain form's labels on the embed page (for visitors without JavaScript). */
    formatLabel: string;
    participantsLabel: string;
    /**
     * The plain form's travel field: the widget's words for it (label, hint, limits' error),
     * so a visitor without JavaScript reads the same; `test/embed-travel.test.ts` holds them
     * to the widget's.
     */
    travel: {
      /** `Afstand fra <city> til stedet (km, én vej)`. */
      kmLabel: (from: string) => string;
      zoneLabel: string;
      /** The zone list's first choice: the place is not known yet. */
      zoneUnknown: string;
      /** Under the label: what travel costs (`kmRule` or `zoneRule`), and that it may be empty. */
      hint: (how: string) => string;
      /** A per-km rule: "3,80 kr. pr. km tur-retur", with the km included when there are any. */
      kmRule: (rate: string, roundTrip: boolean, included: string) => string;
      /** A zone rule: "efter zone (Storkøbenhavn 500,00 kr., …)". */
      zoneRule: (zones: string) => string;
      /** A distance that is not a whole number of km from 0 to 10,000. */
      kmInvalid: string;
      optional: string;
    };
    pdfButton: string;
    /** The page that lists the problems of the plain form's choice. */
    problemsHeading: string;
    problemsBack: string;
  };
  /** The customer's offer page (`/o/:token`). */
  offerPage: OfferPageMessages;
  /** The provider's console and its API (`/admin`). */
  console: ConsoleMessages;
  /** The offer's life: revising, sending, the public page's forms, the emails. */
  offers: OfferMessages;
  /** Reading the catalog file (see `readCatalogFile`). */
  catalogFile: {
    /** There is no such `file`. */
    notFound: (file: string) => string;
    /** The `file` is a folder. */
    isDirectory: (file: string) => string;
    /** The `file` may not be read (permissions). */
    noAccess: (file: string) => string;
    /** Unreadable for another `reason`, e.g. an error code. */
    unreadable: (file: string, reason: string) => string;
    /** Not JSON: the `problem` and where it is. */
    invalidJson: (file: string, problem: string, line: string, column: string) => string;
    /** Not JSON, when the position of the `problem` is unknown. */
    invalidJsonNoPosition: (file: string, problem: string) => string;
    /** The character `found` where the JSON goes wrong, quoted. */
    jsonUnexpected: (found: string) => string;
    jsonEnd: string;
    /** The heading before the catalog's problems, one per line. */
    problems: (file: string) => string;
  };
}

/** The texts of the console's API and its fallback page. */
export interface ConsoleMessages {
  /** `401` at sign-in: the password is wrong (the same text for any wrong credential). */
  wrongPassword: string;
  /** `429` at sign-in: too many attempts; try again in `minutes` (rounded up). */
  tooManyAttempts: (minutes: string) => string;
  /** `409` at sign-in: no password is set yet, and how to set one. */
  noPassword: string;
  /** `401`: the request has no live session. */
  signInRequired: string;
  /** `403`: a state-changing request without the session's `X-CSRF-Token`. */
  csrfRefused: string;
  /** `400`: the sign-in body is not `{ "password": "…" }`. */
  passwordMissing: string;
  /** `400`: a body that is not the JSON object the route takes. */
  badBody: string;
  /** `422`: an unknown status; `allowed` lists the statuses. */
  badStatus: (allowed: string) => string;
  /** `422`: a note outside 1 to `max` characters. */
  badNote: (max: string) => string;
  /** `400`: page or pageSize out of range. */
  badPage: string;
  /** `400`: a CSV separator other than `;` and `,`. */
  badSeparator: string;
  /** `400`: olderThanDays is not a whole number of days from 1. */
  badOlderThanDays: string;
  /** `404`: no failed or pending delivery with this id. */
  noDelivery: string;
  /** `404`: no catalog version with this number. */
  noCatalogVersion: string;
  /** `400`: the body (e.g. an uploaded catalog) is not JSON: where, from {@link ConsoleMessages.jsonAt}. */
  notJson: (where: string) => string;
  /** Where a JSON text goes wrong: `line` and `column`. */
  jsonAt: (line: string, column: string) => string;
  /** The page at `/admin/` when the console's files are not installed. */
  notInstalledTitle: string;
  notInstalledText: string;
}
