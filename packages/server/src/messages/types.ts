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
    catalogLink: string;
    /** The plain form's labels on the embed page (for visitors without JavaScript). */
    formatLabel: string;
    participantsLabel: string;
    pdfButton: string;
    /** The page that lists the problems of the plain form's choice. */
    problemsHeading: string;
    problemsBack: string;
  };
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
