import { html, nothing } from 'lit';
import type { ApiProblem } from '../api/types.js';
import { ConsoleNavigateEvent } from '../events/navigate.js';
import { ConsolePage } from '../utilities/page.js';

/**
 * The sign-in page: one password field, errors in a DKFDS error summary, the throttling
 * message with the wait the server gives, and the page that says how to set a password when
 * none is set.
 *
 * @summary Sign in to the console with the provider's password.
 *
 * @fires {ConsoleNavigateEvent} temadag-console-navigate - Signed in: go to `next`.
 */
export class TemadagConsoleLogin extends ConsolePage {
  /** @hidden */
  static override properties = {
    ...ConsolePage.properties,
    passwordSet: { type: Boolean, attribute: 'password-set' },
    next: {},
    problems: { state: true },
    busy: { state: true },
  };

  /** False when no password is set: the page says how to set one instead of the form. */
  declare passwordSet: boolean;
  /** The console path to show after signing in. */
  declare next: string;
  declare problems: ApiProblem[];
  declare busy: boolean;

  constructor() {
    super();
    this.passwordSet = true;
    this.next = '/admin/';
    this.problems = [];
    this.busy = false;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.setTitle(
      this.t.app.title(this.passwordSet ? this.t.login.heading : this.t.login.noPasswordHeading),
    );
  }

  async #submit(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    if (this.busy || !this.api) return;
    const input = this.renderRoot.querySelector<HTMLInputElement>('#password')!;
    if (!input.value) {
      this.problems = [{ path: 'password', message: this.t.login.required }];
      await this.focusSummary();
      return;
    }
    this.busy = true;
    const result = await this.api.signIn(input.value);
    this.busy = false;
    if (result.ok) {
      this.problems = [];
      this.dispatchEvent(new ConsoleNavigateEvent({ path: this.next, replace: true }));
      return;
    }
    if (result.status === 409) this.passwordSet = false;
    this.problems =
      result.status === 429
        ? [
            {
              path: '',
              message: this.t.login.throttled(this.t.login.duration(result.retryAfter ?? 60)),
            },
          ]
        : result.problems;
    // The password stays typed: the provider may see a typo once the field is shown.
    await this.focusSummary();
  }

  override render() {
    const t = this.t.login;
    if (!this.passwordSet) {
      return html`<div class="root">
        <h1 tabindex="-1">${t.noPasswordHeading}</h1>
        <p>${t.noPassword}</p>
        <pre><code>${t.noPasswordCommand}</code></pre>
        <p>${t.noPasswordAfter}</p>
      </div>`;
    }
    const invalid = this.problems.some((p) => p.path === 'password');
    const fieldError = this.problems.find((p) => p.path === 'password');
    return html`<div class="root">
      <h1 tabindex="-1">${t.heading}</h1>
      ${this.errorSummary(this.problems, (path) => (path === 'password' ? 'password' : undefined))}
      <p>${t.intro}</p>
      <form novalidate @submit=${this.#submit}>
        <div class="field">
          <label for="password">${t.password}</label>
          ${
            fieldError
              ? html`<span class="error-message" id="password-error">${fieldError.message}</span>`
              : nothing
          }
          <input
            id="password"
            name="password"
            type="password"
            autocomplete="current-password"
            required
            aria-invalid=${invalid ? 'true' : 'false'}
            aria-describedby=${invalid ? 'password-error' : nothing}
          />
        </div>
        <button class="button" type="submit" aria-disabled=${this.busy ? 'true' : 'false'}>
          ${this.busy ? t.signingIn : t.submit}
        </button>
      </form>
    </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'temadag-console-login': TemadagConsoleLogin;
  }
}
