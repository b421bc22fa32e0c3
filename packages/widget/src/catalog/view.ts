import { formatMinutes, formatMoney, localize, type Catalog, type Locale } from '@temadag/core';
import { html, nothing, type TemplateResult } from 'lit';
import { daCatalog } from '../translations/da-catalog.js';
import type { Translation } from '../translations/index.js';
import type { TemadagCatalog } from './catalog.js';

export { catalogStyles } from './catalog.styles.js';

/** The Danish words only the list uses; the script-tag build adds them to `translations.da`. */
export const words = daCatalog;

/** What the catalog's view shows and does; the element works these out. */
export interface CatalogViewContext {
  catalog: Catalog;
  t: Translation;
  locale: Locale;
  /** The lowest indicative price ex VAT of an offering, undefined when it is on request. */
  from: (offering: Catalog['offerings'][number]) => number | undefined;
  /** Opens an offering by its id, or the list again (undefined). */
  open: (id: string | undefined) => void;
}

/**
 * What `<temadag-catalog>` shows once its catalog is here: the list of offerings, or the
 * opened one in a `<temadag-offer>` with a button back to the list. With its styles
 * ({@link catalogStyles}) this is the catalog's view: the npm build bundles it (see
 * `view-bundled.ts`); the script-tag build loads it as a chunk of its own
 * (`temadag-catalog-<hash>.js`) when a catalog element connects, beside the catalog's fetch, so
 * that pages with offers only never download it.
 *
 * @param el - the element: the opened offering and the attributes it passes on to the offer
 * @param ctx - the catalog, the words, the prices and the handler
 * @returns the template
 * @example
 * ```ts
 * html`${catalogTemplate(el, { catalog, t: da, locale: 'da', from, open })}`;
 * ```
 */
export function catalogTemplate(el: TemadagCatalog, ctx: CatalogViewContext): TemplateResult {
  const { catalog, t, locale } = ctx;
  const opened = catalog.offerings.find((o) => o.id === el.offering);
  if (opened) {
    return html`<div part="base" class="root" lang=${locale}>
      <button
        part="back-button"
        type="button"
        class="button secondary back"
        @click=${() => ctx.open(undefined)}
      >
        ${t.catalogBack}
      </button>
      <temadag-offer
        part="offer"
        lang=${locale}
        .catalog=${catalog}
        .offering=${opened.id}
        .endpoint=${el.endpoint}
        .participants=${el.participants}
        .organisation=${el.organisation}
        .name=${el.name}
        .email=${el.email}
        .phone=${el.phone}
        .forwardUtm=${el.forwardUtm}
      ></temadag-offer>
    </div>`;
  }
  return html`<div part="base" class="root" lang=${locale}>
    <ul part="list" class="list">
      ${catalog.offerings.map((offering) => {
        const from = ctx.from(offering);
        const formats = offering.formats
          .map((f) => `${localize(f.label, locale)} (${formatMinutes(f.durationMinutes, locale)})`)
          .join(' · ');
        return html`<li part="item" class="item">
          <h2 class="item-title" id=${`title-${offering.id}`}>
            ${localize(offering.title, locale)}
          </h2>
          ${
            offering.subtitle
              ? html`<p class="subtitle">${localize(offering.subtitle, locale)}</p>`
              : nothing
          }
          <p>${localize(offering.summary, locale)}</p>
          <p class="facts">
            <span>${formats}</span>
            <span
              >${
                from === undefined
                  ? t.catalogOnRequest
                  : t.catalogFrom(formatMoney(from, locale, { currency: catalog.currency }))
              }</span
            >
          </p>
          <button
            part="open-button"
            type="button"
            class="button"
            data-offering=${offering.id}
            aria-describedby=${`title-${offering.id}`}
            @click=${() => ctx.open(offering.id)}
          >
            ${t.catalogOpen}
          </button>
        </li>`;
      })}
    </ul>
  </div>`;
}
