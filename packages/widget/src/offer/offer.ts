import {
  getMessages,
  type Catalog,
  type Locale,
  type Offering,
  type Price,
  type SelectionInput,
} from '@temadag/core';
import { LitElement, html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { LocaleController } from '../controllers/locale.js';
import { OfferDesignController } from '../controllers/offer-design.js';
import { OfferExtrasController } from '../controllers/offer-extras.js';
import type { PdfJobController } from '../controllers/pdf-job.js';
import type { PdfMode } from '../pdf/server-pdf.js';
import { TemadagChangeEvent, type TemadagChangeDetail } from '../events/change.js';
import { translations } from '../translations/index.js';
import type { CatalogSource } from '../utilities/catalog-data.js';
import { CatalogLoader } from '../utilities/catalog-loader.js';
import { initialDesign, selectionOf, type DesignResult } from '../utilities/design.js';
import { loadDesignDraft, saveDesignDraft } from './draft.js';
import { bundledBody, type Body } from './body-bundled.js';
import { OfferEvaluation } from './evaluation.js';
import { bundledExtras } from './extras-bundled.js';
import { body as lazyBody } from '../utilities/lazy.js';
import { loadErrorText, offerTemplate } from './layout.js';
import { styles } from './offer.styles.js';
import { contactPrefill } from './prefill.js';
import { OfferReadyController } from './ready.js';
import { shownOffering } from './shown-offering.js';
import { spokenPrice } from './spoken-price.js';

/** Where the PDF job stands before the first click made one. */
const noPdfJob = { status: 'initial', progress: undefined } as const;
/** A click on the PDF button found no body to make the file with (its chunk could not load). */
const pdfUnreachable = { status: 'error', progress: undefined } as const;

/**
 * One offering of a Temadag catalog: the visitor reads about the day, shapes it (format,
 * participants, add-ons, preferred date), sees the agenda and the indicative price change as
 * they choose, downloads the offer as a PDF file and sends an inquiry.
 *
 * The catalog comes from the `catalog` property, an inline
 * `<script type="application/json">` child, or the `src` URL, in that order. Whatever else
 * the page puts inside the element is shown until the offer has rendered and stays in the
 * page for search engines and visitors without JavaScript.
 *
 * @summary An embeddable, configurable theme-day offer with live price, agenda and PDF.
 *
 * @attribute lang - The language, `da` or `en` (`en-GB` counts as `en`); when absent, the nearest
 *   ancestor's `lang` (the page's), else Danish. The element follows changes of either.
 *
 * @slot - Fallback content (an offer summary, a contact link), shown until the offer has
 *   rendered and whenever the catalog cannot be loaded.
 *
 * @csspart base - The offer's root element.
 * @csspart header - Title, subtitle, summary and audience.
 * @csspart title - The offering's title (`h2`).
 * @csspart shaping - The form with the format, participants, add-ons and date.
 * @csspart choice - One format or add-on choice (radio button or checkbox with its texts).
 * @csspart input - The number of participants and date fields.
 * @csspart price - The price panel.
 * @csspart price-amount - The price excluding VAT, the panel's prominent figure.
 * @csspart breakdown - The expandable table of price lines.
 * @csspart terms - The collapsible terms below the price (payment, cancellation, what is included).
 * @csspart pdf-button - The "Hent tilbud som pdf-fil" button.
 * @csspart agenda - The agenda of the day.
 * @csspart about - The collapsible text about the provider.
 * @csspart inquiry - The section that holds the inquiry form.
 * @csspart summary-bar - The compact price summary at the bottom of the viewport (narrow offers,
 *   once the visitor has scrolled past the shaping controls).
 *
 * @cssproperty [--temadag-font-family=inherit] - Font of all text; the page's font by default.
 * @cssproperty [--temadag-font-size=16px] - Body text size; headings scale from it.
 * @cssproperty [--temadag-line-height=24px] - Body line height.
 * @cssproperty [--temadag-color-text=#1a1a1a] - Text colour.
 * @cssproperty [--temadag-color-text-secondary=#454545] - Hints, explanations, breaks.
 * @cssproperty [--temadag-color-muted=#707070] - Rules of minor weight.
 * @cssproperty [--temadag-color-background=#ffffff] - Background of fields and buttons.
 * @cssproperty [--temadag-color-surface=#f5f5f5] - Background of the price panel.
 * @cssproperty [--temadag-color-rule=#dcdcdc] - Lines between sections and table rows.
 * @cssproperty [--temadag-color-border=#8e8e8e] - Borders of fields, radio buttons and checkboxes.
 * @cssproperty [--temadag-color-primary=#454545] - Buttons and chosen radio buttons and checkboxes.
 * @cssproperty [--temadag-color-on-primary=#ffffff] - Text on primary buttons.
 * @cssproperty [--temadag-color-link=#004d99] - Links.
 * @cssproperty [--temadag-color-error=#cc0000] - Error text and the error border.
 * @cssproperty [--temadag-color-error-background=#ffe0e0] - Background of error messages.
 * @cssproperty [--temadag-color-success=#358000] - Success text (inquiry sent).
 * @cssproperty [--temadag-color-success-background=#ddf7ce] - Background of success messages.
 * @cssproperty [--temadag-color-focus=#454545] - The focus ring (3px solid, 1px offset).
 * @cssproperty [--temadag-radius=3px] - Corner radius of fields, buttons and panels.
 * @cssproperty [--temadag-space=8px] - The spacing unit; gaps are multiples of it.
 * @cssproperty [--temadag-loading-min-height=100vh] - The height the element keeps while the
 *   offer loads, so that what follows it does not move when the offer replaces the fallback.
 *
 * @fires {TemadagReadyEvent} temadag-ready - The offering has rendered and can be used.
 * @fires {TemadagChangeEvent} temadag-change - The visitor changed the design; detail has
 *   the selection, price and agenda.
 * @fires {TemadagPdfEvent} temadag-pdf - The PDF file is made, just before it downloads;
 *   cancelable.
 * @fires {TemadagSubmitEvent} temadag-submit - From the inquiry form: an inquiry is sent.
 * @fires {TemadagSuccessEvent} temadag-success - From the inquiry form: the server accepted it.
 * @fires {TemadagErrorEvent} temadag-error - From the inquiry form: it could not be sent (yet).
 *
 * @example
 * ```ts
 * import '@temadag/widget/define';
 *
 * const offer = document.createElement('temadag-offer');
 * offer.setAttribute('src', '/api/catalog');
 * offer.setAttribute('offering', 'dialog-i-udsatte-boligomraader');
 * offer.setAttribute('endpoint', '/api/inquiries');
 * offer.addEventListener('temadag-change', (event) => console.log(event.detail.price.total));
 * document.body.append(offer);
 * ```
 */
export class TemadagOffer extends LitElement {
  /**
   * The element's style sheets, adopted into its shadow root. To theme it, set the
   * `--temadag-*` custom properties and style its parts with `::part()`.
   */
  static override styles = [
    ...styles,
    ...(bundledBody?.styles ?? []),
    ...(bundledExtras?.styles ?? []),
  ];

  /**
   * Lit's declarations of the reactive properties (and of private state); the properties are
   * documented one by one below.
   *
   * @hidden
   */
  static override properties = {
    src: {},
    catalog: { attribute: false },
    offering: {},
    endpoint: {},
    pdf: {},
    format: {},
    participants: { type: Number },
    modules: {
      converter: {
        fromAttribute: (value: string | null) => value?.split(/[\s,]+/).filter(Boolean),
      },
    },
    date: {},
    organisation: {},
    name: {},
    email: {},
    phone: {},
    forwardUtm: { type: Boolean, attribute: 'forward-utm' },
    _unknown: { state: true },
    _announcement: { state: true },
    // The element's own `lang`: a change re-renders at once (the page's go through the
    // LocaleController), also inside another element's shadow root.
    _lang: { attribute: 'lang' },
  };

  /** URL of the catalog JSON (`catalog.json` or the server's `/api/catalog`). */
  declare src: string | undefined;
  /**
   * The catalog as an object: as written (`catalog.json`) or parsed by `parseCatalog`. Takes
   * precedence over an inline JSON child and `src`.
   */
  declare catalog: CatalogSource | undefined;
  /** Id of the offering to show; the catalog's first when left out. */
  declare offering: string | undefined;
  /** URL the inquiry form posts to, e.g. `https://tilbud.example.dk/api/inquiries`; no form without it. */
  declare endpoint: string | undefined;
  /**
   * Who makes the PDF file: `auto` (the default) asks the server beside `endpoint`
   * (`…/api/offers/pdf`) and makes it in the browser when the server cannot answer (network,
   * 10 s timeout, refused origin, 409, 429, 5xx); `server` only asks the server; `browser`
   * always makes it in the browser (and `temadag-pdf` always carries the offer).
   */
  declare pdf: PdfMode | undefined;
  /** Prefill: id of the format chosen first. */
  declare format: string | undefined;
  /** Prefill: number of participants shown first. */
  declare participants: number | undefined;
  /** Prefill: ids of add-ons chosen first (attribute: separated by spaces or commas). */
  declare modules: string[] | undefined;
  /** Prefill: preferred date, `YYYY-MM-DD`. */
  declare date: string | undefined;
  /** Prefill of the inquiry form: the organisation. */
  declare organisation: string | undefined;
  /** Prefill of the inquiry form: the contact's name. */
  declare name: string | undefined;
  /** Prefill of the inquiry form: the contact's email address. */
  declare email: string | undefined;
  /** Prefill of the inquiry form: the contact's phone number. */
  declare phone: string | undefined;
  /** Send the page's `utm_*` parameters along with an inquiry. */
  declare forwardUtm: boolean;

  /** The offering id that the catalog does not have. */
  declare private _unknown: string | undefined;
  /** What the live region says (see announce.ts). */
  declare private _announcement: string;
  declare private _lang: string | null | undefined;

  #loader = new CatalogLoader(this);
  #lang = new LocaleController(this);
  /** The PDF job: the body's (it comes with the button's action), made on the first click. */
  #pdf: PdfJobController | undefined;
  /** The last click on the PDF button could not load the body, which makes the file. */
  #pdfFailed = false;
  /** The design, the shaping form's fields and their handlers. */
  #design = new OfferDesignController(this, {
    offering: () => this.#offering,
    locale: () => this.#locale,
    changed: (field) => this.#emit(field),
    paused: () => {
      this._announcement = spokenPrice(this.#locale, this.#offering!, this.#evaluate().price);
    },
  });
  /** The sticky summary, the terms' body and the inquiry form's chunk: after the first paint. */
  #extras = new OfferExtrasController(this);
  #catalog: Catalog | undefined;
  #offering: Offering | undefined;
  /** Price, agenda and selection of the design, worked out once per design. */
  #evaluation = new OfferEvaluation();
  #locale: Locale = 'da';
  #wordsHere = false;
  #focusTitle = false;

  constructor() {
    super();
    this.forwardUtm = false;
    this._announcement = '';
    // `temadag-ready`, once the shaping form is there too (the script-tag build's body chunk).
    new OfferReadyController(this, () => ({
      offering: this.#offering,
      price: this.#evaluation.result?.price,
      settled: this.#extras.bodySettled,
      selection: () => this.#currentSelection(),
    }));
  }

  /** The design as it stands: offering, format, participants, add-ons and date. */
  get selection(): SelectionInput | undefined {
    const design = this.#design.design;
    return this.#offering && design ? selectionOf(this.#offering, design) : undefined;
  }

  /**
   * The price of the design as it stands; undefined before the catalog is loaded. In the
   * script-tag build its lines' explanations are empty until the offer's body is here (by
   * `temadag-ready` it is, and the price is worked out again with them).
   */
  get price(): Price | undefined {
    return this.#evaluation.result?.price;
  }

  /**
   * Forgets the visitor's draft: the design returns to the prefill (or the catalog's
   * defaults) and the inquiry form's draft and unsent inquiry are removed.
   */
  clear(): void {
    if (this.#offering) {
      saveDesignDraft(this.#offering.id, null);
      this.#design.set(initialDesign(this.#offering, this.#prefill(), this.#locale));
    }
    const inquiry = this.renderRoot.querySelector('temadag-inquiry') as {
      clear?: () => void;
    } | null;
    inquiry?.clear?.();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    // Until the words of the page's language are here, the fallback stays (script-tag build).
    const locale = this.#lang.loaded;
    this.#locale = locale ?? 'da';
    this.#wordsHere = locale !== undefined;
    if (!this.hasUpdated || changed.has('catalog') || changed.has('src')) this.#loader.load();
    const catalog = this.#wordsHere ? this.#loader.catalog : undefined;
    if (catalog !== this.#catalog) {
      this.#catalog = catalog;
      this.#offering = undefined;
      this.#evaluation.forget();
    }
    if (!catalog) return;
    const { offering, unknown } = shownOffering(catalog, this.offering);
    this._unknown = unknown;
    if (!offering) {
      this.#offering = undefined;
      return;
    }
    const prefillChanged = ['format', 'participants', 'modules', 'date'].some((key) =>
      changed.has(key as keyof TemadagOffer),
    );
    if (offering !== this.#offering) {
      this.#offering = offering;
      // The visitor's own draft from earlier in this browser session wins over the prefill.
      this.#design.set(
        initialDesign(offering, loadDesignDraft(offering.id) ?? this.#prefill(), this.#locale),
      );
    } else if (prefillChanged && this.hasUpdated) {
      this.#design.set(initialDesign(offering, this.#prefill(), this.#locale));
    }
    this.#evaluate();
  }

  /** Price, agenda and choices of the current design. */
  #evaluate(): DesignResult {
    return this.#evaluation.evaluate(
      this.#catalog!,
      this.#offering!,
      this.#design.design!,
      this.#locale,
    );
  }

  /** The design as a selection, the same object until the design changes. */
  #currentSelection(): SelectionInput {
    return this.#evaluation.selection(this.#offering!, this.#design.design!);
  }

  protected override updated(): void {
    if (this.#focusTitle) {
      this.#focusTitle = false;
      this.renderRoot.querySelector<HTMLElement>('.title')?.focus();
    }
  }

  #prefill() {
    return {
      format: this.format,
      participants: this.participants,
      modules: this.modules,
      date: this.date,
    };
  }

  /** Tells the page about a change by the visitor. */
  #emit(field: TemadagChangeDetail['field']): void {
    const { price, agenda } = this.#evaluate();
    this.dispatchEvent(
      new TemadagChangeEvent({
        offering: this.#offering!.id,
        field,
        selection: this.#currentSelection(),
        price,
        agenda: agenda.items,
      }),
    );
  }

  /**
   * The PDF button's action is the body's: at once when it is here (the button shows the job
   * in the same update), else once it is.
   */
  #onPdf = (): void => {
    const run = (body: Body) =>
      body.downloadOfferPdf({
        host: this,
        pdf: (this.#pdf ??= new body.PdfJobController(this)),
        design: this.#design,
        selection: () => this.#currentSelection(),
        catalog: this.#catalog!,
        offering: this.#offering!,
        locale: this.#locale,
        t: translations[this.#locale],
        prefill: contactPrefill(this),
      });
    const here = lazyBody.now();
    if (here) run(here);
    else {
      lazyBody.load().then(run, (error: unknown) => {
        // The status line says so; a later click tries again.
        console.warn('temadag-offer: pdf', error);
        this.#pdfFailed = true;
        this.requestUpdate();
      });
    }
  };

  #onRelated(id: string): void {
    this.offering = id;
    this.#focusTitle = true;
    void this.updateComplete.then(() => this.#offering && this.#emit('offering'));
  }

  protected override render(): TemplateResult {
    const shown = Boolean(this.#offering && this.#evaluation.result);
    const error = this.#wordsHere
      ? loadErrorText(translations[this.#locale], this.#loader, this, this._unknown)
      : undefined;
    return html`
      ${shown ? this.#renderOffer() : nothing}
      ${error ? html`<p class="root load-error" role="status">${error}</p>` : nothing}
      <slot
        class=${!shown && !error && !this.#loader.failed ? 'fallback reserve' : 'fallback'}
        ?hidden=${shown}
        @slotchange=${() => this.#loader.slotChanged()}
      ></slot>
    `;
  }

  #renderOffer(): TemplateResult {
    const locale = this.#locale;
    const offering = this.#offering!;
    return offerTemplate({
      t: translations[locale],
      m: getMessages(locale),
      locale,
      catalog: this.#catalog!,
      offering,
      result: this.#evaluation.result!,
      design: this.#design,
      extras: this.#extras,
      pdf: this.#pdf ?? (this.#pdfFailed ? pdfUnreachable : noPdfJob),
      announcement: this._announcement,
      inquiry: this.endpoint
        ? {
            selection: this.#currentSelection(),
            endpoint: this.endpoint,
            prefill: contactPrefill(this),
            forwardUtm: this.forwardUtm,
            onSuccess: () => saveDesignDraft(offering.id, null),
          }
        : undefined,
      onPdf: this.#onPdf,
      onRelated: (id) => this.#onRelated(id),
    });
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'temadag-offer': TemadagOffer;
  }
}
