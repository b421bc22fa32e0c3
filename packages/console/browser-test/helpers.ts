// Shared steps of the console's browser tests: a fresh stub, the app mounted at a path,
// queries into the page's shadow root, waiting, and real key presses.
import { fixture, html } from '@open-wc/testing';
import '../src/define.js';
import type { TemadagConsole } from '../src/shell/console.js';

// Read before any test moves the address to /admin/…: the key presses need it.
const SESSION_ID = new URL(window.location.href).searchParams.get('wtr-session-id');

/** The password the stub accepts. */
export const PASSWORD = 'rigtig-adgangskode';

/**
 * Gives the stub API a fresh state.
 *
 * @param options - `passwordSet: false` for a server without a password; `throttleAfter`;
 *   `revisions: true` for sent offers in every state on H-2026-0001
 */
export async function resetStub(
  options: { passwordSet?: boolean; throttleAfter?: number; revisions?: boolean } = {},
) {
  const response = await fetch('/__console-test/reset', {
    method: 'POST',
    body: JSON.stringify(options),
  });
  if (response.status !== 204) throw new Error(`reset: ${response.status}`);
}

/** The state-changing requests the stub saw, with their CSRF header. */
export async function seen(): Promise<{ method: string; path: string; csrf: string | null }[]> {
  return (await fetch('/__console-test/seen')).json();
}

/** Polls until `check` returns something truthy (or throws after `timeout` ms). */
export async function waitFor<T>(
  check: () => T | undefined | null | false,
  what = 'condition',
  timeout = 5000,
): Promise<T> {
  const start = performance.now();
  for (;;) {
    const value = check();
    if (value) return value;
    if (performance.now() - start > timeout) throw new Error(`Timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

/** The page element inside the shell (login, inbox, …). */
export function page(app: TemadagConsole): HTMLElement & { updateComplete: Promise<boolean> } {
  return app.shadowRoot!.querySelector('main > :not(.notice)') as HTMLElement & {
    updateComplete: Promise<boolean>;
  };
}

/** An element inside the current page's shadow root. */
export function $<T extends Element = HTMLElement>(
  app: TemadagConsole,
  selector: string,
): T | null {
  return page(app)?.shadowRoot?.querySelector<T>(selector) ?? null;
}

/** Every element matching inside the current page's shadow root. */
export function $$<T extends Element = HTMLElement>(app: TemadagConsole, selector: string): T[] {
  return [...(page(app)?.shadowRoot?.querySelectorAll<T>(selector) ?? [])];
}

/** Text with whitespace collapsed. */
export const text = (node: Element | null | undefined) =>
  (node?.textContent ?? '').replace(/\s+/g, ' ').trim();

/** Waits until the page of a tag is shown and rendered, and returns it. */
export async function onPage(app: TemadagConsole, tag: string, ready = 'h1') {
  await waitFor(() => page(app)?.localName === tag && $(app, ready), `${tag} ${ready}`);
  await page(app).updateComplete;
  return page(app);
}

/**
 * Mounts `<temadag-console>` at a path, as index.html would be answered for it.
 *
 * @param path - e.g. `/admin/` or `/admin/inquiries/inq-3`
 */
export async function mountConsole(path: string, lang = 'da'): Promise<TemadagConsole> {
  sessionStorage.clear();
  document.documentElement.lang = lang;
  history.replaceState(null, '', path);
  const app = await fixture<TemadagConsole>(html`<temadag-console></temadag-console>`);
  await waitFor(() => page(app), 'a page');
  return app;
}

/** Signs in through the form with the right (or a given) password. */
export async function signIn(app: TemadagConsole, password = PASSWORD) {
  await onPage(app, 'temadag-console-login', '#password');
  const input = $<HTMLInputElement>(app, '#password')!;
  input.value = password;
  $<HTMLButtonElement>(app, 'button[type=submit]')!.click();
}

/** Signs in and waits for the inbox's rows. */
export async function signedInAt(path: string): Promise<TemadagConsole> {
  const app = await mountConsole('/admin/login');
  await signIn(app);
  await onPage(app, 'temadag-console-inbox', 'tbody tr');
  if (path !== '/admin/') {
    app.navigate(path);
    await waitFor(() => page(app)?.localName !== 'temadag-console-inbox', 'the page');
  }
  return app;
}

/**
 * Real key presses through the test runner's `send-keys` command (Playwright), asked over
 * the runner's web socket, since `@web/test-runner-commands` is not a direct dependency.
 */
export async function keys(payload: { type: string } | { press: string }): Promise<void> {
  const socket = '/__web-dev-server__web-socket.js';
  const { sendMessageWaitForResponse } = (await import(/* @vite-ignore */ socket)) as {
    sendMessageWaitForResponse: (message: unknown) => Promise<{ executed: boolean }>;
  };
  const response = await sendMessageWaitForResponse({
    type: 'wtr-command',
    sessionId: SESSION_ID,
    command: 'send-keys',
    payload,
  });
  if (!response.executed) throw new Error('send-keys did not run');
}
