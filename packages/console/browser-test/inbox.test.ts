// The inbox and the detail page: filter, search, title count, status change, note, resend,
// erase, purge; axe on each state; 320 px.
import { expect } from '@open-wc/testing';
import { $, $$, onPage, page, resetStub, seen, signedInAt, text, waitFor } from './helpers.js';
import type { TemadagConsoleConfirm } from '../src/confirm/confirm.js';

beforeEach(() => resetStub());

const references = (app: Parameters<typeof $$>[0]) =>
  $$(app, 'tbody tr td:first-child').map((td) => text(td));

describe('inbox', () => {
  it('lists every inquiry newest first with the count of new ones in the title', async () => {
    const app = await signedInAt('/admin/');
    expect(references(app)).to.deep.equal(['H-2026-0003', 'H-2026-0002', 'H-2026-0001']);
    await waitFor(() => document.title === '(2) Henvendelser – Temadag', 'the title');
    const first = $$(app, 'tbody tr')[0]!;
    expect(text(first)).to.contain('Aarhus Kommune');
    expect(text(first)).to.contain('E-mail: Mislykket');
    expect(text(first)).to.contain('Ny');
    expect(text(first)).to.match(/\d{1,3}(\.\d{3})*,\d{2}\s?kr\./);
    await expect(app).to.be.accessible();
  });

  it('filters by status and offering and searches, keeping the filter in the address', async () => {
    const app = await signedInAt('/admin/');
    $<HTMLSelectElement>(app, '#status')!.value = 'besvaret';
    $<HTMLButtonElement>(app, '.filters button[type=submit]')!.click();
    await waitFor(() => references(app).length === 1, 'one row');
    expect(references(app)).to.deep.equal(['H-2026-0001']);
    expect(location.search).to.equal('?status=besvaret');

    $<HTMLSelectElement>(app, '#status')!.value = '';
    $<HTMLSelectElement>(app, '#offering')!.value = 'borgerdialog-i-de-almene-boligomraader';
    $<HTMLButtonElement>(app, '.filters button[type=submit]')!.click();
    await waitFor(
      () => references(app)[0] === 'H-2026-0002' && references(app).length === 1,
      'offering',
    );

    $<HTMLSelectElement>(app, '#offering')!.value = '';
    $<HTMLInputElement>(app, '#q')!.value = 'odense';
    $<HTMLButtonElement>(app, '.filters button[type=submit]')!.click();
    await waitFor(() => references(app).join() === 'H-2026-0001', 'search');
    expect(text($(app, '.count'))).to.equal('1 henvendelse');

    $<HTMLInputElement>(app, '#q')!.value = 'findes ikke';
    $<HTMLButtonElement>(app, '.filters button[type=submit]')!.click();
    await waitFor(() => text($(app, '.count')) === '0 henvendelser', 'nothing found');
    expect(text(page(app).shadowRoot!.querySelector('.root > p:not(.count)'))).to.contain(
      'Ingen henvendelser',
    );
    await expect(app).to.be.accessible();
  });

  it('fits 320 px without sideways scrolling of the page', async () => {
    const app = await signedInAt('/admin/');
    const wrap = document.createElement('div');
    wrap.style.width = '320px';
    app.before(wrap);
    wrap.append(app);
    await waitFor(() => page(app), 'page');
    const main = app.shadowRoot!.querySelector('main')!;
    expect(main.getBoundingClientRect().width).to.be.at.most(320);
    for (const el of $$(app, '.filters, form, h1'))
      expect(el.getBoundingClientRect().right).to.be.at.most(321);
  });

  it('purges after confirmation, and not when cancelled', async () => {
    const app = await signedInAt('/admin/');
    $<HTMLInputElement>(app, '#purge-days')!.value = '1';
    $<HTMLFormElement>(app, '#purge-days')!.closest('form')!.requestSubmit();
    const confirm = await waitFor(
      () => $<TemadagConsoleConfirm>(app, 'temadag-console-confirm'),
      'dialog',
    );
    const dialog = await waitFor(
      () => confirm.shadowRoot!.querySelector('dialog[open]'),
      'open dialog',
    );
    expect(text(dialog.querySelector('h2'))).to.equal(
      'Slet alle henvendelser, der er ældre end 1 dag?',
    );
    await expect(app).to.be.accessible();
    confirm.shadowRoot!.querySelector<HTMLButtonElement>('.cancel')!.click();
    expect((await seen()).some((r) => r.path.endsWith('/purge'))).to.equal(false);
    $<HTMLFormElement>(app, '#purge-days')!.closest('form')!.requestSubmit();
    await waitFor(() => confirm.shadowRoot!.querySelector('dialog[open]'), 'open again');
    confirm.shadowRoot!.querySelector<HTMLButtonElement>('.confirm')!.click();
    await waitFor(() => text($(app, '.notice')) === '3 henvendelser er slettet.', 'purged');
  });
});

