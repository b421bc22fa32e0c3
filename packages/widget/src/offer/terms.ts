import { formatNumber, localize, type Locale, type Terms } from '@temadag/core';
import { html, nothing, type TemplateResult } from 'lit';
import type { Translation } from '../translations/index.js';

/**
 * The offering's terms as the PDF has them (validity, payment, cancellation, what the price
 * includes and excludes), collapsed under one summary beside the price.
 *
 * @param t - the widget's words
 * @param locale - the language
 * @param terms - the offering's terms
 * @returns the `<details>` template
 * @example
 * ```ts
 * html`${termsTemplate(da, 'da', offering.terms)}`;
 * ```
 */
export function termsTemplate(t: Translation, locale: Locale, terms: Terms): TemplateResult {
  const list = (heading: string, items: Terms['included']) =>
    items.length > 0
      ? html`<h4>${heading}</h4>
          <ul>
            ${items.map((item) => html`<li>${localize(item, locale)}</li>`)}
          </ul>`
      : nothing;
  return html`<details part="terms" class="terms">
    <summary>${t.termsHeading}</summary>
    <p>${t.termsValidity(formatNumber(terms.validityDays, locale))}</p>
    <h4>${t.termsPayment}</h4>
    <p>${localize(terms.payment, locale)}</p>
    <h4>${t.termsCancellation}</h4>
    <p>${localize(terms.cancellation, locale)}</p>
    ${list(t.termsIncluded, terms.included)} ${list(t.termsExcluded, terms.excluded)}
  </details>`;
}
