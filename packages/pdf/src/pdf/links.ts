/** A link found in a line of text: where it is and where it leads. */
export interface FoundLink {
  start: number;
  end: number;
  uri: string;
}

// An email address, or a web address with a scheme or starting with "www.".
const LINK =
  /[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}|(?:https?:\/\/|www\.)[^\s<>"“”]+/g;

/**
 * Finds email and web addresses in a line of text, without the punctuation that ends a
 * sentence after them.
 *
 * @param text - a drawn line
 * @returns the links in order, with `mailto:` or `https://` added where the text has none
 * @example
 * ```ts
 * findLinks('Skriv til kontakt@example.dk.');
 * // [{ start: 11, end: 27, uri: 'mailto:kontakt@example.dk' }]
 * ```
 */
export function findLinks(text: string): FoundLink[] {
  const found: FoundLink[] = [];
  for (const match of text.matchAll(LINK)) {
    const value = match[0].replace(/[.,;:!?)\]]+$/, '');
    const start = match.index;
    const uri =
      value.includes('@') && !/^https?:/.test(value)
        ? `mailto:${value}`
        : /^https?:\/\//.test(value)
          ? value
          : `https://${value}`;
    found.push({ start, end: start + value.length, uri });
  }
  return found;
}
