// <temadag-offer>: catalog sources, fallback content, what is shown, languages, text safety.
import { expect, waitUntil } from '@open-wc/testing';
import { formatMoney, formatPercent, localize } from '@temadag/core';
import '../../src/define.js';
import type { TemadagReadyEvent } from '../../src/events/ready.js';
import type { TemadagOffer } from '../../src/offer/offer.js';
import {
  $,
  $$,
  BORGER,
  CATALOG_URL,
  DIALOG,
  container,
  exampleCatalog,
  exampleInput,
  expected,
  moneyTexts,
  mount,
  panel,
  text,
} from './offer.fixtures.js';

const FALLBACK = `<div class="temadag-fallback">
  <h2>Dialog i udsatte boligområder</h2>
  <p>Temadag for kommunale ledere og medarbejdere. <a href="mailto:kontakt@example.dk">Skriv til os</a></p>
</div>`;

describe('<temadag-offer> catalog sources', () => {
  it('fetches the catalog from src and shows the first offering with its default price', async () => {
    const catalog = await exampleCatalog();
    const el = await mount('temadag-offer', { attrs: { src: CATALOG_URL } });
    const offering = catalog.offerings[0]!;
    expect(text($(el, '[part="title"]'))).to.equal(localize(offering.title, 'da'));
    const price = expected(catalog, { offering: DIALOG, format: 'halv', participants: 25 });
    expect(panel(el).subtotal).to.equal(moneyTexts(price).subtotal);
    expect(el.selection).to.deep.equal({
      offering: DIALOG,
      format: 'halv',
      participants: 25,
      modules: [],
    });
  });

  it('reads an inline <script type="application/json"> child', async () => {
    const el = await mount('temadag-offer', {
      inline: await exampleInput(),
      attrs: { offering: BORGER },
    });
    expect(text($(el, '[part="title"]'))).to.equal('Borgerdialog i de almene boligområder');
  });

  it('takes the catalog property before an inline child and src', async () => {
    const input = await exampleInput();
    input.offerings[0]!.title = 'Fra egenskaben';
    const inline = await exampleInput();
    inline.offerings[0]!.title = 'Fra script-elementet';
    const el = await mount('temadag-offer', {
      catalog: input,
      inline,
      attrs: { src: '/does-not-exist.json' },
    });
    expect(text($(el, '[part="title"]'))).to.equal('Fra egenskaben');
  });

  it('accepts a catalog already parsed by core', async () => {
    const el = await mount('temadag-offer', { catalog: await exampleCatalog() });
    expect(text($(el, '[part="title"]'))).to.equal('Dialog i udsatte boligområder');
  });

  it('fires temadag-ready once with the offering, selection and price, bubbling out of shadow roots', async () => {
    const catalog = await exampleCatalog();
    const parent = container();
    const events: TemadagReadyEvent[] = [];
    parent.addEventListener('temadag-ready', (e) => events.push(e));
    const el = await mount('temadag-offer', {
      catalog,
      parent,
      attrs: { participants: '30', format: 'hel' },
    });
    el.requestUpdate();
    await el.updateComplete;
    expect(events).to.have.length(1);
    const { detail } = events[0]!;
    expect(events[0]!.composed).to.equal(true);
    expect(detail.offering).to.equal(DIALOG);
    expect(detail.selection).to.deep.equal({
      offering: DIALOG,
      format: 'hel',
      participants: 30,
      modules: [],
    });
    expect(detail.price).to.deep.equal(
      expected(catalog, { offering: DIALOG, format: 'hel', participants: 30 }),
    );
  });
});

describe('<temadag-offer> fallback content', () => {
  it('shows the light-DOM fallback until the offer renders, then hides it and keeps it in the page', async () => {
    const el = document.createElement('temadag-offer') as TemadagOffer;
    el.innerHTML = FALLBACK;
    el.setAttribute('src', CATALOG_URL);
    const ready = new Promise((resolve) => el.addEventListener('temadag-ready', resolve));
    container().append(el);
    await el.updateComplete;
    const slot = $<HTMLSlotElement>(el, 'slot.fallback');
    const fallback = el.querySelector('.temadag-fallback') as HTMLElement;
    expect(slot.hidden).to.equal(false);
    expect(fallback.getBoundingClientRect().height).to.be.greaterThan(0);
    await ready;
    await el.updateComplete;
    expect(slot.hidden).to.equal(true);
    expect(fallback.getBoundingClientRect().height).to.equal(0);
    expect(el.querySelector('a[href^="mailto:"]')).to.be.instanceOf(HTMLAnchorElement);
  });

  it('keeps the fallback visible and says so when the catalog cannot be fetched', async () => {
    const warn = console.warn;
    console.warn = () => {};
    try {
      const el = await mount('temadag-offer', {
        attrs: { src: '/packages/widget/test/browser/missing-catalog.json' },
        fallback: FALLBACK,
        ready: false,
      });
      const slot = $<HTMLSlotElement>(el, 'slot.fallback');
      await waitUntil(() => el.shadowRoot!.querySelector('.load-error'), 'no error shown', {
        timeout: 5000,
      });
      expect(slot.hidden).to.equal(false);
      expect(text($(el, '.load-error'))).to.equal(
        'Tilbuddet kunne ikke hentes. Prøv at genindlæse siden.',
      );
      expect(el.shadowRoot!.querySelector('[part="base"]')).to.equal(null);
    } finally {
      console.warn = warn;
    }
  });

  it('says which offering is missing from the catalog', async () => {
    const el = await mount('temadag-offer', {
      catalog: await exampleInput(),
      attrs: { offering: 'findes-ikke' },
      fallback: FALLBACK,
      ready: false,
    });
    expect(text($(el, '.load-error'))).to.equal('Temadagen "findes-ikke" findes ikke i kataloget.');
    expect($<HTMLSlotElement>(el, 'slot.fallback').hidden).to.equal(false);
  });
});

