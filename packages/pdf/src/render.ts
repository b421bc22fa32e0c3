import { getMessages, type Locale, type MessageOverrides, type Offer } from '@temadag/core';
import {
  PDFArray,
  PDFDict,
  PDFDocument,
  PDFHexString,
  PDFName,
  PDFNumber,
  PDFRef,
  PDFString,
  StandardFonts,
  type PDFContext,
  type PDFFont,
} from 'pdf-lib';
import { layoutOffer } from './document.js';
import {
  StructNode,
  lineMetrics,
  paginate,
  type Item,
  type Measure,
  type PlacedRow,
} from './layout.js';
import { getPdfMessages, type PdfMessages } from './messages.js';
import { COLORS, FOOTER_ROOM, MARGIN, PAGE, STYLES, type FontKey, type Rgb } from './theme.js';
import { toDrawable } from './winansi.js';

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
 * PDF_PRODUCER; // '@temadag/pdf (pdf-lib)'
 * ```
 */
export const PDF_PRODUCER = '@temadag/pdf (pdf-lib)';

const LANGUAGE: Record<Locale, string> = { da: 'da-DK', en: 'en' };

/** Rounds to hundredths of a point, so content streams are short and exact. */
function n(value: number): string {
  const rounded = Math.round(value * 100) / 100;
  return Object.is(rounded, -0) ? '0' : String(rounded);
}

function color(c: Rgb): string {
  return `${n(c.r)} ${n(c.g)} ${n(c.b)}`;
}

/** 32-bit FNV-1a, seeded: a stable fingerprint, not a security hash. */
function fnv(text: string, seed: number): string {
  let hash = 0x811c9dc5 ^ seed;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return (hash >>> 0).toString(16).padStart(8, '0');
}

/** A 128-bit hex fingerprint of a text: the document's fixed `/ID`. */
function fingerprint(text: string): string {
  return [1, 2, 3, 4].map((seed) => fnv(text, seed)).join('');
}

function xml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;');
}

function xmpPacket(meta: {
  title: string;
  author: string;
  subject: string;
  keywords: string;
  language: string;
  date: string;
  id: string;
}): string {
  const alt = (value: string) =>
    `<rdf:Alt><rdf:li xml:lang="x-default">${xml(value)}</rdf:li></rdf:Alt>`;
  return [
    '<?xpacket begin="\uFEFF" id="W5M0MpCehiHzreSzNTczkc9d"?>',
    '<x:xmpmeta xmlns:x="adobe:ns:meta/">',
    '<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">',
    '<rdf:Description rdf:about=""',
    ' xmlns:dc="http://purl.org/dc/elements/1.1/"',
    ' xmlns:xmp="http://ns.adobe.com/xap/1.0/"',
    ' xmlns:pdf="http://ns.adobe.com/pdf/1.3/"',
    ' xmlns:xmpMM="http://ns.adobe.com/xap/1.0/mm/">',
    '<dc:format>application/pdf</dc:format>',
    `<dc:title>${alt(meta.title)}</dc:title>`,
    `<dc:creator><rdf:Seq><rdf:li>${xml(meta.author)}</rdf:li></rdf:Seq></dc:creator>`,
    `<dc:description>${alt(meta.subject)}</dc:description>`,
    `<dc:language><rdf:Bag><rdf:li>${xml(meta.language)}</rdf:li></rdf:Bag></dc:language>`,
    `<pdf:Producer>${xml(PDF_PRODUCER)}</pdf:Producer>`,
    meta.keywords ? `<pdf:Keywords>${xml(meta.keywords)}</pdf:Keywords>` : '',
    `<xmp:CreatorTool>${xml(PDF_CREATOR)}</xmp:CreatorTool>`,
    `<xmp:CreateDate>${meta.date}</xmp:CreateDate>`,
    `<xmp:ModifyDate>${meta.date}</xmp:ModifyDate>`,
    `<xmp:MetadataDate>${meta.date}</xmp:MetadataDate>`,
    `<xmpMM:DocumentID>uuid:${meta.id}</xmpMM:DocumentID>`,
    `<xmpMM:InstanceID>uuid:${meta.id}</xmpMM:InstanceID>`,
    '</rdf:Description>',
    '</rdf:RDF>',
    '</x:xmpmeta>',
    '<?xpacket end="r"?>',
  ]
    .filter(Boolean)
    .join('\n');
}

function uuid(hex: string): string {
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20, 32)}`;
}

