import { formatMoney } from '@temadag/core';
import { html, nothing, type PropertyValues } from 'lit';
import {
  INQUIRY_STATUSES,
  type ApiProblem,
  type InboxQuery,
  type InquiryPage,
  type InquiryStatus,
} from '../api/types.js';
import type { TemadagConsoleConfirm } from '../confirm/confirm.js';
import { ConsoleNavigateEvent } from '../events/navigate.js';
import { inboxPath, inquiryPath } from '../router.js';
import { formatInstant } from '../utilities/dates.js';
import { ConsolePage } from '../utilities/page.js';
import { deliveryState } from './delivery-state.js';

/**
 * The inbox: every inquiry, newest first, filtered by status and offering, searched and
 * paged, with the number of new inquiries in the page title; export and purge below.
 *
 * @summary The provider's inbox of inquiries.
 *
 * @fires {ConsoleNavigateEvent} temadag-console-navigate - A new filter or search.
 * @fires {ConsoleTitleEvent} temadag-console-title - The title with the count of new inquiries.
 */
export class TemadagConsoleInbox extends ConsolePage {
  /** @hidden */
  static override properties = {
    ...ConsolePage.properties,
    query: { attribute: false },
    data: { state: true },
    problems: { state: true },
    notice: { state: true },
  };

  /** The filter, search and page shown, from the address. */
  declare query: InboxQuery;
  declare data: InquiryPage | undefined;
  declare problems: ApiProblem[];
  declare notice: string | undefined;
  #loads = 0;

