import { deepFreeze } from './freeze.js';
import { getMessages, type MessageOverrides } from './messages/index.js';
import type { Offer } from './offer.js';

/**
 * Formats an offer number from a pattern: `{YYYY}` is the year, a run of Ns in braces is the
 * sequence padded to that many digits.
 *
 * @param pattern - e.g. `T-{YYYY}-{NNNN}`
 * @param year - the year
 * @param sequence - a positive whole number
 * @returns the number, e.g. `T-2026-0042`
 * @example
 * ```ts
 * formatOfferNumber('T-{YYYY}-{NNNN}', 2026, 42); // 'T-2026-0042'
 * ```
 */
export function formatOfferNumber(pattern: string, year: number, sequence: number): string {
  if (!Number.isSafeInteger(sequence) || sequence < 0) {
    throw new RangeError(`The offer sequence must be a whole number: ${sequence}`);
  }
  return pattern
    .replace(/\{YYYY\}/g, String(year))
    .replace(/\{(N+)\}/g, (_, ns: string) => String(sequence).padStart(ns.length, '0'));
}

/**
 * Gives an offer its number: the provider's pattern filled with the year of the offer's
 * `issueDate` and the sequence. `createOffer` numbers its offers with this function, and a
 * server that learns the sequence only when it stores the offer numbers it again with it.
 *
 * @param offer - the offer (or any object with an `issueDate`); it is not changed
 * @param pattern - the provider's `offerNumberPattern`, e.g. `T-{YYYY}-{NNNN}`
 * @param sequence - the offer's sequence number, a whole number from 0
 * @returns a frozen copy of the offer with the new `number`
 * @throws RangeError when the sequence is not a whole number from 0
 * @example
 * ```ts
 * const offer = createOffer(catalog, selection, { now: new Date('2026-11-27T10:00:00Z') });
 * numberOffer(offer, catalog.provider.offerNumberPattern, 42).number; // 'T-2026-0042'
 * ```
 */
export function numberOffer<T extends Pick<Offer, 'issueDate' | 'number'>>(
  offer: T,
  pattern: string,
  sequence: number,
): T {
  const year = Number(offer.issueDate.slice(0, 4));
  return deepFreeze({ ...offer, number: formatOfferNumber(pattern, year, sequence) });
}

/**
 * The file name of an offer's PDF: `tilbud-T-2026-0042.pdf` in Danish, `offer-T-2026-0042.pdf`
 * in English. Characters other than `A-Z a-z 0-9 . _ -` in the number become `-`, so the name
 * is safe in file systems and in a `Content-Disposition` header. The one convention for the
 * widget's download, the server's responses, the email attachment and the CLI.
 *
 * @param offer - the offer, or its `number` and `locale`
 * @param overrides - message overrides (`offer.fileName`)
 * @returns the file name, ending in `.pdf`
 * @example
 * ```ts
 * offerPdfFileName({ number: 'T-2026-0042', locale: 'da' }); // 'tilbud-T-2026-0042.pdf'
 * offerPdfFileName({ number: 'T/2026 42', locale: 'en' }); // 'offer-T-2026-42.pdf'
 * ```
 */
export function offerPdfFileName(
  offer: Pick<Offer, 'number' | 'locale'>,
  overrides?: MessageOverrides,
): string {
  const safe = offer.number.replace(/[^A-Za-z0-9._-]+/g, '-');
  return getMessages(offer.locale, overrides).offer.fileName(safe);
}
