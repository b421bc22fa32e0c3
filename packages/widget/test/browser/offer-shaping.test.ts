// <temadag-offer>: every way the visitor shapes the day updates the price and the agenda
// exactly as @temadag/core computes them; on-request mode; the live region; the keyboard.
import { expect, waitUntil } from '@open-wc/testing';
import {
  createOffer,
  formatDate,
  formatTime,
  type Catalog,
  type SelectionInput,
} from '@temadag/core';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/define.js';
import type { TemadagChangeEvent } from '../../src/events/change.js';
import type { TemadagOffer } from '../../src/offer/offer.js';
import {
  $,
  $$,
  DIALOG,
  agenda,
  click,
  exampleCatalog,
  expected,
  input,
  moneyTexts,
  mount,
  panel,
  text,
} from './offer.fixtures.js';

/** The agenda core makes for a selection, as the widget shows it. */
function expectedAgenda(catalog: Catalog, selection: SelectionInput) {
  const offer = createOffer(catalog, selection, { now: new Date('2026-11-27T10:00:00Z') });
  return offer.agenda.map((item) => ({ time: formatTime(item.start, 'da'), title: item.title }));
}

/** Asserts that the panel, the agenda, `selection` and `price` all agree with core. */
function expectMatchesCore(el: TemadagOffer, catalog: Catalog, selection: SelectionInput) {
  const price = expected(catalog, selection);
  const money = moneyTexts(price);
  const shown = panel(el);
  expect(el.selection).to.deep.equal({ modules: [], ...selection });
  expect(el.price).to.deep.equal(price);
  expect(shown.subtotal).to.equal(money.subtotal);
  expect(shown.vat).to.deep.equal(money.vat);
  expect(shown.total).to.equal(money.total);
  expect(shown.lines.map((l) => l.amount)).to.deep.equal(money.lines);
  expect(shown.lines.map((l) => l.explanation)).to.deep.equal(
    price.lines.map((l) => l.explanation),
  );
  expect(agenda(el)).to.deep.equal(expectedAgenda(catalog, selection));
}

function changes(el: TemadagOffer): TemadagChangeEvent[] {
  const seen: TemadagChangeEvent[] = [];
  el.addEventListener('temadag-change', (e) => seen.push(e));
  return seen;
}

