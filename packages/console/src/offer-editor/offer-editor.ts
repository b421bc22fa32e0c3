import type { Offering, RevisionDraft } from '@temadag/core';
import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import type { ApiProblem } from '../api/types.js';
import type { TemadagConsoleConfirm } from '../confirm/confirm.js';
import { ConsoleNavigateEvent } from '../events/navigate.js';
import { inquiryPath } from '../router.js';
import { ConsolePage } from '../utilities/page.js';
import { draftFromForm, fieldOf, formFromDraft, type EditorForm } from './form-state.js';
import { adjustmentSection, linesSection } from './lines-editor.js';
import { editorStyles } from './offer-editor.styles.js';
import { previewView, type PreviewState } from './preview.js';
import {
  customerSection,
  designSection,
  validitySection,
  type SectionContext,
} from './sections.js';

/** How long typing may pause before the price is worked out again. */
const PREVIEW_DELAY_MS = 300;

/**
 * "Lav tilbud": a binding offer for one inquiry, prefilled from the server's draft (the
 * inquiry's design and customer), with extra lines, a discount or surcharge, validity and a
 * message. The price is worked out by the server as the provider types (debounced), with
 * core's words; problems are shown at their fields and, after "Send tilbud", in the error
 * summary. Nothing typed is lost on an error. Sending asks first, naming the recipient, and
 * leads back to the inquiry, whose list of sent offers then shows the new revision.
 *
 * @summary The offer editor of one inquiry.
 *
 * @fires {ConsoleNavigateEvent} temadag-console-navigate - Sent: back to the inquiry.
 * @fires {ConsoleTitleEvent} temadag-console-title - The editor's heading as the title.
 */
export class TemadagConsoleOfferEditor extends ConsolePage {
  /** The console's styles and the editor's layout. */
  static override styles = [...ConsolePage.styles, editorStyles];

  /** @hidden */
  static override properties = {
    ...ConsolePage.properties,
    inquiryId: { attribute: 'inquiry-id' },
    reference: { state: true },
    form: { state: true },
    offering: { state: true },
    preview: { state: true },
    problems: { state: true },
    showSummary: { state: true },
    sending: { state: true },
    notFound: { state: true },
  };

  /** The id of the inquiry the offer is for. */
  declare inquiryId: string;
  declare reference: string | undefined;
  declare form: EditorForm | undefined;
  declare offering: Offering | undefined;
  declare preview: PreviewState;
  declare problems: ApiProblem[];
  declare showSummary: boolean;
  declare sending: boolean;
  declare notFound: boolean;
  #base: RevisionDraft | undefined;
  #lastOffer: Extract<PreviewState, { kind: 'ready' }>['offer'] | undefined;
  #timer: ReturnType<typeof setTimeout> | undefined;
  /** Only the answer to the newest preview request counts. */
  #sequence = 0;

  constructor() {
    super();
    this.inquiryId = '';
    this.preview = { kind: 'loading' };
    this.problems = [];
    this.showSummary = false;
    this.sending = false;
    this.notFound = false;
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearTimeout(this.#timer);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('inquiryId') || changed.has('api')) void this.#load();
  }

  async #load(): Promise<void> {
    if (!this.api || !this.inquiryId) return;
    const id = this.inquiryId;
    const [draft, detail, catalog] = await Promise.all([
      this.api.offerDraft(id),
      this.api.inquiry(id),
      this.api.catalog(),
    ]);
    if (!draft.ok) {
      this.notFound = draft.status === 404;
      this.problems = draft.problems;
      this.showSummary = true;
      return;
    }
    this.#base = draft.value;
    this.reference = detail.ok ? detail.value.reference : id;
    this.offering = catalog.ok
      ? catalog.value.catalog.offerings.find((o) => o.id === draft.value.selection.offering)
      : undefined;
    this.form = formFromDraft(draft.value, this.locale);
    this.setTitle(this.t.app.title(this.t.offerEditor.heading(this.reference)));
    void this.#runPreview();
  }

  #set = (patch: Partial<EditorForm> | ((form: EditorForm) => Partial<EditorForm>)): void => {
    if (!this.form) return;
    this.form = { ...this.form, ...(typeof patch === 'function' ? patch(this.form) : patch) };
    clearTimeout(this.#timer);
    this.#timer = setTimeout(() => void this.#runPreview(), PREVIEW_DELAY_MS);
  };

