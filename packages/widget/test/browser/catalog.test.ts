// <temadag-catalog>: the list of offerings, opening one, going back.
import { expect, waitUntil } from '@open-wc/testing';
import { formatMoney, priceSelection } from '@temadag/core';
import '../../src/define.js';
import type { TemadagCatalog } from '../../src/catalog/catalog.js';
import type { TemadagOffer } from '../../src/offer/offer.js';
import {
  $,
  $$,
  BORGER,
  CATALOG_URL,
  DIALOG,
  exampleCatalog,
  exampleInput,
  mount,
  text,
} from './offer.fixtures.js';

async function list(options: Parameters<typeof mount>[1]): Promise<TemadagCatalog> {
  const el = await mount<TemadagCatalog>('temadag-catalog', options);
  await waitUntil(() => el.shadowRoot!.querySelector('[part="list"]'), 'no list', {
    timeout: 5000,
  });
  return el;
}

describe('<temadag-catalog>', () => {
  it('lists every offering with its formats and lowest indicative price', async () => {
    const catalog = await exampleCatalog();
    const el = await list({ attrs: { src: CATALOG_URL } });
    expect($$(el, '.item-title').map(text)).to.deep.equal([
      'Dialog i udsatte boligområder',
      'Borgerdialog i de almene boligområder',
    ]);
    const from = priceSelection(catalog, { offering: DIALOG, format: 'halv', participants: 8 });
    expect(text($$(el, '.facts')[0])).to.equal(
      `Halv temadag (3 t. 30 min.) · Hel temadag (6 t. 30 min.) Fra ${formatMoney(from.subtotal, 'da')} ekskl. moms`,
    );
    expect($<HTMLSlotElement>(el, 'slot.fallback').hidden).to.equal(true);
  });

  it('opens an offering as a <temadag-offer> with the catalog and the page’s settings, and goes back', async () => {
    const el = await list({
      catalog: await exampleInput(),
      attrs: { endpoint: '/api/inquiries', participants: '30', organisation: 'Ærø Kommune' },
    });
    const ready = new Promise<Event>((resolve) =>
      el.addEventListener('temadag-ready', resolve, { once: true }),
    );
    $(el, `[data-offering="${BORGER}"]`).click();
    await ready;
    await el.updateComplete;
    expect(el.getAttribute('offering')).to.equal(BORGER);
    const offer = $<TemadagOffer>(el, 'temadag-offer');
    expect(offer.selection).to.deep.include({ offering: BORGER, participants: 30 });
    expect(offer.endpoint).to.equal('/api/inquiries');
    expect(offer.organisation).to.equal('Ærø Kommune');
    expect(el.shadowRoot!.activeElement).to.equal($(el, '.back'));
    $(el, '.back').click();
    await el.updateComplete;
    expect(el.hasAttribute('offering')).to.equal(false);
    expect(el.shadowRoot!.activeElement).to.equal($(el, `[data-offering="${BORGER}"]`));
  });

  it('opens the offering named by its offering attribute', async () => {
    const el = await mount<TemadagCatalog>('temadag-catalog', {
      inline: await exampleInput(),
      attrs: { offering: DIALOG, lang: 'en' },
    });
    await waitUntil(() => el.shadowRoot!.querySelector('temadag-offer'), 'no offer', {
      timeout: 5000,
    });
    const offer = $<TemadagOffer>(el, 'temadag-offer');
    await offer.updateComplete;
    expect(text($(offer, '[part="title"]'))).to.equal('Dialogue in disadvantaged housing areas');
    expect(text($(el, '.back'))).to.equal('Back to all theme days');
  });

  it('shows "Pris efter aftale" for an offering priced on request', async () => {
    const input = await exampleInput();
    input.offerings[1]!.priceDisplay = 'on-request';
    const el = await list({ catalog: input });
    expect(text($$(el, '.facts')[1])).to.contain('Pris efter aftale');
  });

  it('has no axe violations', async () => {
    const el = await list({ catalog: await exampleInput() });
    await expect(el).to.be.accessible();
  });
});
