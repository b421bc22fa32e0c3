import { toLocale, type Locale } from '@temadag/core';
import { base, tokens } from '@temadag/widget/styles';
import { LitElement, html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { ApiClient, type FetchLike } from '../api/client.js';
import { ConsoleNavigateEvent } from '../events/navigate.js';
import type { ConsoleTitleEvent } from '../events/title.js';
import { consoleMessages } from '../messages/index.js';
import { CONSOLE_BASE, isConsolePage, parseRoute, type Route } from '../router.js';
import { consoleStyles } from '../styles/console.js';
import type { ConsolePage } from '../utilities/page.js';
import { shellStyles } from './console.styles.js';

const LANG_KEY = 'temadag-console:lang';

/**
 * The provider's console: routes the paths under `/admin/` (History API; links are real
 * `<a href>`), asks the server for the session, shows sign-in when there is none (or how to
 * set a password when none is set), and holds the API client every page uses. The language is
 * `?lang=da|en` (kept for the browser session), else `<html lang>`, else Danish.
 *
 * @summary The Temadag console app: `<temadag-console></temadag-console>` in index.html.
 *
 * @example
 * ```ts
 * import '@temadag/console/define';
 * document.body.append(document.createElement('temadag-console'));
 * ```
 */
export class TemadagConsole extends LitElement {
  /** The widget's tokens and base, the console's shared styles and the shell's. */
  static override styles = [tokens, base, consoleStyles, shellStyles];

  /** @hidden */
  static override properties = {
    route: { state: true },
    locale: { state: true },
    session: { state: true },
    notice: { state: true },
  };

  declare route: Route;
  declare locale: Locale;
  /** Unknown until the server answered; then whether a password is set and we are signed in. */
  declare session: { passwordSet: boolean; signedIn: boolean } | undefined;
  declare notice: string | undefined;

  /** The client of the admin API; tests may swap its `fetch` with {@link TemadagConsole.useFetch}. */
  api: ApiClient;
  #next = CONSOLE_BASE;
  #moveFocus = false;

  constructor() {
    super();
    this.route = { page: 'inbox', query: {} };
    this.locale = 'da';
    this.api = this.#client();
  }

  /**
   * Replaces the `fetch` of the API client (for a test or an app that wraps requests).
   *
   * @param fetch - the fetch to use
   */
  useFetch(fetch: FetchLike): void {
    this.api = this.#client(fetch);
  }

  #client(fetch?: FetchLike): ApiClient {
    return new ApiClient({
      ...(fetch ? { fetch } : {}),
      locale: () => this.locale,
      failure: (status) => consoleMessages[this.locale].app.failure(status),
      onUnauthorized: () => this.#unauthorized(),
    });
  }

  override connectedCallback(): void {
    super.connectedCallback();
    window.addEventListener('popstate', this.#onPopState);
    this.addEventListener('click', this.#onClick);
    this.addEventListener(ConsoleNavigateEvent.eventName, this.#onNavigate);
    this.addEventListener('temadag-console-title', this.#onTitle);
    this.#readLocation();
    void this.#checkSession();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.removeEventListener('popstate', this.#onPopState);
    this.removeEventListener('click', this.#onClick);
    this.removeEventListener(ConsoleNavigateEvent.eventName, this.#onNavigate);
    this.removeEventListener('temadag-console-title', this.#onTitle);
  }

  async #checkSession(): Promise<void> {
    const result = await this.api.session();
    if (!result.ok) {
      this.notice = result.problems[0]?.message;
      this.session = { passwordSet: true, signedIn: false };
    } else {
      this.session = { passwordSet: result.value.passwordSet, signedIn: result.value.signedIn };
    }
    this.#guard();
  }

  /** Signed out: every page but sign-in leads to sign-in; signed in: sign-in leads on. */
  #guard(): void {
    if (!this.session) return;
    if (!this.session.signedIn && this.route.page !== 'login') {
      this.#next = location.pathname + location.search;
      history.replaceState(null, '', `${CONSOLE_BASE}login`);
      this.route = { page: 'login' };
    } else if (this.session.signedIn && this.route.page === 'login') {
      history.replaceState(null, '', this.#next);
      this.route = parseRoute(new URL(location.href));
    }
  }

  #readLocation(): void {
    const url = new URL(location.href);
    const asked = url.searchParams.get('lang');
    if (asked) sessionStorage.setItem(LANG_KEY, toLocale(asked));
    this.locale = toLocale(
      asked ?? sessionStorage.getItem(LANG_KEY) ?? document.documentElement.lang,
    );
    document.documentElement.lang = this.locale;
    this.route = parseRoute(url);
  }

  /**
   * Shows a console path without a reload.
   *
   * @param path - e.g. `/admin/catalog`
   * @param options - a notice for the new page; replace the history entry
   */
  navigate(
    path: string,
    options: { notice?: string | undefined; replace?: boolean | undefined } = {},
  ): void {
    if (options.replace) history.replaceState(null, '', path);
    else history.pushState(null, '', path);
    this.notice = options.notice;
    this.#moveFocus = true;
    this.#readLocation();
    this.#guard();
  }

  #onPopState = () => {
    this.notice = undefined;
    this.#moveFocus = true;
    this.#readLocation();
    this.#guard();
  };

  #onClick = (event: MouseEvent) => {
    if (event.defaultPrevented || event.button !== 0) return;
    if (event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    const anchor = event
      .composedPath()
      .find((n): n is HTMLAnchorElement => n instanceof HTMLAnchorElement);
    if (!anchor || anchor.hasAttribute('download') || (anchor.target && anchor.target !== '_self'))
      return;
    const url = new URL(anchor.href, location.href);
    if (!isConsolePage(url, location.origin)) return;
    // A link to a field of the same page (the error summary's) is not a page.
    if (url.hash && url.pathname === location.pathname && url.search === location.search) return;
    event.preventDefault();
    this.navigate(url.pathname + url.search);
  };

  #onNavigate = (event: ConsoleNavigateEvent) => {
    if (this.route.page === 'login' && this.api.csrfToken && this.session) {
      this.session = { ...this.session, signedIn: true };
    }
    this.navigate(event.detail.path, event.detail);
  };

  #onTitle = (event: ConsoleTitleEvent) => {
    document.title = event.title;
  };

  #unauthorized(): void {
    if (!this.session?.signedIn) return;
    this.session = { ...this.session, signedIn: false };
    this.#next = location.pathname + location.search;
    this.navigate(`${CONSOLE_BASE}login`, {
      notice: consoleMessages[this.locale].app.sessionExpired,
      replace: true,
    });
  }

  async #signOut(everywhere: boolean): Promise<void> {
    const t = consoleMessages[this.locale].app;
    const result = await this.api.signOut(everywhere);
    if (!result.ok) {
      this.notice = result.problems[0]?.message;
      return;
    }
    this.session = { passwordSet: true, signedIn: false };
    this.#next = CONSOLE_BASE;
    this.navigate(`${CONSOLE_BASE}login`, {
      notice: everywhere ? t.signedOutEverywhere : t.signedOut,
    });
  }

  protected override async updated(): Promise<void> {
    if (!this.#moveFocus) return;
    this.#moveFocus = false;
    const page = this.renderRoot.querySelector<ConsolePage | HTMLElement>('main > :not(.notice)');
    if (page && 'focusHeading' in page) {
      await page.updateComplete;
      page.focusHeading();
    } else {
      this.renderRoot.querySelector<HTMLElement>('main h1')?.focus();
    }
  }

  override render() {
    const t = consoleMessages[this.locale].app;
    const signedIn = this.session?.signedIn === true;
    const here = (page: Route['page']) => (this.route.page === page ? 'page' : undefined);
    const other = t.otherLanguageCode;
    return html`<div class="root">
      <header>
        <div class="bar">
          <a class="brand" href=${CONSOLE_BASE}>${t.name}</a>
          ${
            signedIn
              ? html`<nav aria-label=${t.nav}>
                  <ul>
                    <li>
                      <a href=${CONSOLE_BASE} aria-current=${ifDefined(here('inbox'))}
                        >${t.inbox}</a
                      >
                    </li>
                    <li>
                      <a href="${CONSOLE_BASE}catalog" aria-current=${ifDefined(here('catalog'))}
                        >${t.catalog}</a
                      >
                    </li>
                    <li>
                      <a href="${CONSOLE_BASE}embed" aria-current=${ifDefined(here('embed'))}
                        >${t.embed}</a
                      >
                    </li>
                  </ul>
                </nav>`
              : nothing
          }
          <div class="account">
            <a href="${location.pathname}?lang=${other}" lang=${other} hreflang=${other}
              >${t.otherLanguage}</a
            >
            ${
              signedIn
                ? html`<button
                      type="button"
                      class="button secondary sign-out"
                      @click=${() => this.#signOut(false)}
                    >
                      ${t.signOut}
                    </button>
                    <button
                      type="button"
                      class="button secondary sign-out-everywhere"
                      @click=${() => this.#signOut(true)}
                    >
                      ${t.signOutEverywhere}
                    </button>`
                : nothing
            }
          </div>
        </div>
      </header>
      <main id="main" tabindex="-1">
        ${this.notice ? html`<p class="notice" role="status">${this.notice}</p>` : nothing}
        ${this.session ? this.#page() : html`<p>${t.loading}</p>`}
      </main>
    </div>`;
  }

  #page(): TemplateResult {
    const { api, locale } = this;
    const route = this.route;
    if (!this.session!.passwordSet || route.page === 'login') {
      return html`<temadag-console-login
        .api=${api}
        locale=${locale}
        .passwordSet=${this.session!.passwordSet}
        .next=${this.#next}
      ></temadag-console-login>`;
    }
    switch (route.page) {
      case 'inbox':
        return html`<temadag-console-inbox
          .api=${api}
          locale=${locale}
          .query=${route.query}
        ></temadag-console-inbox>`;
      case 'inquiry':
        return html`<temadag-console-inquiry
          .api=${api}
          locale=${locale}
          inquiry-id=${route.id}
        ></temadag-console-inquiry>`;
      case 'offer-editor':
        return html`<temadag-console-offer-editor
          .api=${api}
          locale=${locale}
          inquiry-id=${route.id}
        ></temadag-console-offer-editor>`;
      case 'catalog':
        return html`<temadag-console-catalog
          .api=${api}
          locale=${locale}
        ></temadag-console-catalog>`;
      case 'embed':
        return html`<temadag-console-embed
          .api=${api}
          locale=${locale}
          .search=${route.search}
        ></temadag-console-embed>`;
      case 'not-found':
        return html`<h1 tabindex="-1">${consoleMessages[locale].app.notFound}</h1>`;
    }
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'temadag-console': TemadagConsole;
  }
}