  #draft(): { draft: RevisionDraft; problems: ApiProblem[] } | undefined {
    if (!this.form || !this.#base) return undefined;
    return draftFromForm(this.form, this.#base, this.locale, this.t.offerEditor.check);
  }

  /** Prices the form as it is; returns the problems, or none when the price came back. */
  async #runPreview(): Promise<ApiProblem[] | undefined> {
    clearTimeout(this.#timer);
    const made = this.#draft();
    if (!made || !this.api) return undefined;
    const sequence = ++this.#sequence;
    if (made.problems.length) {
      this.problems = made.problems;
      this.preview = { kind: 'invalid' };
      return made.problems;
    }
    this.preview = { kind: 'loading' };
    const result = await this.api.previewOffer(this.inquiryId, made.draft);
    if (sequence !== this.#sequence) return undefined;
    if (result.ok) {
      this.problems = [];
      this.showSummary = false;
      this.#lastOffer = result.value.offer;
      this.preview = { kind: 'ready', offer: result.value.offer };
      return [];
    }
    this.problems = result.problems;
    const byField = result.problems.some((p) => fieldOf(p.path));
    this.preview = byField
      ? { kind: 'invalid' }
      : { kind: 'failed', message: result.problems.map((p) => p.message).join(' ') };
    return result.problems;
  }

  async #showProblems(problems: ApiProblem[]): Promise<void> {
    this.problems = problems;
    this.showSummary = true;
    await this.focusSummary();
  }

  async #send(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    if (this.sending || !this.api || !this.form) return;
    const t = this.t.offerEditor;
    const problems = await this.#runPreview();
    if (problems === undefined) return;
    if (problems.length) return this.#showProblems(problems);
    const draft = this.#draft()!.draft;
    const confirm =
      this.renderRoot.querySelector<TemadagConsoleConfirm>('temadag-console-confirm')!;
    const c = draft.customer;
    const who = [c.contact, c.organisation].filter(Boolean).join(', ');
    const ok = await confirm.ask({
      question: t.sendQuestion(who ? `${who} (${c.email})` : c.email),
      warning: t.sendWarning,
      confirm: t.sendConfirm,
      cancel: this.t.app.cancel,
      tone: 'primary',
    });
    if (!ok) return;
    this.sending = true;
    const result = await this.api.sendOffer(this.inquiryId, draft);
    this.sending = false;
    if (!result.ok) return this.#showProblems(result.problems);
    this.dispatchEvent(
      new ConsoleNavigateEvent({
        path: inquiryPath(this.inquiryId),
        notice: t.sent(result.value.revision.number, c.email),
      }),
    );
  }

  async #focusLater(id: string): Promise<void> {
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>(`#${id}`)?.focus();
  }

  #errorOf = (id: string): string | undefined =>
    this.problems.find((p) => fieldOf(p.path) === id)?.message;

  override render() {
    const t = this.t.offerEditor;
    const heading = this.reference
      ? t.heading(this.reference)
      : this.notFound
        ? this.t.app.notFound
        : this.t.app.loading;
    return html`<div class="root">
      <p><a href=${inquiryPath(this.inquiryId)}>${t.back}</a></p>
      <h1 tabindex="-1">${heading}</h1>
      ${this.form ? this.#body(this.form) : this.errorSummary(this.problems)}
    </div>`;
  }

  #body(form: EditorForm): TemplateResult {
    const t = this.t.offerEditor;
    const c: SectionContext = {
      t,
      locale: this.locale,
      errorOf: this.#errorOf,
      form,
      offering: this.offering,
      set: this.#set,
    };
    return html`<p>${t.intro}</p>
      ${this.showSummary ? this.errorSummary(this.problems, fieldOf) : nothing}
      <form novalidate class="editor" @submit=${this.#send}>
        <div class="fields">
          ${designSection(c)} ${customerSection(c)}
          ${linesSection(c, (id) => void this.#focusLater(id))} ${adjustmentSection(c)}
          ${validitySection(c)}
        </div>
        <section class="preview-pane" aria-labelledby="preview-heading">
          <h2 id="preview-heading">${t.previewHeading}</h2>
          ${previewView(this.preview, this.#lastOffer, t, this.locale)}
        </section>
        <div class="send">
          <button
            type="submit"
            class="button"
            id="send"
            aria-disabled=${this.sending ? 'true' : 'false'}
          >
            ${this.sending ? t.sending : t.send}
          </button>
        </div>
      </form>
      <temadag-console-confirm></temadag-console-confirm>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'temadag-console-offer-editor': TemadagConsoleOfferEditor;
  }
}
