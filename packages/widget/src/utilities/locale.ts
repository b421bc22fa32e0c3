import { toLocale, type Locale } from '@temadag/core';

/**
 * The language of an element: its own `lang` attribute, else the nearest ancestor's (across
 * shadow roots, so an offer inside `<temadag-catalog>` follows the catalog's), else Danish.
 *
 * @param element - the element
 * @returns `'da'` or `'en'`
 * @example
 * ```ts
 * document.documentElement.lang = 'en-GB';
 * elementLocale(document.querySelector('temadag-offer')!); // 'en'
 * ```
 */
export function elementLocale(element: Element): Locale {
  let node: Node | null = element;
  while (node) {
    if (node instanceof Element && node.hasAttribute('lang')) {
      return toLocale(node.getAttribute('lang'));
    }
    node = node.parentNode ?? (node instanceof ShadowRoot ? node.host : null);
  }
  return 'da';
}