describe('<temadag-offer> content', () => {
  it('shows title, subtitle, summary, audience, focus questions, description, bio and the related offering', async () => {
    const catalog = await exampleCatalog();
    const el = await mount('temadag-offer', { catalog });
    const offering = catalog.offerings[0]!;
    const da = (t: Parameters<typeof localize>[0]) => localize(t, 'da');
    expect(text($(el, '.subtitle'))).to.equal(da(offering.subtitle!));
    expect(text($(el, '.summary'))).to.equal(da(offering.summary));
    expect(text($(el, '.audience'))).to.equal(`Målgruppe: ${da(offering.audience!)}`);
    expect($$(el, '.focus li').map(text)).to.deep.equal(offering.focusQuestions.map(da));
    expect($$(el, '.description p')).to.have.length(4);
    const about = $<HTMLDetailsElement>(el, 'details.about');
    expect(about.open).to.equal(false);
    expect(text(about.querySelector('summary'))).to.equal('Om Tverskov Kommunikation & Udvikling');
    expect(text(about.querySelector('p'))).to.equal(da(catalog.provider.bio!));
    expect(text($(el, '.related button'))).to.equal('Borgerdialog i de almene boligområder');
    expect($(el, '.root').getAttribute('lang')).to.equal('da');
  });

  it('opens a related offering in place and moves focus to its title', async () => {
    const el = await mount('temadag-offer', { catalog: await exampleInput() });
    const changes: string[] = [];
    el.addEventListener('temadag-change', (e) =>
      changes.push(`${e.detail.field}:${e.detail.offering}`),
    );
    $(el, '.related button').click();
    await el.updateComplete;
    await el.updateComplete;
    expect(text($(el, '[part="title"]'))).to.equal('Borgerdialog i de almene boligområder');
    expect(el.shadowRoot!.activeElement).to.equal($(el, '[part="title"]'));
    expect(changes).to.deep.equal([`offering:${BORGER}`]);
  });

  it('lists the formats with their length and times, and the optional add-ons with their price', async () => {
    const el = await mount('temadag-offer', { catalog: await exampleInput() });
    const formats = $$(el, '.formats .choice').map(text);
    expect(formats).to.deep.equal([
      // The span and its length as the agenda ends (daySpan), not the format's full length.
      'Halv temadag 3 t., kl. 09.00–12.00. Med én pause.',
      'Hel temadag 5 t. 30 min., kl. 09.00–14.30. Med frokost og to pauser.',
    ]);
    const labels = $$(el, '.modules label').map(text);
    expect(labels).to.deep.equal([
      'Dialog: Beboerdemokratiet som demokrati og samarbejdspartner',
      'Forsamtale',
      'Interviews med lokale aktører',
      'Skriftlig opsamling',
      'Opfølgningsmøde',
    ]);
    expect(text($(el, '#module-forsamtale-hint'))).to.satisfy((hint: string) =>
      hint.startsWith(`+ ${formatMoney(250_000, 'da')} ekskl. moms · Før temadagen En samtale`),
    );
    expect(text($(el, '#module-dialog-beboerdemokrati-hint'))).to.match(
      /^Uden merpris · 30 min\. på dagen/,
    );
    const participants = $<HTMLInputElement>(el, '#participants');
    expect([participants.min, participants.max, participants.value]).to.deep.equal([
      '8',
      '80',
      '25',
    ]);
    expect(text($(el, 'label[for="participants"]'))).to.equal('Antal deltagere');
    expect(text($(el, 'label[for="date"]'))).to.equal('Ønsket dato (frivilligt)');
  });

  it('shows the price ex VAT, VAT and the total, and a breakdown that explains every line', async () => {
    const catalog = await exampleCatalog();
    const el = await mount('temadag-offer', {
      catalog,
      attrs: { format: 'hel', participants: '45' },
    });
    const price = expected(catalog, { offering: DIALOG, format: 'hel', participants: 45 });
    const shown = panel(el);
    const money = moneyTexts(price);
    expect(shown.heading).to.equal('Vejledende pris');
    expect(shown.subtotal).to.equal(money.subtotal);
    expect(shown.vat).to.deep.equal(money.vat);
    expect(shown.total).to.equal(money.total);
    expect(text($(el, '.totals .vat dt'))).to.equal(`Moms ${formatPercent(2500, 'da')}`);
    expect(text($(el, '.totals .total dt'))).to.equal('I alt inkl. moms');
    expect(shown.lines).to.deep.equal(
      price.lines.map((l, i) => ({
        description: l.description,
        explanation: l.explanation,
        amount: money.lines[i],
      })),
    );
    expect($<HTMLDetailsElement>(el, 'details.breakdown').open).to.equal(false);
    expect(text($(el, '.note'))).to.equal(
      'Prisen er vejledende. Den endelige pris aftales, når indhold og rammer er på plads.',
    );
  });
});

