import {
  getMessages,
  type Acceptance,
  type Locale,
  type MessageOverrides,
  type Offer,
} from '@temadag/core';
import { layoutOffer } from './document.js';
import { paginate, type StructNode } from './layout.js';
import { documentFonts } from './measure.js';
import { getPdfMessages, type PdfMessages } from './messages.js';
import { drawPage } from './pdf/page.js';
import { writeFont } from './pdf/font.js';
import { fingerprint, pdfDate, uuid, xmpPacket } from './pdf/metadata.js';
import { writeStructTree, type LinkAnnotation } from './pdf/structure.js';
import { name, PdfWriter, type PdfRef } from './pdf/writer.js';
import { FOOTER_ROOM, MARGIN, PAGE, type FontKey } from './theme.js';

/**
 * Message overrides: any of core's groups (`offer`, ...) and the PDF's own words (`pdf`).
 *
 * @example
 * ```ts
 * const messages: PdfMessageOverrides = {
 *   offer: { title: 'Tilbud på temadag' },
 *   pdf: { design: 'Sådan bliver dagen' },
 * };
 * await renderOfferPdf(offer, { messages });
 * ```
 */
export type PdfMessageOverrides = MessageOverrides & { pdf?: Partial<PdfMessages> };

/**
 * A step of {@link renderOfferPdf}, for progress indicators.
 *
 * @example
 * ```ts
 * await renderOfferPdf(offer, {
 *   onProgress: ({ phase, page, pages }) => console.log(phase, page, pages),
 * });
 * // layout undefined 3, page 1 3, page 2 3, page 3 3, save undefined 3
 * ```
 */
export interface RenderProgress {
  /** `layout`: text measured and placed; `page`: a page drawn; `save`: the file written. */
  phase: 'layout' | 'page' | 'save';
  /** The page just drawn (1-based), in the `page` phase. */
  page?: number;
  /** Number of pages, once known. */
  pages?: number;
}

/**
 * Options of {@link renderOfferPdf}.
 *
 * @example
 * ```ts
 * const options: RenderOfferPdfOptions = {
 *   title: 'Temadag for Ærø Kommune',
 *   author: 'Kim Tverskov',
 *   messages: { pdf: { agendaItem: 'Indhold' } },
 * };
 * const bytes = await renderOfferPdf(offer, options);
 * ```
 */
export interface RenderOfferPdfOptions {
  /** Replacements for any word; the language is always the offer's own. */
  messages?: PdfMessageOverrides;
  /** Document title (metadata and window title); "Tilbud T-2026-0042 – <offering>" by default. */
  title?: string;
  /** Document author; the provider's name by default. */
  author?: string;
  /** Document subject; "Tilbud på temadagen “<offering>”" by default. */
  subject?: string;
  /** Keywords for the metadata. */
  keywords?: string[];
  /** Called after the layout, after each page and before the file is written. */
  onProgress?: (progress: RenderProgress) => void;
  /**
   * The acceptance of the offer (from `@temadag/core`): when given, the document carries an
   * "Accepteret" / "Accepted" block with who accepted, their title, the time in Copenhagen, the
   * order reference and the SHA-256 of the PDF that was accepted.
   */
  acceptance?: Acceptance | undefined;
}

/**
 * The creator every Temadag PDF names in its metadata (a fixed string: output stays
 * deterministic).
 *
 * @example
 * ```ts
 * PDF_CREATOR; // 'Temadag'
 * ```
 */
export const PDF_CREATOR = 'Temadag';
/**
 * The producer string of every PDF this package writes.
 *
 * @example
 * ```ts
 * PDF_PRODUCER; // '@temadag/pdf'
 * ```
 */
export const PDF_PRODUCER = '@temadag/pdf';

const LANGUAGE: Record<Locale, string> = { da: 'da-DK', en: 'en' };

/**
 * Renders an offer as a PDF document: A4, Noto Sans embedded as a subset of the glyphs used,
 * tagged for PDF/UA-1 (logical structure tree, marked content, artifacts for rules and page
 * footers, links for email and web addresses, language, title, XMP with `pdfuaid:part`), with
 * dates and id taken from the offer, so the same offer always gives the same bytes. Runs in
 * Node and in browsers: no Node APIs.
 *
 * The document holds the provider's header, the title with the status ("Vejledende tilbud" or
 * "Bindende tilbud"), number, date and validity, the revision it replaces, the acceptance block
 * when `options.acceptance` is given, the customer when known, the offering, the chosen design with its agenda as a table, the price
 * table with explanations, subtotal, moms per rate and the total with a double rule (or "Pris
 * efter aftale"), the terms and the provider's bio; every page ends with "Side N af M".
 *
 * @param offer - an offer made by `createOffer` from `@temadag/core`
 * @param options - message overrides, metadata overrides, a progress callback, the acceptance
 * @returns the PDF file's bytes
 * @example
 * ```ts
 * import { createOffer, loadCatalog } from '@temadag/core';
 * import { renderOfferPdf, offerPdfFileName } from '@temadag/pdf';
 *
 * const offer = createOffer(catalog, {
 *   offering: 'dialog-i-udsatte-boligomraader',
 *   format: 'hel',
 *   participants: 30,
 * }, { now: new Date('2026-11-27T10:00:00Z'), sequence: 42 });
 * const bytes = await renderOfferPdf(offer);
 * // Node: await writeFile(offerPdfFileName(offer), bytes);
 * ```
 */