  constructor() {
    super();
    this.query = {};
    this.problems = [];
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('query') || changed.has('api')) void this.load();
  }

  /** Loads the page of the inbox that `query` asks for. */
  async load(): Promise<void> {
    if (!this.api) return;
    const load = ++this.#loads;
    const result = await this.api.inquiries(this.query);
    if (load !== this.#loads) return;
    if (!result.ok) {
      this.problems = result.problems;
      return;
    }
    this.problems = [];
    this.data = result.value;
    const { newCount } = result.value;
    this.setTitle(
      newCount > 0
        ? this.t.app.titleWithNew(newCount, this.t.inbox.heading)
        : this.t.app.title(this.t.inbox.heading),
    );
  }

  #filter(event: SubmitEvent): void {
    event.preventDefault();
    const form = new FormData(event.target as HTMLFormElement);
    const status = String(form.get('status') ?? '');
    const query: InboxQuery = {
      status: (INQUIRY_STATUSES as readonly string[]).includes(status)
        ? (status as InquiryStatus)
        : undefined,
      offering: String(form.get('offering') ?? '') || undefined,
      q: String(form.get('q') ?? '') || undefined,
      page: 1,
    };
    this.dispatchEvent(new ConsoleNavigateEvent({ path: inboxPath(query) }));
  }

  async #purge(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    if (!this.api) return;
    const input = this.renderRoot.querySelector<HTMLInputElement>('#purge-days')!;
    const days = Number(input.value);
    this.notice = undefined;
    if (!input.value || !Number.isInteger(days) || days < 1) {
      this.problems = [{ path: 'olderThanDays', message: this.t.inbox.purgeInvalid }];
      await this.focusSummary();
      return;
    }
    const confirm =
      this.renderRoot.querySelector<TemadagConsoleConfirm>('temadag-console-confirm')!;
    const ok = await confirm.ask({
      question: this.t.inbox.purgeConfirm(days),
      warning: this.t.inbox.purgeWarning,
      confirm: this.t.dialog.confirm,
      cancel: this.t.app.cancel,
    });
    if (!ok) return;
    const result = await this.api.purge(days);
    if (!result.ok) {
      this.problems = result.problems;
      await this.focusSummary();
      return;
    }
    this.problems = [];
    this.notice = this.t.inbox.purged(result.value.deleted);
    await this.load();
  }

  override render() {
    const t = this.t.inbox;
    const data = this.data;
    const pages = data ? Math.max(1, Math.ceil(data.total / data.pageSize)) : 1;
    const page = data?.page ?? 1;
    return html`<div class="root">
      <h1 tabindex="-1">${t.heading}</h1>
      ${this.notice ? html`<p class="notice" role="status">${this.notice}</p>` : nothing}
      ${this.errorSummary(this.problems, (p) => (p === 'olderThanDays' ? 'purge-days' : undefined))}
      <form class="filters" role="search" aria-label=${t.filters} @submit=${this.#filter}>
        <div class="field">
          <label for="status">${t.statusFilter}</label>
          <select id="status" name="status">
            <option value="" ?selected=${!this.query.status}>${t.all}</option>
            ${INQUIRY_STATUSES.map(
              (s) =>
                html`<option value=${s} ?selected=${this.query.status === s}>
                  ${this.t.status[s]}
                </option>`,
            )}
          </select>
        </div>
        <div class="field">
          <label for="offering">${t.offeringFilter}</label>
          <select id="offering" name="offering">
            <option value="" ?selected=${!this.query.offering}>${t.all}</option>
            ${(data?.offerings ?? []).map(
              (o) =>
                html`<option value=${o.id} ?selected=${this.query.offering === o.id}>
                  ${o.title}
                </option>`,
            )}
          </select>
        </div>
        <div class="field search">
          <label for="q">${t.search}</label>
          <span class="hint" id="q-hint">${t.searchHint}</span>
          <input
            id="q"
            name="q"
            type="search"
            .value=${this.query.q ?? ''}
            aria-describedby="q-hint"
          />
        </div>
        <div class="actions">
          <button class="button" type="submit">${t.apply}</button>
          <a href=${inboxPath({})}>${t.clear}</a>
        </div>
      </form>
      <p role="status" class="count">${data ? t.count(data.total) : this.t.app.loading}</p>
      ${data && data.items.length === 0 ? html`<p>${t.empty}</p>` : nothing}
      ${data && data.items.length ? this.#table(data) : nothing}
      ${
        data && pages > 1
          ? html`<nav aria-label=${t.paging} class="actions paging">
              ${page > 1 ? html`<a href=${inboxPath({ ...this.query, page: page - 1 })}>${t.previous}</a>` : nothing}
              <span>${t.pageOf(page, pages)}</span>
              ${page < pages ? html`<a href=${inboxPath({ ...this.query, page: page + 1 })}>${t.next}</a>` : nothing}
            </nav>`
          : nothing
      }
      <section aria-labelledby="export-heading">
        <h2 id="export-heading">${t.exportHeading}</h2>
        <ul>
          <li>
            <a download href=${this.api?.url('/inquiries/export?format=csv&separator=%2C') ?? ''}
              >${t.exportCsv}</a
            >
          </li>
          <li>
            <a download href=${this.api?.url('/inquiries/export?format=csv&separator=%3B') ?? ''}
              >${t.exportCsvSemicolon}</a
            >
          </li>
          <li>
            <a download href=${this.api?.url('/inquiries/export?format=json') ?? ''}
              >${t.exportJson}</a
            >
          </li>
        </ul>
      </section>
      <section aria-labelledby="purge-heading">
        <h2 id="purge-heading">${t.purgeHeading}</h2>
        <form novalidate @submit=${this.#purge}>
          <div class="field">
            <label for="purge-days">${t.purgeLabel}</label>
            <span class="hint" id="purge-hint">${t.purgeHint}</span>
            <input
              id="purge-days"
              type="number"
              min="1"
              step="1"
              inputmode="numeric"
              aria-describedby="purge-hint"
              aria-invalid=${this.problems.some((p) => p.path === 'olderThanDays') ? 'true' : 'false'}
            />
          </div>
          <button class="button secondary" type="submit">${t.purgeButton}</button>
        </form>
      </section>
      <temadag-console-confirm></temadag-console-confirm>
    </div>`;
  }

  #table(data: InquiryPage) {
    const t = this.t.inbox;
    return html`<div class="table-wrap" role="region" aria-labelledby="inbox-caption" tabindex="0">
      <table>
        <caption id="inbox-caption">
          ${t.caption}
        </caption>
        <thead>
          <tr>
            <th scope="col">${t.reference}</th>
            <th scope="col">${t.date}</th>
            <th scope="col">${t.organisation}</th>
            <th scope="col">${t.offering}</th>
            <th scope="col">${t.format}</th>
            <th scope="col" class="number">${t.participants}</th>
            <th scope="col" class="number">${t.total}</th>
            <th scope="col">${t.status}</th>
            <th scope="col">${t.deliveries}</th>
          </tr>
        </thead>
        <tbody>
          ${data.items.map(
            (row) =>
              html`<tr>
                <td><a href=${inquiryPath(row.id)}>${row.reference}</a></td>
                <td>${formatInstant(row.createdAt, this.locale)}</td>
                <td>${row.organisation}<br /><span class="hint">${row.contactName}</span></td>
                <td>${row.offeringTitle}</td>
                <td>${row.formatLabel}</td>
                <td class="number">${row.participants}</td>
                <td class="number">
                  ${row.total === null ? t.onRequest : formatMoney(row.total, this.locale, { currency: row.currency })}
                </td>
                <td>
                  <span class="status status-${row.status}">${this.t.status[row.status]}</span>
                </td>
                <td>${deliveryState(row.deliveries, this.t)}</td>
              </tr>`,
          )}
        </tbody>
      </table>
    </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'temadag-console-inbox': TemadagConsoleInbox;
  }
}
