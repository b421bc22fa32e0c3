// Keyboard only: sign in, open an inquiry from the inbox, change its status, with real key
// presses and focus checked at each step.
import { expect } from '@open-wc/testing';
import {
  $,
  keys,
  mountConsole,
  onPage,
  page,
  PASSWORD,
  resetStub,
  text,
  waitFor,
} from './helpers.js';
import type { TemadagConsole } from '../src/shell/console.js';

beforeEach(() => resetStub());

/** The focused element inside the current page's shadow root. */
const focused = (app: TemadagConsole) => page(app).shadowRoot!.activeElement as HTMLElement | null;

async function tabTo(app: TemadagConsole, matches: (el: HTMLElement) => boolean, what: string) {
  for (let i = 0; i < 40; i += 1) {
    await keys({ press: 'Tab' });
    const el = focused(app);
    if (el && matches(el)) return el;
  }
  throw new Error(`Tab never reached ${what}`);
}

describe('console by keyboard alone', () => {
  it('signs in, opens an inquiry from the inbox and changes its status', async () => {
    const app = await mountConsole('/admin/');
    await onPage(app, 'temadag-console-login', '#password');
    await tabTo(app, (el) => el.id === 'password', 'the password');
    await keys({ type: PASSWORD });
    await keys({ press: 'Enter' });

    await onPage(app, 'temadag-console-inbox', 'tbody tr');
    // The new page's heading has focus, so reading starts there.
    await waitFor(
      () => focused(app)?.localName === 'h1',
      `focus on the heading, not ${document.activeElement?.localName}/${app.shadowRoot!.activeElement?.localName}/${focused(app)?.localName}`,
    );
    const link = await tabTo(
      app,
      (el) => el.localName === 'a' && text(el) === 'H-2026-0003',
      'the first reference',
    );
    expect(link.getAttribute('href')).to.equal('/admin/inquiries/inq-3');
    await keys({ press: 'Enter' });

    await onPage(app, 'temadag-console-inquiry', '#status');
    await waitFor(() => focused(app)?.localName === 'h1', 'focus on the heading');
    expect(text(focused(app))).to.equal('Henvendelse H-2026-0003');
    await tabTo(app, (el) => el.id === 'status', 'the status');
    await keys({ press: 'ArrowDown' }); // ny -> besvaret
    await tabTo(app, (el) => text(el) === 'Gem status', 'the save button');
    await keys({ press: 'Enter' });
    await waitFor(() => text($(app, '.notice')) === 'Status er gemt.', 'saved');
    expect(text($(app, '#status-heading'))).to.equal('Status: Besvaret');
  });
});
