// "Lav tilbud": the editor prefilled from the draft, the live preview following a manual line,
// problems at their fields with what was typed kept, sending after a confirmation naming the
// recipient, the list of sent offers in every state; axe on each; English words.
import { expect } from '@open-wc/testing';
import { $, $$, onPage, page, resetStub, seen, signedInAt, text, waitFor } from './helpers.js';
import { parseHundredths } from '../src/offer-editor/amounts.js';
import type { TemadagConsoleConfirm } from '../src/confirm/confirm.js';
import type { TemadagConsole } from '../src/shell/console.js';

beforeEach(() => resetStub());

const field = <T extends HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement>(
  app: TemadagConsole,
  id: string,
) => $<T>(app, `#${id}`)!;

/** Types into a field as a person would: the value, then the event the form listens to. */
function type(app: TemadagConsole, id: string, value: string) {
  const el = field(app, id);
  el.value = value;
  el.dispatchEvent(
    new Event(el.localName === 'select' ? 'change' : 'input', { bubbles: true, composed: true }),
  );
}

const total = (app: TemadagConsole) => text($(app, '.preview tr.total td'));
/** The preview's total in øre, read back from its Danish words. */
const totalOre = (app: TemadagConsole) => parseHundredths(total(app), 'da');

async function openEditor(id = 'inq-3') {
  const app = await signedInAt(`/admin/inquiries/${id}`);
  await onPage(app, 'temadag-console-inquiry', 'a.make-offer');
  $<HTMLAnchorElement>(app, 'a.make-offer')!.click();
  await onPage(app, 'temadag-console-offer-editor', '#email');
  await waitFor(() => $(app, '.preview tr.total'), 'the first preview');
  return app;
}

