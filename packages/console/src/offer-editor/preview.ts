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
import type { ConsoleMessages } from '../messages/index.js';

/** Where the live preview stands. */
export type PreviewState =
  | { kind: 'loading' }
  | { kind: 'invalid' }
  | { kind: 'failed'; message: string }
  | { kind: 'ready'; offer: Offer };

/**
 * The live preview of the offer as it would be sent: number, validity, the lines (the
 * catalog's, the extra ones and the adjustment), VAT per rate and the total, in core's words
 * and formats. The total is also announced politely, once per new price, in a status region
 * that stays in the page so screen readers hear the change.
 *
 * @param state - the preview's state
 * @param last - the last priced offer, kept on screen while a new price is worked out
 * @param t - the editor's words
 * @param locale - the console's language
 * @returns the preview's content
 */
export function previewView(
  state: PreviewState,
  last: Offer | undefined,
  t: ConsoleMessages['offerEditor'],
  locale: Locale,
): TemplateResult {
  const offer = state.kind === 'ready' ? state.offer : last;
  const m = getMessages(locale).offer;
  const money = (amount: number) =>
    formatMoney(amount, locale, { currency: offer?.currency ?? 'DKK' });
  const status =
    state.kind === 'loading'
      ? t.previewLoading
      : state.kind === 'invalid'
        ? t.previewInvalid
        : state.kind === 'failed'
          ? state.message
          : state.offer.priceStatus === 'priced'
            ? t.previewTotal(money(state.offer.total))
            : m.priceOnRequest;
  return html`<p class="preview-status" role="status">${status}</p>
    ${
      offer
        ? html`<div class="preview">
            <p><strong>${offer.status === 'binding' ? t.binding : m.indicative}</strong></p>
            <dl class="facts">
              <dt>${m.number}</dt>
              <dd>${offer.number}</dd>
              <dt>${m.format}</dt>
              <dd>${offer.offering.title}: ${offer.format.label}</dd>
              <dt>${m.participantsLabel}</dt>
              <dd>${formatNumber(offer.participants, locale)}</dd>
              <dt>${m.validUntil}</dt>
              <dd>${formatDate(offer.validUntil, locale)}</dd>
            </dl>
            ${
              offer.priceStatus === 'on-request'
                ? html`<p>
                    <strong>${m.priceOnRequest}</strong>${
                      offer.onRequestReason ? html`: ${offer.onRequestReason}` : nothing
                    }
                  </p>`
                : html`<div
                    class="table-wrap"
                    role="region"
                    aria-labelledby="preview-caption"
                    tabindex="0"
                  >
                    <table>
                      <caption id="preview-caption">
                        ${m.price}
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
                                ${line.description}<br /><span class="hint"
                                  >${line.explanation}</span
                                >
                              </td>
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
                              <th scope="row" colspan="3">
                                ${m.vat(formatPercent(v.rate, locale))}
                              </th>
                              <td class="number">${money(v.amount)}</td>
                            </tr>`,
                        )}
                        <tr class="total">
                          <th scope="row" colspan="3">${m.total}</th>
                          <td class="number"><strong>${money(offer.total)}</strong></td>
                        </tr>
                      </tfoot>
                    </table>
                  </div>`
            }
          </div>`
        : nothing
    }`;
}
