/** A colour with channels from 0 to 1. */
export interface Rgb {
  r: number;
  g: number;
  b: number;
}

/** The two faces used: Noto Sans Regular and Bold, embedded (see src/font/noto-sans.ts). */
export type FontKey = 'regular' | 'bold';

/** How a run of text looks: face, size and line height in points, colour. */
export interface TextStyle {
  font: FontKey;
  size: number;
  /** Line height in points; at least 1.16 × size so glyph boxes of adjacent lines never touch. */
  leading: number;
  color: Rgb;
}

function hex(value: string): Rgb {
  const n = Number.parseInt(value.slice(1), 16);
  const channel = (shift: number) => Math.round((((n >> shift) & 0xff) / 255) * 1000) / 1000;
  return { r: channel(16), g: channel(8), b: channel(0) };
}

/** DKFDS neutral theme: ink, secondary text and rule colours. */
export const COLORS = {
  ink: hex('#1A1A1A'),
  secondary: hex('#454545'),
  rule: hex('#BFBFBF'),
} as const;

/** A4 portrait in points. */
export const PAGE = { width: 595.28, height: 841.89 } as const;

/** 20 mm on every side; everything on the page, the footer included, stays inside. */
export const MARGIN = 56.69;

/** Room kept at the bottom of the text area for the footer. */
export const FOOTER_ROOM = 30;

/**
 * Vertical extent of a glyph box relative to the font size, as text extractors compute it
 * from the font descriptors' `/Ascent` and `/Descent`: the highest and lowest ink of the
 * glyphs kept of Noto Sans (Regular: 944 and -242 per 1000; Bold is within that).
 */
export const ASCENT = 0.944;
export const DESCENT = 0.242;

const style = (font: FontKey, size: number, leading: number, color: Rgb): TextStyle => ({
  font,
  size,
  leading,
  color,
});

/** The type scale: body 9.5/13.5 pt, headings in bold, secondary text in #454545. */
export const STYLES = {
  body: style('regular', 9.5, 13.5, COLORS.ink),
  bodyBold: style('bold', 9.5, 13.5, COLORS.ink),
  note: style('regular', 8.5, 12, COLORS.secondary),
  label: style('regular', 8.5, 12, COLORS.secondary),
  head: style('bold', 8.5, 12, COLORS.secondary),
  provider: style('bold', 12, 16, COLORS.ink),
  title: style('bold', 22, 28, COLORS.ink),
  lead: style('regular', 11, 15, COLORS.secondary),
  h2: style('bold', 13, 18, COLORS.ink),
  offering: style('bold', 16, 21, COLORS.ink),
  h3: style('bold', 10, 14, COLORS.ink),
  total: style('bold', 10.5, 15, COLORS.ink),
  footer: style('regular', 8, 11, COLORS.secondary),
} as const;
