import { unzlibSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { loadFace } from '../src/font/embedded.js';
import { NOTO_SANS_REGULAR } from '../src/font/noto-sans.js';
import { parseTrueType, subsetTrueType, withComponents } from '../src/font/truetype.js';
import { findLinks } from '../src/pdf/links.js';
import { PdfRaw, PdfWriter, name, serialize } from '../src/pdf/writer.js';

describe('serialize', () => {
  it('writes names, numbers, strings, arrays and dictionaries', () => {
    expect(serialize({ Type: name('Page'), Count: 3, Scale: 0.125, Skip: undefined })).toBe(
      '<</Type /Page /Count 3 /Scale 0.13>>',
    );
    expect(serialize([true, null, -0.001, name('A B#')])).toBe('[true null 0 /A#20B#23]');
    expect(serialize('Tilbud (udkast) \\ 1')).toBe('(Tilbud \\(udkast\\) \\\\ 1)');
    expect(serialize(new PdfRaw('<00ff>'))).toBe('<00ff>');
  });

  it('writes text outside ASCII as UTF-16BE with a byte order mark', () => {
    expect(serialize('Ærø')).toBe('<FEFF00C6007200F8>');
    expect(serialize('Ærø – ½')).toMatch(/^<FEFF[0-9A-F]+>$/);
  });
});

describe('PdfWriter', () => {
  it('puts objects in an object stream and points the xref stream at every object', () => {
    const writer = new PdfWriter();
    const pages = writer.ref();
    const content = writer.stream({}, 'BT ET');
    const page = writer.add({ Type: name('Page'), Parent: pages, Contents: content });
    writer.set(pages, { Type: name('Pages'), Kids: [page], Count: 1 });
    const root = writer.add({ Type: name('Catalog'), Pages: pages });
    const info = writer.add({ Title: 'Ærø' });
    const bytes = writer.finish({ root, info, id: '00'.repeat(16) });
    const text = new TextDecoder('latin1').decode(bytes);
    expect(text.startsWith('%PDF-1.7\n%')).toBe(true);
    const startxref = Number(/startxref\n(\d+)\n%%EOF\n$/.exec(text)![1]);
    expect(text.slice(startxref)).toMatch(/^\d+ 0 obj\n<<\/Type \/XRef/);
    // The content stream: its offset in the xref stream is where "N 0 obj" starts.
    const xrefObj = text.slice(startxref);
    const length = Number(/\/Length (\d+)/.exec(xrefObj)![1]);
    const dataStart = startxref + xrefObj.indexOf('stream\n') + 'stream\n'.length;
    const table = unzlibSync(bytes.subarray(dataStart, dataStart + length));
    const row = (id: number): [number, number, number] => {
      const view = new DataView(table.buffer, table.byteOffset + 7 * id, 7);
      return [view.getUint8(0), view.getUint32(1), view.getUint16(5)];
    };
    const [type, offset] = row(content.id);
    expect(type).toBe(1);
    expect(text.slice(offset, offset + 8)).toBe(`${content.id} 0 obj\n`);
    expect(row(page.id)[0]).toBe(2); // in the object stream
  });

  it('refuses to write an object that was reserved and never set', () => {
    const writer = new PdfWriter();
    const missing = writer.ref();
    const root = writer.add({ Type: name('Catalog'), Pages: missing });
    expect(() => writer.finish({ root, info: root, id: '00' })).toThrow(/object 1/);
  });
});

describe('findLinks', () => {
  it('finds email and web addresses without the punctuation after them', () => {
    expect(findLinks('Skriv til kontakt@example.dk.')).toEqual([
      { start: 10, end: 28, uri: 'mailto:kontakt@example.dk' },
    ]);
    expect(findLinks('Se https://www.example.dk/tilbud, eller www.example.dk')).toEqual([
      { start: 3, end: 32, uri: 'https://www.example.dk/tilbud' },
      { start: 40, end: 54, uri: 'https://www.example.dk' },
    ]);
    expect(findLinks('Ingen adresse her, kun 12.500,00 kr.')).toEqual([]);
  });
});

describe('TrueType subsets', () => {
  const face = loadFace(NOTO_SANS_REGULAR);
  const font = face.font;

  it('keeps the components of a composite glyph (Å) and writes a valid font file', () => {
    const aring = face.glyphOf.get('Å')!;
    const kept = withComponents(font, [aring]);
    expect(kept[0]).toBe(0);
    expect(kept).toContain(aring);
    expect(kept.length).toBeGreaterThan(2); // Å is built from A and a ring
    const keep = new Set(kept);
    const file = subsetTrueType(
      font,
      Array.from({ length: font.numGlyphs }, (_, g) => (keep.has(g) ? g : -1)),
    );
    const parsed = parseTrueType(file);
    expect(parsed.numGlyphs).toBe(font.numGlyphs);
    expect(parsed.advances[aring]).toBe(font.advances[aring]);
    // The whole file sums to the magic number once checkSumAdjustment is in.
    let sum = 0;
    const view = new DataView(file.buffer, file.byteOffset, file.byteLength);
    for (let i = 0; i < file.length; i += 4) sum = (sum + view.getUint32(i)) >>> 0;
    expect(sum).toBe(0xb1b0afba);
    // Only the kept glyphs have outlines.
    const loca = parsed.tables.get('loca')!;
    const outlines = Array.from({ length: parsed.numGlyphs }, (_, g) =>
      view.getUint32(loca.offset + 4 * g + 4) > view.getUint32(loca.offset + 4 * g) ? g : -1,
    ).filter((g) => g >= 0);
    expect(outlines.every((g) => keep.has(g))).toBe(true);
    expect(outlines).toContain(aring);
  });

  it('names a missing component instead of writing a broken font', () => {
    const aring = face.glyphOf.get('Å')!;
    const glyphs = Array.from({ length: font.numGlyphs }, (_, g) => (g === aring ? g : -1));
    expect(() => subsetTrueType(font, glyphs)).toThrow(/component glyph \d+ of \d+ is missing/);
  });
});
