import { localize, type Catalog, type Locale } from '@temadag/core';
import { html, nothing, type PropertyValues } from 'lit';
import type { ApiProblem, EmbedSettings } from '../api/types.js';
import { consoleMessages } from '../messages/index.js';
import { ConsolePage } from '../utilities/page.js';
import { cspDirectives, DEFAULT_PRIMARY, embedSnippet } from './snippet.js';

const COLOUR = /^#[0-9a-fA-F]{6}$/;

/**
 * The embed-code generator: offering, language, script tag or iframe and the primary colour;
 * the code exactly as docs/embedding.md teaches, a copy button, a live preview, the allowed
 * origins and the CSP directives the host page needs. The choices are kept in the address
 * (`?offering=…&language=en&way=iframe&colour=%23…`), so the provider can send the link.
 *
 * @summary The embed-code page of the console.
 *
 * @fires {ConsoleTitleEvent} temadag-console-title - The page's title.
 */
export class TemadagConsoleEmbed extends ConsolePage {
  /** @hidden */
  static override properties = {
    ...ConsolePage.properties,
    search: { attribute: false },
    settings: { state: true },
    catalog: { state: true },
    problems: { state: true },
    copyState: { state: true },
    choice: { state: true },
  };

  /** The choices from the address. */
  declare search: URLSearchParams;
  declare settings: EmbedSettings | undefined;
  declare catalog: Catalog | undefined;
  declare problems: ApiProblem[];
  declare copyState: 'copied' | 'failed' | undefined;
  declare choice: { offering: string; lang: Locale; way: 'script' | 'iframe'; colour: string };

