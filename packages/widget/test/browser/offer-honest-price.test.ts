// <temadag-offer> on the example catalog: travel asked for and priced (or said to come on
// top), add-on labels that say what ticking does, the terms beside the price, every price
// state in the live region, and the typed name and organisation in the browser's PDF.
import { expect, waitUntil } from '@open-wc/testing';
import '../../src/define.js';
import type { TemadagInquiry } from '../../src/inquiry/inquiry.js';
import {
  $,
  $$,
  BORGER,
  DIALOG,
  caughtPdf,
  click,
  exampleCatalog,
  expected,
  input,
  moneyTexts,
  mount,
  panel,
  text,
} from './offer.fixtures.js';

const NBSP = '\u00a0';

describe('<temadag-offer> travel', () => {
  it('asks for the distance, prices it with core’s rule, and says travel comes on top until then', async () => {
    const catalog = await exampleCatalog();
    const el = await mount('temadag-offer', { catalog, attrs: { offering: DIALOG } });
    const label = text($(el, 'label[for="travel-km"]'));
    expect(label).to.equal('Afstand fra Eksempelby til stedet (km, én vej) (frivilligt)');
    expect(text($(el, '#travel-hint'))).to.contain(`3,80${NBSP}kr. pr. km tur-retur`);
    // Not given: the price leaves travel out and says so beside the total.
    expect(text($(el, '.travel-note'))).to.equal(
      `Kørsel er ikke med i prisen og kommer oveni: 3,80${NBSP}kr. pr. km tur-retur.`,
    );
    expect(panel(el).lines.some((l) => l.description.startsWith('Kørsel'))).to.equal(false);

    await input(el, '#travel-km', '40');
    const selection = { offering: DIALOG, format: 'halv', participants: 25, travel: { km: 40 } };
    expect(el.selection).to.deep.equal({ modules: [], ...selection });
    const price = expected(catalog, selection);
    expect(el.price).to.deep.equal(price);
    expect(panel(el).subtotal).to.equal(moneyTexts(price).subtotal);
    const travel = panel(el).lines.find((l) => l.description === 'Kørsel tur-retur pr. km');
    expect(travel?.amount).to.equal(`304,00${NBSP}kr.`);
    expect(el.shadowRoot!.querySelector('.travel-note')).to.equal(null);

    // Emptied again: back to the note; a distance that is not whole km is an error on leaving.
    await input(el, '#travel-km', '');
    expect(el.selection?.travel).to.equal(undefined);
    expect(text($(el, '.travel-note'))).to.contain('kommer oveni');
    await input(el, '#travel-km', '12.5');
    expect($(el, '#travel-km').getAttribute('aria-invalid')).to.equal('true');
    expect(text($(el, '#travel-error'))).to.contain('Angiv afstanden som et helt antal km');
    expect(el.selection?.travel).to.equal(undefined);
  });

  it('says it in English too', async () => {
    const el = await mount('temadag-offer', {
      catalog: await exampleCatalog(),
      attrs: { offering: BORGER, lang: 'en' },
    });
    expect(text($(el, '.travel-note'))).to.equal(
      `Travel is not included in the price and comes on top: DKK${NBSP}3.80 per km for the return trip.`,
    );
  });
});

describe('<temadag-offer> add-on effects', () => {
  it('never shows a negative "+": Borgerdialog, Hel, 30 participants, both add-ons', async () => {
    const el = await mount('temadag-offer', {
      catalog: await exampleCatalog(),
      attrs: { offering: BORGER },
    });
    await click(el, '#format-hel');
    await input(el, '#participants', '30');
    await click(el, '#module-forsamtale');
    await click(el, '#module-skriftlig-opsamling');
    const hint = (id: string) => text($(el, `#module-${id}-hint`));
    expect(hint('forsamtale')).to.contain(
      `Sænker prisen med 780,00${NBSP}kr. ekskl. moms (Pakkerabat)`,
    );
    expect(hint('skriftlig-opsamling')).to.contain(
      `Sænker prisen med 280,00${NBSP}kr. ekskl. moms (Pakkerabat)`,
    );
    expect(text($(el, '.modules'))).not.to.match(/\+\s*-/);
    // With one of them only, the other adds its price less the discount it brings.
    await click(el, '#module-skriftlig-opsamling');
    expect(hint('forsamtale')).to.match(/^\+ 2\.500,00\s?kr\. ekskl\. moms/);
    expect(hint('skriftlig-opsamling')).to.contain('Sænker prisen med 280,00');
  });

  it('says there is no extra charge when the minimum price absorbs an add-on', async () => {
    const el = await mount('temadag-offer', {
      catalog: await exampleCatalog(),
      attrs: { offering: BORGER, participants: '8' },
    });
    expect(text($(el, '#module-forsamtale-hint'))).to.contain(
      'Ingen merpris med det valgte (Mindstepris)',
    );
  });
});