describe('<temadag-offer> shaping the day', () => {
  let catalog: Catalog;
  before(async () => {
    catalog = await exampleCatalog();
  });

  it('starts from the catalog’s defaults', async () => {
    const el = await mount('temadag-offer', { catalog });
    expectMatchesCore(el, catalog, { offering: DIALOG, format: 'halv', participants: 25 });
    expect($<HTMLInputElement>(el, '#format-halv').checked).to.equal(true);
  });

  it('changes the format', async () => {
    const el = await mount('temadag-offer', { catalog });
    const seen = changes(el);
    await click(el, '#format-hel');
    expectMatchesCore(el, catalog, { offering: DIALOG, format: 'hel', participants: 25 });
    expect(seen).to.have.length(1);
    expect(seen[0]!.detail.field).to.equal('format');
    expect(seen[0]!.detail.price).to.deep.equal(el.price);
    expect(seen[0]!.detail.agenda.map((a) => a.title)).to.deep.equal(
      agenda(el).map((a) => a.title),
    );
    expect(seen[0]!.bubbles && seen[0]!.composed).to.equal(true);
  });

  it('changes the number of participants, across the price tiers', async () => {
    const el = await mount('temadag-offer', { catalog });
    for (const count of [8, 20, 21, 40, 41, 60]) {
      await input(el, '#participants', String(count));
      expectMatchesCore(el, catalog, { offering: DIALOG, format: 'halv', participants: count });
    }
  });

  it('adds and removes add-ons with their price effect', async () => {
    const el = await mount('temadag-offer', { catalog, attrs: { format: 'hel' } });
    await click(el, '#module-forsamtale');
    await click(el, '#module-skriftlig-opsamling');
    expectMatchesCore(el, catalog, {
      offering: DIALOG,
      format: 'hel',
      participants: 25,
      modules: ['forsamtale', 'skriftlig-opsamling'],
    });
    await click(el, '#module-dialog-beboerdemokrati');
    expectMatchesCore(el, catalog, {
      offering: DIALOG,
      format: 'hel',
      participants: 25,
      modules: ['dialog-beboerdemokrati', 'forsamtale', 'skriftlig-opsamling'],
    });
    expect(agenda(el).map((a) => a.title)).to.include(
      'Dialog: Beboerdemokratiet som demokrati og samarbejdspartner',
    );
    expect($$(el, '.off-day .what').map(text)).to.deep.equal(['Forsamtale', 'Skriftlig opsamling']);
    await click(el, '#module-forsamtale');
    expectMatchesCore(el, catalog, {
      offering: DIALOG,
      format: 'hel',
      participants: 25,
      modules: ['dialog-beboerdemokrati', 'skriftlig-opsamling'],
    });
  });

  it('takes the preferred date into the selection and the agenda', async () => {
    const el = await mount('temadag-offer', { catalog });
    const seen = changes(el);
    await input(el, '#date', '2031-03-14');
    expectMatchesCore(el, catalog, {
      offering: DIALOG,
      format: 'halv',
      participants: 25,
      date: '2031-03-14',
    });
    // The day ends with its agenda (12.00), not at the format's full length (12.30).
    expect(text($(el, '.agenda-when'))).to.equal(
      `${formatDate('2031-03-14', 'da', 'full')}, kl. 09.00–12.00`,
    );
    expect(seen.map((e) => e.detail.field)).to.deep.equal(['date']);
    await input(el, '#date', '');
    expect(el.selection).to.not.have.property('date');
  });

  it('refuses a date in the past with an error between label and field', async () => {
    const el = await mount('temadag-offer', { catalog });
    await input(el, '#date', '2001-01-01');
    const field = $<HTMLInputElement>(el, '#date');
    expect(field.getAttribute('aria-invalid')).to.equal('true');
    expect(text($(el, '#date-error'))).to.equal('Fejl: Vælg en dato efter i dag');
    expect(field.getAttribute('aria-describedby')).to.equal('date-hint date-error');
    expect($(el, '#date-error').nextElementSibling).to.equal(field);
    expect(el.selection).to.not.have.property('date');
  });

  it('keeps add-ons when the format changes, as far as the day has room', async () => {
    const el = await mount('temadag-offer', { catalog, attrs: { format: 'hel' } });
    await click(el, '#module-dialog-beboerdemokrati');
    await click(el, '#module-opfoelgningsmoede');
    await click(el, '#format-halv');
    expectMatchesCore(el, catalog, {
      offering: DIALOG,
      format: 'halv',
      participants: 25,
      modules: ['dialog-beboerdemokrati', 'opfoelgningsmoede'],
    });
  });

  it('disables an add-on the day has no room for, and says why', async () => {
    const input = structuredClone(catalog) as Catalog;
    const offering = input.offerings[0]!;
    offering.modules.push({
      id: 'ekstra-dialog',
      title: 'Ekstra dialog',
      kind: 'dialogue',
      minutes: { halv: 30, hel: 30 },
      required: false,
    });
    const el = await mount('temadag-offer', { catalog: input });
    await click(el, '#module-dialog-beboerdemokrati');
    const extra = $<HTMLInputElement>(el, '#module-ekstra-dialog');
    expect(extra.disabled).to.equal(true);
    expect(text($(el, '#module-ekstra-dialog-hint .no-room-text'))).to.equal(
      'Der er ikke tid til det i en halv temadag med det valgte.',
    );
    await click(el, '#module-dialog-beboerdemokrati');
    expect(extra.disabled).to.equal(false);
  });

  it('shows the participants error after the visitor leaves the field, and no price meanwhile', async () => {
    const el = await mount('temadag-offer', { catalog });
    const field = $<HTMLInputElement>(el, '#participants');
    field.value = '3';
    field.dispatchEvent(new Event('input', { bubbles: true }));
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('#participants-error')).to.equal(null);
    // A number is there, so the panel says the bounds rather than asking for a number.
    expect(text($(el, '.price .unavailable'))).to.equal(
      'Indtast et antal mellem 8 og 80 for at se prisen.',
    );
    expect(el.price).to.equal(undefined);
    field.dispatchEvent(new Event('change', { bubbles: true }));
    await el.updateComplete;
    expect(text($(el, '#participants-error'))).to.equal(
      'Fejl: Antal deltagere skal være et helt tal mellem 8 og 80',
    );
    expect(field.getAttribute('aria-invalid')).to.equal('true');
    expect(field.getAttribute('aria-describedby')).to.equal('participants-hint participants-error');
    await input(el, '#participants', '12');
    expect(el.shadowRoot!.querySelector('#participants-error')).to.equal(null);
    expectMatchesCore(el, catalog, { offering: DIALOG, format: 'halv', participants: 12 });
  });
});

describe('<temadag-offer> price on request', () => {
  it('shows "Pris efter aftale" with the reason above the on-request limit, and no amounts', async () => {
    const catalog = await exampleCatalog();
    const el = await mount('temadag-offer', { catalog, attrs: { participants: '61' } });
    const price = expected(catalog, { offering: DIALOG, format: 'halv', participants: 61 });
    expect(price.status).to.equal('on-request');
    expect(panel(el).heading).to.equal('Pris efter aftale');
    expect(text($(el, '.price .on-request'))).to.equal(price.onRequestReason);
    expect(el.shadowRoot!.querySelector('[part="price-amount"], .totals, .breakdown')).to.equal(
      null,
    );
    expect(text($(el, '#module-forsamtale-hint'))).to.not.contain('kr.');
    await input(el, '#participants', '60');
    expect(panel(el).heading).to.equal('Vejledende pris');
  });

  it('shows "Pris efter aftale" for an offering whose price is always on request', async () => {
    const catalog = await exampleCatalog();
    catalog.offerings[0]!.priceDisplay = 'on-request';
    const el = await mount('temadag-offer', { catalog });
    expect(panel(el).heading).to.equal('Pris efter aftale');
    expect(text($(el, '.price .on-request'))).to.equal(
      'Prisen aftales på baggrund af deltagerantal og kursusdesign.',
    );
  });
});