describe('offer editor', () => {
  it('opens from the inquiry prefilled with the inquiry’s design and customer', async () => {
    const app = await openEditor();
    expect(location.pathname).to.equal('/admin/inquiries/inq-3/offer');
    expect(document.title).to.equal('Tilbud til henvendelse H-2026-0003 – Temadag');
    expect(field(app, 'format').value).to.equal('hel');
    expect(field(app, 'participants').value).to.equal('30');
    expect(field<HTMLInputElement>(app, 'module-forsamtale').checked).to.equal(true);
    expect(field<HTMLInputElement>(app, 'module-velkomst').disabled).to.equal(true);
    expect(field<HTMLInputElement>(app, 'module-skriftlig-opsamling').checked).to.equal(false);
    expect(field(app, 'date').value).to.equal('2027-03-18');
    expect(field(app, 'place').value).to.equal('Gellerup Medborgerhus');
    expect(field(app, 'organisation').value).to.equal('Aarhus Kommune');
    expect(field(app, 'contact').value).to.equal('Mette Hansen');
    expect(field(app, 'email').value).to.equal('mette@example.dk');
    expect(field(app, 'ean').value).to.equal('5790000000005');
    expect(field(app, 'cvr').value).to.equal('10150817');
    expect(field(app, 'reference').value).to.equal('Boligsocial enhed');
    expect(field(app, 'valid-until').value).to.match(/^\d{4}-\d{2}-\d{2}$/);
    expect($$(app, 'fieldset.line')).to.have.length(0);
    // 30 participants, full day, with the preliminary talk: the stub prices with core.
    expect(text($(app, '.preview dl'))).to.contain('T-2026-0003');
    expect(total(app)).to.equal('29.375,00 kr.');
    expect(text($(app, '.preview-status'))).to.equal('I alt inkl. moms: 29.375,00 kr.');
    await expect(app).to.be.accessible();
  });

  it('draws the email field with the console’s shared field look: 44 px target, border', async () => {
    const app = await openEditor();
    const email = getComputedStyle(field(app, 'email'));
    const select = getComputedStyle(field(app, 'format'));
    expect(email.minHeight).to.equal('44px');
    expect(email.display).to.equal('block');
    for (const side of [
      'borderTopStyle',
      'borderTopWidth',
      'borderTopColor',
      'paddingTop',
    ] as const) {
      expect(email[side], side).to.equal(select[side]);
    }
    // The editor's own rule still sets the width.
    expect(email.width).to.equal(
      `${32 * parseFloat(getComputedStyle(document.documentElement).fontSize)}px`,
    );
  });

  it('prices a manual line as it is typed, with VAT per rate', async () => {
    const app = await openEditor();
    const before = totalOre(app)!;
    $<HTMLButtonElement>(app, '#add-line')!.click();
    await waitFor(() => $(app, '#line-0-description'), 'the new line');
    await waitFor(() => page(app).shadowRoot!.activeElement?.id === 'line-0-description', 'focus');
    type(app, 'line-0-description', 'Trykte materialer');
    type(app, 'line-0-quantity', '2');
    type(app, 'line-0-unit', '1.250,50');
    await waitFor(() => text($(app, '.preview tbody')).includes('Trykte materialer'), 'the line');
    // 2 × 1.250,50 kr. = 2.501,00 kr. ex VAT; 3.126,25 kr. with 25 %.
    await waitFor(() => totalOre(app) === before + 312625, `the total, not ${total(app)}`);
    expect($$(app, '.preview tr.vat')).to.have.length(1);

    type(app, 'line-0-vat', '0');
    await waitFor(() => $$(app, '.preview tr.vat').length === 2, 'a VAT row per rate');
    expect(totalOre(app)).to.equal(before + 250100);
    expect($$(app, '.preview tr.vat').map((r) => text(r.querySelector('th')))).to.deep.equal([
      'Moms 25 %',
      'Moms 0 %',
    ]);

    type(app, 'adjustment-kind', 'discount');
    await waitFor(() => $(app, '#adjustment-value'), 'the discount fields');
    type(app, 'adjustment-value', '10');
    type(app, 'adjustment-reason', 'To temadage');
    await waitFor(() => text($(app, '.preview tbody')).includes('Rabat: To temadage'), 'discount');
    expect(totalOre(app)).to.be.below(before + 250100);
    await expect(app).to.be.accessible();
  });

  it('shows problems at their fields and in the summary, keeping what was typed', async () => {
    const app = await openEditor();
    type(app, 'ean', '123');
    $<HTMLButtonElement>(app, '#add-line')!.click();
    await waitFor(() => $(app, '#line-0-unit'), 'the line');
    type(app, 'line-0-description', 'Forplejning');
    type(app, 'line-0-unit', '12,345');
    // The amount is checked in the browser, before the server is asked.
    await waitFor(() => $(app, '#line-0-unit-error'), 'the unit price error');
    expect(text($(app, '#line-0-unit-error'))).to.equal(
      'Fejl: Skriv enhedsprisen i kr. med decimalkomma, fx 1.250,50.',
    );
    expect(field(app, 'line-0-unit').getAttribute('aria-invalid')).to.equal('true');
    expect(text($(app, '.preview-status'))).to.contain('Prisen kan ikke beregnes');

    type(app, 'line-0-unit', '12,50');
    // Now the server answers about the EAN number.
    await waitFor(() => $(app, '#ean-error'), 'the EAN error');
    expect($(app, '#line-0-unit-error')).to.equal(null);
    const ean = field(app, 'ean');
    expect(ean.getAttribute('aria-invalid')).to.equal('true');
    expect(ean.getAttribute('aria-describedby')).to.equal('ean-hint ean-error');
    expect($(app, '.error-summary')).to.equal(null);

    $<HTMLButtonElement>(app, '#send')!.click();
    const summary = await waitFor(() => $(app, '.error-summary'), 'the summary');
    // A region named by its heading, as DKFDS exposes the summary.
    expect(summary.getAttribute('role')).to.equal('region');
    const heading = summary.querySelector('h2')!;
    expect(summary.getAttribute('aria-labelledby')).to.equal(heading.id);
    expect(text(heading)).to.equal('Der er problemer');
    await waitFor(() => page(app).shadowRoot!.activeElement === summary, 'focus on the summary');
    const link = summary.querySelector('a')!;
    expect(text(link)).to.equal(text($(app, '#ean-error')).replace(/^Fejl: /, ''));
    link.click();
    expect(page(app).shadowRoot!.activeElement).to.equal(ean);
    expect(ean.value).to.equal('123');
    expect(field(app, 'line-0-description').value).to.equal('Forplejning');
    expect(field(app, 'line-0-unit').value).to.equal('12,50');
    expect((await seen()).some((r) => r.path === '/admin/api/inquiries/inq-3/offers')).to.equal(
      false,
    );
    await expect(app).to.be.accessible();

    type(app, 'ean', '5790000000005');
    await waitFor(() => !$(app, '.error-summary') && !$(app, '#ean-error'), 'fixed');
  });

  it('sends after a confirmation naming the recipient; the list shows the revision', async () => {
    const app = await openEditor();
    type(app, 'message', 'Tak for en god snak i dag.');
    $<HTMLButtonElement>(app, '#send')!.click();
    const confirm = await waitFor(
      () => $<TemadagConsoleConfirm>(app, 'temadag-console-confirm'),
      'dialog',
    );
    const dialog = await waitFor(() => confirm.shadowRoot!.querySelector('dialog[open]'), 'open');
    expect(text(dialog.querySelector('h2'))).to.equal(
      'Send tilbuddet til Mette Hansen, Aarhus Kommune (mette@example.dk)?',
    );
    expect(confirm.shadowRoot!.activeElement?.classList.contains('cancel')).to.equal(true);
    await expect(app).to.be.accessible();

    confirm.shadowRoot!.querySelector<HTMLButtonElement>('.cancel')!.click();
    expect((await seen()).some((r) => r.path === '/admin/api/inquiries/inq-3/offers')).to.equal(
      false,
    );
    $<HTMLButtonElement>(app, '#send')!.click();
    await waitFor(() => confirm.shadowRoot!.querySelector('dialog[open]'), 'open again');
    confirm.shadowRoot!.querySelector<HTMLButtonElement>('.confirm')!.click();

    await onPage(app, 'temadag-console-inquiry', '.revisions');
    expect(location.pathname).to.equal('/admin/inquiries/inq-3');
    expect(text(app.shadowRoot!.querySelector('.notice'))).to.equal(
      'Tilbud T-2026-0003 er sendt til mette@example.dk.',
    );
    const sent = (await seen()).find((r) => r.path === '/admin/api/inquiries/inq-3/offers')!;
    expect(sent).to.include({ method: 'POST' });
    expect(sent.csrf).to.match(/^c-/);
    expect($$(app, '.revision h3').map(text)).to.deep.equal(['T-2026-0003: Sendt']);
    expect(text($(app, '#status-heading'))).to.equal('Status: Besvaret');
    expect($<HTMLAnchorElement>(app, '.revision a[href$="/pdf"]')!.getAttribute('href')).to.equal(
      '/admin/api/inquiries/inq-3/offers/1/pdf',
    );
    expect($(app, '.revision a[href$="/ubl"]')).to.equal(null);

    // A second offer replaces the first.
    $<HTMLAnchorElement>(app, 'a.make-offer')!.click();
    await onPage(app, 'temadag-console-offer-editor', '#email');
    await waitFor(() => $(app, '.preview tr.total'), 'the preview');
    type(app, 'participants', '40');
    await waitFor(() => text($(app, '.preview dl')).includes('40'), 'repriced');
    $<HTMLButtonElement>(app, '#send')!.click();
    const again = await waitFor(
      () => $<TemadagConsoleConfirm>(app, 'temadag-console-confirm'),
      'dialog',
    );
    await waitFor(() => again.shadowRoot!.querySelector('dialog[open]'), 'open');
    again.shadowRoot!.querySelector<HTMLButtonElement>('.confirm')!.click();
    await onPage(app, 'temadag-console-inquiry', '.revisions');
    await waitFor(() => $$(app, '.revision').length === 2, 'two revisions');
    expect($$(app, '.revision h3').map(text)).to.deep.equal([
      'T-2026-0003-2: Sendt',
      'T-2026-0003: Erstattet',
    ]);
    expect(text($(app, '.revision dl'))).to.contain('Erstatter T-2026-0003');
  });
});

