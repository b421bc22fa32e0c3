import { renderOfferPdf } from '@temadag/pdf';
import {
  PDFArray,
  PDFBool,
  PDFDict,
  PDFDocument,
  PDFName,
  PDFNumber,
  PDFRawStream,
  PDFRef,
  PDFString,
  decodePDFRawStream,
} from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import { exampleOffer } from './fixtures.js';
import { pdfStructText } from './poppler.js';

async function load(locale: 'da' | 'en' = 'da') {
  const bytes = await renderOfferPdf(exampleOffer({ locale }));
  return PDFDocument.load(bytes, { updateMetadata: false });
}

const name = (key: string) => PDFName.of(key);

function decodeContents(doc: PDFDocument, pageIndex: number): string {
  const page = doc.getPage(pageIndex);
  const contents = doc.context.lookup(page.node.get(name('Contents')));
  expect(contents).toBeInstanceOf(PDFRawStream);
  return new TextDecoder('latin1').decode(decodePDFRawStream(contents as PDFRawStream).decode());
}

describe('tagged structure', async () => {
  const doc = await load();
  const { context, catalog } = doc;
  const lookupDict = (value: unknown) => context.lookup(value as PDFRef, PDFDict);

  it('declares the language, marked content, the title bar and a metadata stream', () => {
    expect((catalog.get(name('Lang')) as PDFString).decodeText()).toBe('da-DK');
    const markInfo = catalog.lookup(name('MarkInfo'), PDFDict);
    expect(markInfo.get(name('Marked'))).toBe(PDFBool.True);
    const prefs = catalog.lookup(name('ViewerPreferences'), PDFDict);
    expect(prefs.get(name('DisplayDocTitle'))).toBe(PDFBool.True);
    const metadata = context.lookup(catalog.get(name('Metadata')));
    expect(metadata).toBeInstanceOf(PDFRawStream);
    if (!(metadata instanceof PDFRawStream)) return;
    const xmp = new TextDecoder().decode(metadata.getContents());
    expect(xmp).toContain('<dc:language><rdf:Bag><rdf:li>da-DK</rdf:li>');
    expect(xmp).toContain('Dialog i udsatte boligområder');
  });

  it('says en in an English offer', async () => {
    const en = await load('en');
    expect((en.catalog.get(name('Lang')) as PDFString).decodeText()).toBe('en');
  });

  it('has a structure tree in reading order: headings, tables, lists', () => {
    const root = catalog.lookup(name('StructTreeRoot'), PDFDict);
    expect(root.get(name('Type'))).toBe(name('StructTreeRoot'));
    const document = lookupDict(root.get(name('K')));
    expect(document.get(name('S'))).toBe(name('Document'));
    const types: string[] = [];
    const walk = (dict: PDFDict) => {
      types.push((dict.get(name('S')) as PDFName).decodeText());
      const kids = dict.get(name('K'));
      const list = kids instanceof PDFArray ? kids.asArray() : kids ? [kids] : [];
      for (const kid of list) if (kid instanceof PDFRef) walk(lookupDict(kid));
    };
    walk(document);
    const top = (document.get(name('K')) as PDFArray)
      .asArray()
      .map((ref) => (lookupDict(ref).get(name('S')) as PDFName).decodeText());
    expect(top.filter((t) => t === 'H1')).toHaveLength(1);
    expect(top.indexOf('H1')).toBeLessThan(top.indexOf('H2'));
    for (const t of ['H1', 'H2', 'H3', 'P', 'Table', 'TR', 'TH', 'TD', 'L', 'LI', 'Lbl', 'LBody']) {
      expect(types, t).toContain(t);
    }
  });

  it('links every marked-content id on every page to its element through the parent tree', () => {
    const root = catalog.lookup(name('StructTreeRoot'), PDFDict);
    const nums = root.lookup(name('ParentTree'), PDFDict).lookup(name('Nums'), PDFArray).asArray();
    const pageCount = doc.getPageCount();
    // One entry per page, then one per link annotation (its StructParent key).
    const annotations = doc
      .getPages()
      .reduce(
        (sum, page) => sum + (page.node.lookupMaybe(name('Annots'), PDFArray)?.size() ?? 0),
        0,
      );
    expect(annotations).toBeGreaterThan(0);
    expect(nums).toHaveLength(2 * (pageCount + annotations));
    expect((root.get(name('ParentTreeNextKey')) as PDFNumber).asNumber()).toBe(
      pageCount + annotations,
    );
    for (let index = 0; index < pageCount; index++) {
      const page = doc.getPage(index);
      expect((page.node.get(name('StructParents')) as PDFNumber).asNumber()).toBe(index);
      expect((nums[2 * index] as PDFNumber).asNumber()).toBe(index);
      const owners = context.lookup(nums[2 * index + 1], PDFArray).asArray();
      const content = decodeContents(doc, index);
      const mcids = [...content.matchAll(/<<\/MCID (\d+)>> BDC/g)].map((m) => Number(m[1]));
      expect(mcids).toEqual(mcids.map((_, i) => i));
      expect(owners).toHaveLength(mcids.length);
      owners.forEach((owner, mcid) => {
        const element = lookupDict(owner);
        const kids = element.get(name('K'));
        const list = kids instanceof PDFArray ? kids.asArray() : [kids];
        const pageOf = element.get(name('Pg'));
        const found = list.some((kid) =>
          kid instanceof PDFNumber
            ? pageOf === page.ref && kid.asNumber() === mcid
            : kid instanceof PDFDict &&
              kid.get(name('Pg')) === page.ref &&
              (kid.get(name('MCID')) as PDFNumber).asNumber() === mcid,
        );
        expect(found, `page ${index + 1}, MCID ${mcid}`).toBe(true);
      });
    }
  });

  it('draws all text inside marked content: real content or artifacts, nothing untagged', () => {
    for (let index = 0; index < doc.getPageCount(); index++) {
      const content = decodeContents(doc, index);
      let depth = 0;
      let artifacts = 0;
      for (const token of content.match(/BDC|BMC|EMC|Tj/g) ?? []) {
        if (token === 'BDC' || token === 'BMC') depth++;
        else if (token === 'EMC') depth--;
        else expect(depth, `page ${index + 1}: text outside marked content`).toBe(1);
        expect(depth).toBeGreaterThanOrEqual(0);
      }
      expect(depth).toBe(0);
      artifacts = (
        content.match(/\/Artifact <<\/Type \/Pagination \/Subtype \/Footer>> BDC/g) ?? []
      ).length;
      expect(artifacts, 'one footer artifact per page').toBe(1);
    }
  });

  it('reads in order through the tags, with word breaks at line ends (pdfinfo -struct-text)', async () => {
    const offer = exampleOffer();
    const tree = pdfStructText(await renderOfferPdf(offer));
    // Consecutive text runs of one element joined, as a reader joins them.
    const joined = tree.replace(/"\n\s*"/g, '');
    expect(joined).toMatch(/^Document\n {2}P \(block\)\n {4}"Tverskov Kommunikation & Udvikling"/);
    expect(joined).toContain('H1 (block)\n    "Tilbud"');
    expect(joined).toContain(`"${offer.offering.summary}"`);
    expect(joined).toContain(`"${offer.provider.bio}"`);
    expect(joined).toMatch(
      /TH:\n\s+\/Scope \/Row\n\s+\/ColSpan 3\n\s+"I alt inkl\. moms"\n\s+TD\n\s+"34\.265,00 kr\."/,
    );
    expect(joined).toMatch(
      /LI \(block\)\n\s+Lbl \(block\)\n\s+"•"\n\s+LBody \(block\)\n\s+"Forplejning"/,
    );
    // The page footers are artifacts: not in the tree.
    expect(joined).not.toContain('Side 1 af');
    const order = ['"Tilbud"', '"Kunde"', '"Din temadag"', '"Vejledende pris"', '"Betingelser"'];
    const positions = order.map((text) => joined.indexOf(text));
    expect(positions.every((p) => p >= 0)).toBe(true);
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);
  });
});
