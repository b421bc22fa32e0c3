import { getMessages, offerPdfFileName as coreOfferPdfFileName, type Locale } from '@temadag/core';

/**
 * Words the PDF needs that `@temadag/core`'s `offer` messages do not hold (yet): column heads,
 * labels of the contact lines, the document's subject and file name. One typed catalogue per
 * language; override any entry through the `pdf` group of `renderOfferPdf`'s `messages` option.
 *
 * @example
 * ```ts
 * const words: PdfMessages = { ...pdfDa, agendaItem: 'Indhold' };
 * words.subject('Dialog i udsatte boligområder'); // 'Tilbud på temadagen “Dialog i udsatte boligområder”'
 * ```
 */
export interface PdfMessages {
  /** Document subject (PDF metadata), from the offering's title. */
  subject: (offering: string) => string;
  /** Heading of the chosen design: format, date, time, place, participants, add-ons. */
  design: string;
  /** Label of the day's time span, `kl. 09.00–14.30`. */
  time: string;
  /** Column head of the agenda's times. */
  agendaTime: string;
  /** Column head of the agenda's items. */
  agendaItem: string;
  /** Label of the chosen modules that take no time on the day (preparation, follow-up). */
  addOns: string;
  /** Label of the offering's audience. */
  audience: string;
  /** Label of the customer's organisation. */
  organisation: string;
  /** Label of an email address. */
  email: string;
  /** Note on a revision: the number of the offer it replaces. */
  replaces: (offerNumber: string) => string;
  /** File name for the offer's PDF, from the offer number. */
  fileName: (offerNumber: string) => string;
  /** Heading of the acceptance block of an accepted offer. */
  accepted: string;
  /** Label of the name of the person who accepted. */
  acceptedBy: string;
  /** Label of their title. */
  acceptedTitle: string;
  /** Label of the time of acceptance (Copenhagen time). */
  acceptedAt: string;
  /** Label of the buyer's order or requisition number. */
  orderReference: string;
  /** Label of the SHA-256 of the PDF that was accepted. */
  acceptedPdf: string;
}

/**
 * Danish PDF words (the default).
 *
 * @example
 * ```ts
 * pdfDa.design; // 'Din temadag'
 * ```
 */
export const pdfDa: PdfMessages = {
  subject: (offering) => `Tilbud på temadagen “${offering}”`,
  design: 'Din temadag',
  time: 'Tidspunkt',
  agendaTime: 'Tid',
  agendaItem: 'Programpunkt',
  addOns: 'Tilvalg',
  audience: 'Målgruppe',
  organisation: 'Organisation',
  email: 'E-mail',
  replaces: (offerNumber) => `Erstatter tilbud ${offerNumber}`,
  fileName: (offerNumber) => getMessages('da').offer.fileName(offerNumber),
  accepted: 'Accepteret',
  acceptedBy: 'Accepteret af',
  acceptedTitle: 'Titel',
  acceptedAt: 'Tidspunkt',
  orderReference: 'Ordrereference',
  acceptedPdf: 'Accepteret pdf-fil (SHA-256)',
};

/**
 * English PDF words.
 *
 * @example
 * ```ts
 * pdfEn.design; // 'Your theme day'
 * ```
 */
export const pdfEn: PdfMessages = {
  subject: (offering) => `Offer for the theme day “${offering}”`,
  design: 'Your theme day',
  time: 'Time',
  agendaTime: 'Time',
  agendaItem: 'Item',
  addOns: 'Add-ons',
  audience: 'Audience',
  organisation: 'Organisation',
  email: 'Email',
  replaces: (offerNumber) => `Replaces offer ${offerNumber}`,
  fileName: (offerNumber) => getMessages('en').offer.fileName(offerNumber),
  accepted: 'Accepted',
  acceptedBy: 'Accepted by',
  acceptedTitle: 'Title',
  acceptedAt: 'Time',
  orderReference: 'Order reference',
  acceptedPdf: 'Accepted PDF (SHA-256)',
};

/**
 * PDF words by locale.
 *
 * @example
 * ```ts
 * pdfMessages.en.agendaTime; // 'Time'
 * ```
 */
export const pdfMessages: Readonly<Record<Locale, PdfMessages>> = { da: pdfDa, en: pdfEn };

/**
 * Returns the PDF words for a locale with the caller's overrides laid on top.
 *
 * @param locale - `'da'` or `'en'`
 * @param overrides - entries to replace
 * @returns a complete catalogue
 * @example
 * ```ts
 * getPdfMessages('da', { design: 'Temadagen' }).design; // 'Temadagen'
 * getPdfMessages('en').agendaTime; // 'Time'
 * ```
 */
export function getPdfMessages(locale: Locale, overrides?: Partial<PdfMessages>): PdfMessages {
  const base = pdfMessages[locale];
  return overrides ? { ...base, ...overrides } : base;
}

/**
 * A file name for an offer's PDF: `tilbud-T-2026-0042.pdf` in Danish, `offer-T-2026-0042.pdf`
 * in English. Characters that file systems or `Content-Disposition` headers dislike become `-`.
 * Core's `offerPdfFileName` is the rule; this adds the PDF words' `fileName` override.
 *
 * @param offer - the offer's number and locale
 * @param overrides - PDF words to replace (`fileName`)
 * @returns a safe file name ending in `.pdf`
 * @example
 * ```ts
 * offerPdfFileName({ number: 'T-2026-0042', locale: 'da' }); // 'tilbud-T-2026-0042.pdf'
 * ```
 */
export function offerPdfFileName(
  offer: { number: string; locale: Locale },
  overrides?: Partial<PdfMessages>,
): string {
  const fileName = overrides?.fileName;
  return coreOfferPdfFileName(offer, fileName ? { offer: { fileName } } : undefined);
}
