import type { ModuleKind } from '@temadag/core';

/**
 * The words of `<temadag-offer>` and `<temadag-catalog>` that only the widget uses. Words
 * shared with the PDF and the text offer ("Vejledende pris", "Moms 25 %", "I alt inkl.
 * moms", "Program" ...) come from `@temadag/core`'s messages. Values arrive formatted for the
 * language.
 */
export interface Translation {
  loadFailed: string;
  /** The catalog's server does not allow this page, and the page wrote no fallback content. */
  loadRefused: string;
  /** The catalog has no offering with this `id`: `Temadagen "<id>" findes ikke i kataloget.` */
  unknownOffering: (id: string) => string;
  audience: string;
  description: string;
  shapeHeading: string;
  shapeIntro: string;
  formatLegend: string;
  /** The format's length and times: "3 t. 30 min., kl. 09.00–12.30". */
  formatTimes: (duration: string, times: string) => string;
  /** The hint under the number of participants: "Mellem 8 og 80 deltagere." */
  participantsHint: (min: string, max: string) => string;
  /** After the label of an optional field. */
  optional: string;
  /** Visually hidden, before every error message. */
  errorPrefix: string;
  modulesLegend: string;
  modulesHint: string;
  /** What choosing a module adds to the price ex VAT: "+ 2.500,00 kr. ekskl. moms". */
  moduleAdds: (amount: string) => string;
  moduleFree: string;
  /** Ticking the module lowers the price ex VAT (a discount it unlocks): by `amount`. */
  moduleLowers: (amount: string) => string;
  /** Ticking the module leaves the price unchanged because another rule (a minimum) absorbs it. */
  moduleNoExtra: string;
  /** The distance field of a per-km travel rule: "Afstand fra Eksempelby (km, én vej)". */
  travelKmLabel: (from: string) => string;
  /** The zone field of a zone travel rule. */
  travelZoneLabel: string;
  /** The zone list's first entry: no zone chosen yet. */
  travelZoneUnknown: string;
  /** The hint under the travel field: how travel is priced (`how`, from travelKmRule/travelZoneRule). */
  travelHint: (how: string) => string;
  /** A per-km rule in words: "3,80 kr. pr. km, tur-retur". `included` is "0" when none are. */
  travelKmRule: (rate: string, roundTrip: boolean, included: string) => string;
  /** A zone rule in words, from the zones with their amounts: "efter zone (By 500,00 kr. …)". */
  travelZoneRule: (zones: string) => string;
  /** Beside the total while the place is not given: travel is not in the price. */
  travelOnTop: (how: string) => string;
  /** The distance is not a whole number of km from 0 to 10.000. */
  travelKmInvalid: string;
  /** The collapsible terms beside the price. */
  termsHeading: string;
  /** How long the offer is valid: `days` as formatted. */
  termsValidity: (days: string) => string;
  termsPayment: string;
  termsCancellation: string;
  termsIncluded: string;
  termsExcluded: string;
  /** The live region when the number of participants cannot be priced. */
  announceInvalid: (min: string, max: string) => string;
  /** The number on a PDF made before an inquiry is sent: it has no offer number yet. */
  pdfDraftNumber: string;
  /** The file name of such a PDF, for the day `date` (YYYY-MM-DD). */
  pdfDraftFileName: (date: string) => string;
  /** How long a module takes on the day: "45 min. på dagen". */
  moduleMinutes: (minutes: string) => string;
  /** When a module happens, for modules that take no time on the day. */
  moduleWhen: Partial<Record<ModuleKind, string>>;
  /** Why an add-on is disabled: the day in this `format` has no room for it. */
  moduleNoRoom: (format: string) => string;
  dateLabel: string;
  dateHint: string;
  datePast: string;
  agendaOffDay: string;
  /** The chosen modules do not fit the day: "Programmet er 2 t. for langt." */
  agendaOver: (minutes: string) => string;
  exVat: string;
  breakdown: string;
  priceUnavailable: string;
  /** Instead of a price while the number typed is outside `min`–`max` (formatted numbers). */
  priceOutOfBounds: (min: string, max: string) => string;
  /** What the live region says after a change. */
  announcePrice: (subtotal: string, total: string) => string;
  announceOnRequest: string;
  pdf: string;
  pdfWorking: string;
  pdfDone: string;
  pdfFailed: string;
  related: string;
  /** `<temadag-catalog>`. */
  catalogOpen: string;
  catalogBack: string;
  /** The lowest indicative price of an offering in the list: "Fra 12.500,00 kr. ekskl. moms". */
  catalogFrom: (amount: string) => string;
  catalogOnRequest: string;
  /** The compact price summary of a narrow offer: its link to the price's breakdown. */
  summaryBreakdown: string;
  /** The compact price summary's link to the inquiry form. */
  summaryForm: string;
}

