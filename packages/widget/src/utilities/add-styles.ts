import { adoptStyles, type CSSResult } from 'lit';

/**
 * Adds style sheets to those of a shadow root, for the styles of a chunk that arrive after
 * the element has rendered. Lit's `adoptStyles` replaces the adopted sheets, so this adds to
 * them; without adopted sheets it appends `<style>` elements as Lit does.
 *
 * @param root - the element's render root
 * @param styles - the chunk's styles
 * @example
 * ```ts
 * addStyles(this.renderRoot, [catalogStyles]);
 * ```
 */
export function addStyles(root: HTMLElement | DocumentFragment, styles: CSSResult[]): void {
  if (!(root instanceof ShadowRoot)) return;
  const sheets = styles.map((style) => style.styleSheet!);
  const adopted = root.adoptedStyleSheets;
  if (sheets[0] && adopted) {
    // Two chunks may share a sheet (controls.ts): each is adopted once.
    root.adoptedStyleSheets = [...adopted, ...sheets.filter((sheet) => !adopted.includes(sheet))];
  } else {
    adoptStyles(root, styles);
  }
}
