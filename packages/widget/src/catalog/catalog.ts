import type { Locale } from '@temadag/core';
import { LitElement, html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { LocaleController } from '../controllers/locale.js';
import { base, tokens } from '../styles/shared.js';
import { translations } from '../translations/index.js';
import type { CatalogSource } from '../utilities/catalog-data.js';
import { CatalogLoader } from '../utilities/catalog-loader.js';
import { evaluateDesign } from '../utilities/design.js';
import { addStyles } from '../utilities/add-styles.js';
import { catalogView } from '../utilities/lazy.js';
import type { CatalogNavigation } from './view.js';
import { bundledView } from './view-bundled.js';

/**
 * Every offering of a Temadag catalog as a list; the visitor opens one and shapes it in a
 * `<temadag-offer>`, and goes back to the list.
 *
 * The catalog comes from the `catalog` property, an inline `<script type="application/json">`
 * child, or the `src` URL, in that order. The attributes of `<temadag-offer>` for the inquiry
 * (`endpoint`, prefill, `forward-utm`) are passed on to the offer that is opened.
 *
 * @summary A list of theme days from one catalog, each opening as a `<temadag-offer>`.
 *
 * @attribute lang - The language, `da` or `en` (`en-GB` counts as `en`); when absent, the nearest
 *   ancestor's `lang` (the page's), else Danish. The element follows changes of either.
 *
 * @slot - Fallback content, shown until the list has rendered (in the script-tag build the list
 *   is a chunk of its own, fetched beside the catalog).
 *
 * @csspart base - The list's root element.
 * @csspart list - The list of offerings.
 * @csspart item - One offering in the list.
 * @csspart open-button - The button that opens an offering.
 * @csspart back-button - The button that goes back to the list.
 * @csspart offer - The `<temadag-offer>` of the opened offering.
 *
 * @cssproperty [--temadag-font-family=inherit] - Font of all text; the page's font by default.
 * @cssproperty [--temadag-color-text=#1a1a1a] - Text colour.
 * @cssproperty [--temadag-color-primary=#454545] - Buttons.
 * @cssproperty [--temadag-color-rule=#dcdcdc] - Lines between the offerings.
 *
 * @fires {TemadagReadyEvent} temadag-ready - From the opened offer.
 * @fires {TemadagChangeEvent} temadag-change - From the opened offer.
 * @fires {TemadagPdfEvent} temadag-pdf - From the opened offer.
 *
 * @example
 * ```ts
 * import '@temadag/widget/define';
 *
 * const list = document.createElement('temadag-catalog');
 * list.setAttribute('src', '/api/catalog');
 * list.setAttribute('endpoint', '/api/inquiries');
 * document.body.append(list);
 * ```
 */
export class TemadagCatalog extends LitElement {
  /**
   * The element's style sheets, adopted into its shadow root. To theme it, set the
   * `--temadag-*` custom properties and style its parts with `::part()`.
   */
  static override styles = bundledView ? [tokens, base, bundledView.catalogStyles] : [tokens, base];

  /**
   * Lit's declarations of the reactive properties (and of private state); the properties are
   * documented one by one below.
   *
   * @hidden
   */
  static override properties = {
    src: {},
    catalog: { attribute: false },
    offering: { reflect: true },
    endpoint: {},
    participants: { type: Number },
    organisation: {},
    name: {},
    email: {},
    phone: {},
    forwardUtm: { type: Boolean, attribute: 'forward-utm' },
    // The element's own `lang`: a change re-renders at once (the page's go through the
    // LocaleController).
    _lang: { attribute: 'lang' },
  };

  /** URL of the catalog JSON. */
  declare src: string | undefined;
  /** The catalog as an object, as written or parsed; takes precedence over `src`. */
  declare catalog: CatalogSource | undefined;
  /** Id of the opened offering; none for the list. Set by the visitor's choice, too. */
  declare offering: string | undefined;
  /** Passed on to `<temadag-offer>`: where inquiries are sent. */
  declare endpoint: string | undefined;
  /** Passed on to `<temadag-offer>`: number of participants shown first. */
  declare participants: number | undefined;
  /** Passed on to `<temadag-offer>`: organisation for the inquiry form. */
  declare organisation: string | undefined;
  /** Passed on to `<temadag-offer>`: name for the inquiry form. */
  declare name: string | undefined;
  /** Passed on to `<temadag-offer>`: email address for the inquiry form. */
  declare email: string | undefined;
  /** Passed on to `<temadag-offer>`: phone number for the inquiry form. */
  declare phone: string | undefined;
  /** Passed on to `<temadag-offer>`: send the page's `utm_*` parameters with an inquiry. */
  declare forwardUtm: boolean;

  declare private _lang: string | null | undefined;

  #loader = new CatalogLoader(this);
  #lang = new LocaleController(this);
  #locale: Locale = 'da';
  #wordsHere = false;
  /** Where focus goes next (the view's to set and to act on after the update). */
  #navigation: CatalogNavigation = { returnTo: undefined, moveFocus: false };
  /** The script-tag build could not load the view's chunk. */
  #viewFailed = false;

  constructor() {
    super();
    this.forwardUtm = false;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    // Until the words of the page's language are here, the fallback stays (script-tag build).
    const locale = this.#lang.loaded;
    this.#locale = locale ?? 'da';
    this.#wordsHere = locale !== undefined;
    if (!this.hasUpdated || changed.has('catalog') || changed.has('src')) this.#loader.load();
    // The script-tag build fetches the view beside the catalog (at once in the npm build).
    if (!this.hasUpdated && !catalogView.now()) {
      catalogView.load().then(
        (view) => {
          addStyles(this.renderRoot, [view.catalogStyles]);
          this.requestUpdate();
        },
        (error: unknown) => {
          console.warn('temadag-catalog: the list could not be loaded.', error);
          this.#viewFailed = true;
          this.requestUpdate();
        },
      );
    }
  }

  protected override updated(): void {
    catalogView.now()?.catalogUpdated(this, this.#navigation);
  }

  protected override render(): TemplateResult {
    const view = catalogView.now();
    const locale = this.#locale;
    const t = translations[locale];
    const catalog = this.#wordsHere && view ? this.#loader.catalog : undefined;
    return html`
      ${
        catalog
          ? view!.catalogView(this, {
              catalog,
              t,
              locale,
              evaluate: evaluateDesign,
              navigation: this.#navigation,
            })
          : nothing
      }
      ${
        this.#wordsHere && (this.#loader.failed || this.#viewFailed)
          ? html`<p class="root load-error" role="status">${t.loadFailed}</p>`
          : nothing
      }
      <slot
        class="fallback"
        ?hidden=${Boolean(catalog)}
        @slotchange=${() => this.#loader.slotChanged()}
      ></slot>
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'temadag-catalog': TemadagCatalog;
  }
}
