import {
  formatMoney,
  formatPercent,
  type getMessages,
  type Locale,
  type Price,
} from '@temadag/core';
import { html, type TemplateResult, nothing } from 'lit';
import type { PdfJobController } from '../controllers/pdf-job.js';
import type { Translation } from '../translations/index.js';
import type { PdfState } from './pdf-state.js';

/** The words every part of the offer uses: the widget's own and core's, in one language. */
export interface OfferWords {
  t: Translation;
  m: ReturnType<typeof getMessages>;
  locale: Locale;
}

/** What the price panel shows and does. */
export interface PriceContext extends OfferWords {
  /** The price; undefined until the number of participants is valid. */
  price: Price | undefined;
  /** What the panel says while there is no price; `t.priceUnavailable` when left out. */
  unavailable?: string | undefined;
  /** The catalog's currency, for a panel without a price. */
  currency: string;
  /** Where the PDF file stands. */
  pdf: Pick<PdfJobController, 'status' | 'progress'>;
  /**
   * What the panel shows of the PDF job below the button (`pdfState`, the offer's body's);
   * undefined until the body is here, when no job can have started yet.
   */
  pdfState: PdfState | undefined;
  /** What the live region says after a change. */
  announcement: string;
  /**
   * Said beside the total while the place is not given: travel comes on top, and how it is
   * computed. Undefined when the offering charges no travel or the price holds it.
   */
  travelNote: string | undefined;
  /** The offering's terms, shown collapsed below the price. */
  terms: TemplateResult;
  /**
   * The breakdown's table (`breakdownTable`), or `nothing` while the extras that hold it are
   * not here (the script-tag build).
   */
  breakdown: TemplateResult | typeof nothing;
  /** The breakdown was opened, focused or pointed at: the extras are wanted. */
  onDetails: (event: Event) => void;
  onPdf: () => void;
}

/**
 * The price panel: the indicative price ex VAT, VAT and total, what travel adds when the
 * place is not given, the breakdown, the terms, the PDF button with its progress and the live
 * region that reads the price out after a change.
 *
 * @param ctx - the price, the PDF job's state, the words and the PDF handler
 * @returns the panel's template
 * @example
 * ```ts
 * html`${priceTemplate(ctx)}`;
 * ```
 */
export function priceTemplate(ctx: PriceContext): TemplateResult {
  const { t, m, locale, pdf } = ctx;
  const price = ctx.price;
  const money = (minor: number) =>
    formatMoney(minor, locale, { currency: price?.currency ?? ctx.currency });
  const working = pdf.status === 'pending';
  let body: TemplateResult;
  if (!price) {
    body = html`<h3 id="price-heading">${m.offer.indicativePrice}</h3>
      <p class="unavailable">${ctx.unavailable ?? t.priceUnavailable}</p>`;
  } else if (price.status === 'on-request') {
    body = html`<h3 id="price-heading">${m.offer.priceOnRequest}</h3>
      <p class="on-request">${price.onRequestReason ?? m.offer.priceOnRequestNote}</p>`;
  } else {
    body = html`<h3 id="price-heading">${m.offer.indicativePrice}</h3>
      <p class="amount">
        <span part="price-amount" class="amount-value">${money(price.subtotal)}</span>
        <span class="amount-unit">${t.exVat}</span>
      </p>
      <dl class="totals">
        ${price.vat.map(
          (v) =>
            html`<div class="vat">
              <dt>${m.offer.vat(formatPercent(v.rate, locale))}</dt>
              <dd>${money(v.amount)}</dd>
            </div>`,
        )}
        <div class="total">
          <dt>${m.offer.total}</dt>
          <dd><span class="double">${money(price.total)}</span></dd>
        </div>
      </dl>
      ${ctx.travelNote ? html`<p class="travel-note">${ctx.travelNote}</p>` : nothing}
      <details
        part="breakdown"
        class="breakdown"
        @toggle=${ctx.onDetails}
        @focusin=${ctx.onDetails}
        @pointerenter=${ctx.onDetails}
      >
        <summary>${t.breakdown}</summary>
        ${ctx.breakdown}
      </details>
      <p class="note">${m.offer.indicativeNote}</p>`;
  }
  return html`
    <aside part="price" class="price" aria-labelledby="price-heading">
      ${body} ${ctx.terms}
      <div class="pdf">
        <button
          part="pdf-button"
          type="button"
          class="button"
          aria-disabled=${working ? 'true' : 'false'}
          @click=${ctx.onPdf}
        >
          ${t.pdf}
        </button>
        ${ctx.pdfState?.progress ?? nothing}
        <p class="pdf-status" role="status">
          ${ctx.pdfState?.status ?? (ctx.pdf.status === 'error' ? t.loadFailed : '')}
        </p>
        ${ctx.pdfState?.error ?? nothing}
      </div>
      <p class="visually-hidden" role="status" aria-live="polite" aria-atomic="true">
        ${ctx.announcement}
      </p>
    </aside>
  `;
}
