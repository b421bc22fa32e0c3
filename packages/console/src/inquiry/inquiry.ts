import { formatDate, type RevisionSummary } from '@temadag/core';
import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import {
  INQUIRY_STATUSES,
  type ApiProblem,
  type InquiryDetail,
  type InquiryStatus,
} from '../api/types.js';
import type { TemadagConsoleConfirm } from '../confirm/confirm.js';
import { ConsoleNavigateEvent } from '../events/navigate.js';
import { inboxPath, offerEditorPath } from '../router.js';
import { formatInstant } from '../utilities/dates.js';
import { ConsolePage } from '../utilities/page.js';
import { offerView } from './offer-view.js';
import { revisionStyles, revisionsView } from './revisions.js';

const NOTE_MAX = 5000;

/**
 * One inquiry: everything the visitor sent, the offer as priced by the server, the PDF, the
 * binding offers sent (with "Lav tilbud" to make a new one), the deliveries with their errors and "Send igen", the status with its history, internal notes
 * and erasure.
 *
 * @summary The detail page of one inquiry.
 *
 * @fires {ConsoleNavigateEvent} temadag-console-navigate - Erased: back to the inbox.
 * @fires {ConsoleTitleEvent} temadag-console-title - The inquiry's reference as the title.
 */
export class TemadagConsoleInquiry extends ConsolePage {
  /** The console's styles and the list of sent offers. */
  static override styles = [...ConsolePage.styles, revisionStyles];

  /** @hidden */
  static override properties = {
    ...ConsolePage.properties,
    inquiryId: { attribute: 'inquiry-id' },
    detail: { state: true },
    revisions: { state: true },
    problems: { state: true },
    notice: { state: true },
    notFound: { state: true },
  };

  /** The id of the inquiry shown. */
  declare inquiryId: string;
  declare detail: InquiryDetail | undefined;
  /** The binding offers sent, newest first; undefined until known (or when unavailable). */
  declare revisions: RevisionSummary[] | undefined;
  declare problems: ApiProblem[];
  declare notice: string | undefined;
  declare notFound: boolean;

