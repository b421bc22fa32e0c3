import { formatMoney, getMessages, type Locale, type Offer } from '@temadag/core';
import { html, nothing, type TemplateResult } from 'lit';
import type { ConsoleMessages } from '../messages/index.js';
import { offerFacts, priceTable } from '../offer/price-table.js';

/** Where the live preview stands. */
export type PreviewState =
  | { kind: 'loading' }
  | { kind: 'invalid' }
  | { kind: 'failed'; message: string }
  | { kind: 'ready'; offer: Offer };

/**
 * The live preview of the offer as it would be sent: number, validity, the lines (the
 * catalog's, the extra ones and the adjustment), VAT per rate and the total, in core's words
 * and formats (the facts and the table are the ones the inquiry page shows, from
 * `../offer/price-table.ts`). The total is also announced politely, once per new price, in a status region
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
            ${offerFacts(offer, locale)}
            ${priceTable(offer, locale, { text: m.price, id: 'preview-caption' })}
          </div>`
        : nothing
    }`;
}
