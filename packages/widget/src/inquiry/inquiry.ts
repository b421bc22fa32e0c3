import {
  customerFromInquiry,
  formatNumber,
  INQUIRY_LIMITS,
  inquirySelection,
  localize,
  parseInquiry,
  toLocale,
  type Catalog,
  type Locale,
  type Offering,
  type SelectionInput,
} from '@temadag/core';
import { html, LitElement, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { LocaleController } from '../controllers/locale.js';
import { PdfJobController } from '../controllers/pdf-job.js';
import { SendController } from '../controllers/send.js';
import { TemadagErrorEvent, type TemadagErrorDetail } from '../events/error.js';
import { TemadagSubmitEvent } from '../events/submit.js';
import { TemadagSuccessEvent } from '../events/success.js';
import { base, tokens } from '../styles/shared.js';
import { copyText } from '../utilities/clipboard.js';
import { inquiryTranslations, type InquiryTranslation } from '../translations/index.js';
import {
  clearDraft,
  clearPending,
  loadDraft,
  loadPending,
  saveDraft,
  type PendingInquiry,
} from './drafts.js';
import type { FieldContext } from './field-templates.js';
import {
  emptyValues,
  FIELD_PATHS,
  inquiryInput,
  utmFromSearch,
  type FieldName,
  type FieldValues,
} from './fields.js';
import { formTemplate } from './form.js';
import { inquiryStyles } from './inquiry.styles.js';
import { MessageCountController } from './message-count.js';
import { prefillValues, type InquiryPrefill, type SentInquiry } from './prefill.js';
import { failureTemplate, successTemplate, summaryItems, summaryTemplate } from './sections.js';
import { DEFAULT_RETRY_DELAYS, newIdempotencyKey, type FetchLike } from './sender.js';
import { failureView, statusText } from './status.js';

export type { InquiryPrefill } from './prefill.js';

/**
 * The inquiry form of a Temadag offering ("Send henvendelse"): contact details, wishes and
 * invoicing, validated with the same schema as the server and shown with the error pattern of
 * Det Fælles Designsystem. It sends the design chosen in `selection` with the visitor's fields
 * as one inquiry, with an idempotency key, retries, an offline queue and a draft that survives
 * a reload (`sessionStorage`, per offering). When nothing else works, it offers the inquiry as
 * text to copy and a `mailto:` link to the provider.
 *
 * Importing this class registers nothing; `@temadag/widget/define` registers the tag.
 *
 * @summary An accessible, privacy-minded inquiry form that keeps drafts and never sends twice.
 *
 * @fires {TemadagSubmitEvent} temadag-submit - A valid inquiry is about to be sent; `detail` is
 *   the inquiry.
 * @fires {TemadagSuccessEvent} temadag-success - The server accepted the inquiry; `detail` is
 *   `{ id, reference }`.
 * @fires {TemadagErrorEvent} temadag-error - The inquiry was not sent (yet); `detail` is
 *   `{ kind: 'validation' | 'network' | 'server' | 'offline', status? }`.
 *
 * @csspart base - The wrapper of everything, carrying `lang`.
 * @csspart heading - The heading "Send henvendelse".
 * @csspart form - The form element.
 * @csspart label - Each field label.
 * @csspart input - Each text field and the text area.
 * @csspart error-summary - The box "Der er problemer" above the form.
 * @csspart privacy - The box about how the data is used.
 * @csspart button - The send button.
 * @csspart success - The confirmation with the reference number.
 * @csspart failure - The box shown when the inquiry could not be sent.
 *
 * @cssproperty [--temadag-font-family=inherit] - Font family; the host page's font by default.
 * @cssproperty [--temadag-font-size=16px] - Size of body text.
 * @cssproperty [--temadag-line-height=24px] - Line height of body text.
 * @cssproperty [--temadag-color-text=#1A1A1A] - Colour of text.
 * @cssproperty [--temadag-color-text-secondary=#454545] - Colour of hints and status messages.
 * @cssproperty [--temadag-color-background=#FFFFFF] - Background colour of fields.
 * @cssproperty [--temadag-color-surface=#F5F5F5] - Background colour of the privacy box.
 * @cssproperty [--temadag-color-border=#8E8E8E] - Border colour of fields.
 * @cssproperty [--temadag-color-primary=#454545] - Background colour of the send button.
 * @cssproperty [--temadag-color-on-primary=#FFFFFF] - Text colour on the send button.
 * @cssproperty [--temadag-color-link=#004D99] - Colour of links.
 * @cssproperty [--temadag-color-link-visited=#800080] - Colour of visited links.
 * @cssproperty [--temadag-color-error=#CC0000] - Colour of error messages and error borders.
 * @cssproperty [--temadag-color-error-background=#FFE0E0] - Background colour of the error
 *   summary.
 * @cssproperty [--temadag-color-success=#358000] - Border colour of the confirmation.
 * @cssproperty [--temadag-color-success-background=#DDF7CE] - Background colour of the
 *   confirmation.
 * @cssproperty [--temadag-color-focus=#454545] - Colour of the 3 px focus outline.
 * @cssproperty [--temadag-radius=3px] - Corner radius of fields and buttons.
 * @cssproperty [--temadag-space=8px] - The spacing unit.
 *
 * @example
 * ```ts
 * import '@temadag/widget/define';
 *
 * // Usually rendered by <temadag-offer>; on its own it needs the catalog and the design.
 * const form = document.createElement('temadag-inquiry');
 * form.catalog = catalog;
 * form.offeringId = 'dialog-i-udsatte-boligomraader';
 * form.selection = { offering: 'dialog-i-udsatte-boligomraader', format: 'hel', participants: 30 };
 * form.endpoint = '/api/inquiries';
 * form.addEventListener('temadag-success', (event) => console.log(event.detail.reference));
 * document.body.append(form);
 * ```
 */
export class TemadagInquiry extends LitElement {
  /**
   * The element's style sheets, adopted into its shadow root. To theme it, set the
   * `--temadag-*` custom properties and style its parts with `::part()`.
   */
  static override styles = [tokens, base, inquiryStyles];

  /**
   * Lit's declarations of the reactive properties (and of private state); the properties are
   * documented one by one below.
   *
   * @hidden
   */
  static override properties = {
    catalog: { attribute: false },
    offeringId: { attribute: 'offering' },
    selection: { attribute: false },
    endpoint: {},
    locale: { attribute: 'lang', converter: (value: string | null) => toLocale(value) },
    prefill: { attribute: false },
    forwardUtm: { type: Boolean, attribute: 'forward-utm' },
    retentionMonths: { type: Number, attribute: 'retention-months' },
    hideDate: { type: Boolean, attribute: 'hide-date' },
    fetch: { attribute: false },
    retryDelays: { attribute: false },
    _values: { state: true },
    _shown: { state: true },
    _attempted: { state: true },
    _serverErrors: { state: true },
    _success: { state: true },
    _note: { state: true },
  };

  /** The provider's catalog: the provider's name, email and privacy notice, and the titles. */
  declare catalog: Catalog | undefined;
  /** The id of the offering asked about (attribute `offering`); drafts are kept per offering. */
  declare offeringId: string;
  /** The design chosen in the offer: format, participants and modules are sent from it. */
  declare selection: SelectionInput | undefined;
  /** The URL the inquiry is POSTed to, e.g. `https://tilbud.example.dk/api/inquiries`. */
  declare endpoint: string;
  /**
   * The language (attribute `lang`). When unset: the nearest `lang` attribute above, else
   * Danish.
   */
  declare locale: Locale | undefined;
  /** Contact fields to fill in for the visitor; what the visitor types wins. */
  declare prefill: InquiryPrefill;
  /** Forward the page's `utm_*` parameters with the inquiry (attribute `forward-utm`). */
  declare forwardUtm: boolean;
  /**
   * How many months the provider keeps an inquiry that leads to no agreement (attribute
   * `retention-months`), for the privacy text; a general statement when unset.
   */
  declare retentionMonths: number | undefined;

  /**
   * Leave out the form's own date field (attribute `hide-date`) and send `selection.date` as
   * the preferred date: for an offer that asks for the date among its own controls.
   */
  declare hideDate: boolean;
  /** The `fetch` used to send; `globalThis.fetch` when unset. */
  declare fetch: FetchLike | undefined;
  /**
   * Waits before each retry in milliseconds; its length plus one is the number of tries.
   * Default: 1, 2, 4 and 8 seconds (5 tries).
   */
  declare retryDelays: readonly number[];

  declare private _values: FieldValues;
  /** Fields whose error is on show: left with an invalid value, or any after a send. */
  declare private _shown: ReadonlySet<FieldName>;
  /** The visitor has tried to send: every error shows, and the summary. */
  declare private _attempted: boolean;
  declare private _serverErrors: ReadonlyMap<string, string>;
  declare private _success: SentInquiry | undefined;
  /** The status line outside a send: whether the text was copied. */
  declare private _note: string;

  #lang = new LocaleController(this);
  #pdf = new PdfJobController(this);
  #count = new MessageCountController(this);
  #send = new SendController(this, {
    onOffline: () => this.#fire({ kind: 'offline' }),
    onSettled: (outcome) => {
      if (outcome.kind === 'success') {
        const offering = this.#send.pending?.inquiry.offering ?? this.#offering;
        clearDraft(offering);
        this.#resetFields();
        const inquiry = this.#send.pending?.inquiry;
        this._success = {
          reference: outcome.reference,
          email: inquiry?.contact.email ?? '',
          offer: outcome.offer,
          inquiry,
        };
      } else if (outcome.kind === 'validation') {
        this._serverErrors = new Map(outcome.errors.map((e) => [e.path, e.message]));
        this._attempted = true;
      }
    },
  });
  #website = '';
  #edited = new Set<FieldName>();
  #clientErrors = new Map<string, string>();
  #loadedFor: string | undefined;
  #checkPending = false;

  constructor() {
    super();
    this.catalog = undefined;
    this.offeringId = '';
    this.selection = undefined;
    this.endpoint = '';
    this.locale = undefined;
    this.prefill = {};
    this.forwardUtm = false;
    this.retentionMonths = undefined;
    this.hideDate = false;
    this.fetch = undefined;
    this.retryDelays = DEFAULT_RETRY_DELAYS;
    this._values = emptyValues();
    this._shown = new Set();
    this._attempted = false;
    this._serverErrors = new Map();
    this._success = undefined;
    this._note = '';
  }

  /** Empties the fields (keeping the prefill) and forgets which were edited or shown. */
  #resetFields(): void {
    this._values = { ...emptyValues(), ...prefillValues(this.prefill) };
    this.#website = '';
    this.#edited.clear();
    this._shown = new Set();
    this._attempted = false;
    this._serverErrors = new Map();
  }

  /**
   * Empties the form and forgets its draft and any unsent inquiry of this offering; a send in
   * progress is cancelled. Prefilled fields are filled in again.
   */
  clear(): void {
    this.#send.reset();
    const offering = this.#offering;
    if (offering) {
      clearDraft(offering);
      clearPending(offering);
    }
    this.#resetFields();
    this._note = '';
    this._success = undefined;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // A pending inquiry left by a reload (or by a disconnect mid-send) is looked for after
    // the next render.
    this.#checkPending = true;
    this.requestUpdate();
  }

  /**
   * The contact details as the visitor has typed them (or as prefilled), for an offer PDF
   * made before sending; empty fields are left out.
   */
  get contact(): { organisation?: string; name?: string; email?: string } {
    const out: { organisation?: string; name?: string; email?: string } = {};
    for (const key of ['organisation', 'name', 'email'] as const) {
      const value = this._values[key].trim();
      if (value) out[key] = value;
    }
    return out;
  }

  /**
   * The numbered offer of the sent inquiry as a PDF file: the server's snapshot when it sent
   * one, else the same design made here with the reference as its number.
   */
  #onSuccessPdf(): void {
    const success = this._success;
    if (!success || this.#pdf.status === 'pending') return;
    if (success.offer) {
      void this.#pdf.run({ offer: success.offer });
      return;
    }
    if (!this.catalog || !success.inquiry) return;
    void this.#pdf.run({
      catalog: this.catalog,
      selection: inquirySelection(success.inquiry),
      locale: success.inquiry.locale,
      customer: customerFromInquiry(success.inquiry),
      number: success.reference,
    });
  }

  get #offering(): string {
    return this.offeringId || this.selection?.offering || '';
  }

  get #locale(): Locale {
    return this.locale ?? this.#lang.locale;
  }

  get #m(): InquiryTranslation {
    return inquiryTranslations[this.#locale];
  }

  get #offeringData(): Offering | undefined {
    const id = this.#offering;
    return this.catalog?.offerings.find((offering) => offering.id === id);
  }

  get #busy(): boolean {
    return this.#send.status === 'pending';
  }

  #input() {
    const values = this.hideDate
      ? { ...this._values, date: this.selection?.date ?? '' }
      : this._values;
    return inquiryInput(values, {
      offering: this.#offering,
      selection: this.selection,
      locale: this.#locale,
      website: this.#website,
      utm: this.forwardUtm ? utmFromSearch(globalThis.location?.search ?? '') : undefined,
    });
  }

  #validate() {
    return parseInquiry(this.#input(), {
      locale: this.#locale,
      offering: this.#offeringData,
      now: new Date(),
    });
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    const offering = this.#offering;
    if (offering !== this.#loadedFor && offering !== '') {
      this.#loadedFor = offering;
      this._values = { ...emptyValues(), ...prefillValues(this.prefill), ...loadDraft(offering) };
      const date = this.selection?.date;
      if (date && !this._values.date) this._values = { ...this._values, date };
      this.#edited.clear();
      this._shown = new Set();
      this.#checkPending = true;
    } else {
      if (changed.has('prefill')) {
        const values = { ...this._values };
        const prefilled = Object.entries(prefillValues(this.prefill)) as [FieldName, string][];
        for (const [key, value] of prefilled) {
          if (!this.#edited.has(key) && values[key] === '') values[key] = value;
        }
        this._values = values;
      }
      const before = changed.get('selection') as SelectionInput | undefined;
      const date = this.selection?.date;
      if (changed.has('selection') && date && date !== before?.date) {
        this._values = { ...this._values, date };
      }
    }

    const result = this.#validate();
    this.#clientErrors = new Map(result.ok ? [] : result.problems.map((p) => [p.path, p.message]));
  }

  protected override updated(): void {
    if (!this.#checkPending || !this.isConnected) return;
    this.#checkPending = false;
    const offering = this.#offering;
    if (!offering || this.#busy) return;
    const pending = loadPending(offering);
    if (pending) void this.#start(pending, true);
  }

  #errorFor(field: FieldName): string | undefined {
    if (!this._attempted && !this._shown.has(field)) return undefined;
    const path = FIELD_PATHS[field];
    return this._serverErrors.get(path) ?? this.#clientErrors.get(path);
  }

  #onInput(field: FieldName, event: Event): void {
    const target = event.target as HTMLInputElement | HTMLTextAreaElement;
    this._values = { ...this._values, [field]: target.value };
    this.#edited.add(field);
    const path = FIELD_PATHS[field];
    if (this._serverErrors.has(path)) {
      this._serverErrors = new Map([...this._serverErrors].filter(([key]) => key !== path));
    }
    const offering = this.#offering;
    if (offering) saveDraft(offering, this._values);
    // Screen readers hear the count once typing pauses, not on every key.
    if (field === 'message') this.#count.schedule(() => this.#countText());
  }

  #onBlur(field: FieldName): void {
    // DKFDS: an error appears once the visitor has entered something invalid and moved on,
    // never for a field merely passed through.
    if (this._values[field].trim() === '') return;
    const result = this.#validate();
    const path = FIELD_PATHS[field];
    if (!result.ok && result.problems.some((problem) => problem.path === path)) {
      this._shown = new Set([...this._shown, field]);
    }
  }

  #countText(): string {
    return this.#count.text(this.#m, this._values.message.length);
  }

  async #onSubmit(event: Event): Promise<void> {
    event.preventDefault();
    if (this.#busy) return;
    this._serverErrors = new Map();
    this._attempted = true;
    const result = this.#validate();
    if (!result.ok) {
      this.#clientErrors = new Map(result.problems.map((p) => [p.path, p.message]));
      this.#send.reset();
      this.#fire({ kind: 'validation' });
      await this.updateComplete;
      this.#focus('.error-summary');
      return;
    }
    const inquiry = result.inquiry;
    const previous = loadPending(this.#offering);
    // One key per inquiry: the same inquiry sent again (after a failure or a reload) keeps
    // its key, so the server stores it once; a changed inquiry is a new one.
    const key =
      previous && JSON.stringify(previous.inquiry) === JSON.stringify(inquiry)
        ? previous.key
        : newIdempotencyKey();
    this.dispatchEvent(new TemadagSubmitEvent(inquiry));
    await this.#start({ key, inquiry, endpoint: this.endpoint }, false);
  }

  /** Sends, then moves focus to what the outcome shows and tells the page. */
  async #start(pending: PendingInquiry, resumed: boolean): Promise<void> {
    this._note = '';
    const outcome = await this.#send.run(pending, {
      endpoint: this.endpoint,
      fetch: this.fetch,
      retryDelays: this.retryDelays,
      resumed,
    });
    switch (outcome.kind) {
      case 'aborted':
        return;
      case 'success':
        await this.updateComplete;
        this.#focus('.success');
        this.dispatchEvent(
          new TemadagSuccessEvent({ id: outcome.id, reference: outcome.reference }),
        );
        return;
      case 'validation':
        this.#fire({ kind: 'validation', status: outcome.status });
        await this.updateComplete;
        this.#focus('.error-summary');
        return;
      case 'server':
      case 'network':
        this.#fire(
          outcome.kind === 'server'
            ? { kind: 'server', status: outcome.status }
            : { kind: 'network' },
        );
        await this.updateComplete;
        this.#focus('.failed');
        return;
    }
  }

  async #retry(pending: PendingInquiry): Promise<void> {
    const sending = this.#start(pending, false);
    // The button pressed is gone: keep focus on the send button, which now says "Sender…".
    await this.updateComplete;
    this.#focus('button[type=submit]');
    await sending;
  }

  #fire(detail: TemadagErrorDetail): void {
    this.dispatchEvent(new TemadagErrorEvent(detail));
  }

  #focus(selector: string): void {
    this.renderRoot.querySelector<HTMLElement>(selector)?.focus();
  }

  #focusField(field: FieldName, event: Event): void {
    event.preventDefault();
    const input = this.renderRoot.querySelector<HTMLElement>(`#f-${field}`);
    // Scroll the label into view too, so the visitor sees what the field is.
    this.renderRoot.querySelector(`label[for='f-${field}']`)?.scrollIntoView?.();
    input?.focus({ preventScroll: true });
  }

  async #copy(text: string): Promise<void> {
    const area = this.renderRoot.querySelector<HTMLTextAreaElement>('#fallback-text');
    this._note = (await copyText(text, area)) ? this.#m.copied : this.#m.copyFailed;
  }

  protected override render(): TemplateResult {
    const m = this.#m;
    const locale = this.#locale;
    const success = this.#send.status === 'complete' ? this._success : undefined;
    return html`
      <div class="root" part="base" lang=${locale}>
        <h3 part="heading">${m.heading}</h3>
        ${
          success
            ? successTemplate(m, {
                ...success,
                provider: this.catalog?.provider.name ?? '',
                responseTime: localize(this.catalog?.provider.responseTime, locale),
                pdf:
                  success.reference && (success.offer || success.inquiry)
                    ? { status: this.#pdf.status, onClick: () => this.#onSuccessPdf() }
                    : undefined,
              })
            : this.#renderForm(m)
        }
        <p class="status" role="status">${statusText(m, locale, this.#send.notice, this._note)}</p>
        ${this.#renderFailure(m)}
      </div>
    `;
  }

  #renderForm(m: InquiryTranslation): TemplateResult {
    const ctx: FieldContext = {
      m,
      value: (field) => this._values[field],
      error: (field) => this.#errorFor(field),
      onInput: (field, event) => this.#onInput(field, event),
      onBlur: (field) => this.#onBlur(field),
    };
    const months = this.retentionMonths;
    return html`
      ${summaryTemplate(
        m,
        this._attempted ? summaryItems(this.#clientErrors, this._serverErrors, this.hideDate) : [],
        (field, event) => this.#focusField(field, event),
      )}
      ${formTemplate({
        ...ctx,
        busy: this.#busy,
        hideDate: this.hideDate,
        provider: this.catalog?.provider.name ?? '',
        privacyUrl: this.catalog?.provider.privacyNoticeUrl,
        retention:
          months !== undefined && Number.isFinite(months)
            ? formatNumber(months, this.#locale)
            : undefined,
        message: {
          limit: formatNumber(INQUIRY_LIMITS.message, this.#locale),
          count: this.#countText(),
          over: this._values.message.length > INQUIRY_LIMITS.message,
          announcement: this.#count.announcement,
        },
        website: this.#website,
        onWebsite: (value) => {
          this.#website = value;
        },
        onSubmit: (event) => void this.#onSubmit(event),
      })}
    `;
  }

  #renderFailure(m: InquiryTranslation): TemplateResult | typeof nothing {
    const failure = this.#send.status === 'error' ? this.#send.failure : undefined;
    const pending = this.#send.pending;
    const view =
      failure &&
      pending &&
      failureView(m, this.#locale, {
        failure,
        pending,
        catalog: this.catalog,
        offering: this.#offeringData,
        onRetry: () => void this.#retry(pending),
        onCopy: (text) => void this.#copy(text),
      });
    return view ? failureTemplate(m, view) : nothing;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'temadag-inquiry': TemadagInquiry;
  }
}