export async function renderOfferPdf(
  offer: Offer,
  options: RenderOfferPdfOptions = {},
): Promise<Uint8Array> {
  const { locale } = offer;
  const { pdf: pdfOverrides, ...coreOverrides } = options.messages ?? {};
  const messages = getMessages(locale, coreOverrides);
  const m = messages.offer;
  const pm = getPdfMessages(locale, pdfOverrides);

  const { fonts, measure } = documentFonts();

  const { flow, root } = layoutOffer(offer, m, pm, measure, {
    rm: messages.revision,
    acceptance: options.acceptance,
  });
  const pages = paginate(flow.rows, PAGE.height - MARGIN, MARGIN + FOOTER_ROOM);
  options.onProgress?.({ phase: 'layout', pages: pages.length });

  const writer = new PdfWriter();
  const fontRefs: Record<FontKey, PdfRef> = { regular: writer.ref(), bold: writer.ref() };
  const resources = writer.add({ Font: { F1: fontRefs.regular, F2: fontRefs.bold } });
  const pagesRef = writer.ref();
  const pageRefs = pages.map(() => writer.ref());
  const parentTree: StructNode[][] = [];
  const links: LinkAnnotation[] = [];
  const footerLeft = measure.drawable(`${m.title} ${offer.number}`);
  pages.forEach((placed, index) => {
    const drawn = drawPage(placed, index, {
      fonts,
      resource: { regular: '/F1', bold: '/F2' },
      footerLeft,
      pageLabel: (i) => measure.drawable(m.page(String(i + 1), String(pages.length))),
    });
    const annots = drawn.links.map((link) => {
      const key = pages.length + links.length;
      const annot = writer.add({
        Type: name('Annot'),
        Subtype: name('Link'),
        Rect: link.rect,
        Border: [0, 0, 0],
        F: 4,
        Contents: link.text,
        A: { Type: name('Action'), S: name('URI'), URI: link.uri },
        StructParent: key,
        P: pageRefs[index]!,
      });
      links.push({ node: link.node, annot, page: index, key });
      return annot;
    });
    writer.set(pageRefs[index]!, {
      Type: name('Page'),
      Parent: pagesRef,
      MediaBox: [0, 0, PAGE.width, PAGE.height],
      Resources: resources,
      Contents: writer.stream({}, drawn.content),
      Annots: annots.length > 0 ? annots : undefined,
      StructParents: index,
      Tabs: name('S'),
    });
    parentTree.push(drawn.owners);
    options.onProgress?.({ phase: 'page', page: index + 1, pages: pages.length });
  });
  writer.set(pagesRef, { Type: name('Pages'), Kids: pageRefs, Count: pageRefs.length });
  writeFont(writer, fonts.regular, fontRefs.regular);
  writeFont(writer, fonts.bold, fontRefs.bold);

  const title = options.title ?? `${m.title} ${offer.number} \u2013 ${offer.offering.title}`;
  const author = options.author ?? offer.provider.name;
  const subject = options.subject ?? pm.subject(offer.offering.title);
  const keywords = options.keywords ?? [];
  const language = LANGUAGE[locale];
  const date = new Date(offer.issuedAt).toISOString().replace(/\.\d{3}Z$/, 'Z');
  // The acceptance joins the fingerprint only when there is one: unaccepted offers keep the
  // bytes (and /ID) they have always had.
  const id = fingerprint(
    JSON.stringify([
      offer,
      title,
      author,
      subject,
      keywords,
      options.messages,
      ...(options.acceptance ? [options.acceptance] : []),
    ]),
  );
  const xmp = xmpPacket({
    title,
    author,
    subject,
    keywords: keywords.join(', '),
    language,
    date,
    id: uuid(id),
    creator: PDF_CREATOR,
    producer: PDF_PRODUCER,
  });
  const metadata = writer.stream(
    { Type: name('Metadata'), Subtype: name('XML') },
    new TextEncoder().encode(xmp),
    false, // left uncompressed, so that tools that do not parse PDF can still find it
  );
  const catalog = writer.add({
    Type: name('Catalog'),
    Pages: pagesRef,
    StructTreeRoot: writeStructTree(writer, root, pageRefs, parentTree, links),
    MarkInfo: { Marked: true },
    Lang: language,
    Metadata: metadata,
    ViewerPreferences: { DisplayDocTitle: true },
  });
  const info = writer.add({
    Title: title,
    Author: author,
    Subject: subject,
    Keywords: keywords.length > 0 ? keywords.join(' ') : undefined,
    Creator: PDF_CREATOR,
    Producer: PDF_PRODUCER,
    CreationDate: pdfDate(date),
    ModDate: pdfDate(date),
  });

  options.onProgress?.({ phase: 'save', pages: pages.length });
  return writer.finish({ root: catalog, info, id });
}
