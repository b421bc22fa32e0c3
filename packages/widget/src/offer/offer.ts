import {
  formatMoney,
  formatNumber,
  getMessages,
  isWantedDateAllowed,
  parseDate,
  todayInDenmark,
  type Catalog,
  type Locale,
  type Offering,
  type Price,
  type SelectionInput,
} from '@temadag/core';
import {
  LitElement,
  adoptStyles,
  html,
  nothing,
  type PropertyValues,
  type TemplateResult,
} from 'lit';
import { LocaleController } from '../controllers/locale.js';
import { PdfJobController } from '../controllers/pdf-job.js';
import type { PdfMode } from '../pdf/server-pdf.js';
import type { StickySummaryController } from '../controllers/sticky-summary.js';
import { TemadagChangeEvent, type TemadagChangeDetail } from '../events/change.js';
import { TemadagReadyEvent } from '../events/ready.js';
import type { InquiryPrefill } from '../inquiry/inquiry.js';
import { translations } from '../translations/index.js';
import type { CatalogSource } from '../utilities/catalog-data.js';
import { CatalogLoader } from '../utilities/catalog-loader.js';
import {
  evaluateDesign,
  initialDesign,
  participantsValid,
  selectionOf,
  travelRuleOf,
  withModules,
  type Design,
  type DesignResult,
} from '../utilities/design.js';
import { extrasNow, loadExtras, pendingInquiryLoader } from '../utilities/lazy.js';
import { agendaTemplate } from './agenda.js';
import { aboutTemplate, introTemplate } from './content.js';
import { loadDesignDraft, saveDesignDraft } from './draft.js';
import { styles } from './offer.styles.js';
import { priceTemplate, type OfferWords } from './price.js';
import { shapingTemplate } from './shaping.js';
import { bundledExtras, type Extras } from './extras-bundled.js';
import { travelRuleText } from './price-words.js';
import { termsTemplate } from './terms.js';

