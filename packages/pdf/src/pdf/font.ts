import type { FontUse } from '../font/embedded.js';
import { subsetTrueType, withComponents } from '../font/truetype.js';
import { name, type PdfRef, type PdfValue, type PdfWriter } from './writer.js';

/** A six-letter subset tag from the glyphs used (the same glyphs, the same tag). */
function subsetTag(gids: readonly number[], fontName: string): string {
  let hash = 0x811c9dc5;
  for (const value of [...gids, ...[...fontName].map((c) => c.charCodeAt(0))]) {
    hash ^= value;
    hash = Math.imul(hash, 0x01000193);
  }
  let tag = '';
  for (let i = 0; i < 6; i++) {
    tag += String.fromCharCode(65 + ((hash >>> 0) % 26));
    hash = Math.floor((hash >>> 0) / 26);
  }
  return tag;
}

function hex4(value: number): string {
  return value.toString(16).toUpperCase().padStart(4, '0');
}

/** The ToUnicode CMap: each glyph id back to its character, so text extracts correctly. */
function toUnicode(used: ReadonlyMap<number, string>): string {
  const pairs = [...used].sort(([a], [b]) => a - b);
  const lines = [
    '/CIDInit /ProcSet findresource begin',
    '12 dict begin',
    'begincmap',
    '/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def',
    '/CMapName /Adobe-Identity-UCS def',
    '/CMapType 2 def',
    '1 begincodespacerange',
    '<0000> <FFFF>',
    'endcodespacerange',
  ];
  for (let i = 0; i < pairs.length; i += 100) {
    const block = pairs.slice(i, i + 100);
    lines.push(`${block.length} beginbfchar`);
    for (const [gid, char] of block) {
      const units = [...char].map((_, j) => hex4(char.charCodeAt(j))).join('');
      lines.push(`<${hex4(gid)}> <${units}>`);
    }
    lines.push('endbfchar');
  }
  lines.push('endcmap', 'CMapName currentdict /CIDFont defineresource pop', 'end', 'end');
  return lines.join('\n');
}

/** The `/W` array: runs of consecutive glyph ids with their widths. */
function widthArray(use: FontUse, gids: readonly number[]): PdfValue[] {
  const out: PdfValue[] = [];
  let run: number[] = [];
  let first = -1;
  const flush = () => {
    if (run.length > 0)
      out.push(
        first,
        run.map((w) => Math.round(w)),
      );
    run = [];
  };
  for (const gid of gids) {
    if (gid !== first + run.length) {
      flush();
      first = gid;
    }
    run.push(use.face.widths[gid]!);
  }
  flush();
  return out;
}

/**
 * Writes a face as a Type 0 font with Identity-H encoding over a CIDFontType2 that embeds a
 * subset of the TrueType file: only the glyphs drawn (and the parts composite glyphs are
 * built from), glyph ids unchanged, so the content streams' codes are the glyph ids.
 *
 * @param writer - the file being written
 * @param use - the face and the glyphs the document drew with it
 * @param ref - the reference the pages already use for this font
 * @returns the font's reference
 */
export function writeFont(writer: PdfWriter, use: FontUse, ref: PdfRef): PdfRef {
  const { face } = use;
  const { font, data } = face;
  const drawn = [...use.used.keys()].sort((a, b) => a - b);
  const keep = new Set(withComponents(font, drawn));
  const glyphs = Array.from({ length: font.numGlyphs }, (_, gid) => (keep.has(gid) ? gid : -1));
  const file = subsetTrueType(font, glyphs);
  const fontName = `${subsetTag(drawn, data.name)}+${data.name}`;
  const fontFile = writer.stream({ Length1: file.length }, file);
  const descriptor = writer.add({
    Type: name('FontDescriptor'),
    FontName: name(fontName),
    Flags: 32, // non-symbolic: Latin text
    FontBBox: data.bbox,
    ItalicAngle: 0,
    Ascent: data.ascent,
    Descent: data.descent,
    CapHeight: data.capHeight,
    StemV: data.stemV,
    FontFile2: fontFile,
  });
  const cidFont = writer.add({
    Type: name('Font'),
    Subtype: name('CIDFontType2'),
    BaseFont: name(fontName),
    CIDSystemInfo: { Registry: 'Adobe', Ordering: 'Identity', Supplement: 0 },
    FontDescriptor: descriptor,
    DW: 1000,
    W: widthArray(use, drawn),
    CIDToGIDMap: name('Identity'),
  });
  const cmap = writer.stream({}, toUnicode(use.used));
  return writer.set(ref, {
    Type: name('Font'),
    Subtype: name('Type0'),
    BaseFont: name(fontName),
    Encoding: name('Identity-H'),
    DescendantFonts: [cidFont],
    ToUnicode: cmap,
  });
}
