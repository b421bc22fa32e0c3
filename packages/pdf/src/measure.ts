import { FontUse, loadFace } from './font/embedded.js';
import { NOTO_SANS_BOLD, NOTO_SANS_REGULAR } from './font/noto-sans.js';
import type { Measure } from './layout.js';
import type { FontKey } from './theme.js';
import { toDrawable } from './winansi.js';

/**
 * The faces of one document (each records the glyphs it draws, for the subset) and the
 * measure the layout uses with them.
 *
 * @returns fresh font uses and their measure
 * @example
 * ```ts
 * const { measure } = documentFonts();
 * measure.width('Tilbud', 'bold', 22); // 73.5
 * ```
 */
export function documentFonts(): { fonts: Record<FontKey, FontUse>; measure: Measure } {
  const fonts: Record<FontKey, FontUse> = {
    regular: new FontUse(loadFace(NOTO_SANS_REGULAR)),
    bold: new FontUse(loadFace(NOTO_SANS_BOLD)),
  };
  const measure: Measure = {
    width: (text, font, size) => (fonts[font].width(text) * size) / 1000,
    drawable: (text) => toDrawable(text, (cp) => fonts.regular.has(cp) && fonts.bold.has(cp)),
  };
  return { fonts, measure };
}
