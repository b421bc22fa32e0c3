import { formatNumber, localize, type Locale, type Terms } from '@temadag/core';
import { html, nothing, type TemplateResult } from 'lit';
import type { Translation } from '../translations/index.js';

/**
 * The collapsed terms beside the price: one summary line, and the terms themselves
 * ({@link termsBody}) inside. The script-tag build has the body among the offer's extras, so it
 * may be `nothing` until they have loaded (they are asked for when the visitor opens it).
 *
 * @param t - the widget's words
 * @param body - the terms, from {@link termsBody}, or `nothing` while they are not here
 * @param onToggle - called when the visitor opens, closes, focuses or points at the terms
 * @returns the `<details>` template
 * @example
 * ```ts
 * html`${termsTemplate(da, termsBody(da, 'da', offering.terms), () => {})}`;
 * ```
 */
export function termsTemplate(
  t: Translation,
  body: TemplateResult | typeof nothing,
  onToggle: (event: Event) => void,
): TemplateResult {
  return html`<details
    part="terms"
    class="terms"
    @toggle=${onToggle}
    @focusin=${onToggle}
    @pointerenter=${onToggle}
  >
    <summary>${t.termsHeading}</summary>
    ${body}
  </details>`;
}

/**
 * The offering's terms as the PDF has them: validity, payment, cancellation, what the price
 * includes and excludes. One of the offer's extras (`extras.ts`).
 *
 * @param t - the widget's words
 * @param locale - the language
 * @param terms - the offering's terms
 * @returns the template of the terms, for inside {@link termsTemplate}
 * @example
 * ```ts
 * termsBody(da, 'da', offering.terms);
 * ```
 */
export function termsBody(t: Translation, locale: Locale, terms: Terms): TemplateResult {
  const list = (heading: string, items: Terms['included']) =>
    items.length > 0
      ? html`<h4>${heading}</h4>
          <ul>
            ${items.map((item) => html`<li>${localize(item, locale)}</li>`)}
          </ul>`
      : nothing;
  return html`<p>${t.termsValidity(formatNumber(terms.validityDays, locale))}</p>
    <h4>${t.termsPayment}</h4>
    <p>${localize(terms.payment, locale)}</p>
    <h4>${t.termsCancellation}</h4>
    <p>${localize(terms.cancellation, locale)}</p>
    ${list(t.termsIncluded, terms.included)} ${list(t.termsExcluded, terms.excluded)}`;
}
