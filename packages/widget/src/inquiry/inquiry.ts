import {
  formatNumber,
  INQUIRY_LIMITS,
  localize,
  parseInquiry,
  toLocale,
  type Catalog,
  type Locale,
  type Offering,
  type SelectionInput,
} from '@temadag/core';
import { html, LitElement, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { TemadagErrorEvent, type TemadagErrorDetail } from '../events/error.js';
import { TemadagSubmitEvent } from '../events/submit.js';
import { TemadagSuccessEvent } from '../events/success.js';
import {
  clearDraft,
  clearPending,
  loadDraft,
  loadPending,
  saveDraft,
  savePending,
  type PendingInquiry,
} from './drafts.js';
import { inquiryText, mailtoHref } from './fallback.js';
import {
  emptyValues,
  FIELD_NAMES,
  FIELD_PATHS,
  fieldForPath,
  inquiryInput,
  utmFromSearch,
  type FieldName,
  type FieldValues,
} from './fields.js';
import { base, tokens } from '../styles/shared.js';
import { elementLocale } from '../utilities/locale.js';
import { inquiryStyles } from './inquiry.styles.js';
import { inquiryMessages, type InquiryMessages } from './messages.js';
import {
  DEFAULT_RETRY_DELAYS,
  isRetryableStatus,
  newIdempotencyKey,
  sendInquiry,
  type FetchLike,
  type SendOutcome,
} from './sender.js';

/** Contact fields a host page can fill in for the visitor. */
export interface InquiryPrefill {
  organisation?: string;
  name?: string;
  email?: string;
  phone?: string;
}

type Phase = 'editing' | 'sending' | 'retrying' | 'offline' | 'success' | 'failed';

interface Failure {
  kind: 'network' | 'server';
  status?: number;
  pending: PendingInquiry;
}

interface SummaryItem {
  field: FieldName | undefined;
  message: string;
}

interface FieldOptions {
  label: string;
  hint?: string;
  optional?: boolean;
  type?: 'text' | 'email' | 'tel' | 'date';
  autocomplete?: string;
  inputmode?: 'numeric' | 'tel' | 'email';
  maxlength?: number;
  short?: boolean;
}

const BUSY: ReadonlySet<Phase> = new Set(['sending', 'retrying', 'offline']);

const PREFILLABLE = ['organisation', 'name', 'email', 'phone'] as const;

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

  #values: FieldValues = emptyValues();
  #website = '';
  #edited = new Set<FieldName>();
  /** Fields whose error is on show: left with an invalid value, or any after a send. */
  #shown = new Set<FieldName>();
  #attempted = false;
  #clientErrors = new Map<string, string>();
  #serverErrors = new Map<string, string>();
  #phase: Phase = 'editing';
  #status = '';
  #countAnnouncement = '';
  #countTimer: ReturnType<typeof setTimeout> | undefined;
  #failure: Failure | undefined;
  #success: { reference: string; email: string } | undefined;
  #loadedFor: string | undefined;
  #checkPending = false;
  #send: AbortController | undefined;

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
  }

  /** Empties the fields (keeping the prefill) and forgets which were edited or shown. */
  #resetFields(): void {
    this.#values = { ...emptyValues(), ...this.#prefillValues() };
    this.#website = '';
    this.#edited.clear();
    this.#shown.clear();
    this.#attempted = false;
    this.#serverErrors.clear();
  }

  /**
   * Empties the form and forgets its draft and any unsent inquiry of this offering; a send in
   * progress is cancelled. Prefilled fields are filled in again.
   */
  clear(): void {
    this.#send?.abort();
    this.#send = undefined;
    const offering = this.#offering;
    if (offering) {
      clearDraft(offering);
      clearPending(offering);
    }
    this.#resetFields();
    this.#phase = 'editing';
    this.#status = '';
    this.#failure = undefined;
    this.#success = undefined;
    this.requestUpdate();
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.#checkPending = true;
    this.requestUpdate();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearTimeout(this.#countTimer);
    if (this.#send) {
      // The pending inquiry stays in sessionStorage; connecting again resumes it.
      this.#send.abort();
      this.#send = undefined;
      this.#phase = 'editing';
      this.#status = '';
    }
  }

  get #offering(): string {
    return this.offeringId || this.selection?.offering || '';
  }

  get #locale(): Locale {
    return this.locale ?? elementLocale(this);
  }

  get #m(): InquiryMessages {
    return inquiryMessages[this.#locale];
  }

  get #offeringData(): Offering | undefined {
    const id = this.#offering;
    return this.catalog?.offerings.find((offering) => offering.id === id);
  }

  get #providerName(): string {
    return this.catalog?.provider.name ?? '';
  }

  #prefillValues(): Partial<FieldValues> {
    const values: Partial<FieldValues> = {};
    for (const key of PREFILLABLE) {
      const value = this.prefill?.[key];
      if (typeof value === 'string' && value !== '') values[key] = value;
    }
    return values;
  }

  #input() {
    const values = this.hideDate
      ? { ...this.#values, date: this.selection?.date ?? '' }
      : this.#values;
    return inquiryInput(values, {
      offering: this.#offering,
      selection: this.selection,
      locale: this.#locale,
      website: this.#website,
      utm: this.forwardUtm ? utmFromSearch(globalThis.location?.search ?? '') : undefined,
    });
  }

  #validate() {
    return parseInquiry(this.#input(), { locale: this.#locale, offering: this.#offeringData });
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    const offering = this.#offering;
    if (offering !== this.#loadedFor && offering !== '') {
      this.#loadedFor = offering;
      this.#values = { ...emptyValues(), ...this.#prefillValues(), ...loadDraft(offering) };
      const date = this.selection?.date;
      if (date && !this.#values.date) this.#values.date = date;
      this.#edited.clear();
      this.#shown.clear();
      this.#checkPending = true;
    } else {
      if (changed.has('prefill')) {
        for (const [key, value] of Object.entries(this.#prefillValues()) as [FieldName, string][]) {
          if (!this.#edited.has(key) && this.#values[key] === '') this.#values[key] = value;
        }
      }
      const before = changed.get('selection') as SelectionInput | undefined;
      const date = this.selection?.date;
      if (changed.has('selection') && date && date !== before?.date) this.#values.date = date;
    }

    const result = this.#validate();
    this.#clientErrors = new Map(result.ok ? [] : result.problems.map((p) => [p.path, p.message]));
  }

  protected override updated(): void {
    if (!this.#checkPending || !this.isConnected) return;
    this.#checkPending = false;
    const offering = this.#offering;
    if (!offering || BUSY.has(this.#phase)) return;
    const pending = loadPending(offering);
    if (pending) void this.#start(pending, true);
  }

  #errorFor(field: FieldName): string | undefined {
    if (!this.#attempted && !this.#shown.has(field)) return undefined;
    const path = FIELD_PATHS[field];
    return this.#serverErrors.get(path) ?? this.#clientErrors.get(path);
  }

  #summaryItems(): SummaryItem[] {
    if (!this.#attempted) return [];
    const loose: SummaryItem[] = [];
    const byField = new Map<FieldName, string>();
    for (const [path, message] of [...this.#clientErrors, ...this.#serverErrors]) {
      const found = fieldForPath(path);
      const field = found === 'date' && this.hideDate ? undefined : found;
      if (field === undefined) {
        if (!loose.some((item) => item.message === message)) loose.push({ field, message });
      } else if (this.#serverErrors.has(path) || !byField.has(field)) {
        byField.set(field, this.#serverErrors.get(path) ?? message);
      }
    }
    const fields = FIELD_NAMES.flatMap((field) => {
      const message = byField.get(field);
      return message === undefined ? [] : [{ field, message }];
    });
    return [...loose, ...fields];
  }

  #onInput(field: FieldName, event: Event): void {
    const target = event.target as HTMLInputElement | HTMLTextAreaElement;
    this.#values = { ...this.#values, [field]: target.value };
    this.#edited.add(field);
    this.#serverErrors.delete(FIELD_PATHS[field]);
    const offering = this.#offering;
    if (offering) saveDraft(offering, this.#values);
    if (field === 'message') this.#scheduleCountAnnouncement();
    this.requestUpdate();
  }

  #onBlur(field: FieldName): void {
    // DKFDS: an error appears once the visitor has entered something invalid and moved on,
    // never for a field merely passed through.
    if (this.#values[field].trim() === '') return;
    const result = this.#validate();
    const path = FIELD_PATHS[field];
    if (!result.ok && result.problems.some((problem) => problem.path === path)) {
      this.#shown.add(field);
      this.requestUpdate();
    }
  }

  #scheduleCountAnnouncement(): void {
    // Screen readers hear the count once typing pauses, not on every key.
    clearTimeout(this.#countTimer);
    this.#countTimer = setTimeout(() => {
      this.#countAnnouncement = this.#countText();
      this.requestUpdate();
    }, 1000);
  }

  #countText(): string {
    const left = INQUIRY_LIMITS.message - this.#values.message.length;
    const n = (value: number) => formatNumber(value, this.#locale);
    return left >= 0
      ? this.#m.charactersLeft(left, n(left))
      : this.#m.charactersOver(-left, n(-left));
  }

  async #onSubmit(event: Event): Promise<void> {
    event.preventDefault();
    if (BUSY.has(this.#phase)) return;
    this.#serverErrors.clear();
    this.#attempted = true;
    const result = this.#validate();
    if (!result.ok) {
      this.#clientErrors = new Map(result.problems.map((p) => [p.path, p.message]));
      this.#phase = 'editing';
      this.#failure = undefined;
      this.requestUpdate();
      this.#fire({ kind: 'validation' });
      await this.updateComplete;
      this.#focus('.error-summary');
      return;
    }
    const inquiry = result.inquiry;
    const offering = this.#offering;
    const previous = loadPending(offering);
    // One key per inquiry: the same inquiry sent again (after a failure or a reload) keeps
    // its key, so the server stores it once; a changed inquiry is a new one.
    const key =
      previous && JSON.stringify(previous.inquiry) === JSON.stringify(inquiry)
        ? previous.key
        : newIdempotencyKey();
    this.dispatchEvent(new TemadagSubmitEvent(inquiry));
    await this.#start({ key, inquiry, endpoint: this.endpoint }, false);
  }

  async #start(pending: PendingInquiry, resumed: boolean): Promise<void> {
    const offering = pending.inquiry.offering;
    const m = this.#m;
    savePending(offering, pending);
    this.#send?.abort();
    const controller = new AbortController();
    this.#send = controller;
    this.#phase = 'sending';
    this.#status = resumed ? m.resumed : m.sendingStatus;
    this.#failure = undefined;
    this.requestUpdate();

    const endpoint = this.endpoint || pending.endpoint;
    let outcome: SendOutcome;
    if (!endpoint) {
      outcome = { kind: 'network', attempts: 0 };
    } else {
      outcome = await sendInquiry({
        endpoint,
        body: pending.inquiry,
        idempotencyKey: pending.key,
        retryDelays: this.retryDelays,
        signal: controller.signal,
        ...(this.fetch ? { fetch: this.fetch } : {}),
        onAttempt: (attempt) => {
          if (attempt > 1 || this.#phase !== 'sending') {
            this.#phase = 'sending';
            this.requestUpdate();
          }
        },
        onRetry: (notice) => {
          const n = (value: number) => formatNumber(value, this.#locale);
          this.#phase = 'retrying';
          this.#status = this.#m.retrying(n(notice.attempt), n(notice.maxAttempts));
          this.requestUpdate();
        },
        onOffline: () => {
          this.#phase = 'offline';
          this.#status = this.#m.offline;
          this.requestUpdate();
          this.#fire({ kind: 'offline' });
        },
      });
    }
    if (controller.signal.aborted || this.#send !== controller) return;
    this.#send = undefined;
    await this.#finish(outcome, pending);
  }

  async #retry(pending: PendingInquiry): Promise<void> {
    const sending = this.#start(pending, false);
    // The button pressed is gone: keep focus on the send button, which now says "Sender…".
    await this.updateComplete;
    this.#focus('button[type=submit]');
    await sending;
  }

  async #finish(outcome: SendOutcome, pending: PendingInquiry): Promise<void> {
    const offering = pending.inquiry.offering;
    this.#status = '';
    switch (outcome.kind) {
      case 'aborted':
        return;
      case 'success': {
        clearPending(offering);
        clearDraft(offering);
        this.#resetFields();
        this.#phase = 'success';
        this.#success = { reference: outcome.reference, email: pending.inquiry.contact.email };
        this.requestUpdate();
        await this.updateComplete;
        this.#focus('.success');
        this.dispatchEvent(
          new TemadagSuccessEvent({ id: outcome.id, reference: outcome.reference }),
        );
        return;
      }
      case 'validation': {
        // Nothing was stored: the corrected inquiry is a new one, with a new key.
        clearPending(offering);
        this.#serverErrors = new Map(outcome.errors.map((e) => [e.path, e.message]));
        this.#attempted = true;
        this.#phase = 'editing';
        this.requestUpdate();
        this.#fire({ kind: 'validation', status: outcome.status });
        await this.updateComplete;
        this.#focus('.error-summary');
        return;
      }
      case 'server':
      case 'network': {
        // A refusal (4xx) will not change by itself; a server or network failure might, so
        // that inquiry stays pending and a reload sends it again with its key.
        if (outcome.kind === 'server' && !isRetryableStatus(outcome.status)) clearPending(offering);
        this.#phase = 'failed';
        this.#failure =
          outcome.kind === 'server'
            ? { kind: 'server', status: outcome.status, pending }
            : { kind: 'network', pending };
        this.requestUpdate();
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
    const m = this.#m;
    try {
      await navigator.clipboard.writeText(text);
      this.#status = m.copied;
    } catch {
      const area = this.renderRoot.querySelector<HTMLTextAreaElement>('#fallback-text');
      area?.focus();
      area?.select();
      let copied = false;
      try {
        // The old way, for browsers without the asynchronous clipboard or permission.
        copied = document.execCommand('copy');
      } catch {
        copied = false;
      }
      this.#status = copied ? m.copied : m.copyFailed;
    }
    this.requestUpdate();
  }

  protected override render(): TemplateResult {
    const m = this.#m;
    const locale = this.#locale;
    return html`
      <div class="root" part="base" lang=${locale}>
        <h3 part="heading">${m.heading}</h3>
        ${this.#phase === 'success' ? this.#renderSuccess(m) : this.#renderForm(m)}
        <p class="status" role="status">${this.#status}</p>
        ${this.#failure ? this.#renderFailure(m, this.#failure) : nothing}
      </div>
    `;
  }

  #renderSuccess(m: InquiryMessages): TemplateResult {
    const success = this.#success;
    const provider = this.#providerName;
    return html`
      <section class="success" part="success" tabindex="-1" aria-labelledby="success-heading">
        <h4 id="success-heading">${m.successHeading}</h4>
        <p>${success?.reference ? m.success(success.reference) : m.successNoReference}</p>
        ${provider && success?.email ? html`<p>${m.successNext(provider, success.email)}</p>` : nothing}
      </section>
    `;
  }

  #renderForm(m: InquiryMessages): TemplateResult {
    const busy = BUSY.has(this.#phase);
    const provider = this.#providerName;
    const privacyUrl = this.catalog?.provider.privacyNoticeUrl;
    const retention =
      this.retentionMonths !== undefined && Number.isFinite(this.retentionMonths)
        ? formatNumber(this.retentionMonths, this.#locale)
        : undefined;
    return html`
      ${this.#renderSummary(m)}
      <form part="form" novalidate @submit=${this.#onSubmit}>
        <p>${m.intro}</p>
        <fieldset>
          <legend>${m.contactLegend}</legend>
          ${this.#field('name', m, {
            label: m.name,
            autocomplete: 'name',
            maxlength: INQUIRY_LIMITS.name,
          })}
          ${this.#field('email', m, {
            label: m.email,
            hint: m.emailHint,
            type: 'email',
            autocomplete: 'work email',
            maxlength: INQUIRY_LIMITS.email,
          })}
          ${this.#field('organisation', m, {
            label: m.organisation,
            hint: m.organisationHint,
            autocomplete: 'organization',
            maxlength: INQUIRY_LIMITS.organisation,
          })}
          ${this.#field('role', m, {
            label: m.role,
            optional: true,
            autocomplete: 'organization-title',
            maxlength: INQUIRY_LIMITS.role,
          })}
          ${this.#field('phone', m, {
            label: m.phone,
            hint: m.phoneHint,
            optional: true,
            type: 'tel',
            autocomplete: 'work tel',
            maxlength: INQUIRY_LIMITS.phone,
            short: true,
          })}
        </fieldset>
        <fieldset>
          <legend>${m.dayLegend}</legend>
          ${
            this.hideDate
              ? nothing
              : this.#field('date', m, {
                  label: m.date,
                  hint: m.dateHint,
                  optional: true,
                  type: 'date',
                })
          }
          ${this.#field('place', m, {
            label: m.place,
            hint: m.placeHint,
            optional: true,
            maxlength: INQUIRY_LIMITS.place,
          })}
          ${this.#messageField(m)}
        </fieldset>
        <fieldset aria-describedby="invoicing-hint">
          <legend>${m.invoicingLegend} <span class="optional">${m.optional}</span></legend>
          <p class="hint legend-hint" id="invoicing-hint">${m.invoicingHint}</p>
          ${this.#field('ean', m, {
            label: m.ean,
            hint: m.eanHint,
            optional: true,
            inputmode: 'numeric',
            short: true,
          })}
          ${this.#field('cvr', m, {
            label: m.cvr,
            hint: m.cvrHint,
            optional: true,
            inputmode: 'numeric',
            short: true,
          })}
          ${this.#field('reference', m, {
            label: m.reference,
            hint: m.referenceHint,
            optional: true,
            maxlength: INQUIRY_LIMITS.reference,
          })}
        </fieldset>
        <div class="honeypot" aria-hidden="true">
          <label for="f-website">${m.honeypot}</label>
          <input
            id="f-website"
            name="website"
            type="text"
            tabindex="-1"
            autocomplete="off"
            .value=${this.#website}
            @input=${(event: Event) => {
              this.#website = (event.target as HTMLInputElement).value;
            }}
          />
        </div>
        <section class="privacy" part="privacy" aria-labelledby="privacy-heading">
          <h4 id="privacy-heading">${m.privacyHeading}</h4>
          <p>${m.privacyController(provider)}</p>
          <p>${m.privacyRetention(retention)}</p>
          <p>${m.privacyRights}</p>
          ${privacyUrl ? html`<p><a href=${privacyUrl}>${m.privacyLink(provider)}</a></p>` : nothing}
        </section>
        <p>${m.notBinding(provider)}</p>
        <button class="button" part="button" type="submit" aria-disabled=${busy ? 'true' : 'false'}>
          ${busy ? m.sending : m.send}
        </button>
      </form>
    `;
  }

  #renderSummary(m: InquiryMessages): TemplateResult | typeof nothing {
    const items = this.#summaryItems();
    if (items.length === 0) return nothing;
    return html`
      <div
        class="error-summary"
        part="error-summary"
        tabindex="-1"
        aria-labelledby="error-summary-heading"
      >
        <h4 id="error-summary-heading">${m.summaryHeading}</h4>
        <ul>
          ${items.map(({ field, message }) =>
            field
              ? html`<li>
                  <a href="#f-${field}" @click=${(e: Event) => this.#focusField(field, e)}
                    >${message}</a
                  >
                </li>`
              : html`<li>${message}</li>`,
          )}
        </ul>
      </div>
    `;
  }

  #label(field: FieldName, label: string, optional: boolean | undefined, m: InquiryMessages) {
    return html`<label part="label" for="f-${field}"
      >${label}${optional ? html` <span class="optional">${m.optional}</span>` : nothing}</label
    >`;
  }

  #errorMessage(field: FieldName, error: string | undefined, m: InquiryMessages) {
    return error
      ? html`<span class="error-message" id="f-${field}-error"
          ><span class="visually-hidden">${m.errorPrefix}</span>${error}</span
        >`
      : nothing;
  }

  #field(field: FieldName, m: InquiryMessages, options: FieldOptions): TemplateResult {
    const error = this.#errorFor(field);
    const described = [options.hint ? `f-${field}-hint` : '', error ? `f-${field}-error` : '']
      .filter(Boolean)
      .join(' ');
    return html`
      <div class="field ${error ? 'field--error' : ''}">
        ${this.#label(field, options.label, options.optional, m)}
        ${
          options.hint
            ? html`<span class="hint" id="f-${field}-hint">${options.hint}</span>`
            : nothing
        }
        ${this.#errorMessage(field, error, m)}
        <input
          part="input"
          class=${options.short ? 'input--short' : ''}
          id="f-${field}"
          name=${field}
          type=${options.type ?? 'text'}
          .value=${this.#values[field]}
          autocomplete=${options.autocomplete ?? nothing}
          inputmode=${options.inputmode ?? nothing}
          maxlength=${options.maxlength ?? nothing}
          aria-describedby=${described || nothing}
          aria-invalid=${error ? 'true' : 'false'}
          @input=${(event: Event) => this.#onInput(field, event)}
          @change=${(event: Event) => this.#onInput(field, event)}
          @blur=${() => this.#onBlur(field)}
        />
      </div>
    `;
  }

  #messageField(m: InquiryMessages): TemplateResult {
    const field = 'message';
    const error = this.#errorFor(field);
    const max = formatNumber(INQUIRY_LIMITS.message, this.#locale);
    const over = this.#values.message.length > INQUIRY_LIMITS.message;
    const described = ['f-message-hint', 'f-message-limit', error ? 'f-message-error' : '']
      .filter(Boolean)
      .join(' ');
    return html`
      <div class="field ${error ? 'field--error' : ''}">
        ${this.#label(field, m.message, true, m)}
        <span class="hint" id="f-message-hint">${m.messageHint}</span>
        <span class="visually-hidden" id="f-message-limit">${m.messageLimit(max)}</span>
        ${this.#errorMessage(field, error, m)}
        <textarea
          part="input"
          id="f-message"
          name="message"
          rows="6"
          .value=${this.#values.message}
          aria-describedby=${described}
          aria-invalid=${error ? 'true' : 'false'}
          @input=${(event: Event) => this.#onInput(field, event)}
          @blur=${() => this.#onBlur(field)}
        ></textarea>
        <span class="count ${over ? 'count--over' : ''}" aria-hidden="true"
          >${this.#countText()}</span
        >
        <span class="visually-hidden" aria-live="polite">${this.#countAnnouncement}</span>
      </div>
    `;
  }

  #renderFailure(m: InquiryMessages, failure: Failure): TemplateResult {
    const locale = this.#locale;
    const provider = this.catalog?.provider;
    const text = inquiryText(failure.pending.inquiry, this.catalog, locale);
    const offering = this.#offeringData;
    const subject = m.mailSubject(
      offering ? localize(offering.title, locale) : failure.pending.inquiry.offering,
    );
    const reason =
      failure.kind === 'server' && failure.status !== undefined
        ? m.failedServer(String(failure.status))
        : m.failedNetwork;
    return html`
      <section class="failed" part="failure" tabindex="-1" aria-labelledby="failed-heading">
        <h4 id="failed-heading">${m.failedHeading}</h4>
        <p>${reason}</p>
        <p>${m.failedHelp(provider?.name ?? '')}</p>
        <p>
          <button class="button" type="button" @click=${() => void this.#retry(failure.pending)}>
            ${m.retry}
          </button>
        </p>
        <label for="fallback-text">${m.copyLabel}</label>
        <textarea id="fallback-text" readonly rows="10" .value=${text}></textarea>
        <div class="actions">
          <button class="button secondary" type="button" @click=${() => void this.#copy(text)}>
            ${m.copy}
          </button>
          ${
            provider
              ? html`<a href=${mailtoHref(provider.email, subject, text)}
                  >${m.mailto(provider.name)}</a
                >`
              : nothing
          }
        </div>
      </section>
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'temadag-inquiry': TemadagInquiry;
  }
}
