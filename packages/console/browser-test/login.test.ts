// Sign in, wrong password, throttling, no password, sign out (here and everywhere), an ended
// session, each state checked with axe.
import { expect } from '@open-wc/testing';
import {
  $,
  mountConsole,
  onPage,
  page,
  resetStub,
  seen,
  signIn,
  text,
  waitFor,
} from './helpers.js';

beforeEach(() => resetStub());

describe('<temadag-console> signing in', () => {
  it('sends a visitor without a session to sign-in, then to the page asked for', async () => {
    const app = await mountConsole('/admin/catalog');
    await onPage(app, 'temadag-console-login', '#password');
    expect(location.pathname).to.equal('/admin/login');
    expect(document.title).to.equal('Log ind – Temadag');
    await expect(app).to.be.accessible();
    await signIn(app);
    await onPage(app, 'temadag-console-catalog', 'table');
    expect(location.pathname).to.equal('/admin/catalog');
  });

  it('shows a wrong password in an error summary and keeps what was typed', async () => {
    const app = await mountConsole('/admin/');
    await signIn(app, 'forkert');
    const summary = await waitFor(() => $(app, '.error-summary'), 'the error summary');
    expect(text(summary)).to.contain('Forkert adgangskode.');
    // A region named by its heading, as DKFDS exposes the summary.
    expect(summary.getAttribute('role')).to.equal('region');
    const root = summary.getRootNode() as ShadowRoot;
    expect(text(root.getElementById(summary.getAttribute('aria-labelledby')!))).to.equal(
      'Der er problemer',
    );
    expect(page(app).shadowRoot!.activeElement).to.equal(summary);
    const input = $<HTMLInputElement>(app, '#password')!;
    expect(input.value).to.equal('forkert');
    expect(input.getAttribute('aria-invalid')).to.equal('true');
    expect(text($(app, '#password-error'))).to.equal('Forkert adgangskode.');
    // The summary's link leads to the field.
    $<HTMLAnchorElement>(app, '.error-summary a')!.click();
    expect(page(app).shadowRoot!.activeElement).to.equal(input);
    await expect(app).to.be.accessible();
  });

  it('says when to try again after too many attempts (429 with Retry-After)', async () => {
    await resetStub({ throttleAfter: 1 });
    const app = await mountConsole('/admin/');
    await signIn(app, 'forkert');
    await waitFor(() => text($(app, '.error-summary')).includes('Forkert'), 'the first error');
    await signIn(app, 'rigtig-adgangskode');
    await waitFor(
      () => text($(app, '.error-summary')).includes('For mange'),
      'the throttling message',
    );
    expect(text($(app, '.error-summary li'))).to.equal(
      'For mange forsøg. Prøv igen om 2 minutter.',
    );
    expect(page(app).localName).to.equal('temadag-console-login');
    await expect(app).to.be.accessible();
  });

  it('in English, words the throttling in English', async () => {
    await resetStub({ throttleAfter: 0 });
    const app = await mountConsole('/admin/?lang=en');
    await signIn(app);
    await waitFor(() => $(app, '.error-summary'), 'the summary');
    expect(text($(app, '.error-summary li'))).to.equal(
      'Too many attempts. Try again in 2 minutes.',
    );
    expect(document.documentElement.lang).to.equal('en');
  });

  it('says how to set a password when none is set, on every path', async () => {
    await resetStub({ passwordSet: false });
    const app = await mountConsole('/admin/inquiries/inq-3');
    await onPage(app, 'temadag-console-login', 'pre');
    expect(text($(app, 'h1'))).to.equal('Der er ingen adgangskode');
    expect(text($(app, 'pre'))).to.equal('temadag admin password');
    expect($(app, '#password')).to.equal(null);
    await expect(app).to.be.accessible();
  });
});

describe('<temadag-console> signing out', () => {
  it('signs out with the CSRF token and shows sign-in with a notice', async () => {
    const app = await mountConsole('/admin/login');
    await signIn(app);
    await onPage(app, 'temadag-console-inbox', 'tbody tr');
    app.shadowRoot!.querySelector<HTMLButtonElement>('.sign-out')!.click();
    await onPage(app, 'temadag-console-login', '#password');
    expect(text(app.shadowRoot!.querySelector('.notice'))).to.equal('Du er logget ud.');
    const last = (await seen()).at(-1)!;
    expect(last).to.include({ method: 'DELETE', path: '/admin/api/session' });
    expect(last.csrf).to.match(/^c-/);
    const session = await (await fetch('/admin/api/session')).json();
    expect(session.signedIn).to.equal(false);
    await expect(app).to.be.accessible();
  });

  it('signs out everywhere', async () => {
    const app = await mountConsole('/admin/login');
    await signIn(app);
    await onPage(app, 'temadag-console-inbox', 'tbody tr');
    app.shadowRoot!.querySelector<HTMLButtonElement>('.sign-out-everywhere')!.click();
    await onPage(app, 'temadag-console-login', '#password');
    expect(text(app.shadowRoot!.querySelector('.notice'))).to.equal(
      'Du er logget ud på alle enheder.',
    );
    expect((await seen()).at(-1)).to.include({ method: 'DELETE', path: '/admin/api/sessions' });
  });

  it('goes to sign-in when the session ends on the server (401)', async () => {
    const app = await mountConsole('/admin/login');
    await signIn(app);
    await onPage(app, 'temadag-console-inbox', 'tbody tr');
    await resetStub(); // every session is gone
    app.navigate('/admin/catalog');
    await onPage(app, 'temadag-console-login', '#password');
    expect(text(app.shadowRoot!.querySelector('.notice'))).to.equal(
      'Din session er udløbet. Log ind igen.',
    );
    await signIn(app);
    await onPage(app, 'temadag-console-catalog', 'table');
  });
});