  constructor() {
    super();
    this.inquiryId = '';
    this.problems = [];
    this.notFound = false;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('inquiryId') || changed.has('api')) void this.#load();
  }

  async #load(): Promise<void> {
    if (!this.api || !this.inquiryId) return;
    const [result, revisions] = await Promise.all([
      this.api.inquiry(this.inquiryId),
      this.api.offers(this.inquiryId),
    ]);
    this.revisions = revisions.ok ? revisions.value.items : undefined;
    if (!result.ok) {
      this.notFound = result.status === 404;
      this.problems = result.problems;
      return;
    }
    this.detail = result.value;
    this.setTitle(this.t.app.title(this.t.detail.heading(result.value.reference)));
  }

  async #fail(problems: ApiProblem[]): Promise<void> {
    this.notice = undefined;
    this.problems = problems;
    await this.focusSummary();
  }

  async #saveStatus(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    if (!this.api || !this.detail) return;
    const status = this.renderRoot.querySelector<HTMLSelectElement>('#status')!
      .value as InquiryStatus;
    const result = await this.api.setStatus(this.detail.id, status);
    if (!result.ok) return this.#fail(result.problems);
    this.problems = [];
    this.detail = result.value;
    this.notice = this.t.detail.statusSaved;
  }

  async #addNote(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    if (!this.api || !this.detail) return;
    const field = this.renderRoot.querySelector<HTMLTextAreaElement>('#note')!;
    const text = field.value.trim();
    if (!text) return this.#fail([{ path: 'text', message: this.t.detail.noteEmpty }]);
    if (text.length > NOTE_MAX)
      return this.#fail([{ path: 'text', message: this.t.detail.noteTooLong }]);
    const result = await this.api.addNote(this.detail.id, text);
    // On failure the text stays in the field.
    if (!result.ok) return this.#fail(result.problems);
    field.value = '';
    this.problems = [];
    this.notice = undefined;
    this.detail = { ...this.detail, notes: [...this.detail.notes, result.value] };
  }

  async #resend(id: number, channel: string): Promise<void> {
    if (!this.api || !this.detail) return;
    const result = await this.api.retryDelivery(id);
    if (!result.ok) return this.#fail(result.problems);
    this.problems = [];
    this.detail = {
      ...this.detail,
      deliveries: this.detail.deliveries.map((d) =>
        d.id === id ? { ...d, status: 'pending' } : d,
      ),
    };
    this.notice = this.t.detail.resent(channel);
  }

  async #erase(): Promise<void> {
    if (!this.api || !this.detail) return;
    const { id, reference } = this.detail;
    const confirm =
      this.renderRoot.querySelector<TemadagConsoleConfirm>('temadag-console-confirm')!;
    const ok = await confirm.ask({
      question: this.t.detail.eraseConfirm(reference),
      warning: this.t.detail.eraseWarning,
      confirm: this.t.dialog.confirm,
      cancel: this.t.app.cancel,
    });
    if (!ok) return;
    const result = await this.api.erase(id);
    if (!result.ok) return this.#fail(result.problems);
    this.dispatchEvent(
      new ConsoleNavigateEvent({ path: inboxPath({}), notice: this.t.detail.erased(reference) }),
    );
  }

  override render() {
    const t = this.t.detail;
    const back = html`<p><a href=${inboxPath({})}>${t.back}</a></p>`;
    const d = this.detail;
    // One template for loading and loaded, so the heading that has focus stays the same node.
    const heading = d
      ? t.heading(d.reference)
      : this.notFound
        ? this.t.app.notFound
        : this.t.app.loading;
    return html`<div class="root">
      ${back}
      <h1 tabindex="-1">${heading}</h1>
      ${d ? this.#body(d) : this.notFound ? nothing : this.errorSummary(this.problems)}
    </div>`;
  }

  #body(d: InquiryDetail): TemplateResult {
    const t = this.t.detail;
    return html`${this.notice ? html`<p class="notice" role="status">${this.notice}</p>` : nothing}
      ${this.errorSummary(this.problems, (p) => (p === 'text' ? 'note' : p === 'status' ? 'status' : undefined))}
      <dl class="facts">
        <dt>${t.received}</dt>
        <dd>${formatInstant(d.createdAt, this.locale)}</dd>
        <dt>${t.catalogVersion}</dt>
        <dd>${d.catalogVersion ?? t.catalogFile}</dd>
      </dl>
      ${this.#status(d)} ${this.#visitor(d)}
      <section aria-labelledby="offer-heading">
        <h2 id="offer-heading">${t.offerHeading}</h2>
        ${offerView(d.offer, this.locale)}
        <p>
          <a download href=${this.api?.url(`/inquiries/${encodeURIComponent(d.id)}/pdf`) ?? ''}
            >${t.pdf}</a
          >
        </p>
      </section>
      <section aria-labelledby="revisions-heading">
        <h2 id="revisions-heading">${this.t.revisions.heading}</h2>
        <p class="hint" id="make-offer-hint">${t.makeOfferHint}</p>
        <p>
          <a
            class="button make-offer"
            href=${offerEditorPath(d.id)}
            aria-describedby="make-offer-hint"
            >${t.makeOffer}</a
          >
        </p>
        ${
          this.revisions
            ? revisionsView(this.revisions, d.id, this.api, this.t, this.locale)
            : nothing
        }
      </section>
      ${this.#deliveries(d)} ${this.#notes(d)}
      <section aria-labelledby="erase-heading">
        <h2 id="erase-heading">${t.eraseHeading}</h2>
        <p>${t.eraseIntro}</p>
        <button type="button" class="button secondary" @click=${this.#erase}>
          ${t.eraseButton}
        </button>
      </section>
      <temadag-console-confirm></temadag-console-confirm>`;
  }

  #status(d: InquiryDetail): TemplateResult {
    const t = this.t.detail;
    return html`<section aria-labelledby="status-heading">
      <h2 id="status-heading">${t.statusHeading}: ${this.t.status[d.status]}</h2>
      <form class="actions" @submit=${this.#saveStatus}>
        <div class="field">
          <label for="status">${t.statusLabel}</label>
          <select id="status" name="status">
            ${INQUIRY_STATUSES.map(
              (s) =>
                html`<option value=${s} ?selected=${d.status === s}>${this.t.status[s]}</option>`,
            )}
          </select>
        </div>
        <button class="button" type="submit">${t.statusSave}</button>
      </form>
      <h3>${t.history}</h3>
      <ol class="history">
        ${d.statusHistory.map(
          (h) => html`<li>${formatInstant(h.at, this.locale)}: ${this.t.status[h.status]}</li>`,
        )}
      </ol>
    </section>`;
  }

  #visitor(d: InquiryDetail): TemplateResult {
    const t = this.t.detail;
    const { inquiry } = d;
    const row = (label: string, value: string | undefined) =>
      value
        ? html`<dt>${label}</dt>
            <dd>${value}</dd>`
        : nothing;
    const utm = inquiry.utm
      ? Object.entries(inquiry.utm)
          .map(([k, v]) => `${k}=${v}`)
          .join(', ')
      : undefined;
    return html`<section aria-labelledby="visitor-heading">
      <h2 id="visitor-heading">${t.visitorHeading}</h2>
      <dl class="facts">
        ${row(t.name, inquiry.contact.name)}
        <dt>${t.email}</dt>
        <dd><a href="mailto:${inquiry.contact.email}">${inquiry.contact.email}</a></dd>
        ${row(t.phone, inquiry.contact.phone)} ${row(t.role, inquiry.contact.role)}
        ${row(t.organisation, inquiry.contact.organisation)}
        ${row(t.preferredDates, inquiry.preferredDates?.map((x) => formatDate(x, this.locale)).join(', '))}
        ${row(t.place, inquiry.place)} ${row(t.message, inquiry.message)}
        ${row(t.ean, inquiry.invoicing?.ean)} ${row(t.cvr, inquiry.invoicing?.cvr)}
        ${row(t.invoiceReference, inquiry.invoicing?.reference)} ${row(t.utm, utm)}
        ${row(t.language, t.languages[inquiry.locale])}
      </dl>
    </section>`;
  }

  #deliveries(d: InquiryDetail): TemplateResult {
    const t = this.t.detail;
    // The table's scrolling region carries the name; a named section too would repeat it.
    return html`<section>
      <h2 id="deliveries-heading">${t.deliveriesHeading}</h2>
      ${
        d.deliveries.length === 0
          ? html`<p>${this.t.delivery.none}</p>`
          : html`<div
              class="table-wrap"
              role="region"
              aria-labelledby="deliveries-heading"
              tabindex="0"
            >
              <table>
                <thead>
                  <tr>
                    <th scope="col">${t.channel}</th>
                    <th scope="col">${t.state}</th>
                    <th scope="col" class="number">${t.attempts}</th>
                    <th scope="col">${t.lastError}</th>
                    <th scope="col"><span class="visually-hidden">${t.resend}</span></th>
                  </tr>
                </thead>
                <tbody>
                  ${d.deliveries.map((x) => {
                    const channel = this.t.delivery.channel[x.channel];
                    return html`<tr>
                      <td>${channel}</td>
                      <td class=${x.status === 'failed' ? 'failed' : ''}>
                        ${this.t.delivery.state[x.status]}
                      </td>
                      <td class="number">${x.attempts}</td>
                      <td>${x.lastError ?? t.none}</td>
                      <td>
                        ${
                          x.status === 'sent'
                            ? nothing
                            : html`<button
                                type="button"
                                class="button secondary resend"
                                aria-label="${t.resend}: ${channel}"
                                @click=${() => this.#resend(x.id, channel)}
                              >
                                ${t.resend}
                              </button>`
                        }
                      </td>
                    </tr>`;
                  })}
                </tbody>
              </table>
            </div>`
      }
    </section>`;
  }

  #notes(d: InquiryDetail): TemplateResult {
    const t = this.t.detail;
    const invalid = this.problems.some((p) => p.path === 'text');
    return html`<section aria-labelledby="notes-heading">
      <h2 id="notes-heading">${t.notesHeading}</h2>
      ${
        d.notes.length === 0
          ? html`<p>${t.noNotes}</p>`
          : html`<ul class="notes">
              ${d.notes.map((n) => html`<li><span class="hint">${formatInstant(n.at, this.locale)}</span> ${n.text}</li>`)}
            </ul>`
      }
      <form novalidate @submit=${this.#addNote}>
        <div class="field">
          <label for="note">${t.noteLabel}</label>
          <span class="hint" id="note-hint">${t.noteHint}</span>
          <textarea
            id="note"
            name="text"
            aria-describedby="note-hint"
            aria-invalid=${invalid ? 'true' : 'false'}
          ></textarea>
        </div>
        <button class="button" type="submit">${t.noteAdd}</button>
      </form>
    </section>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'temadag-console-inquiry': TemadagConsoleInquiry;
  }
}
