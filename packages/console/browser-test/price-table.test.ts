// The offer's facts and price table, one template shared by the inquiry page and the offer
// editor's preview: quantities, amounts and rates in core's formats for the console's language
// (a 600 km trip is 1.200 km there and back: "1.200" in Danish, "1,200" in English), the same
// table in both places, and axe on it.
import { expect, fixture, html } from '@open-wc/testing';
import { createOffer, loadCatalog, type Locale, type Offer } from '@temadag/core';
import { render } from 'lit';
import { consoleMessages } from '../src/messages/index.js';
import { offerView } from '../src/inquiry/offer-view.js';
import { previewView } from '../src/offer-editor/preview.js';

async function offerWithTravel(locale: Locale): Promise<Offer> {
  const response = await fetch('/examples/catalog/catalog.json');
  const catalog = loadCatalog(await response.json());
  return createOffer(
    catalog,
    {
      offering: 'dialog-i-udsatte-boligomraader',
      format: 'hel',
      participants: 30,
      modules: [],
      travel: { km: 600 },
    },
    { now: new Date('2026-10-01T09:00:00Z'), sequence: 7, locale },
  );
}

async function mount(template: unknown): Promise<HTMLElement> {
  const host = await fixture<HTMLElement>(html`<div></div>`);
  render(template, host);
  return host;
}

/** Each body row as its cells' text. */
const rows = (host: HTMLElement) =>
  [...host.querySelectorAll('tbody tr')].map((tr) =>
    [...tr.querySelectorAll('td')].map((td) => td.textContent!.replace(/\s+/g, ' ').trim()),
  );

const travelQuantity = (host: HTMLElement) => {
  const row = [...host.querySelectorAll('tbody tr')].find((tr) => /km/.test(tr.textContent ?? ''));
  if (!row) throw new Error('no travel line in the table');
  return row.querySelectorAll('td')[1]!.textContent!.trim();
};

describe('offer price table', () => {
  for (const [locale, expected] of [
    ['da', '1.200'],
    ['en', '1,200'],
  ] as const) {
    it(`formats the quantity on the inquiry page for ${locale}`, async () => {
      const host = await mount(offerView(await offerWithTravel(locale), locale));
      expect(travelQuantity(host)).to.equal(expected);
    });

    it(`formats the quantity in the editor's preview for ${locale}`, async () => {
      const offer = await offerWithTravel(locale);
      const host = await mount(
        previewView(
          { kind: 'ready', offer },
          undefined,
          consoleMessages[locale].offerEditor,
          locale,
        ),
      );
      expect(travelQuantity(host)).to.equal(expected);
    });
  }

  it('shows the same lines in the inquiry page and the preview', async () => {
    const offer = await offerWithTravel('da');
    const inquiry = await mount(offerView(offer, 'da'));
    const preview = await mount(
      previewView({ kind: 'ready', offer }, undefined, consoleMessages.da.offerEditor, 'da'),
    );
    expect(rows(inquiry).length).to.be.greaterThan(1);
    expect(rows(preview)).to.deep.equal(rows(inquiry));
    expect(inquiry.querySelector('caption')!.textContent!.trim()).to.equal('Vejledende pris');
    expect(preview.querySelector('caption')!.textContent!.trim()).to.equal('Pris');
  });

  it('names its scrolling region by the caption and passes axe', async () => {
    const host = await mount(offerView(await offerWithTravel('en'), 'en'));
    const region = host.querySelector('[role="region"]')!;
    const caption = host.querySelector('caption')!;
    expect(region.getAttribute('aria-labelledby')).to.equal(caption.id);
    await expect(host).to.be.accessible();
  });
});
