import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { renderOfferPdf } from '@temadag/pdf';
import {
  PDFArray,
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
import { face, fontFiles } from '../scripts/font-module.js';
import { NOTO_SANS_BOLD, NOTO_SANS_REGULAR } from '../src/font/noto-sans.js';
import { parseTrueType } from '../src/font/truetype.js';
import { operations } from './content.js';
import { exampleAcceptance, exampleOffer, exampleSelection, revisedOffer } from './fixtures.js';
import { pdfStructText, toFile } from './poppler.js';

const name = (key: string) => PDFName.of(key);

/** `pdffonts`: one row per font with its columns. */
function pdfFonts(bytes: Uint8Array): { name: string; emb: string; sub: string; uni: string }[] {
  const out = execFileSync('pdffonts', [toFile(bytes)], { encoding: 'utf8' });
  return out
    .split('\n')
    .slice(2)
    .filter((line) => line.trim() !== '')
    .map((line) => {
      const columns = line.trim().split(/\s+/);
      // name type... encoding emb sub uni object ID: the last five are fixed.
      const [emb, sub, uni] = columns.slice(-5, -2);
      return { name: columns[0]!, emb: emb!, sub: sub!, uni: uni! };
    });
}

function streamBytes(doc: PDFDocument, value: unknown): Uint8Array {
  const stream = doc.context.lookup(value as PDFRef);
  expect(stream).toBeInstanceOf(PDFRawStream);
  return decodePDFRawStream(stream as PDFRawStream).decode();
}

const offers: Record<string, () => Parameters<typeof renderOfferPdf>> = {
  'the Danish example': () => [exampleOffer()],
  'the English example': () => [exampleOffer({ locale: 'en' })],
  'an on-request offer': () => [exampleOffer({}, { ...exampleSelection, participants: 70 })],
  'an accepted binding revision': () => {
    const offer = revisedOffer();
    return [offer, { acceptance: exampleAcceptance(offer) }];
  },
};

describe.each(Object.entries(offers))('PDF/UA basics: %s', async (_, make) => {
  const bytes = await renderOfferPdf(...make());
  const doc = await PDFDocument.load(bytes, { updateMetadata: false });

  it('embeds every font as a subset with a Unicode map (pdffonts)', () => {
    const fonts = pdfFonts(bytes);
    expect(fonts.map((f) => f.name.replace(/^[A-Z]{6}\+/, ''))).toEqual([
      'NotoSans-Regular',
      'NotoSans-Bold',
    ]);
    for (const font of fonts) {
      expect(font, font.name).toMatchObject({ emb: 'yes', sub: 'yes', uni: 'yes' });
    }
  });

  it('declares PDF/UA-1 and the title in the XMP metadata', () => {
    const xmp = new TextDecoder().decode(streamBytes(doc, doc.catalog.get(name('Metadata'))));
    expect(xmp).toContain('xmlns:pdfuaid="http://www.aiim.org/pdfua/ns/id/"');
    expect(xmp).toContain('<pdfuaid:part>1</pdfuaid:part>');
    expect(xmp).toMatch(/<dc:title><rdf:Alt><rdf:li xml:lang="x-default">[^<]+T-2026-00/);
  });

  it('draws every text run inside marked content: a tagged MCID or an artifact', () => {
    for (let index = 0; index < doc.getPageCount(); index++) {
      const where = `page ${index + 1}`;
      const page = doc.getPage(index);
      const content = new TextDecoder('latin1').decode(
        streamBytes(doc, page.node.get(name('Contents'))),
      );
      const stack: { tag: string; mcid?: number }[] = [];
      const mcids: number[] = [];
      let runs = 0;
      for (const { operator, operands } of operations(content)) {
        if (operator === 'BMC' || operator === 'BDC') {
          const mcid = /\/MCID (\d+)/.exec(operands[1] ?? '')?.[1];
          stack.push({ tag: operands[0]!, ...(mcid === undefined ? {} : { mcid: Number(mcid) }) });
          if (mcid !== undefined) mcids.push(Number(mcid));
          expect(stack.length, `${where}: nested marked content`).toBe(1);
        } else if (operator === 'EMC') {
          expect(stack.pop(), `${where}: EMC without BMC/BDC`).toBeDefined();
        } else if (['Tj', 'TJ', "'", '"'].includes(operator)) {
          runs++;
          const inside = stack.some((m) => m.tag === '/Artifact' || m.mcid !== undefined);
          expect(inside, `${where}: text ${operands[0]} outside marked content`).toBe(true);
        }
      }
      expect(stack, `${where}: unclosed marked content`).toEqual([]);
      expect(runs, where).toBeGreaterThan(10);
      expect(mcids, `${where}: MCIDs 0, 1, 2, ...`).toEqual(mcids.map((_, i) => i));
    }
  });
});

describe('links', async () => {
  const bytes = await renderOfferPdf(exampleOffer());
  const doc = await PDFDocument.load(bytes, { updateMetadata: false });
  const { context } = doc;
  const annots = doc.getPages().flatMap((page) =>
    (page.node.lookupMaybe(name('Annots'), PDFArray)?.asArray() ?? []).map((ref) => ({
      ref: ref as PDFRef,
      dict: context.lookup(ref, PDFDict),
      page,
    })),
  );

  it('has a link annotation for every email and web address', () => {
    const uris = annots.map(({ dict }) =>
      (dict.lookup(name('A'), PDFDict).get(name('URI')) as PDFString).decodeText(),
    );
    expect(uris).toEqual([
      'mailto:kontakt@example.dk',
      'https://www.example.dk',
      'mailto:aase@example.dk',
    ]);
    for (const { dict } of annots) {
      expect(dict.get(name('Subtype'))).toBe(name('Link'));
      expect(dict.lookup(name('Rect'), PDFArray).size()).toBe(4);
      expect(dict.get(name('Contents'))).toBeDefined();
    }
  });

  it('puts each annotation in a Link element with its text, through the parent tree', () => {
    const root = doc.catalog.lookup(name('StructTreeRoot'), PDFDict);
    const nums = root.lookup(name('ParentTree'), PDFDict).lookup(name('Nums'), PDFArray);
    for (const { ref, dict, page } of annots) {
      const key = (dict.get(name('StructParent')) as PDFNumber).asNumber();
      const at = nums
        .asArray()
        .findIndex((v, i) => i % 2 === 0 && (v as PDFNumber).asNumber() === key);
      expect(at, `StructParent ${key} in the parent tree`).toBeGreaterThanOrEqual(0);
      const element = context.lookup(nums.get(at + 1), PDFDict);
      expect(element.get(name('S'))).toBe(name('Link'));
      const kids = element.lookup(name('K'), PDFArray).asArray();
      expect(kids.some((kid) => kid instanceof PDFNumber)).toBe(true);
      const objr = kids.find((kid) => kid instanceof PDFDict) as PDFDict;
      expect(objr.get(name('Type'))).toBe(name('OBJR'));
      expect(objr.get(name('Obj'))).toBe(ref);
      expect(objr.get(name('Pg'))).toBe(page.ref);
    }
    const tree = pdfStructText(bytes);
    expect(tree).toMatch(/Link \(inline\)\n\s+"kontakt@example\.dk"/);
    expect(tree).toMatch(/Link \(inline\)\n\s+"https:\/\/www\.example\.dk"/);
  });
});

describe('the embedded font subsets', async () => {
  const bytes = await renderOfferPdf(exampleOffer());
  const doc = await PDFDocument.load(bytes, { updateMetadata: false });

  it('hold only the glyphs drawn, far fewer than the shipped faces', () => {
    const fontDicts = doc.context
      .enumerateIndirectObjects()
      .map(([, object]) => object)
      .filter(
        (o): o is PDFDict =>
          o instanceof PDFDict && o.get(name('Subtype')) === name('CIDFontType2'),
      );
    expect(fontDicts).toHaveLength(2);
    for (const dict of fontDicts) {
      const descriptor = dict.lookup(name('FontDescriptor'), PDFDict);
      const file = parseTrueType(streamBytes(doc, descriptor.get(name('FontFile2'))));
      const shipped = [NOTO_SANS_REGULAR, NOTO_SANS_BOLD].find((f) =>
        (dict.get(name('BaseFont')) as PDFName).decodeText().endsWith(f.name),
      )!;
      const glyf = file.tables.get('glyf')!;
      const loca = file.tables.get('loca')!;
      const view = new DataView(file.bytes.buffer, file.bytes.byteOffset);
      let outlines = 0;
      for (let g = 0; g < file.numGlyphs; g++) {
        if (view.getUint32(loca.offset + 4 * g + 4) > view.getUint32(loca.offset + 4 * g))
          outlines++;
      }
      expect(glyf.length).toBeGreaterThan(1000);
      expect(outlines).toBeGreaterThan(20);
      expect(outlines).toBeLessThan([...shipped.chars].length / 2);
    }
  });

  it('ships the faces that scripts/build-fonts.ts makes from @expo-google-fonts/noto-sans', () => {
    const files = fontFiles();
    expect(face(new Uint8Array(readFileSync(files.regular)), 'NotoSans-Regular')).toEqual(
      NOTO_SANS_REGULAR,
    );
    expect(face(new Uint8Array(readFileSync(files.bold)), 'NotoSans-Bold')).toEqual(NOTO_SANS_BOLD);
  });
});
