/**
 * Reading and subsetting TrueType (`glyf`) fonts: just what embedding a font in a PDF as a
 * CIDFontType2 needs. No shaping, no hinting: the fonts we embed are unhinted, and a PDF
 * reader only needs outlines and advance widths.
 */

/** Where a table sits in the font file. */
interface TableEntry {
  offset: number;
  length: number;
}

/** A parsed TrueType font: its tables and the metrics a PDF font descriptor needs. */
export interface TrueTypeFont {
  bytes: Uint8Array;
  tables: ReadonlyMap<string, TableEntry>;
  unitsPerEm: number;
  numGlyphs: number;
  /** Advance width of every glyph, in font units. */
  advances: Uint16Array;
  /** A view of `bytes`, made once. */
  view: DataView;
}

function view(bytes: Uint8Array): DataView {
  return new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}

function table(font: TrueTypeFont, tag: string): TableEntry {
  const entry = font.tables.get(tag);
  if (!entry) throw new Error(`TrueType font: the "${tag}" table is missing`);
  return entry;
}

/**
 * Parses the table directory and the metrics of a TrueType font.
 *
 * @param bytes - the font file (`.ttf`, TrueType outlines)
 * @returns the font's tables, units per em, glyph count and advance widths
 * @example
 * ```ts
 * const font = parseTrueType(bytes);
 * font.advances[font.numGlyphs - 1]; // 600
 * ```
 */
export function parseTrueType(bytes: Uint8Array): TrueTypeFont {
  const dv = view(bytes);
  const version = dv.getUint32(0);
  if (version !== 0x00010000 && version !== 0x74727565) {
    throw new Error('TrueType font: not a TrueType file (expected glyf outlines)');
  }
  const tables = new Map<string, TableEntry>();
  const count = dv.getUint16(4);
  for (let i = 0; i < count; i++) {
    const at = 12 + 16 * i;
    const tag = String.fromCharCode(...bytes.subarray(at, at + 4));
    tables.set(tag, { offset: dv.getUint32(at + 8), length: dv.getUint32(at + 12) });
  }
  const partial = {
    bytes,
    tables,
    unitsPerEm: 0,
    numGlyphs: 0,
    advances: new Uint16Array(),
    view: dv,
  };
  const head = table(partial, 'head');
  const maxp = table(partial, 'maxp');
  const hhea = table(partial, 'hhea');
  const hmtx = table(partial, 'hmtx');
  table(partial, 'glyf');
  table(partial, 'loca');
  const numGlyphs = dv.getUint16(maxp.offset + 4);
  const metrics = dv.getUint16(hhea.offset + 34);
  const advances = new Uint16Array(numGlyphs);
  for (let g = 0; g < numGlyphs; g++) {
    advances[g] = dv.getUint16(hmtx.offset + 4 * Math.min(g, metrics - 1));
  }
  return { ...partial, unitsPerEm: dv.getUint16(head.offset + 18), numGlyphs, advances };
}

/** The byte range of a glyph's outline in the `glyf` table (empty for a blank glyph). */
function glyphRange(font: TrueTypeFont, gid: number): [number, number] {
  const dv = font.view;
  const head = table(font, 'head');
  const loca = table(font, 'loca');
  const glyf = table(font, 'glyf');
  const long = dv.getInt16(head.offset + 50) === 1;
  const at = (i: number) =>
    long ? dv.getUint32(loca.offset + 4 * i) : 2 * dv.getUint16(loca.offset + 2 * i);
  return [glyf.offset + at(gid), glyf.offset + at(gid + 1)];
}

/** Composite-glyph flags that decide how long a component record is. */
const ARGS_ARE_WORDS = 0x0001;
const HAS_SCALE = 0x0008;
const MORE_COMPONENTS = 0x0020;
const HAS_XY_SCALE = 0x0040;
const HAS_2X2 = 0x0080;

/** Calls back with the offset (in the font file) of each component's glyph index. */
function eachComponent(font: TrueTypeFont, gid: number, visit: (at: number) => void): void {
  const [start, end] = glyphRange(font, gid);
  if (end - start < 10) return;
  const dv = font.view;
  if (dv.getInt16(start) >= 0) return; // a simple glyph
  let at = start + 10;
  for (;;) {
    const flags = dv.getUint16(at);
    visit(at + 2);
    at += 4 + (flags & ARGS_ARE_WORDS ? 4 : 2);
    if (flags & HAS_SCALE) at += 2;
    else if (flags & HAS_XY_SCALE) at += 4;
    else if (flags & HAS_2X2) at += 8;
    if (!(flags & MORE_COMPONENTS)) break;
  }
}

