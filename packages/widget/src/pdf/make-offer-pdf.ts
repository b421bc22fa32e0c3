/**
 * The offer's PDF made from a design or a made offer: core's offer snapshot rendered by
 * `@temadag/pdf`. No DOM here, so the server's tests can make the very file the widget makes
 * (`packages/server/test/offer-pdf-widget.test.ts`); the browser's chunk is `offer-pdf.ts`.
 */
import {
  createOffer,
  offerPdfFileName,
  type Catalog,
  type CustomerInput,
  type Locale,
  type Offer,
  type SelectionInput,
} from '@temadag/core';
import { renderOfferPdf } from '@temadag/pdf';

/** A PDF file and its download name; with the offer when the browser made it. */
export interface PdfFile {
  bytes: Uint8Array;
  fileName: string;
  /** The offer snapshot, when the browser made the file (the server sends only the file). */
  offer?: Offer | undefined;
}

/** What {@link makeOfferPdf} needs besides the catalog and the selection. */
export interface MakeOfferPdfOptions {
  locale: Locale;
  /** The moment the offer is made. */
  now: Date;
  /** The customer as far as the page prefilled it; left out of the offer when not valid. */
  customer?: CustomerInput | undefined;
  /**
   * The text of the number field. Before an inquiry there is no offer number, so the element
   * passes a label that says so ("Vejledende, uden nr."); `WEB-<date>-<random>` when left out.
   */
  number?: string | undefined;
  /** The download's name; `offerPdfFileName` of the offer when left out. */
  fileName?: string | undefined;
  /** Called while the file is made, with how far it is from 0 to 1. */
  onProgress?: ((fraction: number) => void) | undefined;
}

/** The offer, its file and the file's name. */
export interface OfferPdf extends PdfFile {
  offer: Offer;
}

/**
 * An offer number for an offer made in the browser: `WEB-<yyyymmdd>-<4 letters/digits>`. It
 * is not one of the provider's numbers (those come with an inquiry), so it says where it
 * came from.
 */
function webNumber(now: Date): string {
  const day = now.toISOString().slice(0, 10).replace(/-/g, '');
  const random = crypto.getRandomValues(new Uint32Array(1))[0] ?? 0;
  return `WEB-${day}-${random.toString(36).toUpperCase().padStart(4, '0').slice(-4)}`;
}

/**
 * Makes the offer snapshot for a design and renders it as a PDF.
 *
 * @param catalog - the catalog
 * @param selection - the design
 * @param options - language, clock, customer, progress
 * @returns the offer, the PDF bytes and the download name
 * @throws `ValidationError` from `@temadag/core` when the design does not fit the catalog
 * @example
 * ```ts
 * const { bytes, fileName } = await makeOfferPdf(catalog, selection, { locale: 'da', now: new Date() });
 * ```
 */
export async function makeOfferPdf(
  catalog: Catalog,
  selection: SelectionInput,
  options: MakeOfferPdfOptions,
): Promise<OfferPdf> {
  const number = options.number ?? webNumber(options.now);
  const base = { now: options.now, locale: options.locale, number };
  let offer: Offer;
  try {
    offer = createOffer(catalog, selection, { ...base, customer: options.customer ?? {} });
  } catch (error) {
    // A prefilled customer the schema refuses (an odd email, say) must not cost the visitor
    // the file: the offer is made without the customer block.
    if (!options.customer) throw error;
    offer = createOffer(catalog, selection, base);
  }
  const bytes = await renderWithProgress(offer, options.onProgress);
  return { offer, bytes, fileName: options.fileName ?? offerPdfFileName(offer) };
}

/**
 * Renders an offer that is made already (the server's snapshot, with its offer number) as a
 * PDF, named after its number.
 *
 * @param offer - the offer snapshot
 * @param onProgress - called with how far the file is, from 0 to 1
 * @returns the offer, the PDF bytes and the download name (`tilbud-T-2026-0042.pdf`)
 * @example
 * ```ts
 * const { fileName } = await offerPdf(answer.offer); // 'tilbud-T-2026-0042.pdf'
 * ```
 */
export async function offerPdf(
  offer: Offer,
  onProgress?: (fraction: number) => void,
): Promise<OfferPdf> {
  const bytes = await renderWithProgress(offer, onProgress);
  return { offer, bytes, fileName: offerPdfFileName(offer) };
}

function renderWithProgress(
  offer: Offer,
  onProgress: ((fraction: number) => void) | undefined,
): Promise<Uint8Array> {
  return renderOfferPdf(
    offer,
    onProgress
      ? {
          // Laying out is quick and saving is the last step; the pages take the time between.
          onProgress: ({ phase, page, pages }) =>
            onProgress(
              phase === 'layout'
                ? 0.1
                : phase === 'save'
                  ? 0.95
                  : 0.1 + (0.8 * (page ?? 0)) / (pages ?? 1),
            ),
        }
      : {},
  );
}
