import type { RevisionState } from '@temadag/core';
import type { InquiryStatus } from '../api/types.js';
import type { FormCheckWords } from '../offer-editor/form-state.js';

/**
 * Every word of the console, one typed catalogue per language. Money, dates and the offer's
 * own words (lines, VAT, totals) come from `@temadag/core`; values arrive formatted.
 */
export interface ConsoleMessages {
  app: {
    name: string;
    /** The page title: "Henvendelser – Temadag". */
    title: (page: string) => string;
    /** The page title with the number of new inquiries first: "(3) Henvendelser – Temadag". */
    titleWithNew: (count: number, page: string) => string;
    nav: string;
    inbox: string;
    catalog: string;
    embed: string;
    signOut: string;
    signOutEverywhere: string;
    otherLanguage: string;
    /** The other language's code, for the switch link's `lang`. */
    otherLanguageCode: 'da' | 'en';
    loading: string;
    notFound: string;
    signedOut: string;
    signedOutEverywhere: string;
    sessionExpired: string;
    /** A failure the server did not put in words; 0 when it could not be reached. */
    failure: (status: number) => string;
    errorSummary: string;
    cancel: string;
    close: string;
  };
  login: {
    heading: string;
    intro: string;
    password: string;
    submit: string;
    signingIn: string;
    /** Too many attempts: try again after `wait` (already worded: "2 minutter"). */
    throttled: (wait: string) => string;
    /** A number of seconds as a duration: "45 sekunder", "2 minutter". */
    duration: (seconds: number) => string;
    required: string;
    noPasswordHeading: string;
    noPassword: string;
    noPasswordCommand: string;
    noPasswordAfter: string;
  };
  status: Record<InquiryStatus, string>;
  delivery: {
    channel: Record<'email' | 'receipt' | 'webhook', string>;
    state: Record<'pending' | 'sent' | 'failed', string>;
    none: string;
  };
  inbox: {
    heading: string;
    filters: string;
    statusFilter: string;
    offeringFilter: string;
    all: string;
    search: string;
    searchHint: string;
    apply: string;
    clear: string;
    /** "12 henvendelser", "1 henvendelse". */
    count: (total: number) => string;
    empty: string;
    caption: string;
    reference: string;
    date: string;
    organisation: string;
    offering: string;
    format: string;
    participants: string;
    total: string;
    status: string;
    deliveries: string;
    onRequest: string;
    paging: string;
    previous: string;
    next: string;
    /** "Side 2 af 5". */
    pageOf: (page: number, pages: number) => string;
    exportHeading: string;
    exportCsv: string;
    exportCsvSemicolon: string;
    exportJson: string;
    purgeHeading: string;
    purgeLabel: string;
    purgeHint: string;
    purgeButton: string;
    /** The confirmation question: "Slet alle henvendelser ældre end 365 dage?". */
    purgeConfirm: (days: number) => string;
    purgeWarning: string;
    purgeInvalid: string;
    /** "3 henvendelser er slettet." */
    purged: (count: number) => string;
  };
  detail: {
    back: string;
    /** "Henvendelse H-2026-0042". */
    heading: (reference: string) => string;
    received: string;
    catalogVersion: string;
    catalogFile: string;
    statusHeading: string;
    statusLabel: string;
    statusSave: string;
    statusSaved: string;
    history: string;
    visitorHeading: string;
    name: string;
    email: string;
    phone: string;
    role: string;
    organisation: string;
    preferredDates: string;
    place: string;
    message: string;
    ean: string;
    cvr: string;
    invoiceReference: string;
    utm: string;
    language: string;
    languages: Record<'da' | 'en', string>;
    none: string;
    offerHeading: string;
    pdf: string;
    deliveriesHeading: string;
    channel: string;
    state: string;
    attempts: string;
    lastError: string;
    nextAttempt: string;
    resend: string;
    /** After "Send igen": "E-mail er sat i kø igen." */
    resent: (channel: string) => string;
    notesHeading: string;
    noNotes: string;
    noteLabel: string;
    noteHint: string;
    noteAdd: string;
    noteEmpty: string;
    noteTooLong: string;
    eraseHeading: string;
    eraseIntro: string;
    eraseButton: string;
    /** "Slet henvendelse H-2026-0042 for altid?" */
    eraseConfirm: (reference: string) => string;
    eraseWarning: string;
    /** The inquiry with this `reference` has been erased. */
    erased: (reference: string) => string;
    makeOffer: string;
    makeOfferHint: string;
  };
  revisions: {
    heading: string;
    none: string;
    state: Record<RevisionState, string>;
    /** "T-2027-0042-2: Accepteret". */
    itemHeading: (number: string, state: string) => string;
    replaces: string;
    sentAt: string;
    validUntil: string;
    total: string;
    onRequest: string;
    /** The PDF link of one revision: "Hent T-2027-0042-2 som pdf-fil". */
    pdf: (number: string) => string;
    /** The UBL link of an accepted revision. */
    ubl: (number: string) => string;
    acceptedBy: string;
    acceptedTitle: string;
    acceptedAt: string;
    orderReference: string;
    sha256: string;
    declinedAt: string;
    declineReason: string;
    noReason: string;
  };
  offerEditor: {
    /** "Tilbud til henvendelse H-2026-0042". */
    heading: (reference: string) => string;
    intro: string;
    back: string;
    optional: string;
    errorPrefix: string;
    designHeading: string;
    format: string;
    participants: string;
    /** "Mellem 8 og 80." */
    participantsHint: (min: number, max: number) => string;
    modules: string;
    requiredModule: string;
    date: string;
    place: string;
    customerHeading: string;
    organisation: string;
    contact: string;
    email: string;
    emailHint: string;
    ean: string;
    eanHint: string;
    cvr: string;
    cvrHint: string;
    reference: string;
    linesHeading: string;
    linesIntro: string;
    noLines: string;
    /** The legend of one line: "Linje 2". */
    line: (n: number) => string;
    description: string;
    quantity: string;
    unitPrice: string;
    unitPriceHint: string;
    vatRate: string;
    vat25: string;
    vat0: string;
    addLine: string;
    /** "Fjern linje 2". */
    removeLine: (n: number) => string;
    adjustmentHeading: string;
    adjustmentKind: string;
    adjustmentNone: string;
    discount: string;
    surcharge: string;
    adjustmentBy: string;
    byRate: string;
    byAmount: string;
    rateValue: string;
    amountValue: string;
    reason: string;
    reasonHint: string;
    validityHeading: string;
    validUntil: string;
    validUntilHint: string;
    message: string;
    messageHint: string;
    previewHeading: string;
    previewLoading: string;
    previewInvalid: string;
    binding: string;
    /** The polite announcement of a new total: "I alt inkl. moms: 12.500,00 kr.". */
    previewTotal: (total: string) => string;
    send: string;
    sending: string;
    /** The confirmation: "Send tilbuddet til Mette Hansen (mette@example.dk)?". */
    sendQuestion: (recipient: string) => string;
    sendWarning: string;
    sendConfirm: string;
    /** After sending: "Tilbud T-2026-0003-2 er sendt til mette@example.dk.". */
    sent: (number: string, email: string) => string;
    check: FormCheckWords;
  };
  catalog: {
    heading: string;
    /** The running catalog is the `file` given at start. */
    sourceFile: (file: string) => string;
    sourceFileUnknown: string;
    /** "Kørende: version 3, uploadet i konsollen." */
    sourceConsole: (version: number) => string;
    consoleWins: string;
    versionsHeading: string;
    version: string;
    created: string;
    offerings: string;
    running: string;
    activate: string;
    /** "Version 3 kører nu." */
    activated: (version: number) => string;
    backToFile: string;
    backToFileDone: string;
    fileRow: string;
    noVersions: string;
    uploadHeading: string;
    uploadLabel: string;
    uploadHint: string;
    uploadActivate: string;
    uploadButton: string;
    uploadNoFile: string;
    /** The file is not JSON: the parser's `detail`. */
    uploadNotJson: (detail: string) => string;
    /** An uploaded catalog with `count` problems, none of it stored. */
    uploadInvalid: (count: number) => string;
    /** "Version 4 er gemt." */
    uploaded: (version: number, active: boolean) => string;
    contentsHeading: string;
    formats: string;
    modules: string;
    priceRules: string;
    previewHeading: string;
    previewOffering: string;
    previewLabel: string;
  };
  embed: {
    heading: string;
    intro: string;
    offering: string;
    language: string;
    way: string;
    script: string;
    iframe: string;
    colour: string;
    colourHint: string;
    colourIframe: string;
    colourInvalid: string;
    snippetHeading: string;
    copy: string;
    copied: string;
    copyFailed: string;
    previewHeading: string;
    previewLabel: string;
    originsHeading: string;
    originsIntro: string;
    originsNone: string;
    cspHeading: string;
    cspIntro: string;
    /** The default title of the fallback content and the iframe: "Tilbud: <title>". */
    iframeTitle: (title: string) => string;
    fallbackContact: string;
  };
  dialog: {
    confirm: string;
  };
}