/**
 * The glyphs given plus every glyph a composite among them is built from (recursively), and
 * glyph 0 (`.notdef`).
 *
 * @param font - a parsed font
 * @param gids - glyph ids in use
 * @returns the closed set, sorted
 * @example
 * ```ts
 * withComponents(font, [aring]); // [0, a, ring, aring]
 * ```
 */
export function withComponents(font: TrueTypeFont, gids: Iterable<number>): number[] {
  const dv = font.view;
  const seen = new Set<number>();
  const queue = [0, ...gids];
  while (queue.length > 0) {
    const gid = queue.pop()!;
    if (seen.has(gid)) continue;
    seen.add(gid);
    eachComponent(font, gid, (at) => queue.push(dv.getUint16(at)));
  }
  return [...seen].sort((a, b) => a - b);
}

/**
 * Reads the Unicode mapping (`cmap` format 4 or 12) of a font.
 *
 * @param font - a parsed font
 * @returns code point to glyph id
 * @example
 * ```ts
 * readCmap(font).get(0xe6); // glyph id of "æ"
 * ```
 */
export function readCmap(font: TrueTypeFont): Map<number, number> {
  const dv = view(font.bytes);
  const cmap = table(font, 'cmap');
  const map = new Map<number, number>();
  const count = dv.getUint16(cmap.offset + 2);
  let best: { at: number; format: number } | undefined;
  for (let i = 0; i < count; i++) {
    const at = cmap.offset + 4 + 8 * i;
    const platform = dv.getUint16(at);
    const sub = cmap.offset + dv.getUint32(at + 4);
    const format = dv.getUint16(sub);
    if (platform !== 0 && platform !== 3) continue;
    if (format === 12 || (format === 4 && !best)) best = { at: sub, format };
  }
  if (!best) throw new Error('TrueType font: no Unicode cmap (format 4 or 12)');
  const at = best.at;
  if (best.format === 12) {
    const groups = dv.getUint32(at + 12);
    for (let i = 0; i < groups; i++) {
      const g = at + 16 + 12 * i;
      const first = dv.getUint32(g);
      const last = dv.getUint32(g + 4);
      const gid = dv.getUint32(g + 8);
      for (let cp = first; cp <= last; cp++) map.set(cp, gid + cp - first);
    }
    return map;
  }
  const segments = dv.getUint16(at + 6) / 2;
  const ends = at + 14;
  const starts = ends + 2 * segments + 2;
  const deltas = starts + 2 * segments;
  const ranges = deltas + 2 * segments;
  for (let s = 0; s < segments; s++) {
    const end = dv.getUint16(ends + 2 * s);
    const start = dv.getUint16(starts + 2 * s);
    const delta = dv.getUint16(deltas + 2 * s);
    const range = dv.getUint16(ranges + 2 * s);
    for (let cp = start; cp <= end && cp !== 0xffff; cp++) {
      let gid: number;
      if (range === 0) gid = (cp + delta) & 0xffff;
      else {
        const raw = dv.getUint16(ranges + 2 * s + range + 2 * (cp - start));
        gid = raw === 0 ? 0 : (raw + delta) & 0xffff;
      }
      if (gid !== 0) map.set(cp, gid);
    }
  }
  return map;
}

/** The checksum of a table or a whole font: the sum of its big-endian 32-bit words. */
function checksum(bytes: Uint8Array): number {
  const dv = view(bytes);
  let sum = 0;
  for (let i = 0; i < bytes.length; i += 4) sum = (sum + dv.getUint32(i)) >>> 0;
  return sum;
}

function padded(length: number): number {
  return (length + 3) & ~3;
}