/** Writes the structure tree: every element, the parent tree and the root. */
function writeStructTree(
  context: PDFContext,
  root: StructNode,
  pageRefs: readonly PDFRef[],
  parentTree: readonly StructNode[][],
): PDFRef {
  const rootRef = context.nextRef();
  const refs = new Map<StructNode, PDFRef>();
  const allocate = (node: StructNode) => {
    refs.set(node, context.nextRef());
    for (const kid of node.kids) if (kid instanceof StructNode) allocate(kid);
  };
  allocate(root);
  const write = (node: StructNode) => {
    const ref = refs.get(node)!;
    const parentRef = node.parent ? refs.get(node.parent)! : rootRef;
    const dict = context.obj({ Type: 'StructElem', S: node.type, P: parentRef }) as PDFDict;
    let pageOf: number | undefined;
    const kids: (PDFRef | PDFNumber | PDFDict)[] = [];
    for (const kid of node.kids) {
      if (kid instanceof StructNode) {
        kids.push(refs.get(kid)!);
        continue;
      }
      pageOf ??= kid.page;
      kids.push(
        kid.page === pageOf
          ? PDFNumber.of(kid.mcid)
          : (context.obj({
              Type: 'MCR',
              Pg: pageRefs[kid.page]!,
              MCID: kid.mcid,
            }) as PDFDict),
      );
    }
    if (pageOf !== undefined) dict.set(PDFName.of('Pg'), pageRefs[pageOf]!);
    if (node.attributes) {
      const attributes = context.obj({}) as PDFDict;
      for (const [key, value] of Object.entries(node.attributes)) {
        attributes.set(
          PDFName.of(key),
          typeof value === 'number' ? PDFNumber.of(value) : PDFName.of(value),
        );
      }
      dict.set(PDFName.of('A'), attributes);
    }
    if (kids.length === 1) dict.set(PDFName.of('K'), kids[0]!);
    else if (kids.length > 1) dict.set(PDFName.of('K'), context.obj(kids));
    context.assign(ref, dict);
    for (const kid of node.kids) if (kid instanceof StructNode) write(kid);
  };
  write(root);
  const nums: (PDFNumber | PDFArray)[] = [];
  parentTree.forEach((owners, page) => {
    nums.push(PDFNumber.of(page));
    nums.push(context.obj(owners.map((node) => refs.get(node)!)) as PDFArray);
  });
  const parentTreeRef = context.register(context.obj({ Nums: nums }));
  context.assign(
    rootRef,
    context.obj({
      Type: 'StructTreeRoot',
      K: refs.get(root)!,
      ParentTree: parentTreeRef,
      ParentTreeNextKey: pageRefs.length,
    }),
  );
  return rootRef;
}

