import { getMessages, localize, type Locale, type Offering } from '@temadag/core';
import { escapeHtml } from './pages.js';

/**
 * The offering's terms for the embed page's fallback (the page without JavaScript, or before
 * the widget has rendered, which then shows the same terms itself): payment, cancellation
 * and what the price includes and excludes, collapsed in `<details>` as in the
 * widget. Kept apart from the page's template so that the page can change its templating
 * without touching this block.
 *
 * @param offering - the offering
 * @param locale - the language
 * @returns the HTML of the `<details>` element
 * @example
 * ```ts
 * termsFallback(offering, 'da'); // '<details class="temadag-terms"><summary>Betingelser</summary>…'
 * ```
 */
export function termsFallback(offering: Offering, locale: Locale): string {
  const m = getMessages(locale).offer;
  const e = escapeHtml;
  const { terms } = offering;
  const list = (heading: string, items: Offering['terms']['included']) =>
    items.length === 0
      ? ''
      : `<h2>${e(heading)}</h2>\n<ul>${items.map((item) => `<li>${e(localize(item, locale))}</li>`).join('')}</ul>\n`;
  return (
    `<details class="temadag-terms">\n<summary>${e(m.terms)}</summary>\n` +
    `<h2>${e(m.payment)}</h2>\n<p>${e(localize(terms.payment, locale))}</p>\n` +
    `<h2>${e(m.cancellation)}</h2>\n<p>${e(localize(terms.cancellation, locale))}</p>\n` +
    list(m.included, terms.included) +
    list(m.excluded, terms.excluded) +
    `</details>`
  );
}
