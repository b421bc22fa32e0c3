import {
  formatNumber,
  localize,
  toLocale,
  type Catalog,
  type Locale,
  type Offering,
  type SelectionInput,
} from '@temadag/core';
import { html, LitElement, nothing, type TemplateResult } from 'lit';
import { LocaleController } from '../controllers/locale.js';
import { PdfJobController } from '../controllers/pdf-job.js';
import { SendController } from '../controllers/send.js';
import { TemadagSubmitEvent } from '../events/submit.js';
import { controls } from '../styles/controls.js';
import { fields } from '../styles/fields.js';
import { base, tokens } from '../styles/shared.js';
import { copyText } from '../utilities/clipboard.js';
import { inquiryTranslations, type InquiryTranslation } from '../translations/index.js';
import { clearDraft, clearPending, loadPending, type PendingInquiry } from './drafts.js';
import { FieldsController } from './fields-controller.js';
import type { FieldName } from './fields.js';
import { formTemplate } from './form.js';
import { inquiryStyles } from './inquiry.styles.js';
import { MessageCountController } from './message-count.js';
import { sentInquiry, sentOfferPdf, type InquiryPrefill, type SentInquiry } from './prefill.js';
import { failureTemplate, successTemplate, summaryItems, summaryTemplate } from './sections.js';
import {
  fireError,
  keepFocusWhileRetrying,
  pendingFor,
  refuseInvalid,
  startSend,
} from './send-flow.js';
import { DEFAULT_RETRY_DELAYS, type FetchLike } from './sender.js';
import { failureView, statusText } from './status.js';
import { FormWordsController, wordsUnavailable } from './words.js';

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
  static override styles = [tokens, base, fields, controls, inquiryStyles];

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

  declare private _success: SentInquiry | undefined;
  /** The status line outside a send: whether the text was copied. */
  declare private _note: string;

  #lang = new LocaleController(this);
  #words = new FormWordsController(this);
  /** The language rendered in: see FormWordsController (undefined or null: none yet / none). */
  #shown: Locale | null | undefined;
  #pdf = new PdfJobController(this);
  #count = new MessageCountController(this);
  #fields = new FieldsController(
    this,
    () => ({ offering: this.#offering, offeringData: this.#offeringData, locale: this.#locale }),
    // Another offering's fields: look for its unsent inquiry after the render.
    () => (this.#checkPending = true),
  );
  #send = new SendController(this, {
    onOffline: () => fireError(this, { kind: 'offline' }),
    onSettled: (outcome) => {
      if (outcome.kind === 'success') {
        const inquiry = this.#send.pending?.inquiry;
        clearDraft(inquiry?.offering ?? this.#offering);
        this.#fields.reset();
        this._success = sentInquiry(outcome, inquiry);
      } else if (outcome.kind === 'validation') {
        this.#fields.refused(outcome.errors);
      }
    },
  });
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
    this._success = undefined;
    this._note = '';
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
    this.#fields.reset();
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
    return this.#fields.contact;
  }

  /**
   * The numbered offer of the sent inquiry as a PDF file: the server's snapshot when it sent
   * one, else the same design made here with the reference as its number.
   */
  #onSuccessPdf(): void {
    const input = this._success && sentOfferPdf(this._success, this.catalog);
    if (input) void this.#pdf.run(input);
  }

  get #offering(): string {
    return this.offeringId || this.selection?.offering || '';
  }

  get #locale(): Locale {
    return this.#shown ?? 'da';
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

  /** In the script-tag build: complete once the words it waited for are rendered too. */
  protected override async getUpdateComplete(): Promise<boolean> {
    let done = await super.getUpdateComplete();
    while (await this.#words.pending()) {
      done = await super.getUpdateComplete();
    }
    return done;
  }

  protected override willUpdate(): void {
    this.#shown = this.#words.language(this.locale ?? this.#lang.locale);
  }

  protected override updated(): void {
    if (!this.#checkPending || !this.isConnected || !this.#shown) return;
    this.#checkPending = false;
    const offering = this.#offering;
    if (!offering || this.#busy) return;
    const pending = loadPending(offering);
    if (pending) void this.#start(pending, true);
  }

  #onInput(field: FieldName, event: Event): void {
    this.#fields.onInput(field, event);
    // Screen readers hear the count once typing pauses, not on every key.
    if (field === 'message') this.#count.schedule(() => this.#countText());
  }

  #countText(): string {
    return this.#count.text(this.#m, this.#fields.values.message.length);
  }

  async #onSubmit(event: Event): Promise<void> {
    event.preventDefault();
    if (this.#busy) return;
    const result = this.#fields.attempt();
    if (!result.ok) return refuseInvalid(this, this.#send);
    const pending = pendingFor(this.#offering, result.inquiry, this.endpoint);
    this.dispatchEvent(new TemadagSubmitEvent(result.inquiry));
    await this.#start(pending, false);
  }

  /** Sends, then moves focus to what the outcome shows and tells the page. */
  #start(pending: PendingInquiry, resumed: boolean): Promise<void> {
    this._note = '';
    return startSend(this, this.#send, pending, resumed);
  }

  async #copy(text: string): Promise<void> {
    const area = this.renderRoot.querySelector<HTMLTextAreaElement>('#fallback-text');
    this._note = (await copyText(text, area)) ? this.#m.copied : this.#m.copyFailed;
  }

  protected override render(): TemplateResult {
    if (!this.#shown) return this.#shown === null ? wordsUnavailable() : html``;
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
    const fields = this.#fields;
    const months = this.retentionMonths;
    return html`
      ${summaryTemplate(
        m,
        fields.attempted
          ? summaryItems(fields.clientErrors, fields.serverErrors, this.hideDate)
          : [],
        (field, event) => fields.focus(field, event),
      )}
      ${formTemplate({
        m,
        value: (field) => fields.values[field],
        error: (field) => fields.errorFor(field),
        onInput: (field, event) => this.#onInput(field, event),
        onBlur: (field) => fields.onBlur(field),
        busy: this.#busy,
        hideDate: this.hideDate,
        provider: this.catalog?.provider.name ?? '',
        privacyUrl: this.catalog?.provider.privacyNoticeUrl,
        retention:
          months !== undefined && Number.isFinite(months)
            ? formatNumber(months, this.#locale)
            : undefined,
        message: this.#count.state(m, this.#locale, fields.values.message.length),
        website: fields.website,
        onWebsite: (value) => {
          fields.website = value;
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
        onRetry: () => void keepFocusWhileRetrying(this, this.#start(pending, false)),
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
