import { parseTrueType, type TrueTypeFont } from './truetype.js';

/**
 * A font face as the package ships it (see scripts/build-fonts.ts): a TrueType file with one
 * glyph per character of `chars` (glyph `i + 1` draws `chars[i]`), and the metrics of a PDF
 * font descriptor in thousandths of an em.
 */
export interface FontData {
  /** PostScript name, used in `/BaseFont` after the subset tag. */
  name: string;
  /** The characters the font draws, in glyph order from glyph 1. */
  chars: string;
  ascent: number;
  descent: number;
  capHeight: number;
  bbox: [number, number, number, number];
  stemV: number;
  /** The TrueType file, base64. */
  data: string;
}

/** A decoded face: the font file, its glyph ids per character and advance widths. */
export interface Face {
  data: FontData;
  font: TrueTypeFont;
  glyphOf: ReadonlyMap<string, number>;
  /** Advance widths in thousandths of an em, by glyph id. */
  widths: Float64Array;
}

function fromBase64(text: string): Uint8Array {
  const binary = atob(text);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

const faces = new WeakMap<FontData, Face>();

/**
 * Decodes a shipped face once (later calls return the same object).
 *
 * @param data - a face from src/font/noto-sans.ts
 * @returns the decoded face
 * @example
 * ```ts
 * loadFace(NOTO_SANS_REGULAR).glyphOf.get('æ'); // 102
 * ```
 */
export function loadFace(data: FontData): Face {
  let face = faces.get(data);
  if (!face) {
    const font = parseTrueType(fromBase64(data.data));
    const glyphOf = new Map<string, number>();
    [...data.chars].forEach((char, i) => glyphOf.set(char, i + 1));
    const widths = new Float64Array(font.numGlyphs);
    font.advances.forEach((advance, gid) => {
      widths[gid] = (advance * 1000) / font.unitsPerEm;
    });
    face = { data, font, glyphOf, widths };
    faces.set(data, face);
  }
  return face;
}

/** A face in use by one document: which glyphs it drew, for the subset. */
export class FontUse {
  /** Glyph id to the text it stands for (for the ToUnicode map). */
  readonly used = new Map<number, string>();

  constructor(readonly face: Face) {}

  /** Whether the face draws a code point. */
  has(codePoint: number): boolean {
    return this.face.glyphOf.has(String.fromCodePoint(codePoint));
  }

  /** Width of a text in thousandths of an em (no kerning: `Tj` draws none). */
  width(text: string): number {
    let total = 0;
    for (const char of text) {
      const gid = this.face.glyphOf.get(char);
      total += gid === undefined ? 0 : this.face.widths[gid]!;
    }
    return total;
  }

  /** The text as a hex string of 2-byte glyph ids (Identity-H); records the glyphs used. */
  encode(text: string): string {
    let hex = '<';
    for (const char of text) {
      const gid = this.face.glyphOf.get(char) ?? 0;
      if (gid !== 0) this.used.set(gid, char);
      hex += gid.toString(16).padStart(4, '0');
    }
    return `${hex}>`;
  }
}
