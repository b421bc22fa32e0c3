import type { Locale } from '@temadag/core';
import { base, tokens } from '@temadag/widget/styles';
import { LitElement, html, nothing, type TemplateResult } from 'lit';
import type { ApiClient } from '../api/client.js';
import type { ApiProblem } from '../api/types.js';
import { ConsoleTitleEvent } from '../events/title.js';
import { consoleMessages, type ConsoleMessages } from '../messages/index.js';
import { consoleStyles } from '../styles/console.js';

/**
 * What every console page shares: the API client and language from the shell, the widget's
 * tokens and look, the title, focus on the heading when the page opens, and the DKFDS error
 * summary whose links lead to the fields inside the shadow root.
 */
export class ConsolePage extends LitElement {
  /** The widget's tokens and base, then the console's shared styles. */
  static override styles = [tokens, base, consoleStyles];

  /** @hidden */
  static override properties = {
    api: { attribute: false },
    locale: {},
  };

  /** The client of the admin API, given by `<temadag-console>`. */
  declare api: ApiClient | undefined;
  /** The console's language. */
  declare locale: Locale;

  constructor() {
    super();
    this.locale = 'da';
  }

  /** The words of the console in its language. */
  protected get t(): ConsoleMessages {
    return consoleMessages[this.locale];
  }

  /**
   * Sets the document title through the shell.
   *
   * @param title - the whole title
   */
  protected setTitle(title: string): void {
    this.dispatchEvent(new ConsoleTitleEvent(title));
  }

  /** Moves focus to the page's heading, so a screen reader starts reading the new page. */
  focusHeading(): void {
    this.renderRoot.querySelector<HTMLElement>('h1')?.focus();
  }

  /**
   * The DKFDS error summary: a heading and every problem, linked to its field when the field
   * is on the page. Focused when shown, by {@link ConsolePage.focusSummary}.
   *
   * @param problems - the problems to list
   * @param fieldOf - the id of the field a problem's path belongs to, if any
   * @returns the summary, or nothing when there are no problems
   */
  protected errorSummary(
    problems: readonly ApiProblem[],
    fieldOf: (path: string) => string | undefined = () => undefined,
  ): TemplateResult | typeof nothing {
    if (!problems.length) return nothing;
    return html`<div
      class="error-summary"
      role="region"
      tabindex="-1"
      aria-labelledby="summary-heading"
    >
      <h2 id="summary-heading">${this.t.app.errorSummary}</h2>
      <ul>
        ${problems.map((p) => {
          const field = fieldOf(p.path);
          const label = p.path && !field ? `${p.path}: ${p.message}` : p.message;
          return html`<li>
            ${
              field
                ? html`<a href="#${field}" @click=${(e: Event) => this.#toField(e, field)}
                    >${label}</a
                  >`
                : label
            }
          </li>`;
        })}
      </ul>
    </div>`;
  }

  /** Focuses the error summary after it rendered, as DKFDS asks. */
  protected async focusSummary(): Promise<void> {
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('.error-summary')?.focus();
  }

  #toField(event: Event, id: string): void {
    // The fragment cannot reach into the shadow root; move focus by hand.
    event.preventDefault();
    this.renderRoot.querySelector<HTMLElement>(`#${id}`)?.focus();
  }
}
