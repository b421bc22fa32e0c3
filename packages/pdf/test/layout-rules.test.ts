import { createOffer, getMessages, type Locale, type SelectionInput } from '@temadag/core';
import { pdfMessages, renderOfferPdf } from '@temadag/pdf';
import { describe, expect, it } from 'vitest';
import { catalog, exampleCustomer, exampleOffer, now } from './fixtures.js';
import { layoutOffer } from '../src/document.js';
import { paginate } from '../src/layout.js';
import { documentFonts } from '../src/measure.js';
import { getPdfMessages } from '../src/messages.js';
import { FOOTER_ROOM, MARGIN, PAGE } from '../src/theme.js';
import { pdfPages, pdfWordBoxes } from './poppler.js';

describe('column widths: no word is cut', () => {
  for (const locale of ['da', 'en'] as const) {
    it(`keeps every word of the price table's head whole (${locale})`, async () => {
      const m = getMessages(locale).offer;
      const bytes = await renderOfferPdf(exampleOffer({ locale }));
      const words = new Set(pdfWordBoxes(bytes).flatMap((page) => page.words.map((w) => w.text)));
      const head = [m.description, m.quantity, m.unitPrice, m.amount, m.vat('25')]
        .join(' ')
        .split(' ')
        .filter((word) => /^\p{L}{3,}$/u.test(word));
      expect(head).toContain(locale === 'en' ? 'Quantity' : 'Antal');
      for (const word of head) expect(words, word).toContain(word);
    });
  }
});

/** Offers of every offering and format, with and without a customer, in both languages. */
function variants(): {
  name: string;
  locale: Locale;
  selection: SelectionInput;
  customer: boolean;
}[] {
  const out: ReturnType<typeof variants> = [];
  for (const offering of catalog.offerings) {
    for (const format of offering.formats) {
      for (const participants of [30]) {
        for (const locale of ['da', 'en'] as const) {
          for (const customer of [false, true]) {
            out.push({
              name: `${offering.id} ${format.id} ${participants} ${locale}${customer ? ' customer' : ''}`,
              locale,
              selection: { offering: offering.id, format: format.id, participants },
              customer,
            });
          }
        }
      }
    }
  }
  return out;
}

describe('a heading stays with its block', () => {
  it('keeps "Din temadag" with all its facts wherever a page break falls', () => {
    for (const locale of ['da', 'en'] as const) {
      const offer = exampleOffer({ locale });
      const pm = getPdfMessages(locale);
      const m = getMessages(locale).offer;
      const { flow } = layoutOffer(offer, m, pm, documentFonts().measure);
      const top = PAGE.height - MARGIN;
      const pageOf = (pages: ReturnType<typeof paginate>, text: string) =>
        pages.findIndex((page) =>
          page.some(({ row }) =>
            row.items.some((i) => i.kind === 'text' && i.text.trim() === text),
          ),
        );
      // Shorter and shorter pages move the page breaks over every row of the document.
      let split = 0;
      for (let bottom = MARGIN + FOOTER_ROOM; bottom < top - 300; bottom += 3) {
        const pages = paginate(flow.rows, top, bottom);
        const heading = pageOf(pages, pm.design);
        expect(heading, `${locale}, bottom ${bottom}`).toBeGreaterThanOrEqual(0);
        expect(pageOf(pages, m.format), `${locale}, bottom ${bottom}`).toBe(heading);
        expect(pageOf(pages, m.participantsLabel), `${locale}, bottom ${bottom}`).toBe(heading);
        if (pageOf(pages, m.agenda) !== heading) split++;
      }
      // The sweep does put page breaks right after the block.
      expect(split).toBeGreaterThan(0);
    }
  });

  it('puts "Din temadag" and all its facts on one page, in every variant', async () => {
    const cases = variants();
    expect(cases.length).toBeGreaterThanOrEqual(8);
    for (const { name, locale, selection, customer } of cases) {
      const offer = createOffer(catalog, selection, {
        now,
        sequence: 1,
        locale,
        ...(customer ? { customer: exampleCustomer } : {}),
      });
      const m = getMessages(locale).offer;
      const heading = pdfMessages[locale].design;
      const pages = pdfPages(await renderOfferPdf(offer));
      const page = pages.find((text) => new RegExp(`^\\s*${heading}\\s*$`, 'm').test(text));
      expect(page, `${name}: the heading`).toBeDefined();
      for (const label of [m.format, m.participantsLabel]) {
        expect(page, `${name}: "${label}" on the heading's page`).toContain(label);
      }
    }
  }, 60_000);
});
