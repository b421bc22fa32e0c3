/**
 * The standard 14 fonts speak WinAnsi (Windows-1252): all of Danish, the dashes, typographic
 * quotes, `×`, `½`, `•`, `€`, and the no-break space. Characters outside it are mapped to the
 * nearest WinAnsi character, or to `?` when there is none, so rendering never throws.
 */
const SUBSTITUTES: Readonly<Record<string, string>> = {
  '\u00AD': '', // soft hyphen: invisible unless a line breaks there
  '\u2010': '-', // hyphen
  '\u2011': '-', // no-break hyphen
  '\u2012': '\u2013', // figure dash
  '\u2015': '\u2014', // horizontal bar
  '\u2212': '-', // minus sign
  '\u2002': ' ', // en space
  '\u2003': ' ', // em space
  '\u2009': ' ', // thin space
  '\u200A': ' ', // hair space
  '\u200B': '', // zero width space
  '\u2060': '', // word joiner
  '\uFEFF': '', // byte order mark
  '\u202F': '\u00A0', // narrow no-break space (some Intl outputs): keep words together
  '\u2007': '\u00A0', // figure space
  '\u2032': "'", // prime
  '\u2033': '"', // double prime
  '\u2043': '-', // hyphen bullet
  '\u2219': '\u2022', // bullet operator
  '\u25CF': '\u2022', // black circle
  '\u2713': 'x', // check mark
  '\u2192': '->', // arrow
  '\u2264': '<=',
  '\u2265': '>=',
  '\u2248': '~',
};

/**
 * Maps a text onto the characters a font can draw.
 *
 * @param text - any text
 * @param canDraw - whether the font has a code point (WinAnsi for the standard fonts)
 * @returns the text with tabs and line feeds as spaces and every other character drawable
 * @example
 * ```ts
 * toDrawable('a\u2212b', (cp) => cp < 256); // 'a-b'
 * ```
 */
export function toDrawable(text: string, canDraw: (codePoint: number) => boolean): string {
  let out = '';
  for (const char of text.normalize('NFC')) {
    const cp = char.codePointAt(0) ?? 0;
    if (char === '\t' || char === '\n' || char === '\r') out += ' ';
    else if (cp < 0x20 || (cp >= 0x7f && cp < 0xa0)) continue;
    else if (canDraw(cp)) out += char;
    else {
      const sub = SUBSTITUTES[char];
      if (sub !== undefined) out += sub;
      else {
        // A letter with a combining accent drops the accent; anything else becomes '?'.
        const base = char.normalize('NFD').replace(/[\u0300-\u036f]/g, '');
        out += base !== char && [...base].every((c) => canDraw(c.codePointAt(0) ?? 0)) ? base : '?';
      }
    }
  }
  return out;
}