describe('<temadag-offer> terms', () => {
  it('shows the offering’s terms collapsed beside the price', async function () {
    // axe over the whole offer takes a while on a busy machine.
    this.timeout(60_000);
    const catalog = await exampleCatalog();
    const el = await mount('temadag-offer', { catalog, attrs: { offering: DIALOG } });
    const details = $<HTMLDetailsElement>(el, '.price details[part="terms"]');
    expect(details.open).to.equal(false);
    expect(text(details.querySelector('summary'))).to.equal(
      'Betingelser: betaling, aflysning og hvad prisen omfatter',
    );
    const terms = catalog.offerings.find((o) => o.id === DIALOG)!.terms;
    const da = (t: unknown) => (typeof t === 'string' ? t : (t as { da: string }).da);
    const shown = text(details);
    expect(shown).to.contain('Tilbuddet gælder i 30 dage.');
    expect(shown).to.contain(da(terms.payment));
    expect(shown).to.contain(da(terms.cancellation));
    const items = $$(el, '.terms li').map(text);
    expect(items).to.deep.equal([...terms.included, ...terms.excluded].map(da));
    details.querySelector('summary')!.click();
    expect(details.open).to.equal(true);
    await expect(el).to.be.accessible();
  });
});

describe('<temadag-offer> live region', () => {
  it('announces every price state: 70 (on request), 5 (out of bounds), 30 (priced)', async () => {
    const catalog = await exampleCatalog();
    const el = await mount('temadag-offer', { catalog, attrs: { offering: DIALOG } });
    const region = $(el, '[aria-live="polite"]');
    await input(el, '#participants', '70');
    await waitUntil(() => text(region) === 'Pris efter aftale.', 'on request not announced', {
      timeout: 5000,
    });
    await input(el, '#participants', '5');
    await waitUntil(
      () => text(region) === 'Ingen pris: antal deltagere skal være et helt tal mellem 8 og 80.',
      `out of bounds not announced: "${text(region)}"`,
      { timeout: 5000 },
    );
    await input(el, '#participants', '30');
    const money = moneyTexts(
      expected(catalog, { offering: DIALOG, format: 'halv', participants: 30 }),
    );
    await waitUntil(
      () =>
        text(region) ===
        `Vejledende pris ${money.subtotal} ekskl. moms, ${money.total} inkl. moms.`,
      `priced not announced: "${text(region)}"`,
      { timeout: 5000 },
    );
  });
});

describe('<temadag-offer> PDF before sending', () => {
  it('uses the name and organisation typed in the inquiry form', async () => {
    const el = await mount('temadag-offer', {
      catalog: await exampleCatalog(),
      attrs: { offering: DIALOG, endpoint: '/__temadag-test/inquiries', organisation: 'Prefill' },
    });
    const form = $<TemadagInquiry>(el, 'temadag-inquiry');
    await form.updateComplete;
    const typeInto = async (name: string, value: string) => {
      const field = form.shadowRoot!.querySelector<HTMLInputElement>(`#f-${name}`)!;
      field.value = value;
      field.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
      await form.updateComplete;
    };
    await typeInto('name', 'Åse Ørum');
    await typeInto('organisation', 'Ærø Kommune');
    const made = caughtPdf(el);
    $(el, '[part="pdf-button"]').click();
    const { detail } = await made;
    expect(detail.offer!.customer).to.deep.equal({
      organisation: 'Ærø Kommune',
      contact: 'Åse Ørum',
    });
    // Not yet an inquiry: marked indicative, without an offer number.
    expect(detail.offer!.number).to.equal('Vejledende, uden nr.');
    expect(detail.fileName).to.match(/^vejledende-tilbud-\d{4}-\d{2}-\d{2}\.pdf$/);
  });
});
