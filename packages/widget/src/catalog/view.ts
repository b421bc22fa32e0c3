import {
  formatMinutes,
  formatMoney,
  localize,
  type Catalog,
  type Locale,
  type Offering,
} from '@temadag/core';
import { html, nothing, type TemplateResult } from 'lit';
import { daCatalog } from '../translations/da-catalog.js';
import type { Translation } from '../translations/index.js';
import type { evaluateDesign } from '../utilities/design.js';
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

/** Where focus goes when the list or an offering has rendered; kept by the element. */
export interface CatalogNavigation {
  /** The offering whose button gets the focus back when the visitor returns to the list. */
  returnTo: string | undefined;
  /** Move the focus after the next update (the visitor opened an offering or went back). */
  moveFocus: boolean;
}

/** What the element passes to its view once the catalog is here. */
export interface CatalogElementView {
  catalog: Catalog;
  t: Translation;
  locale: Locale;
  /** Prices a design: `evaluateDesign`, which temadag.js holds (passed in, not copied). */
  evaluate: typeof evaluateDesign;
  navigation: CatalogNavigation;
}

/** The lowest indicative price ex VAT of an offering: smallest group, no add-ons. */
function fromPrice(
  view: CatalogElementView,
  catalog: Catalog,
  offering: Offering,
): number | undefined {
  let lowest: number | undefined;
  for (const format of offering.formats) {
    const design = { format: format.id, participants: offering.participants.min, modules: [] };
    const price = view.evaluate(catalog, offering, design, view.locale).price;
    if (price?.status !== 'priced') return undefined;
    lowest = Math.min(lowest ?? price.subtotal, price.subtotal);
  }
  return lowest;
}

/**
 * What `<temadag-catalog>` renders once its catalog and its view are here (beside the element's
 * own error line and fallback slot): the list or the opened offering, opening and closing as
 * the visitor chooses.
 *
 * @param el - the element: the opened offering and what it passes on
 * @param view - the catalog, the words and the focus to move
 * @returns the template
 * @example
 * ```ts
 * html`${catalogView(this, { catalog, t: da, locale: 'da', evaluate: evaluateDesign, navigation })}`;
 * ```
 */
export function catalogView(el: TemadagCatalog, view: CatalogElementView): TemplateResult {
  const { catalog, navigation } = view;
  return catalogTemplate(el, {
    ...view,
    from: (offering) => fromPrice(view, catalog, offering),
    open: (id) => {
      navigation.returnTo = el.offering ?? id;
      el.offering = id;
      navigation.moveFocus = true;
    },
  });
}

/**
 * After an update: moves the focus to the back button of the opened offering, or to the
 * button of the offering the visitor came back from.
 *
 * @param el - the element
 * @param navigation - where the focus goes, and whether it moves now
 * @example
 * ```ts
 * catalogUpdated(this, navigation);
 * ```
 */
export function catalogUpdated(el: TemadagCatalog, navigation: CatalogNavigation): void {
  if (!navigation.moveFocus) return;
  navigation.moveFocus = false;
  const target = el.offering
    ? el.renderRoot.querySelector<HTMLElement>('.back')
    : el.renderRoot.querySelector<HTMLElement>(`[data-offering="${navigation.returnTo ?? ''}"]`);
  target?.focus();
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