describe('sent offers on the inquiry', () => {
  it('lists every state with the acceptance record, the decline reason and the UBL link', async () => {
    await resetStub({ revisions: true });
    const app = await signedInAt('/admin/inquiries/inq-1');
    await onPage(app, 'temadag-console-inquiry', '.revisions');
    expect($$(app, '.revision h3').map(text)).to.deep.equal([
      'T-2026-0001-4: Accepteret',
      'T-2026-0001-3: Afvist',
      'T-2026-0001-2: Udløbet',
      'T-2026-0001: Erstattet',
    ]);
    const [accepted, declined, expired] = $$(app, '.revision');
    const acceptedText = text(accepted);
    for (const expected of [
      'Accepteret af Mette Hansen',
      'Stilling Afdelingsleder',
      '5. november 2026',
      'PO-4711',
      'a3f1c9e2b4d6f8a0c1e3b5d7f9a2c4e6b8d0f1a3c5e7b9d2f4a6c8e0b1d3f5a7',
    ])
      expect(acceptedText).to.contain(expected);
    expect(accepted!.querySelector('a[href$="/ubl"]')!.getAttribute('href')).to.equal(
      '/admin/api/inquiries/inq-1/offers/4/ubl',
    );
    expect(text(declined)).to.contain('Begrundelse Vi har valgt en anden løsning.');
    expect(text(expired)).to.contain('Gyldigt til og med 31. januar 2026');
    expect($$(app, '.revision a[href$="/ubl"]')).to.have.length(1);
    expect($$(app, '.revision a[href$="/pdf"]')).to.have.length(4);
    expect(text($(app, '#status-heading'))).to.equal('Status: Aftalt');
    await expect(app).to.be.accessible();
  });

  it('words the states in English', async () => {
    await resetStub({ revisions: true });
    const app = await signedInAt('/admin/inquiries/inq-1?lang=en');
    await onPage(app, 'temadag-console-inquiry', '.revisions');
    expect($$(app, '.revision h3').map(text)).to.deep.equal([
      'T-2026-0001-4: Accepted',
      'T-2026-0001-3: Declined',
      'T-2026-0001-2: Expired',
      'T-2026-0001: Superseded',
    ]);
    expect(text($(app, 'a.make-offer'))).to.equal('Make offer');
    expect(text($(app, '#revisions-heading'))).to.equal('Sent offers');
    await expect(app).to.be.accessible();
  });
});