/** The values that are given, for prefill objects without empty entries. */
function given<T extends Record<string, string | undefined>>(values: T): Partial<T> {
  return Object.fromEntries(Object.entries(values).filter(([, v]) => v)) as Partial<T>;
}

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
  static override styles = bundledExtras ? [...styles, bundledExtras.summaryBarStyles] : styles;

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
    _design: { state: true },
    _participantsText: { state: true },
    _participantsError: { state: true },
    _dateText: { state: true },
    _dateError: { state: true },
    _travelText: { state: true },
    _travelError: { state: true },
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
  declare private _design: Design | undefined;
  declare private _participantsText: string;
  declare private _participantsError: boolean;
  declare private _dateText: string;
  declare private _dateError: boolean;
  declare private _travelText: string;
  declare private _travelError: boolean;
  declare private _announcement: string;
  declare private _lang: string | null | undefined;

  #loader = new CatalogLoader(this);
  #lang = new LocaleController(this);
  #pdf = new PdfJobController(this);
  /** The sticky summary's controller; in the script-tag build made once the extras are here. */
  #summary = bundledExtras && this.#summaryOf(bundledExtras);
  #extrasAsked = false;
  #widthObserver: ResizeObserver | undefined;
  #widthWatched: Element | undefined;
  #catalog: Catalog | undefined;
  #offering: Offering | undefined;
  #result: DesignResult | undefined;
  /** What {@link #result} was worked out from. */
  #resultFor: [Design, Locale] | undefined;
  #selection: [Design, SelectionInput] | undefined;
  #locale: Locale = 'da';
  #wordsHere = false;
  #readyFor: Offering | undefined;
  #inquiryObserver: IntersectionObserver | undefined;
  #pauseTimer: ReturnType<typeof setTimeout> | undefined;
  #unsaved = false;
  #focusTitle = false;

  constructor() {
    super();
    this.forwardUtm = false;
    this._participantsText = '';
    this._participantsError = false;
    this._dateText = '';
    this._dateError = false;
    this._travelText = '';
    this._travelError = false;
    this._announcement = '';
  }

  /** The design as it stands: offering, format, participants, add-ons and date. */
  get selection(): SelectionInput | undefined {
    return this.#offering && this._design ? selectionOf(this.#offering, this._design) : undefined;
  }

  /** The price of the design as it stands; undefined before the catalog is loaded. */
  get price(): Price | undefined {
    return this.#result?.price;
  }

  /**
   * Forgets the visitor's draft: the design returns to the prefill (or the catalog's
   * defaults) and the inquiry form's draft and unsent inquiry are removed.
   */
  clear(): void {
    if (this.#offering) {
      saveDesignDraft(this.#offering.id, null);
      this.#setDesign(initialDesign(this.#offering, this.#prefill(), this.#locale));
    }
    const inquiry = this.renderRoot.querySelector('temadag-inquiry') as {
      clear?: () => void;
    } | null;
    inquiry?.clear?.();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#inquiryObserver?.disconnect();
    this.#widthObserver?.disconnect();
    this.#widthWatched = undefined;
    this.#inquiryObserver = undefined;
    clearTimeout(this.#pauseTimer);
    this.#save();
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
      this.#result = undefined;
    }
    if (!catalog) return;
    const id = this.offering || catalog.offerings[0]!.id;
    const offering = catalog.offerings.find((o) => o.id === id);
    this._unknown = offering ? undefined : id;
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
      this.#setDesign(
        initialDesign(offering, loadDesignDraft(offering.id) ?? this.#prefill(), this.#locale),
      );
    } else if (prefillChanged && this.hasUpdated) {
      this.#setDesign(initialDesign(offering, this.#prefill(), this.#locale));
    }
    this.#evaluate();
  }

  /** Price, agenda and choices of the current design, worked out once per design. */
  #evaluate(): DesignResult {
    const design = this._design!;
    const done = this.#resultFor;
    if (!this.#result || !done || done[0] !== design || done[1] !== this.#locale) {
      this.#result = evaluateDesign(this.#catalog!, this.#offering!, design, this.#locale);
      this.#resultFor = [design, this.#locale];
    }
    return this.#result;
  }

  /** The design as a selection, the same object until the design changes. */
  #currentSelection(): SelectionInput {
    const design = this._design!;
    if (this.#selection?.[0] !== design) {
      this.#selection = [design, selectionOf(this.#offering!, design)];
    }
    return this.#selection[1];
  }

  protected override updated(): void {
    const offering = this.#offering;
    if (offering && this.#result && this.#readyFor !== offering) {
      this.#readyFor = offering;
      this.dispatchEvent(
        new TemadagReadyEvent({
          offering: offering.id,
          selection: this.#currentSelection(),
          price: this.#result.price,
        }),
      );
    }
    if (this.#focusTitle) {
      this.#focusTitle = false;
      this.renderRoot.querySelector<HTMLElement>('.title')?.focus();
    }
    this.#watchInquiry();
    this.#watchWidth();
  }

  /**
   * The sticky summary shows on narrow offers only, so the script-tag build asks for it once
   * the rendered offer is narrower than the summary styles' 720 px container query (a resize
   * may make it so later).
   */
  #watchWidth(): void {
    const article = this.renderRoot.querySelector('.offer') ?? undefined;
    if (this.#summary || this.#extrasAsked || article === this.#widthWatched) return;
    this.#widthObserver?.disconnect();
    this.#widthWatched = article;
    if (!article) return;
    this.#widthObserver ??= new ResizeObserver(([entry]) => {
      if (entry && entry.contentRect.width < 720) {
        this.#widthObserver?.disconnect();
        this.#askExtras();
      }
    });
    this.#widthObserver.observe(article);
  }

  #summaryOf(extras: Extras): StickySummaryController {
    return new extras.StickySummaryController(this, () => ({
      start: this.renderRoot.querySelector('.summary-start'),
      price: this.renderRoot.querySelector('.price'),
      end: this.renderRoot.querySelector('.summary-end'),
      bar: this.renderRoot.querySelector('.summary-bar'),
    }));
  }

  /** In the script-tag build the terms' body is among the extras: asked for when opened. */
  #onTermsToggle = (event: Event): void => {
    if ((event.target as HTMLDetailsElement).open && !extrasNow()) this.#askExtras();
  };

  /**
   * In the script-tag build the sticky summary is a chunk of its own, asked for once the price
   * has rendered narrow (so the price never waits for it); its styles join the shadow root's
   * then.
   */
  #askExtras(): void {
    if (this.#summary || this.#extrasAsked) return;
    this.#extrasAsked = true;
    loadExtras().then(
      (extras) => {
        const root = this.renderRoot;
        if (root instanceof ShadowRoot) {
          const sheet = extras.summaryBarStyles.styleSheet;
          // Lit's adoptStyles replaces the adopted sheets, so add to them; without adopted
          // sheets it appends a <style>, which is what we want.
          if (sheet && root.adoptedStyleSheets) {
            root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
          } else {
            adoptStyles(root, [extras.summaryBarStyles]);
          }
        }
        this.#summary ??= this.#summaryOf(extras);
        this.requestUpdate();
      },
      (error: unknown) => {
        // The offer works without its summary bar; the narrow layout just lacks the shortcut.
        console.warn('Temadag: the price summary could not be loaded.', error);
      },
    );
  }

  /** In the script-tag build the inquiry form is a chunk of its own, loaded when near. */
  #watchInquiry(): void {
    const load = pendingInquiryLoader();
    const section = this.renderRoot.querySelector('.inquiry');
    if (!load || !section || this.#inquiryObserver) return;
    this.#inquiryObserver = new IntersectionObserver(
      (entries) => {
        if (!entries.some((e) => e.isIntersecting)) return;
        this.#inquiryObserver?.disconnect();
        load().catch((error: unknown) => console.warn('temadag-offer: inquiry form', error));
      },
      { rootMargin: '800px 0px' },
    );
    this.#inquiryObserver.observe(section);
  }

  #prefill() {
    return {
      format: this.format,
      participants: this.participants,
      modules: this.modules,
      date: this.date,
    };
  }

  #setDesign(design: Design): void {
    this._design = design;
    this._participantsText = String(design.participants);
    this._participantsError = !participantsValid(this.#offering!, design.participants);
    this._dateText = design.date ?? '';
    this._dateError = false;
    this._travelText = design.travel?.km === undefined ? '' : String(design.travel.km);
    this._travelError = false;
  }

  /**
   * A change by the visitor: tell the page now; once the visitor pauses, keep the draft and
   * announce the price (a storage write and a timer per keystroke would be most of the cost of
   * typing a number). A click saves at once.
   */
  #change(field: TemadagChangeDetail['field'], design: Design): void {
    this._design = design;
    this.#unsaved = true;
    if (field !== 'participants' && field !== 'travel') this.#save();
    this.#emit(field);
    this.#afterPause();
  }

  #save(): void {
    if (this.#unsaved && this.#offering && this._design) {
      saveDesignDraft(this.#offering.id, this._design);
    }
    this.#unsaved = false;
  }

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

  /** Half a second after the last change. */
  #afterPause(): void {
    clearTimeout(this.#pauseTimer);
    this.#pauseTimer = setTimeout(() => {
      this.#save();
      this.#announce();
    }, 500);
  }

  /**
   * Why there is no price: no number yet, or one outside the bounds (then say the bounds, since
   * a number is there).
   */
  #unavailable(): string {
    const t = translations[this.#locale];
    if (this._participantsText.trim() === '' || !this.#offering) return t.priceUnavailable;
    const { min, max } = this.#offering.participants;
    const n = (value: number) => formatNumber(value, this.#locale);
    return t.priceOutOfBounds(n(min), n(max));
  }

  /**
   * Tells screen readers the price, in the polite live region: every state (priced, on
   * request, no price for this number of participants) has its own sentence.
   */
  #announce(): void {
    const t = translations[this.#locale];
    const price = this.#evaluate().price;
    const money = (minor: number) =>
      formatMoney(minor, this.#locale, { currency: price!.currency });
    const { min, max } = this.#offering!.participants;
    const n = (value: number) => formatNumber(value, this.#locale);
    this._announcement = !price
      ? t.announceInvalid(n(min), n(max))
      : price.status === 'on-request'
        ? t.announceOnRequest
        : t.announcePrice(money(price.subtotal), money(price.total));
  }

  #onFormat(event: Event): void {
    const format = (event.target as HTMLInputElement).value;
    const design = { ...this._design!, format };
    this.#change('format', withModules(this.#offering!, design, design.modules, this.#locale));
  }

  /**
   * Each keystroke prices the new count; an error shows once the visitor leaves the field (or
   * presses Enter), not while typing, and goes as soon as the count is right.
   */
  #onParticipants(event: Event): void {
    const { value } = event.target as HTMLInputElement;
    const count = value.trim() === '' ? NaN : Number(value);
    const valid = participantsValid(this.#offering!, count);
    if (event.type === 'change') {
      this._participantsError = !valid;
      this.#save();
    } else {
      if (valid) this._participantsError = false;
      this._participantsText = value;
      this.#change('participants', { ...this._design!, participants: count });
    }
  }

  #onModule(event: Event): void {
    const input = event.target as HTMLInputElement;
    const design = this._design!;
    const wanted = input.checked
      ? [...design.modules, input.value]
      : design.modules.filter((id) => id !== input.value);
    this.#change('modules', withModules(this.#offering!, design, wanted, this.#locale));
  }

  #onDate(event: Event): void {
    const value = (event.target as HTMLInputElement).value;
    // One rule with the CLI and the server: only days after today (in Denmark).
    const date = value === '' ? undefined : parseDate(value);
    const past = value !== '' && !(date && isWantedDateAllowed(date, new Date()));
    this._dateText = value;
    this._dateError = past;
    const { date: _old, ...rest } = this._design!;
    this.#change('date', date && !past ? { ...rest, date } : rest);
  }

  /** The distance (or zone) of the place: priced as typed, an error once the field is left. */
  #onTravel(event: Event): void {
    const input = event.target as HTMLInputElement | HTMLSelectElement;
    const { travel: _old, ...rest } = this._design!;
    if (input.localName === 'select') {
      this.#change('travel', input.value ? { ...rest, travel: { zone: input.value } } : rest);
      return;
    }
    const text = input.value.trim();
    const km = Number(text);
    const valid = text === '' || (Number.isInteger(km) && km >= 0 && km <= 10_000);
    if (event.type === 'change') {
      this._travelError = !valid;
      return;
    }
    if (valid) this._travelError = false;
    this._travelText = input.value;
    this.#change('travel', text !== '' && valid ? { ...rest, travel: { km } } : rest);
  }

  /**
   * The customer block of the browser's PDF: what the visitor typed in the inquiry form
   * (name, organisation, email) wins over the page's prefill.
   */
  #customer() {
    const form = this.renderRoot.querySelector('temadag-inquiry') as {
      contact?: { organisation?: string; name?: string; email?: string };
    } | null;
    const typed = form?.contact ?? {};
    return given({
      organisation: typed.organisation || this.organisation,
      contact: typed.name || this.name,
      email: typed.email || this.email,
    });
  }

  #onRelated(id: string): void {
    this.offering = id;
    this.#focusTitle = true;
    void this.updateComplete.then(() => this.#offering && this.#emit('offering'));
  }

  #onPdf(): void {
    if (this.#pdf.status === 'pending') return;
    const offering = this.#offering!;
    const design = this._design!;
    if (!participantsValid(offering, design.participants)) {
      this._participantsError = true;
      this.renderRoot.querySelector<HTMLInputElement>('#participants')?.focus();
      return;
    }
    const t = translations[this.#locale];
    // Made before the inquiry is sent, the file has no offer number: it says so in the number
    // field and in its name (the numbered offer comes with the confirmation).
    void this.#pdf.run({
      catalog: this.#catalog!,
      selection: selectionOf(offering, design),
      locale: this.#locale,
      customer: this.#customer(),
      number: t.pdfDraftNumber,
      fileName: t.pdfDraftFileName(todayInDenmark(new Date())),
      server: this,
    });
  }

  protected override render(): TemplateResult {
    const shown = Boolean(this.#offering && this.#result);
    const t = translations[this.#locale];
    const error = !this.#wordsHere
      ? undefined
      : this.#loader.refused
        ? // Not allowed on this page: the page's own fallback says it best; else a short note.
          this.#hasFallback()
          ? undefined
          : t.loadRefused
        : this.#loader.failed
          ? t.loadFailed
          : this._unknown && t.unknownOffering(this._unknown);
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

  /** Whether the page put fallback content inside the element (an inline catalog aside). */
  #hasFallback(): boolean {
    return [...this.childNodes].some((node) =>
      node instanceof Element ? node.localName !== 'script' : Boolean(node.textContent?.trim()),
    );
  }

  #renderOffer(): TemplateResult {
    const locale = this.#locale;
    const words: OfferWords = { t: translations[locale], m: getMessages(locale), locale };
    // The sticky summary comes after the first paint in the script-tag build (see #askExtras).
    const summary = this.#summary;
    const extras = extrasNow();
    return html`
      <article part="base" class="root offer" lang=${locale}>
        <div class="intro">${introTemplate(words, this.#offering!)}</div>
        <div class="summary-start"></div>
        ${this.#renderLayout(words)}
        ${aboutTemplate(words, this.#catalog!, this.#offering!, (id) => this.#onRelated(id))}
        ${this.endpoint ? this.#renderInquiry() : nothing}
        ${
          summary && extras
            ? extras.summaryBarTemplate({
                ...words,
                price: this.#result!.price,
                currency: this.#catalog!.currency,
                shown: summary.shown,
                form: Boolean(this.endpoint),
                onBreakdown: () => this.#toBreakdown(),
                onForm: () => this.#toForm(),
              })
            : nothing
        }
      </article>
    `;
  }

  /** The shaping form, the price panel and the agenda. Their handlers are this element's
   * methods, which Lit calls with the element as `this`. */
  #renderLayout(words: OfferWords): TemplateResult {
    const offering = this.#offering!;
    const design = this._design!;
    const result = this.#result!;
    const currency = this.#catalog!.currency;
    const extras = extrasNow();
    const travelRule = travelRuleOf(offering);
    const price = result.price;
    const travelNote =
      travelRule && price?.status === 'priced' && !price.lines.some((l) => l.kind === 'travel')
        ? words.t.travelOnTop(travelRuleText({ ...words, currency }, travelRule))
        : undefined;
    return html`<div class="layout">
      ${shapingTemplate({
        ...words,
        offering,
        design,
        currency,
        choices: result.choices,
        participantsText: this._participantsText,
        participantsError: this._participantsError,
        dateText: this._dateText,
        dateError: this._dateError,
        travelRule,
        travelFrom: this.#catalog!.provider.address.city,
        travelText: this._travelText,
        travelError: this._travelError,
        onFormat: this.#onFormat,
        onParticipants: this.#onParticipants,
        onModule: this.#onModule,
        onDate: this.#onDate,
        onTravel: this.#onTravel,
      })}
      ${priceTemplate({
        ...words,
        price: result.price,
        unavailable: this.#unavailable(),
        currency,
        pdf: this.#pdf,
        announcement: this._announcement,
        travelNote,
        terms: termsTemplate(
          words.t,
          extras ? extras.termsBody(words.t, words.locale, offering.terms) : nothing,
          this.#onTermsToggle,
        ),
        onPdf: this.#onPdf,
      })}
      ${agendaTemplate(words, offering, design, result.agenda)}
    </div>`;
  }

  /** From the price summary: the price panel with its breakdown open, focus on its toggle. */
  #toBreakdown(): void {
    const details = this.renderRoot.querySelector<HTMLDetailsElement>('.breakdown');
    if (!details) return;
    details.open = true;
    const toggle = details.querySelector('summary')!;
    toggle.focus({ preventScroll: true });
    this.renderRoot.querySelector('.price')?.scrollIntoView({ block: 'start' });
  }

  /** From the price summary: the inquiry form, focus on its section. */
  #toForm(): void {
    const section = this.renderRoot.querySelector<HTMLElement>('.inquiry');
    section?.focus({ preventScroll: true });
    section?.scrollIntoView({ block: 'start' });
  }

  #renderInquiry(): TemplateResult {
    return html`<section part="inquiry" class="inquiry" tabindex="-1">
      <temadag-inquiry
        .catalog=${this.#catalog}
        .offeringId=${this.#offering!.id}
        .selection=${this.#currentSelection()}
        .endpoint=${this.endpoint ?? ''}
        .locale=${this.#locale}
        .prefill=${
          given({
            organisation: this.organisation,
            name: this.name,
            email: this.email,
            phone: this.phone,
          }) satisfies InquiryPrefill
        }
        .forwardUtm=${this.forwardUtm}
        .hideDate=${true}
        @temadag-success=${() => saveDesignDraft(this.#offering!.id, null)}
      ></temadag-inquiry>
    </section>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'temadag-offer': TemadagOffer;
  }
}