/**
 * The words of `<temadag-inquiry>` that only the widget uses. Field error messages come from
 * `@temadag/core` (`getMessages(locale).inquiry`), the same wording the server answers with.
 * Numbers arrive formatted for the language.
 */
export interface InquiryTranslation {
  heading: string;
  intro: string;
  /** After the label of an optional field. */
  optional: string;
  /** Visually hidden, before every error message. */
  errorPrefix: string;
  summaryHeading: string;
  contactLegend: string;
  name: string;
  email: string;
  emailHint: string;
  organisation: string;
  organisationHint: string;
  role: string;
  phone: string;
  phoneHint: string;
  dayLegend: string;
  date: string;
  dateHint: string;
  place: string;
  placeHint: string;
  message: string;
  /** The hint under the free text (denmark.md, privacy). */
  messageHint: string;
  messageLimit: (maximum: string) => string;
  /** The characters left of the message's limit, worded with core's `countOf`. */
  charactersLeft: (count: number) => string;
  /** The characters beyond the message's limit, worded with core's `countOf`. */
  charactersOver: (count: number) => string;
  invoicingLegend: string;
  invoicingHint: string;
  ean: string;
  eanHint: string;
  cvr: string;
  cvrHint: string;
  reference: string;
  referenceHint: string;
  /** The label of the honeypot, for the rare tool that still reaches it. */
  honeypot: string;
  privacyHeading: string;
  /** Data controller, purpose and legal basis. */
  privacyController: (provider: string) => string;
  privacyRetention: (months: string | undefined) => string;
  privacyRights: string;
  privacyLink: (provider: string) => string;
  notBinding: (provider: string) => string;
  send: string;
  sending: string;
  sendingStatus: string;
  retrying: (attempt: string, maxAttempts: string) => string;
  offline: string;
  resumed: string;
  successHeading: string;
  success: (reference: string) => string;
  successNoReference: string;
  successNext: (provider: string, email: string) => string;
  /** When to expect an answer, from the catalog (`provider.responseTime`): "inden for 2 hverdage". */
  successWhen: (responseTime: string) => string;
  /** The button on the confirmation that downloads the offer with its `reference`. */
  successPdf: (reference: string) => string;
  successPdfWorking: string;
  successPdfFailed: string;
  failedHeading: string;
  failedNetwork: string;
  failedServer: (status: string) => string;
  failedHelp: (provider: string) => string;
  retry: string;
  copyLabel: string;
  copy: string;
  copied: string;
  copyFailed: string;
  mailto: (provider: string) => string;
  mailSubject: (offering: string) => string;
}

/**
 * The words that only the offer's body uses (the shaping form, the PDF button's action, the
 * agenda, the text about the provider, what the live region says after a change): the
 * script-tag build's `temadag-body-<hash>.js` brings their Danish (da-body.ts).
 */
export type BodyWord =
  | 'errorPrefix'
  | 'pdfWorking'
  | 'pdfDone'
  | 'pdfFailed'
  | 'pdfDraftNumber'
  | 'pdfDraftFileName'
  | 'shapeHeading'
  | 'shapeIntro'
  | 'formatLegend'
  | 'formatTimes'
  | 'participantsHint'
  | 'optional'
  | 'modulesLegend'
  | 'modulesHint'
  | 'moduleAdds'
  | 'moduleFree'
  | 'moduleLowers'
  | 'moduleNoExtra'
  | 'travelKmLabel'
  | 'travelZoneLabel'
  | 'travelZoneUnknown'
  | 'travelHint'
  | 'travelKmInvalid'
  | 'moduleMinutes'
  | 'moduleWhen'
  | 'moduleNoRoom'
  | 'dateLabel'
  | 'dateHint'
  | 'datePast'
  | 'agendaOffDay'
  | 'agendaOver'
  | 'related'
  | 'announceInvalid'
  | 'announcePrice'
  | 'announceOnRequest';

/** The words only the offer's extras use (the terms' body, the sticky summary): da-extras.ts. */
export type ExtrasWord =
  | 'termsValidity'
  | 'termsPayment'
  | 'termsCancellation'
  | 'termsIncluded'
  | 'termsExcluded'
  | 'summaryBreakdown'
  | 'summaryForm';

/** The words only the catalog's list uses: da-catalog.ts. */
export type CatalogWord = 'catalogOpen' | 'catalogBack' | 'catalogFrom' | 'catalogOnRequest';
