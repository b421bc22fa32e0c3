import { formatTimeRange, getMessages, type Locale, type Offer } from '@temadag/core';
import { html, type TemplateResult } from 'lit';
import { offerFacts, priceTable } from '../offer/price-table.js';

/**
 * The offer as the server priced it: format, participants, the priced lines with their
 * explanations, VAT per rate, the total and the agenda. Every word, number and amount comes
 * from `@temadag/core`'s messages and formatters, as in the PDF; the facts and the price table
 * are the ones the offer editor's preview shows.
 *
 * @param offer - core's offer snapshot
 * @param locale - the console's language (the lines keep the offer's own language)
 * @returns the offer's template
 */
export function offerView(offer: Offer, locale: Locale): TemplateResult {
  const m = getMessages(locale).offer;
  return html`${offerFacts(offer, locale)}
    ${priceTable(offer, locale, { text: m.indicativePrice, id: 'price-caption' })}
    <h3>${m.agenda}</h3>
    <ul class="agenda">
      ${offer.agenda.map(
        (item) => html`<li>${formatTimeRange(item.start, item.end, locale)}: ${item.title}</li>`,
      )}
    </ul>`;
}
