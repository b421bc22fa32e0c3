import {
  formatDate,
  formatMoney,
  formatNumber,
  formatPercent,
  getMessages,
  type Locale,
  type Offer,
} from '@temadag/core';
import { html, nothing, type TemplateResult } from 'lit';

/** How a page names its price table: the caption's words and the id the region points at. */
export interface PriceTableCaption {
  /** The caption's text ("Pris", "Vejledende pris"). */
  text: string;
  /** The caption's id, unique in the page's shadow root. */
  id: string;
}

/**
 * The offer's facts as the console shows them: number, offering and format, participants, the
 * preferred date when given and the last day of validity, in core's words and formats.
 *
 * @param offer - core's offer snapshot
 * @param locale - the console's language
 * @returns the facts as a description list
 */
export function offerFacts(offer: Offer, locale: Locale): TemplateResult {
  const m = getMessages(locale).offer;
  return html`<dl class="facts">
    <dt>${m.number}</dt>
    <dd>${offer.number}</dd>
    <dt>${m.format}</dt>
    <dd>${offer.offering.title}: ${offer.format.label}</dd>
    <dt>${m.participantsLabel}</dt>
    <dd>${formatNumber(offer.participants, locale)}</dd>
    ${
      offer.date
        ? html`<dt>${m.date_of_event}</dt>
            <dd>${formatDate(offer.date, locale)}</dd>`
        : nothing
    }
    <dt>${m.validUntil}</dt>
    <dd>${formatDate(offer.validUntil, locale)}</dd>
  </dl>`;
}

/**
 * The offer's price: "price on request" with its reason, or the table of priced lines (with
 * their explanations), the subtotal, VAT per rate and the total. Quantities, amounts and rates
 * are formatted by core for the console's language. The table sits in a focusable region named
 * by its caption so it can scroll sideways at 320 px.
 *
 * @param offer - core's offer snapshot
 * @param locale - the console's language (the lines keep the offer's own language)
 * @param caption - the caption's words and id
 * @returns the price's template
 */
export function priceTable(
  offer: Offer,
  locale: Locale,
  caption: PriceTableCaption,
): TemplateResult {
  const m = getMessages(locale).offer;
  if (offer.priceStatus === 'on-request') {
    return html`<p>
      <strong>${m.priceOnRequest}</strong
      >${offer.onRequestReason ? html`: ${offer.onRequestReason}` : nothing}
    </p>`;
  }
  const money = (amount: number) => formatMoney(amount, locale, { currency: offer.currency });
  return html`<div class="table-wrap" role="region" aria-labelledby=${caption.id} tabindex="0">
    <table>
      <caption id=${caption.id}>
        ${caption.text}
      </caption>
      <thead>
        <tr>
          <th scope="col">${m.description}</th>
          <th scope="col" class="number">${m.quantity}</th>
          <th scope="col" class="number">${m.unitPrice}</th>
          <th scope="col" class="number">${m.amount}</th>
        </tr>
      </thead>
      <tbody>
        ${offer.lines.map(
          (line) =>
            html`<tr>
              <td>${line.description}<br /><span class="hint">${line.explanation}</span></td>
              <td class="number">${formatNumber(line.quantity, locale)}</td>
              <td class="number">${money(line.unitAmount)}</td>
              <td class="number">${money(line.amount)}</td>
            </tr>`,
        )}
      </tbody>
      <tfoot>
        <tr>
          <th scope="row" colspan="3">${m.subtotal}</th>
          <td class="number">${money(offer.subtotal)}</td>
        </tr>
        ${offer.vat.map(
          (v) =>
            html`<tr class="vat">
              <th scope="row" colspan="3">${m.vat(formatPercent(v.rate, locale))}</th>
              <td class="number">${money(v.amount)}</td>
            </tr>`,
        )}
        <tr class="total">
          <th scope="row" colspan="3">${m.total}</th>
          <td class="number"><strong>${money(offer.total)}</strong></td>
        </tr>
      </tfoot>
    </table>
  </div>`;
}