describe('<temadag-offer> live region', () => {
  it('announces the new price politely once the visitor pauses', async () => {
    const catalog = await exampleCatalog();
    const el = await mount('temadag-offer', { catalog });
    const region = $(el, '[aria-live="polite"]');
    expect(region.getAttribute('role')).to.equal('status');
    expect(text(region)).to.equal('');
    await input(el, '#participants', '30');
    await input(el, '#participants', '31');
    const money = moneyTexts(
      expected(catalog, { offering: DIALOG, format: 'halv', participants: 31 }),
    );
    await waitUntil(() => text(region) !== '', 'nothing announced', { timeout: 5000 });
    expect(text(region)).to.equal(
      `Vejledende pris ${money.subtotal} ekskl. moms, ${money.total} inkl. moms.`,
    );
    await input(el, '#participants', '70');
    await waitUntil(() => text(region) === 'Pris efter aftale.', 'on request not announced', {
      timeout: 5000,
    });
  });
});

describe('<temadag-offer> prefill and drafts', () => {
  it('starts from the prefill attributes', async () => {
    const catalog = await exampleCatalog();
    const el = await mount('temadag-offer', {
      catalog,
      attrs: {
        format: 'hel',
        participants: '40',
        modules: 'forsamtale skriftlig-opsamling ukendt',
        date: '2031-05-02',
      },
    });
    expectMatchesCore(el, catalog, {
      offering: DIALOG,
      format: 'hel',
      participants: 40,
      modules: ['forsamtale', 'skriftlig-opsamling'],
      date: '2031-05-02',
    });
  });

  it('keeps the visitor’s design over a reload in the same browser session, until clear()', async () => {
    const catalog = await exampleCatalog();
    const first = await mount('temadag-offer', { catalog, attrs: { participants: '30' } });
    await click(first, '#module-forsamtale');
    // Typing is saved once the visitor pauses, or when the element goes away.
    const field = $<HTMLInputElement>(first, '#participants');
    field.value = '44';
    field.dispatchEvent(new Event('input', { bubbles: true }));
    await first.updateComplete;
    first.remove();
    const second = await mount('temadag-offer', { catalog, attrs: { participants: '30' } });
    expect(second.selection).to.deep.equal({
      offering: DIALOG,
      format: 'halv',
      participants: 44,
      modules: ['forsamtale'],
    });
    second.clear();
    await second.updateComplete;
    expect(second.selection).to.deep.equal({
      offering: DIALOG,
      format: 'halv',
      participants: 30,
      modules: [],
    });
    expect(sessionStorage.getItem(`temadag:${DIALOG}:design`)).to.equal(null);
  });

  it('keeps a click in the draft when the page is hidden before the pause', async () => {
    const catalog = await exampleCatalog();
    const el = await mount('temadag-offer', { catalog, attrs: { participants: '30' } });
    const stored = () => JSON.parse(sessionStorage.getItem(`temadag:${DIALOG}:design`) ?? 'null');
    await click(el, '#module-forsamtale');
    // Not yet: the draft is written once the visitor pauses, not on every click.
    expect(stored()).to.equal(null);
    dispatchEvent(new PageTransitionEvent('pagehide'));
    expect(stored()?.modules).to.deep.equal(['forsamtale']);
  });
});

describe('<temadag-offer> by keyboard alone', () => {
  it('reaches and operates every shaping control with Tab, arrows, typing and Space', async () => {
    const catalog = await exampleCatalog();
    const el = await mount('temadag-offer', { catalog });
    const active = () => el.shadowRoot!.activeElement as HTMLElement | null;
    const tabTo = async (id: string) => {
      for (let i = 0; i < 40 && active()?.id !== id; i++) await sendKeys({ press: 'Tab' });
      expect(active()?.id).to.equal(id);
    };
    await tabTo('format-halv');
    await sendKeys({ press: 'ArrowDown' });
    await el.updateComplete;
    expect(active()?.id).to.equal('format-hel');
    await tabTo('participants');
    await sendKeys({ press: 'Control+a' });
    await sendKeys({ type: '42' });
    await el.updateComplete;
    await tabTo('module-dialog-beboerdemokrati');
    await sendKeys({ press: 'Space' });
    await tabTo('module-interviews-lokale-aktoerer');
    await sendKeys({ press: 'Space' });
    await el.updateComplete;
    expectMatchesCore(el, catalog, {
      offering: DIALOG,
      format: 'hel',
      participants: 42,
      modules: ['dialog-beboerdemokrati', 'interviews-lokale-aktoerer'],
    });
    await tabTo('date');
    const pdfEvents: Event[] = [];
    el.addEventListener('temadag-pdf', (e) => {
      e.preventDefault();
      pdfEvents.push(e);
    });
    for (let i = 0; i < 10 && !active()?.matches('[part="pdf-button"]'); i++) {
      await sendKeys({ press: 'Tab' });
    }
    expect(active()?.matches('[part="pdf-button"]')).to.equal(true);
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => pdfEvents.length === 1, 'no PDF made', { timeout: 8000 });
  });
});