  constructor() {
    super();
    this.search = new URLSearchParams();
    this.problems = [];
    this.choice = { offering: '', lang: 'da', way: 'script', colour: DEFAULT_PRIMARY };
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.setTitle(this.t.app.title(this.t.embed.heading));
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('search')) {
      const s = this.search;
      const colour = s.get('colour') ?? '';
      this.choice = {
        offering: s.get('offering') ?? this.choice.offering,
        lang: s.get('language') === 'en' ? 'en' : 'da',
        way: s.get('way') === 'iframe' ? 'iframe' : 'script',
        colour: COLOUR.test(colour) ? colour.toLowerCase() : this.choice.colour,
      };
    }
    if (changed.has('api')) void this.#load();
  }

  protected override updated(): void {
    // The CSSOM is allowed under the console's strict style-src; a style attribute is not.
    const preview = this.renderRoot.querySelector<HTMLElement>('.preview-offer');
    preview?.style.setProperty('--temadag-color-primary', this.choice.colour);
  }

  async #load(): Promise<void> {
    if (!this.api) return;
    const [settings, catalog] = await Promise.all([this.api.embed(), this.api.catalog()]);
    if (!settings.ok) {
      this.problems = settings.problems;
      return;
    }
    this.settings = settings.value;
    // The catalog only adds the fallback's summary and contact address; the code works without.
    if (catalog.ok) this.catalog = catalog.value.catalog;
    const ids = settings.value.offerings.map((o) => o.id);
    if (!ids.includes(this.choice.offering))
      this.choice = { ...this.choice, offering: ids[0] ?? '' };
  }

  #change(): void {
    const root = this.renderRoot;
    const value = (selector: string) => root.querySelector<HTMLInputElement>(selector)?.value ?? '';
    const colour = value('#colour');
    this.copyState = undefined;
    this.choice = {
      offering: value('#offering'),
      lang:
        root.querySelector<HTMLInputElement>('input[name=lang]:checked')?.value === 'en'
          ? 'en'
          : 'da',
      way:
        root.querySelector<HTMLInputElement>('input[name=way]:checked')?.value === 'iframe'
          ? 'iframe'
          : 'script',
      colour: COLOUR.test(colour) ? colour.toLowerCase() : this.choice.colour,
    };
    const params = new URLSearchParams({
      offering: this.choice.offering,
      language: this.choice.lang,
      way: this.choice.way,
      colour: this.choice.colour,
    });
    // Keep the choices in the address without a new history entry per click.
    history.replaceState(history.state, '', `${location.pathname}?${params}`);
  }

  /** The code for the current choices, or undefined before the settings are loaded. */
  get snippet(): string | undefined {
    const s = this.settings;
    if (!s || !this.choice.offering) return undefined;
    const { offering, lang, way, colour } = this.choice;
    const fromCatalog = this.catalog?.offerings.find((o) => o.id === offering);
    const title = fromCatalog
      ? localize(fromCatalog.title, lang)
      : (s.offerings.find((o) => o.id === offering)?.title ?? offering);
    // The snippet's own words follow the snippet's language, not the console's.
    const snippetWords = consoleMessages[lang].embed;
    return embedSnippet({
      baseUrl: s.baseUrl,
      offering,
      title,
      locale: lang,
      way,
      summary: fromCatalog ? localize(fromCatalog.summary, lang) : undefined,
      contactEmail: this.catalog?.provider.email,
      contactLabel: snippetWords.fallbackContact,
      iframeTitle: snippetWords.iframeTitle(title),
      primaryColour: colour,
    });
  }

  async #copy(): Promise<void> {
    const text = this.snippet;
    if (!text) return;
    try {
      await navigator.clipboard.writeText(text);
      this.copyState = 'copied';
    } catch {
      this.copyState = 'failed';
    }
  }

  override render() {
    const t = this.t.embed;
    const s = this.settings;
    // One template for loading and loaded, so the heading that has focus stays the same node.
    return html`<div class="root">
      <h1 tabindex="-1">${t.heading}</h1>
      ${
        s
          ? this.#body(s)
          : this.problems.length
            ? this.errorSummary(this.problems)
            : html`<p>${this.t.app.loading}</p>`
      }
    </div>`;
  }

  #body(s: EmbedSettings) {
    const t = this.t.embed;
    const { offering, lang, way, colour } = this.choice;
    const code = this.snippet ?? '';
    return html`<p>${t.intro}</p>
      <form @change=${this.#change} @submit=${(e: Event) => e.preventDefault()}>
        <div class="field">
          <label for="offering">${t.offering}</label>
          <select id="offering">
            ${s.offerings.map((o) => html`<option value=${o.id} ?selected=${o.id === offering}>${o.title}</option>`)}
          </select>
        </div>
        <fieldset>
          <legend>${t.language}</legend>
          ${s.locales.map(
            (l) =>
              html`<label class="checkbox"
                ><input type="radio" name="lang" value=${l} .checked=${lang === l} />
                ${this.t.detail.languages[l]}</label
              >`,
          )}
        </fieldset>
        <fieldset>
          <legend>${t.way}</legend>
          <label class="checkbox"
            ><input type="radio" name="way" value="script" .checked=${way === 'script'} />
            ${t.script}</label
          >
          <label class="checkbox"
            ><input type="radio" name="way" value="iframe" .checked=${way === 'iframe'} />
            ${t.iframe}</label
          >
        </fieldset>
        <div class="field">
          <label for="colour">${t.colour}</label>
          <span class="hint" id="colour-hint"
            >${way === 'iframe' ? t.colourIframe : t.colourHint}</span
          >
          <input
            id="colour"
            type="color"
            .value=${colour}
            aria-describedby="colour-hint"
            ?disabled=${way === 'iframe'}
          />
        </div>
      </form>
      <section aria-labelledby="snippet-heading">
        <h2 id="snippet-heading">${t.snippetHeading}</h2>
        <pre
          tabindex="0"
          aria-labelledby="snippet-heading"
        ><code class="snippet">${code}</code></pre>
        <div class="actions">
          <button type="button" class="button copy" @click=${this.#copy}>${t.copy}</button>
          <span role="status"
            >${this.copyState === 'copied' ? t.copied : this.copyState === 'failed' ? t.copyFailed : ''}</span
          >
        </div>
      </section>
      <section aria-labelledby="origins-heading">
        <h2 id="origins-heading">${t.originsHeading}</h2>
        <p>${t.originsIntro}</p>
        ${
          s.allowedOrigins.length
            ? html`<ul>
                ${s.allowedOrigins.map((o) => html`<li><code>${o}</code></li>`)}
              </ul>`
            : html`<p>${t.originsNone}</p>`
        }
        <h2>${t.cspHeading}</h2>
        <p>${t.cspIntro}</p>
        <pre tabindex="0" aria-label=${t.cspHeading}><code class="csp">${cspDirectives(
          s.baseUrl,
          way,
        )
          .map((d) => `${d};`)
          .join('\n')}</code></pre>
      </section>
      <section aria-labelledby="preview-heading">
        <h2 id="preview-heading">${t.previewHeading}</h2>
        ${
          way === 'iframe'
            ? html`<iframe
                class="preview-frame"
                title=${t.previewLabel}
                src="/embed/${encodeURIComponent(offering)}${lang === 'en' ? '?lang=en' : ''}"
              ></iframe>`
            : this.catalog
              ? html`<div class="preview-offer" role="region" aria-label=${t.previewLabel}>
                  <temadag-offer
                    .catalog=${this.catalog}
                    offering=${offering}
                    lang=${lang}
                  ></temadag-offer>
                </div>`
              : nothing
        }
      </section>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'temadag-console-embed': TemadagConsoleEmbed;
  }
}