/**
 * Renders an offer as a PDF document: A4, Helvetica (standard 14, WinAnsi), tagged (logical
 * structure tree, marked content, artifacts for rules and page footers), with title, author,
 * subject, language and fixed dates and id taken from the offer, so the same offer always gives
 * the same bytes. Runs in Node and in browsers: no Node APIs.
 *
 * The document holds the provider's header, the title with number, date and validity, the
 * customer when known, the offering, the chosen design with its agenda as a table, the price
 * table with explanations, subtotal, moms per rate and the total with a double rule (or "Pris
 * efter aftale"), the terms and the provider's bio; every page ends with "Side N af M".
 *
 * @param offer - an offer made by `createOffer` from `@temadag/core`
 * @param options - message overrides, metadata overrides, a progress callback
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
  const m = getMessages(locale, coreOverrides).offer;
  const pm = getPdfMessages(locale, pdfOverrides);

  const doc = await PDFDocument.create({ updateMetadata: false });
  const context = doc.context;
  const fonts: Record<FontKey, PDFFont> = {
    regular: await doc.embedFont(StandardFonts.Helvetica),
    bold: await doc.embedFont(StandardFonts.HelveticaBold),
  };
  const charset = new Set(fonts.regular.getCharacterSet());
  // Glyph widths per character, without kerning: `Tj` draws no kerning, so neither may
  // the measure (pdf-lib's widthOfTextAtSize adds kerning pairs).
  const glyphs: Record<FontKey, Map<string, number>> = { regular: new Map(), bold: new Map() };
  const measure: Measure = {
    width(text, font, size) {
      const cache = glyphs[font];
      let total = 0;
      for (const char of text) {
        let width = cache.get(char);
        if (width === undefined) {
          width = fonts[font].widthOfTextAtSize(char, 1000);
          cache.set(char, width);
        }
        total += width;
      }
      return (total * size) / 1000;
    },
    drawable: (text) => toDrawable(text, (cp) => charset.has(cp)),
  };

  const { flow, root } = layoutOffer(offer, m, pm, measure);
  const top = PAGE.height - MARGIN;
  const bottom = MARGIN + FOOTER_ROOM;
  const pages = paginate(flow.rows, top, bottom);
  options.onProgress?.({ phase: 'layout', pages: pages.length });

  const pageRefs: PDFRef[] = [];
  const parentTree: StructNode[][] = [];
  const footerLeft = measure.drawable(`${m.title} ${offer.number}`);
  pages.forEach((placed, index) => {
    const page = doc.addPage([PAGE.width, PAGE.height]);
    pageRefs.push(page.ref);
    const names: Record<FontKey, string> = {
      regular: page.node.newFontDictionary(fonts.regular.name, fonts.regular.ref).toString(),
      bold: page.node.newFontDictionary(fonts.bold.name, fonts.bold.ref).toString(),
    };
    const owners: StructNode[] = [];
    const ops: string[] = [];
    const text = (item: Extract<Item, { kind: 'text' }>, y: number) =>
      `${color(item.style.color)} rg BT ${names[item.style.font]} ${n(item.style.size)} Tf ` +
      `${n(item.x)} ${n(y)} Td ${fonts[item.style.font].encodeText(item.text).toString()} Tj ET`;
    const rule = (item: Extract<Item, { kind: 'rule' }>, y: number) =>
      `${color(item.color)} RG ${n(item.thickness)} w ${n(item.x1)} ${n(y)} m ${n(item.x2)} ${n(y)} l S`;
    const draw = ({ row, top: rowTop }: PlacedRow, artifact: boolean) => {
      let open: StructNode | null | undefined;
      const close = () => {
        if (open !== undefined) ops.push('EMC');
        open = undefined;
      };
      for (const item of row.items) {
        if (item.kind === 'rule') {
          close();
          ops.push(`/Artifact <</Type /Layout>> BDC ${rule(item, rowTop - item.y)} EMC`);
          continue;
        }
        const node = artifact ? null : item.node;
        if (node !== open) {
          close();
          if (node === null) {
            ops.push('/Artifact <</Type /Pagination>> BDC');
          } else {
            const mcid = owners.length;
            owners.push(node);
            node.kids.push({ page: index, mcid });
            ops.push(`/${node.type} <</MCID ${mcid}>> BDC`);
          }
          open = node;
        }
        ops.push(text(item, rowTop - item.y));
      }
      close();
    };
    for (const row of placed)
      draw(
        row,
        row.row.items.every((i) => i.kind === 'rule' || i.node === null),
      );
    // Footer: offer number and "Side N af M", a pagination artifact.
    const footer = STYLES.footer;
    const pageLabel = measure.drawable(m.page(String(index + 1), String(pages.length)));
    const baseline = MARGIN + footer.leading - lineMetrics(footer).baseline;
    const ruleY = MARGIN + footer.leading + 6;
    const rightX = PAGE.width - MARGIN - measure.width(pageLabel, footer.font, footer.size);
    const footerItem = (x: number, value: string) =>
      text(
        { kind: 'text', x, y: 0, text: value, style: footer, node: null, top: 0, bottom: 0 },
        baseline,
      );
    ops.push(
      '/Artifact <</Type /Pagination /Subtype /Footer>> BDC',
      rule(
        {
          kind: 'rule',
          x1: MARGIN,
          x2: PAGE.width - MARGIN,
          y: 0,
          thickness: 0.5,
          color: COLORS.rule,
        },
        ruleY,
      ),
      footerItem(MARGIN, footerLeft),
      footerItem(rightX, pageLabel),
      'EMC',
    );
    const stream = context.flateStream(ops.join('\n'));
    page.node.set(PDFName.of('Contents'), context.register(stream));
    page.node.set(PDFName.of('StructParents'), PDFNumber.of(index));
    page.node.set(PDFName.of('Tabs'), PDFName.of('S'));
    parentTree.push(owners);
    options.onProgress?.({ phase: 'page', page: index + 1, pages: pages.length });
  });

  // Logical structure, language, metadata.
  const catalog = doc.catalog;
  catalog.set(PDFName.of('StructTreeRoot'), writeStructTree(context, root, pageRefs, parentTree));
  catalog.set(PDFName.of('MarkInfo'), context.obj({ Marked: true }));
  const language = LANGUAGE[locale];
  catalog.set(PDFName.of('Lang'), PDFString.of(language));

  const title = options.title ?? `${m.title} ${offer.number} \u2013 ${offer.offering.title}`;
  const author = options.author ?? offer.provider.name;
  const subject = options.subject ?? pm.subject(offer.offering.title);
  const keywords = options.keywords ?? [];
  const issued = new Date(offer.issuedAt);
  doc.setTitle(title, { showInWindowTitleBar: true });
  doc.setAuthor(author);
  doc.setSubject(subject);
  if (keywords.length > 0) doc.setKeywords(keywords);
  doc.setCreator(PDF_CREATOR);
  doc.setProducer(PDF_PRODUCER);
  doc.setCreationDate(issued);
  doc.setModificationDate(issued);

  const id = fingerprint(
    JSON.stringify([offer, title, author, subject, keywords, options.messages]),
  );
  const xmp = xmpPacket({
    title,
    author,
    subject,
    keywords: keywords.join(', '),
    language,
    date: issued.toISOString().replace(/\.\d{3}Z$/, 'Z'),
    id: uuid(id),
  });
  const metadata = context.stream(new TextEncoder().encode(xmp), {
    Type: 'Metadata',
    Subtype: 'XML',
  });
  catalog.set(PDFName.of('Metadata'), context.register(metadata));
  context.trailerInfo.ID = context.obj([PDFHexString.of(id), PDFHexString.of(id)]);

  options.onProgress?.({ phase: 'save', pages: pages.length });
  return doc.save({ useObjectStreams: true, addDefaultPage: false, updateFieldAppearances: false });
}
