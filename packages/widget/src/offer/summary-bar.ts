import { formatMoney, type Price } from '@temadag/core';
import { html, nothing, type TemplateResult } from 'lit';
import type { StickySummaryController } from '../controllers/sticky-summary.js';
import type { OfferWords } from './price.js';

/** What the compact price summary shows and does. */
export interface SummaryBarContext extends OfferWords {
  /** The price; undefined until the number of participants is valid. */
  price: Price | undefined;
  /** The catalog's currency, for a summary without a price. */
  currency: string;
  /** Whether the bar shows now, and its two actions (the StickySummaryController's). */
  summary: Pick<StickySummaryController, 'shown' | 'toBreakdown' | 'toForm'>;
  /** Whether the offer has an inquiry form to go to. */
  form: boolean;
}

/**
 * The compact price summary of a narrow offer: the price ex VAT with links to the breakdown
 * and the inquiry form, in a bar that sticks to the bottom of the viewport while the offer
 * fills it. It takes no room in the layout (so showing it moves nothing), is no live region
 * (the price panel announces the price already), and is left out of wide layouts by the
 * styles. An empty marker before it tells the controller where the offer ends.
 *
 * @param ctx - the price, whether it shows, the words and the two handlers
 * @returns the template of the end marker and the bar
 * @example
 * ```ts
 * html`${summaryBarTemplate({ ...words, price, currency: 'DKK', summary, form: true })}`;
 * ```
 */
export function summaryBarTemplate(ctx: SummaryBarContext): TemplateResult {
  const { t, m, locale, price } = ctx;
  const amount = !price
    ? html`<span class="summary-bar-price">${t.priceUnavailable}</span>`
    : price.status === 'on-request'
      ? html`<strong class="summary-bar-price">${m.offer.priceOnRequest}</strong>`
      : html`<span class="summary-bar-price"
          >${m.offer.indicativePrice}:
          <strong>${formatMoney(price.subtotal, locale, { currency: price.currency })}</strong>
          ${t.exVat}</span
        >`;
  return html`<div class="summary-end"></div>
    <div class="summary-anchor" ?hidden=${!ctx.summary.shown}>
      <div part="summary-bar" class="summary-bar">
        ${amount}
        <span class="summary-bar-links">
          ${
            price && price.status !== 'on-request'
              ? html`<button type="button" class="link-button" @click=${ctx.summary.toBreakdown}>
                  ${t.summaryBreakdown}
                </button>`
              : nothing
          }
          ${
            ctx.form
              ? html`<button type="button" class="link-button" @click=${ctx.summary.toForm}>
                  ${t.summaryForm}
                </button>`
              : nothing
          }
        </span>
      </div>
    </div>`;
}
