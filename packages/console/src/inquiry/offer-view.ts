import {
  formatDate,
  formatMoney,
  formatPercent,
  formatTimeRange,
  getMessages,
  type Locale,
  type Offer,
} from '@temadag/core';
import { html, nothing, type TemplateResult } from 'lit';

/**
 * The offer as the server priced it: format, participants, the priced lines with their
 * explanations, VAT per rate, the total and the agenda. Every word and amount comes from
 * `@temadag/core`'s messages and formatters, as in the PDF.
 *
 * @param offer - core's offer snapshot
 * @param locale - the console's language (the lines keep the offer's own language)
 * @returns the offer's template
 */
export function offerView(offer: Offer, locale: Locale): TemplateResult {
  const m = getMessages(locale).offer;
  const money = (amount: number) => formatMoney(amount, locale, { currency: offer.currency });
  return html`<dl class="facts">
      <dt>${m.number}</dt>
      <dd>${offer.number}</dd>
      <dt>${m.format}</dt>
      <dd>${offer.offering.title}: ${offer.format.label}</dd>
      <dt>${m.participantsLabel}</dt>
      <dd>${offer.participants}</dd>
      ${
        offer.date
          ? html`<dt>${m.date_of_event}</dt>
              <dd>${formatDate(offer.date, locale)}</dd>`
          : nothing
      }
      <dt>${m.validUntil}</dt>
      <dd>${formatDate(offer.validUntil, locale)}</dd>
    </dl>
    ${
      offer.priceStatus === 'on-request'
        ? html`<p>
            <strong>${m.priceOnRequest}</strong
            >${offer.onRequestReason ? html`: ${offer.onRequestReason}` : nothing}
          </p>`
        : html`<div class="table-wrap" role="region" aria-labelledby="price-caption" tabindex="0">
            <table>
              <caption id="price-caption">
                ${m.indicativePrice}
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
                      <td>
                        ${line.description}<br /><span class="hint">${line.explanation}</span>
                      </td>
                      <td class="number">${line.quantity}</td>
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
                    html`<tr>
                      <th scope="row" colspan="3">${m.vat(formatPercent(v.rate, locale))}</th>
                      <td class="number">${money(v.amount)}</td>
                    </tr>`,
                )}
                <tr>
                  <th scope="row" colspan="3">${m.total}</th>
                  <td class="number"><strong>${money(offer.total)}</strong></td>
                </tr>
              </tfoot>
            </table>
          </div>`
    }
    <h3>${m.agenda}</h3>
    <ul class="agenda">
      ${offer.agenda.map(
        (item) => html`<li>${formatTimeRange(item.start, item.end, locale)}: ${item.title}</li>`,
      )}
    </ul>`;
}