/**
 * Writes a font with only some glyphs: `glyphs[newId]` is the old glyph id drawn at `newId`,
 * or -1 for an empty glyph. Composite glyphs have their component ids mapped; every component
 * must be in `glyphs`. The result holds `head`, `hhea`, `maxp`, `hmtx`, `loca` and `glyf`
 * (what a PDF needs of an embedded CIDFontType2; no `cmap`, no names, no hinting).
 *
 * @param font - a parsed font
 * @param glyphs - old glyph id for each new one (-1: empty)
 * @returns the subset font file
 * @example
 * ```ts
 * const used = withComponents(font, gids);
 * const file = subsetTrueType(font, Array.from({ length: font.numGlyphs }, (_, g) => (used.includes(g) ? g : -1)));
 * ```
 */
export function subsetTrueType(font: TrueTypeFont, glyphs: readonly number[]): Uint8Array {
  const source = font.bytes;
  const newId = new Map<number, number>();
  glyphs.forEach((old, gid) => {
    if (old >= 0 && !newId.has(old)) newId.set(old, gid);
  });
  // glyf and loca (long offsets).
  const parts: Uint8Array[] = [];
  const loca = new Uint8Array(4 * (glyphs.length + 1));
  const locaView = view(loca);
  let offset = 0;
  glyphs.forEach((old, gid) => {
    locaView.setUint32(4 * gid, offset);
    if (old < 0) return;
    const [start, end] = glyphRange(font, old);
    if (end <= start) return;
    const copy = new Uint8Array(padded(end - start));
    copy.set(source.subarray(start, end));
    const dv = view(copy);
    eachComponent(font, old, (at) => {
      const component = font.view.getUint16(at);
      const mapped = newId.get(component);
      if (mapped === undefined) {
        throw new Error(`TrueType subset: component glyph ${component} of ${old} is missing`);
      }
      dv.setUint16(at - start, mapped);
    });
    parts.push(copy);
    offset += copy.length;
  });
  locaView.setUint32(4 * glyphs.length, offset);
  const glyf = new Uint8Array(offset);
  let at = 0;
  for (const part of parts) {
    glyf.set(part, at);
    at += part.length;
  }
  // hmtx: a full metric per glyph (advance, left side bearing from the glyph's xMin).
  const hmtx = new Uint8Array(4 * glyphs.length);
  const hmtxView = view(hmtx);
  glyphs.forEach((old, gid) => {
    if (old < 0) return;
    hmtxView.setUint16(4 * gid, font.advances[old]!);
    const [start, end] = glyphRange(font, old);
    if (end > start) hmtxView.setInt16(4 * gid + 2, font.view.getInt16(start + 2));
  });
  const copyOf = (tag: string) => {
    const t = table(font, tag);
    return source.slice(t.offset, t.offset + t.length);
  };
  const head = copyOf('head');
  view(head).setUint32(8, 0); // checkSumAdjustment, set below
  view(head).setInt16(50, 1); // long loca offsets
  const hhea = copyOf('hhea');
  view(hhea).setUint16(34, glyphs.length);
  const maxp = copyOf('maxp');
  view(maxp).setUint16(4, glyphs.length);
  const tables: [string, Uint8Array][] = [
    ['glyf', glyf],
    ['head', head],
    ['hhea', hhea],
    ['hmtx', hmtx],
    ['loca', loca],
    ['maxp', maxp],
  ];
  const headerLength = 12 + 16 * tables.length;
  const total = headerLength + tables.reduce((sum, [, data]) => sum + padded(data.length), 0);
  const out = new Uint8Array(total);
  const dv = view(out);
  dv.setUint32(0, 0x00010000);
  dv.setUint16(4, tables.length);
  dv.setUint16(6, 64); // searchRange for 6 tables: 16 * 2^floor(log2 6)
  dv.setUint16(8, 2);
  dv.setUint16(10, tables.length * 16 - 64);
  let position = headerLength;
  let headAt = 0;
  tables.forEach(([tag, data], i) => {
    const entry = 12 + 16 * i;
    for (let c = 0; c < 4; c++) out[entry + c] = tag.charCodeAt(c);
    const block = new Uint8Array(padded(data.length));
    block.set(data);
    dv.setUint32(entry + 4, checksum(block));
    dv.setUint32(entry + 8, position);
    dv.setUint32(entry + 12, data.length);
    out.set(block, position);
    if (tag === 'head') headAt = position;
    position += block.length;
  });
  dv.setUint32(headAt + 8, (0xb1b0afba - checksum(out)) >>> 0);
  return out;
}