describe('inquiry detail', () => {
  it('shows what the visitor sent and the offer, and changes the status with the CSRF token', async () => {
    const app = await signedInAt('/admin/inquiries/inq-3');
    await onPage(app, 'temadag-console-inquiry', '#status');
    expect(document.title).to.equal('Henvendelse H-2026-0003 – Temadag');
    const body = text(page(app).shadowRoot!.querySelector('.root'));
    for (const expected of [
      'Mette Hansen',
      'mette@example.dk',
      'Aarhus Kommune',
      'Vi vil gerne høre mere.',
      'I alt',
      '550 Mailbox unavailable',
    ]) {
      expect(body).to.contain(expected);
    }
    expect($<HTMLAnchorElement>(app, 'a[href$="/pdf"]')!.getAttribute('href')).to.equal(
      '/admin/api/inquiries/inq-3/pdf',
    );
    await expect(app).to.be.accessible();

    $<HTMLSelectElement>(app, '#status')!.value = 'besvaret';
    $<HTMLButtonElement>(app, '#status-heading ~ form button')!.click();
    await waitFor(() => text($(app, '.notice')) === 'Status er gemt.', 'saved');
    expect(text($(app, '#status-heading'))).to.equal('Status: Besvaret');
    expect($$(app, '.history li')).to.have.length(2);
    const patch = (await seen()).find((r) => r.method === 'PATCH')!;
    expect(patch.csrf).to.match(/^c-/);
    await expect(app).to.be.accessible();
  });

  it('adds a note, refuses an empty one in words, and keeps the text', async () => {
    const app = await signedInAt('/admin/inquiries/inq-3');
    await onPage(app, 'temadag-console-inquiry', '#note');
    $<HTMLFormElement>(app, '#note')!.closest('form')!.requestSubmit();
    await waitFor(() => $(app, '.error-summary'), 'summary');
    expect(text($(app, '.error-summary li'))).to.equal('Skriv en note.');
    await expect(app).to.be.accessible();
    $<HTMLTextAreaElement>(app, '#note')!.value = 'Ringet til Mette, sender tilbud fredag.';
    $<HTMLFormElement>(app, '#note')!.closest('form')!.requestSubmit();
    await waitFor(() => $$(app, '.notes li').length === 1, 'the note');
    expect(text($(app, '.notes li'))).to.contain('Ringet til Mette, sender tilbud fredag.');
    expect($(app, '.error-summary')).to.equal(null);
  });

  it('sends a failed delivery again', async () => {
    const app = await signedInAt('/admin/inquiries/inq-3');
    await onPage(app, 'temadag-console-inquiry', '.resend');
    const buttons = $$<HTMLButtonElement>(app, '.resend');
    expect(buttons.map((b) => b.getAttribute('aria-label'))).to.deep.equal(['Send igen: E-mail']);
    buttons[0]!.click();
    await waitFor(() => text($(app, '.notice')) === 'E-mail er sat i kø igen.', 'queued');
    expect(text(buttons[0]!.closest('tr'))).to.contain('Venter');
    expect((await seen()).at(-1)).to.include({
      method: 'POST',
      path: '/admin/api/deliveries/30/retry',
    });
    await expect(app).to.be.accessible();
  });

  it('erases after confirmation and goes back to the inbox', async () => {
    const app = await signedInAt('/admin/inquiries/inq-2');
    await onPage(app, 'temadag-console-inquiry', '#status');
    [...$$<HTMLButtonElement>(app, 'button')].find((b) => text(b) === 'Slet henvendelsen')!.click();
    const confirm = $<TemadagConsoleConfirm>(app, 'temadag-console-confirm')!;
    await waitFor(() => confirm.shadowRoot!.querySelector('dialog[open]'), 'dialog');
    confirm.shadowRoot!.querySelector<HTMLButtonElement>('.confirm')!.click();
    await onPage(app, 'temadag-console-inbox', 'tbody tr');
    expect(text(app.shadowRoot!.querySelector('.notice'))).to.equal(
      'Henvendelse H-2026-0002 er slettet.',
    );
    await waitFor(() => references(app).length === 2, 'two rows');
    expect(references(app)).to.not.include('H-2026-0002');
  });
});
