import { localize, type Offering } from '@temadag/core';
import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import type { ApiProblem, CatalogState } from '../api/types.js';
import { formatInstant } from '../utilities/dates.js';
import { ConsolePage } from '../utilities/page.js';

/**
 * The catalog the server runs: where it comes from, the stored versions with the running one
 * marked, upload of a new catalog JSON with every problem listed by its path, switching
 * between versions and back to the file, the contents and a preview with the real
 * `<temadag-offer>`.
 *
 * @summary The catalog page of the console.
 *
 * @fires {ConsoleTitleEvent} temadag-console-title - The page's title.
 */
export class TemadagConsoleCatalog extends ConsolePage {
  /** @hidden */
  static override properties = {
    ...ConsolePage.properties,
    state: { state: true },
    problems: { state: true },
    notice: { state: true },
    preview: { state: true },
  };

  declare state: CatalogState | undefined;
  declare problems: ApiProblem[];
  declare notice: string | undefined;
  /** The offering in the preview pane. */
  declare preview: string | undefined;

  constructor() {
    super();
    this.problems = [];
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.setTitle(this.t.app.title(this.t.catalog.heading));
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('api')) void this.#load();
  }

  async #load(): Promise<void> {
    if (!this.api) return;
    const result = await this.api.catalog();
    if (!result.ok) {
      this.problems = result.problems;
      return;
    }
    this.state = result.value;
    const ids = result.value.catalog.offerings.map((o) => o.id);
    if (!this.preview || !ids.includes(this.preview)) this.preview = ids[0];
  }

  async #fail(problems: ApiProblem[]): Promise<void> {
    this.notice = undefined;
    this.problems = problems;
    await this.focusSummary();
  }

  async #upload(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    if (!this.api) return;
    const t = this.t.catalog;
    const input = this.renderRoot.querySelector<HTMLInputElement>('#catalog-file')!;
    const activate = this.renderRoot.querySelector<HTMLInputElement>('#activate')!.checked;
    const file = input.files?.[0];
    if (!file) return this.#fail([{ path: 'file', message: t.uploadNoFile }]);
    let json: unknown;
    try {
      json = JSON.parse(await file.text());
    } catch (error) {
      return this.#fail([{ path: 'file', message: t.uploadNotJson((error as Error).message) }]);
    }
    const result = await this.api.uploadCatalog(json, activate);
    if (!result.ok) {
      // The summary names the count first, then every problem with its path.
      const lead =
        result.status === 422
          ? [{ path: '', message: t.uploadInvalid(result.problems.length) }]
          : [];
      return this.#fail([...lead, ...result.problems]);
    }
    this.problems = [];
    input.value = '';
    this.notice = t.uploaded(result.value.version, result.value.active);
    await this.#load();
  }

  async #activate(version: number | 'file'): Promise<void> {
    if (!this.api) return;
    const result = await this.api.activateCatalog(version);
    if (!result.ok) return this.#fail(result.problems);
    this.problems = [];
    this.notice =
      version === 'file' ? this.t.catalog.backToFileDone : this.t.catalog.activated(version);
    await this.#load();
  }

  override render() {
    const t = this.t.catalog;
    const s = this.state;
    return html`<div class="root">
      <h1 tabindex="-1">${t.heading}</h1>
      ${this.notice ? html`<p class="notice" role="status">${this.notice}</p>` : nothing}
      ${this.errorSummary(this.problems, (p) => (p === 'file' ? 'catalog-file' : undefined))}
      ${
        s
          ? html`<p>
                ${
                  s.source === 'console' && s.activeVersion !== null
                    ? t.sourceConsole(s.activeVersion)
                    : s.file
                      ? t.sourceFile(s.file)
                      : t.sourceFileUnknown
                }
              </p>
              <p class="info">${t.consoleWins}</p>
              ${this.#versions(s)}`
          : html`<p>${this.t.app.loading}</p>`
      }
      <section aria-labelledby="upload-heading">
        <h2 id="upload-heading">${t.uploadHeading}</h2>
        <form novalidate @submit=${this.#upload}>
          <div class="field">
            <label for="catalog-file">${t.uploadLabel}</label>
            <span class="hint" id="upload-hint">${t.uploadHint}</span>
            <input
              id="catalog-file"
              type="file"
              accept="application/json,.json"
              aria-describedby="upload-hint"
            />
          </div>
          <div class="field">
            <label class="checkbox"
              ><input id="activate" type="checkbox" /> ${t.uploadActivate}</label
            >
          </div>
          <button class="button" type="submit">${t.uploadButton}</button>
        </form>
      </section>
      ${s ? this.#contents(s) : nothing} ${s ? this.#preview(s) : nothing}
    </div>`;
  }

  #versions(s: CatalogState): TemplateResult {
    const t = this.t.catalog;
    // The table's scrolling region carries the name; a named section too would repeat it.
    return html`<section>
      <h2 id="versions-heading">${t.versionsHeading}</h2>
      ${s.versions.length === 0 ? html`<p>${t.noVersions}</p>` : nothing}
      <div class="table-wrap" role="region" aria-labelledby="versions-heading" tabindex="0">
        <table>
          <thead>
            <tr>
              <th scope="col">${t.version}</th>
              <th scope="col">${t.created}</th>
              <th scope="col" class="number">${t.offerings}</th>
              <th scope="col"><span class="visually-hidden">${t.running}</span></th>
            </tr>
          </thead>
          <tbody>
            <tr class=${s.source === 'file' ? 'running' : ''}>
              <th scope="row">${t.fileRow}</th>
              <td>${s.file ?? ''}</td>
              <td class="number"></td>
              <td>
                ${
                  s.source === 'file'
                    ? html`<strong>${t.running}</strong>`
                    : html`<button
                        type="button"
                        class="button secondary"
                        @click=${() => this.#activate('file')}
                      >
                        ${t.backToFile}
                      </button>`
                }
              </td>
            </tr>
            ${[...s.versions].reverse().map(
              (v) =>
                html`<tr class=${v.active ? 'running' : ''}>
                  <th scope="row">
                    ${v.version}${v.note ? html`<br /><span class="hint">${v.note}</span>` : nothing}
                  </th>
                  <td>${formatInstant(v.createdAt, this.locale)}</td>
                  <td class="number">${v.offerings}</td>
                  <td>
                    ${
                      v.active
                        ? html`<strong>${t.running}</strong>`
                        : html`<button
                            type="button"
                            class="button secondary"
                            aria-label="${t.activate}: ${t.version} ${v.version}"
                            @click=${() => this.#activate(v.version)}
                          >
                            ${t.activate}
                          </button>`
                    }
                  </td>
                </tr>`,
            )}
          </tbody>
        </table>
      </div>
    </section>`;
  }

  #contents(s: CatalogState): TemplateResult {
    const t = this.t.catalog;
    const text = (o: Offering) => localize(o.title, this.locale);
    return html`<section aria-labelledby="contents-heading">
      <h2 id="contents-heading">${t.contentsHeading}</h2>
      ${s.catalog.offerings.map(
        (o) =>
          html`<h3>${text(o)} <span class="hint">(${o.id})</span></h3>
            <dl class="facts">
              <dt>${t.formats}</dt>
              <dd>
                ${o.formats.map((f) => `${localize(f.label, this.locale)} (${f.id})`).join(', ')}
              </dd>
              <dt>${t.modules}</dt>
              <dd>
                ${o.modules.map((m) => `${localize(m.title, this.locale)} (${m.id})`).join(', ') || '–'}
              </dd>
              <dt>${t.priceRules}</dt>
              <dd>${o.priceRules.map((r) => `${r.id} (${r.kind})`).join(', ') || '–'}</dd>
            </dl>`,
      )}
    </section>`;
  }

  #preview(s: CatalogState): TemplateResult {
    const t = this.t.catalog;
    return html`<section aria-labelledby="preview-heading">
      <h2 id="preview-heading">${t.previewHeading}</h2>
      <div class="field">
        <label for="preview-offering">${t.previewOffering}</label>
        <select
          id="preview-offering"
          @change=${(e: Event) => (this.preview = (e.target as HTMLSelectElement).value)}
        >
          ${s.catalog.offerings.map(
            (o) =>
              html`<option value=${o.id} ?selected=${o.id === this.preview}>
                ${localize(o.title, this.locale)}
              </option>`,
          )}
        </select>
      </div>
      <div class="preview" role="region" aria-label=${t.previewLabel}>
        <temadag-offer
          .catalog=${s.catalog}
          offering=${this.preview ?? ''}
          lang=${this.locale}
        ></temadag-offer>
      </div>
    </section>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'temadag-console-catalog': TemadagConsoleCatalog;
  }
}
