import {
  ON_DAY_KINDS,
  formatDate,
  formatMinutes,
  formatMoney,
  formatNumber,
  formatPercent,
  formatTime,
  formatTimeRange,
  getMessages,
  localize,
  moduleMinutes,
  type Catalog,
  type Locale,
  type Offering,
  type Price,
  type SelectionInput,
} from '@temadag/core';
import { LitElement, html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { TemadagChangeEvent, type TemadagChangeDetail } from '../events/change.js';
import { TemadagPdfEvent } from '../events/pdf.js';
import { TemadagReadyEvent } from '../events/ready.js';
import type { InquiryPrefill } from '../inquiry/inquiry.js';
import { translations, type Translation } from '../translations/index.js';
import type { CatalogSource } from '../utilities/catalog-data.js';
import { CatalogLoader } from '../utilities/catalog-loader.js';
import {
  evaluateDesign,
  formatEnd,
  initialDesign,
  participantsValid,
  selectionOf,
  withModules,
  type Design,
  type DesignPrefill,
  type DesignResult,
} from '../utilities/design.js';
import { pendingInquiryLoader } from '../utilities/lazy.js';
import { elementLocale } from '../utilities/locale.js';
import { styles } from './offer.styles.js';

type PdfState = { phase: 'idle' | 'working' | 'done' | 'failed'; progress?: number };

const draftKey = (offering: string) => `temadag:${offering}:design`;

/**
 * The visitor's design of an offering, kept in `sessionStorage` for this browser session
 * (a reload, a page of the same site). Storage that is missing, full or forbidden is ignored.
 */
function draft(offering: string, design?: Design | null): DesignPrefill | undefined {
  try {
    if (design === undefined) {
      const value = JSON.parse(sessionStorage.getItem(draftKey(offering)) ?? 'null') as unknown;
      // initialDesign checks every field against the catalog.
      return value && typeof value === 'object' && Array.isArray((value as Design).modules)
        ? (value as DesignPrefill)
        : undefined;
    }
    if (design) sessionStorage.setItem(draftKey(offering), JSON.stringify(design));
    else sessionStorage.removeItem(draftKey(offering));
  } catch {
    // No storage: the design is kept for this page view only.
  }
  return undefined;
}

/** The values that are given, for prefill objects without empty entries. */
function given<T extends Record<string, string | undefined>>(values: T): Partial<T> {
  return Object.fromEntries(Object.entries(values).filter(([, v]) => v)) as Partial<T>;
}

/** Local calendar date `YYYY-MM-DD`, `days` from today. */
function localDate(days: number): string {
  const d = new Date();
  d.setDate(d.getDate() + days);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

const safeUrl = (url: string | undefined) => (url && /^https?:\/\//i.test(url) ? url : undefined);

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
 * @csspart pdf-button - The "Hent tilbud som pdf-fil" button.
 * @csspart agenda - The agenda of the day.
 * @csspart about - The collapsible text about the provider.
 * @csspart inquiry - The section that holds the inquiry form.
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
  static override styles = styles;

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
    _announcement: { state: true },
    _pdf: { state: true },
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
  declare private _announcement: string;
  declare private _pdf: PdfState;

  #loader = new CatalogLoader(this);
  #catalog: Catalog | undefined;
  #offering: Offering | undefined;
  #result: DesignResult | undefined;
  /** What {@link #result} was worked out from. */
  #resultFor: [Design, Locale] | undefined;
  #selection: [Design, SelectionInput] | undefined;
  #locale: Locale = 'da';
  #readyFor: Offering | undefined;
  #langObserver: MutationObserver | undefined;
  #inquiryObserver: IntersectionObserver | undefined;
  #timers = new Set<ReturnType<typeof setTimeout>>();
  #urls = new Set<string>();
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
    this._announcement = '';
    this._pdf = { phase: 'idle' };
  }

  static override get observedAttributes(): string[] {
    return [...super.observedAttributes, 'lang'];
  }

  override attributeChangedCallback(name: string, old: string | null, value: string | null) {
    super.attributeChangedCallback(name, old, value);
    if (name === 'lang') this.requestUpdate();
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
      draft(this.#offering.id, null);
      this.#setDesign(initialDesign(this.#offering, this.#prefill(), this.#locale));
    }
    const inquiry = this.renderRoot.querySelector('temadag-inquiry') as {
      clear?: () => void;
    } | null;
    inquiry?.clear?.();
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // The nearest `lang` is usually the document's; follow it when a page switches language.
    this.#langObserver = new MutationObserver(() => this.requestUpdate());
    this.#langObserver.observe(document.documentElement, {
      attributes: true,
      attributeFilter: ['lang'],
    });
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#langObserver?.disconnect();
    this.#inquiryObserver?.disconnect();
    this.#inquiryObserver = undefined;
    for (const timer of this.#timers) clearTimeout(timer);
    this.#timers.clear();
    clearTimeout(this.#pauseTimer);
    this.#save();
    for (const url of this.#urls) URL.revokeObjectURL(url);
    this.#urls.clear();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    this.#locale = elementLocale(this);
    if (!this.hasUpdated || changed.has('catalog') || changed.has('src')) this.#loader.load();
    const catalog = this.#loader.catalog;
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
      this.#setDesign(initialDesign(offering, draft(offering.id) ?? this.#prefill(), this.#locale));
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
  }

  /**
   * A change by the visitor: tell the page now; once the visitor pauses, keep the draft and
   * announce the price (a storage write and a timer per keystroke would be most of the cost of
   * typing a number). A click saves at once.
   */
  #change(field: TemadagChangeDetail['field'], design: Design): void {
    this._design = design;
    this.#unsaved = true;
    if (field !== 'participants') this.#save();
    this.#emit(field);
    this.#afterPause();
  }

  #save(): void {
    if (this.#unsaved && this.#offering && this._design) draft(this.#offering.id, this._design);
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

  /** Tells screen readers the price, in the polite live region. */
  #announce(): void {
    const t = translations[this.#locale];
    const price = this.#result?.price;
    const money = (minor: number) =>
      formatMoney(minor, this.#locale, { currency: price!.currency });
    this._announcement = !price
      ? t.priceUnavailable
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
    const past = value !== '' && value < localDate(1);
    this._dateText = value;
    this._dateError = past;
    const { date: _old, ...rest } = this._design!;
    this.#change('date', value && !past ? { ...rest, date: value } : rest);
  }

  #onRelated(id: string): void {
    this.offering = id;
    this.#focusTitle = true;
    void this.updateComplete.then(() => this.#offering && this.#emit('offering'));
  }

  async #onPdf(): Promise<void> {
    if (this._pdf.phase === 'working') return;
    const offering = this.#offering!;
    const design = this._design!;
    if (!participantsValid(offering, design.participants)) {
      this._participantsError = true;
      this.renderRoot.querySelector<HTMLInputElement>('#participants')?.focus();
      return;
    }
    this._pdf = { phase: 'working' };
    try {
      const { makeOfferPdf } = await import('../pdf/offer-pdf.js');
      const customer = given({
        organisation: this.organisation,
        contact: this.name,
        email: this.email,
      });
      const pdf = await makeOfferPdf(this.#catalog!, selectionOf(offering, design), {
        locale: this.#locale,
        now: new Date(),
        customer,
        onProgress: ({ phase, page, pages }) => {
          const progress =
            phase === 'layout'
              ? 0.1
              : phase === 'save'
                ? 0.95
                : 0.1 + (0.8 * (page ?? 0)) / (pages ?? 1);
          this._pdf = { phase: 'working', progress };
        },
      });
      if (!this.isConnected) return;
      const event = new TemadagPdfEvent(pdf);
      if (this.dispatchEvent(event)) this.#download(pdf.bytes, pdf.fileName);
      this._pdf = { phase: 'done' };
    } catch (error) {
      console.warn('temadag-offer: pdf', error);
      this._pdf = { phase: 'failed' };
    }
  }

  #download(bytes: Uint8Array, fileName: string): void {
    const url = URL.createObjectURL(
      new Blob([bytes as Uint8Array<ArrayBuffer>], { type: 'application/pdf' }),
    );
    this.#urls.add(url);
    const link = document.createElement('a');
    link.href = url;
    link.download = fileName;
    link.hidden = true;
    this.renderRoot.append(link);
    link.click();
    link.remove();
    // The download has started by the time the link is gone; some browsers still read the
    // URL a moment later, so it is revoked after a while (or on disconnect).
    const timer = setTimeout(() => {
      this.#timers.delete(timer);
      this.#urls.delete(url);
      URL.revokeObjectURL(url);
    }, 30_000);
    this.#timers.add(timer);
  }

  protected override render(): TemplateResult {
    const shown = Boolean(this.#offering && this.#result);
    const t = translations[this.#locale];
    const error = this.#loader.failed
      ? t.loadFailed
      : this._unknown && t.unknownOffering(this._unknown);
    return html`
      ${shown ? this.#renderOffer() : nothing}
      ${error ? html`<p class="root load-error" role="status">${error}</p>` : nothing}
      <slot
        class="fallback"
        ?hidden=${shown}
        @slotchange=${() => this.#loader.slotChanged()}
      ></slot>
    `;
  }

  #renderOffer(): TemplateResult {
    const catalog = this.#catalog!;
    const offering = this.#offering!;
    const locale = this.#locale;
    const t = translations[locale];
    const m = getMessages(locale);
    const text = (value: Parameters<typeof localize>[0]) => localize(value, locale);
    const description = text(offering.description)?.split(/\n\s*\n/) ?? [];
    const related = offering.related
      .map((id) => catalog.offerings.find((o) => o.id === id))
      .filter((o): o is Offering => Boolean(o));
    const bio = text(catalog.provider.bio);
    const website = safeUrl(catalog.provider.website);
    return html`
      <article part="base" class="root offer" lang=${locale}>
        <header part="header" class="header">
          <h2 part="title" class="title" tabindex="-1">${text(offering.title)}</h2>
          ${offering.subtitle ? html`<p class="subtitle">${text(offering.subtitle)}</p>` : nothing}
          <p class="summary">${text(offering.summary)}</p>
          ${
            offering.audience
              ? html`<p class="audience">
                  <strong>${t.audience}:</strong> ${text(offering.audience)}
                </p>`
              : nothing
          }
        </header>
        ${
          offering.focusQuestions.length
            ? html`<section class="focus">
                <h3>${m.offer.focusQuestions}</h3>
                <ul>
                  ${offering.focusQuestions.map((q) => html`<li>${text(q)}</li>`)}
                </ul>
              </section>`
            : nothing
        }
        ${
          description.length
            ? html`<section class="description">
                <h3>${t.description}</h3>
                ${description.map((p) => html`<p>${p}</p>`)}
              </section>`
            : nothing
        }
        <div class="layout">
          ${this.#renderShaping(t, m)} ${this.#renderPrice(t, m)} ${this.#renderAgenda(t, m)}
        </div>
        ${
          bio || website
            ? html`<details part="about" class="about">
                <summary>${m.offer.about(catalog.provider.name)}</summary>
                ${bio ? html`<p>${bio}</p>` : nothing}
                ${website ? html`<p><a href=${website}>${website}</a></p>` : nothing}
              </details>`
            : nothing
        }
        ${
          related.length
            ? html`<p class="related">
                <strong>${t.related}:</strong>
                ${related.map(
                  (o, i) =>
                    html`${i ? ', ' : ''}<button
                        type="button"
                        class="link-button"
                        @click=${() => this.#onRelated(o.id)}
                      >
                        ${text(o.title)}
                      </button>`,
                )}
              </p>`
            : nothing
        }
        ${this.endpoint ? this.#renderInquiry() : nothing}
      </article>
    `;
  }

  #renderShaping(t: Translation, m: ReturnType<typeof getMessages>): TemplateResult {
    const offering = this.#offering!;
    const design = this._design!;
    const locale = this.#locale;
    const { min, max } = offering.participants;
    const n = (value: number) => formatNumber(value, locale);
    const currency = this.#catalog!.currency;
    const format = offering.formats.find((f) => f.id === design.format)!;
    const choices = this.#result!.choices;
    const participantsDescribed = `participants-hint${this._participantsError ? ' participants-error' : ''}`;
    return html`
      <form part="shaping" class="shaping" @submit=${(e: Event) => e.preventDefault()}>
        <h3>${t.shapeHeading}</h3>
        <p class="hint">${t.shapeIntro}</p>
        <fieldset class="formats">
          <legend>${t.formatLegend}</legend>
          ${offering.formats.map((f) => {
            const desc = localize(f.description, locale);
            return html`<div part="choice" class="choice">
              <input
                type="radio"
                name="format"
                id=${`format-${f.id}`}
                value=${f.id}
                .checked=${f.id === design.format}
                aria-describedby=${`format-${f.id}-hint`}
                @change=${this.#onFormat}
              />
              <label for=${`format-${f.id}`}>${localize(f.label, locale)}</label>
              <span class="hint" id=${`format-${f.id}-hint`}
                >${t.formatTimes(
                  formatMinutes(f.durationMinutes, locale),
                  formatTimeRange(f.start, formatEnd(f), locale),
                )}${desc ? html`. ${desc}` : nothing}</span
              >
            </div>`;
          })}
        </fieldset>
        <div class="field ${this._participantsError ? 'invalid' : ''}">
          <label for="participants">${m.offer.participantsLabel}</label>
          <span class="hint" id="participants-hint">${t.participantsHint(n(min), n(max))}</span>
          ${
            this._participantsError
              ? html`<span class="error-message" id="participants-error"
                  ><span class="visually-hidden">${t.errorPrefix}</span>${
                    this._participantsText.trim() === ''
                      ? m.inquiry.participantsEmpty
                      : m.inquiry.participantsRange(n(min), n(max))
                  }</span
                >`
              : nothing
          }
          <input
            part="input"
            id="participants"
            type="number"
            inputmode="numeric"
            min=${min}
            max=${max}
            step="1"
            .value=${this._participantsText}
            aria-invalid=${String(this._participantsError)}
            aria-describedby=${participantsDescribed}
            @input=${this.#onParticipants}
            @change=${this.#onParticipants}
          />
        </div>
        ${
          choices.length
            ? html`<fieldset class="modules">
                <legend>${t.modulesLegend} <span class="optional">${t.optional}</span></legend>
                <p class="hint">${t.modulesHint}</p>
                ${choices.map(({ module, chosen, fits, priceEffect }) => {
                  const id = `module-${module.id}`;
                  const minutes = ON_DAY_KINDS.has(module.kind)
                    ? t.moduleMinutes(formatMinutes(moduleMinutes(module, format.id) ?? 0, locale))
                    : t.moduleWhen[module.kind];
                  const effect =
                    priceEffect === undefined
                      ? undefined
                      : priceEffect === 0
                        ? t.moduleFree
                        : t.moduleAdds(formatMoney(priceEffect, locale, { currency }));
                  const desc = localize(module.description, locale);
                  return html`<div part="choice" class="choice ${fits ? '' : 'no-room'}">
                    <input
                      type="checkbox"
                      id=${id}
                      value=${module.id}
                      .checked=${chosen}
                      ?disabled=${!fits}
                      aria-describedby=${`${id}-hint`}
                      @change=${this.#onModule}
                    />
                    <label for=${id}>${localize(module.title, locale)}</label>
                    <span class="hint" id=${`${id}-hint`}>
                      ${[effect, minutes].filter(Boolean).join(' · ')}
                      ${
                        fits
                          ? nothing
                          : html`<span class="no-room-text"
                              >${t.moduleNoRoom(localize(format.label, locale))}</span
                            >`
                      }
                      ${desc ? html`<span class="module-description">${desc}</span>` : nothing}
                    </span>
                  </div>`;
                })}
              </fieldset>`
            : nothing
        }
        <div class="field ${this._dateError ? 'invalid' : ''}">
          <label for="date">${t.dateLabel} <span class="optional">${t.optional}</span></label>
          <span class="hint" id="date-hint">${t.dateHint}</span>
          ${
            this._dateError
              ? html`<span class="error-message" id="date-error"
                  ><span class="visually-hidden">${t.errorPrefix}</span>${t.datePast}</span
                >`
              : nothing
          }
          <input
            part="input"
            id="date"
            type="date"
            min=${localDate(1)}
            .value=${this._dateText}
            aria-invalid=${String(this._dateError)}
            aria-describedby=${this._dateError ? 'date-hint date-error' : 'date-hint'}
            @change=${this.#onDate}
          />
        </div>
      </form>
    `;
  }

  #renderPrice(t: Translation, m: ReturnType<typeof getMessages>): TemplateResult {
    const locale = this.#locale;
    const price = this.#result!.price;
    const money = (minor: number) =>
      formatMoney(minor, locale, { currency: price?.currency ?? this.#catalog!.currency });
    const pdf = this._pdf;
    const working = pdf.phase === 'working';
    let body: TemplateResult;
    if (!price) {
      body = html`<h3 id="price-heading">${m.offer.indicativePrice}</h3>
        <p class="unavailable">${t.priceUnavailable}</p>`;
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
        <details part="breakdown" class="breakdown">
          <summary>${t.breakdown}</summary>
          <table>
            <thead>
              <tr>
                <th scope="col">${m.offer.description}</th>
                <th scope="col" class="num">${m.offer.amount}</th>
              </tr>
            </thead>
            <tbody>
              ${price.lines.map(
                (line) =>
                  html`<tr>
                    <th scope="row">
                      <span class="line">${line.description}</span>
                      <span class="explanation">${line.explanation}</span>
                    </th>
                    <td class="num">${money(line.amount)}</td>
                  </tr>`,
              )}
            </tbody>
            <tfoot>
              <tr>
                <th scope="row">${m.offer.subtotal}</th>
                <td class="num">${money(price.subtotal)}</td>
              </tr>
            </tfoot>
          </table>
        </details>
        <p class="note">${m.offer.indicativeNote}</p>`;
    }
    return html`
      <aside part="price" class="price" aria-labelledby="price-heading">
        ${body}
        <div class="pdf">
          <button
            part="pdf-button"
            type="button"
            class="button"
            aria-disabled=${String(working)}
            @click=${this.#onPdf}
          >
            ${t.pdf}
          </button>
          ${
            working
              ? html`<progress
                  class="progress"
                  max="1"
                  .value=${pdf.progress ?? 0}
                  ?indeterminate=${pdf.progress === undefined}
                  aria-label=${t.pdfWorking}
                ></progress>`
              : nothing
          }
          <p class="pdf-status" role="status">
            ${working ? t.pdfWorking : pdf.phase === 'done' ? t.pdfDone : ''}
          </p>
          ${
            pdf.phase === 'failed'
              ? html`<p class="error-message pdf-error" role="alert">
                  <span class="visually-hidden">${t.errorPrefix}</span>${t.pdfFailed}
                </p>`
              : nothing
          }
        </div>
        <p class="visually-hidden" role="status" aria-live="polite" aria-atomic="true">
          ${this._announcement}
        </p>
      </aside>
    `;
  }

  #renderAgenda(t: Translation, m: ReturnType<typeof getMessages>): TemplateResult {
    const offering = this.#offering!;
    const design = this._design!;
    const locale = this.#locale;
    const agenda = this.#result!.agenda;
    const offDay = offering.modules.filter(
      (mod) => design.modules.includes(mod.id) && !ON_DAY_KINDS.has(mod.kind),
    );
    const format = offering.formats.find((f) => f.id === design.format)!;
    const day = formatTimeRange(format.start, formatEnd(format), locale);
    return html`
      <section part="agenda" class="agenda" aria-labelledby="agenda-heading">
        <h3 id="agenda-heading">${m.offer.agenda}</h3>
        <p class="agenda-when">
          ${design.date ? `${formatDate(design.date, locale, 'full')}, ${day}` : day}
        </p>
        <ol class="agenda-list">
          ${agenda.items.map(
            (item) =>
              html`<li class=${item.kind === 'break' || item.kind === 'lunch' ? 'pause' : ''}>
                <span class="time">${formatTime(item.start, locale)}</span>
                <span class="what">${item.title}</span>
                <span class="minutes">${formatMinutes(item.minutes, locale)}</span>
              </li>`,
          )}
        </ol>
        ${
          agenda.overMinutes > 0
            ? html`<p class="error-message">
                ${t.agendaOver(formatMinutes(agenda.overMinutes, locale))}
              </p>`
            : nothing
        }
        ${
          offDay.length
            ? html`<h4>${t.agendaOffDay}</h4>
                <ul class="off-day">
                  ${offDay.map(
                    (mod) =>
                      html`<li>
                        <span class="what">${localize(mod.title, locale)}</span>
                        <span class="hint">${t.moduleWhen[mod.kind] ?? ''}</span>
                      </li>`,
                  )}
                </ul>`
            : nothing
        }
      </section>
    `;
  }

  #renderInquiry(): TemplateResult {
    return html`<section part="inquiry" class="inquiry">
      <temadag-inquiry
        .catalog=${this.#catalog}
        .offeringId=${this.#offering!.id}
        .selection=${this.#currentSelection()}
        .endpoint=${this.endpoint}
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
        @temadag-success=${() => draft(this.#offering!.id, null)}
      ></temadag-inquiry>
    </section>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'temadag-offer': TemadagOffer;
  }
}