describe('<temadag-offer> languages', () => {
  it('speaks English with lang="en", in its own words and core’s', async () => {
    const catalog = await exampleCatalog();
    const el = await mount('temadag-offer', { catalog, attrs: { lang: 'en' } });
    const price = expected(catalog, { offering: DIALOG, format: 'halv', participants: 25 }, 'en');
    expect(text($(el, '[part="title"]'))).to.equal('Dialogue in disadvantaged housing areas');
    expect(text($(el, 'label[for="participants"]'))).to.equal('Number of participants');
    expect(text($(el, '.shaping h3'))).to.equal('Shape the theme day');
    expect(panel(el).heading).to.equal('Indicative price');
    expect(panel(el).subtotal).to.equal(formatMoney(price.subtotal, 'en'));
    expect(text($(el, '[part="pdf-button"]'))).to.equal('Download the offer as a PDF file');
    expect($(el, '.root').getAttribute('lang')).to.equal('en');
  });

  it('follows the nearest ancestor’s lang, and a change of the document’s', async () => {
    const parent = container();
    parent.setAttribute('lang', 'en-GB');
    const el = await mount('temadag-offer', { catalog: await exampleInput(), parent });
    expect(text($(el, '.shaping h3'))).to.equal('Shape the theme day');
    parent.removeAttribute('lang');
    const html = document.documentElement;
    const before = html.getAttribute('lang');
    try {
      html.setAttribute('lang', 'da');
      await new Promise((resolve) => setTimeout(resolve));
      await el.updateComplete;
      expect(text($(el, '.shaping h3'))).to.equal('Sammensæt temadagen');
      html.setAttribute('lang', 'en');
      await new Promise((resolve) => setTimeout(resolve));
      await el.updateComplete;
      expect(text($(el, '.shaping h3'))).to.equal('Shape the theme day');
    } finally {
      if (before === null) html.removeAttribute('lang');
      else html.setAttribute('lang', before);
    }
  });

  it('is Danish when nothing says otherwise, and switches when its own lang attribute changes', async () => {
    const el = await mount('temadag-offer', { catalog: await exampleInput() });
    expect(text($(el, '.shaping h3'))).to.equal('Sammensæt temadagen');
    el.setAttribute('lang', 'en');
    await el.updateComplete;
    expect(text($(el, '.shaping h3'))).to.equal('Shape the theme day');
  });
});

describe('<temadag-offer> catalog text is text', () => {
  it('renders markup in every catalog string as text, never as HTML', async () => {
    const evil = (label: string) => `<img src=x onerror="window.__hacked=1"><b>${label}</b>`;
    const input = await exampleInput();
    const walk = (value: unknown, key = ''): unknown => {
      if (typeof value === 'string') {
        // Ids, times, urls and enums must keep their meaning; every text gets markup.
        if (
          /^(id|start|kind|mode|per|direction|priceDisplay|email|website|privacyNoticeUrl|phone|postalCode|module|country|currency|offerNumberPattern|\$schema|cvr)$/.test(
            key,
          )
        )
          return value;
        return evil(value);
      }
      if (Array.isArray(value)) {
        return value.map((v) =>
          key === 'related' ||
          (key === 'formats' && typeof v === 'string') ||
          (key === 'modules' && typeof v === 'string')
            ? v
            : walk(v, key),
        );
      }
      if (value && typeof value === 'object') {
        return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, walk(v, k)]));
      }
      return value;
    };
    const hostile = walk(input);
    const el = await mount('temadag-offer', { catalog: hostile, attrs: { lang: 'da' } });
    $(el, 'details.breakdown').setAttribute('open', '');
    $(el, 'details.about').setAttribute('open', '');
    await el.updateComplete;
    const root = el.shadowRoot!;
    expect(root.querySelector('img, b')).to.equal(null);
    expect((window as unknown as { __hacked?: number }).__hacked).to.equal(undefined);
    expect(text($(el, '[part="title"]'))).to.contain('<b>Dialog i udsatte boligområder</b>');
    for (const selector of [
      '.subtitle',
      '.summary',
      '.focus li',
      '.description p',
      '.formats label',
      '.modules label',
      '.agenda-list .what',
      '.breakdown .line',
      '.about p',
      '.related button',
    ]) {
      const node = root.querySelector(selector);
      expect(text(node), selector).to.contain('<img src=x');
    }
  });
});
