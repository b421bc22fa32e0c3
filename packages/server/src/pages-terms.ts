import { getMessages, localize, type Locale, type Offering } from '@temadag/core';
import { html } from 'hono/html';
import type { HtmlEscapedString } from 'hono/utils/html';

/**
 * The offering's terms for the embed page's fallback (the page without JavaScript, or before
 * the widget has rendered, which then shows the same terms itself): payment, cancellation
 * and what the price includes and excludes, collapsed in `<details>` as in the
 * widget. Kept apart from the page's template so that the page can change its templating
 * without touching this block.
 *
 * @param offering - the offering
 * @param locale - the language
 * @returns the `<details>` element, escaped by `hono/html`
 * @example
 * ```ts
 * termsFallback(offering, 'da'); // '<details class="temadag-terms"><summary>Betingelser</summary>…'
 * ```
 */
export function termsFallback(
  offering: Offering,
  locale: Locale,
): HtmlEscapedString | Promise<HtmlEscapedString> {
  const m = getMessages(locale).offer;
  const { terms } = offering;
  const list = (heading: string, items: Offering['terms']['included']) =>
    items.length === 0
      ? ''
      : html`<h2>${heading}</h2>
          <ul>
            ${items.map((item) => html`<li>${localize(item, locale)}</li>`)}
          </ul> `;
  // prettier-ignore
  return html`<details class="temadag-terms">\n<summary>${m.terms}</summary>\n<h2>${m.payment}</h2>\n<p>${localize(terms.payment, locale)}</p>\n<h2>${m.cancellation}</h2>\n<p>${localize(terms.cancellation, locale)}</p>\n${list(m.included, terms.included)}${list(m.excluded, terms.excluded)}</details>`;
}
