// Keyboard only: sign in, open an inquiry from the inbox, change its status; make and send an
// offer; with real key presses and focus checked at each step.
import { expect } from '@open-wc/testing';
import {
  $,
  $$,
  keys,
  mountConsole,
  onPage,
  page,
  PASSWORD,
  resetStub,
  signedInAt,
  text,
  waitFor,
} from './helpers.js';
import type { TemadagConsoleConfirm } from '../src/confirm/confirm.js';
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

  it('makes an offer from an inquiry, adds a line and sends it after confirming', async () => {
    const app = await signedInAt('/admin/inquiries/inq-2');
    await onPage(app, 'temadag-console-inquiry', 'a.make-offer');
    await waitFor(() => focused(app)?.localName === 'h1', 'focus on the heading');
    await tabTo(app, (el) => el.classList.contains('make-offer'), 'Lav tilbud');
    await keys({ press: 'Enter' });

    await onPage(app, 'temadag-console-offer-editor', '#add-line');
    await waitFor(() => focused(app)?.localName === 'h1', 'focus on the editor heading');
    await tabTo(app, (el) => el.id === 'add-line', 'Tilføj linje');
    await keys({ press: 'Enter' });
    await waitFor(() => focused(app)?.id === 'line-0-description', 'focus on the new line');
    await keys({ type: 'Ekstra time' });
    await keys({ press: 'Tab' });
    expect(focused(app)?.id).to.equal('line-0-quantity');
    await keys({ press: 'Tab' });
    expect(focused(app)?.id).to.equal('line-0-unit');
    await keys({ type: '950,00' });
    await waitFor(() => text($(app, '.preview tbody')).includes('Ekstra time'), 'the line priced');

    await tabTo(app, (el) => el.id === 'send', 'Send tilbud');
    await keys({ press: 'Enter' });
    const confirm = $<TemadagConsoleConfirm>(app, 'temadag-console-confirm')!;
    await waitFor(() => confirm.shadowRoot!.querySelector('dialog[open]'), 'the dialog');
    // The safe choice has focus; the confirmation is one Shift+Tab before it.
    await waitFor(() => confirm.shadowRoot!.activeElement?.classList.contains('cancel'), 'cancel');
    await keys({ press: 'Shift+Tab' });
    expect(confirm.shadowRoot!.activeElement?.classList.contains('confirm')).to.equal(true);
    await keys({ press: 'Enter' });

    await onPage(app, 'temadag-console-inquiry', '.revisions');
    await waitFor(() => focused(app)?.localName === 'h1', 'focus back on the inquiry heading');
    expect($$(app, '.revision h3').map(text)).to.deep.equal(['T-2026-0002: Sendt']);
  });
});
