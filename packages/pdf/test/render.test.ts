import {
  createOffer,
  formatMoney,
  formatPercent,
  formatTimeRange,
  loadCatalog,
  type Offer,
} from '@temadag/core';
import { offerPdfFileName, renderOfferPdf, type RenderProgress } from '@temadag/pdf';
import { describe, expect, it } from 'vitest';
import { catalog, exampleCatalogJson, exampleOffer, exampleSelection, now } from './fixtures.js';
import { nbsp, pdfInfo, pdfPages, pdfText, pdfWordBoxes, type BoxPage } from './poppler.js';

/** The page margin (20 mm) and the tolerance for rounding in text extraction. */
const MARGIN = 56.69;
const EPSILON = 0.01;

const money = (offer: Offer, minor: number) =>
  nbsp(formatMoney(minor, offer.locale, { currency: offer.currency }));

/** The text of a PDF on one line per page line, with runs of spaces collapsed. */
function flat(text: string): string {
  return text.replace(/[ \t]+/g, ' ');
}

function expectNoOverlapInsideMargins(pages: BoxPage[]): void {
  for (const [index, page] of pages.entries()) {
    const where = `page ${index + 1}`;
    expect(page.words.length, where).toBeGreaterThan(0);
    for (const w of page.words) {
      expect(w.xMin, `${where}: "${w.text}" left`).toBeGreaterThanOrEqual(MARGIN - EPSILON);
      expect(w.xMax, `${where}: "${w.text}" right`).toBeLessThanOrEqual(
        page.width - MARGIN + EPSILON,
      );
      expect(w.yMin, `${where}: "${w.text}" top`).toBeGreaterThanOrEqual(MARGIN - EPSILON);
      expect(w.yMax, `${where}: "${w.text}" bottom`).toBeLessThanOrEqual(
        page.height - MARGIN + EPSILON,
      );
    }
    const words = [...page.words].sort((a, b) => a.yMin - b.yMin);
    for (let i = 0; i < words.length; i++) {
      const a = words[i]!;
      for (let j = i + 1; j < words.length && words[j]!.yMin < a.yMax; j++) {
        const b = words[j]!;
        const overlapX = Math.min(a.xMax, b.xMax) - Math.max(a.xMin, b.xMin);
        const overlapY = Math.min(a.yMax, b.yMax) - Math.max(a.yMin, b.yMin);
        expect(
          overlapX > EPSILON && overlapY > EPSILON,
          `${where}: "${a.text}" overlaps "${b.text}"`,
        ).toBe(false);
      }
    }
  }
}

describe('renderOfferPdf: the example offer in Danish', async () => {
  const offer = exampleOffer();
  const bytes = await renderOfferPdf(offer);
  const text = pdfText(bytes);
  const lines = flat(text);
  const pages = pdfPages(bytes);

  it('is a PDF file', () => {
    expect(new TextDecoder().decode(bytes.slice(0, 5))).toBe('%PDF-');
    expect(pages.length).toBeGreaterThanOrEqual(2);
  });

  it('has the title, "Vejledende tilbud", the number and the dates', () => {
    expect(lines).toMatch(/^Tilbud$/m);
    expect(lines).toContain('Vejledende tilbud');
    expect(lines).toContain('T-2026-0042');
    expect(lines).toContain('Tilbudsnummer');
    expect(lines).toContain('Gyldigt til');
    expect(lines).toContain('27. november 2026');
    expect(lines).toContain('27. december 2026');
  });

  it('has the provider header and the customer block', () => {
    expect(lines).toContain('Tverskov Kommunikation & Udvikling');
    expect(lines).toContain('Kim Tverskov • kontakt@example.dk • +45 12 34 56 78');
    expect(lines).toContain('Eksempelvej 1, 1000 Eksempelby');
    expect(lines).toContain('Kunde');
    expect(lines).toMatch(/CVR 10150817/);
    expect(lines).toMatch(/EAN 5790000000005/);
  });

  it('has the offering, its focus questions and the design', () => {
    expect(lines).toContain('Dialog i udsatte boligområder');
    expect(lines).toContain('Kultur, normer, uskrevne regler og beboerdemokrati');
    expect(lines).toContain('Temadagen sætter fokus på');
    expect(lines).toContain(
      '• Hvordan fungerer beboerdemokratiet som demokrati og som samarbejdspartner?',
    );
    expect(lines).toMatch(/Varighed Hel temadag/);
    expect(lines).toMatch(/Dato for temadagen fredag den 12\. marts 2027/);
    expect(lines).toMatch(/Tidspunkt kl\. 09\.00–14\.30/);
    expect(lines).toMatch(/Sted Rådhuset, Ærøskøbing/);
    expect(lines).toMatch(/Antal deltagere 30/);
    expect(lines).toMatch(/Tilvalg Forsamtale, Skriftlig opsamling/);
  });

  it('has every agenda item with its times', () => {
    expect(lines).toContain('kl. 09.00');
    for (const item of offer.agenda) {
      const time = formatTimeRange(item.start, item.end, 'da');
      expect(lines).toContain(`${time} ${item.title}`);
    }
  });

  it("has every line's description, explanation and amounts as formatMoney writes them", () => {
    expect(offer.lines.length).toBeGreaterThanOrEqual(5);
    for (const line of offer.lines) {
      expect(lines).toContain(line.description);
      expect(lines).toContain(nbsp(line.explanation));
      expect(lines).toMatch(
        new RegExp(
          `${escape(money(offer, line.unitAmount))} ${escape(money(offer, line.amount))}$`,
          'm',
        ),
      );
    }
  });

  it('has the subtotal, "Moms 25 %" and the total incl. moms', () => {
    expect(offer.vat).toHaveLength(1);
    expect(lines).toContain(`I alt ekskl. moms ${money(offer, offer.subtotal)}`);
    expect(nbsp(formatPercent(2500, 'da'))).toBe('25 %');
    expect(lines).toContain(`Moms 25 % ${money(offer, offer.vat[0]!.amount)}`);
    expect(lines).toContain(`I alt inkl. moms ${money(offer, offer.total)}`);
    expect(money(offer, offer.total)).toBe('34.265,00 kr.');
  });

  it('has the terms, the indicative note and the provider bio', () => {
    expect(lines).toContain('Betingelser');
    expect(lines).toContain('Tilbuddet gælder i 30 dage, til og med 27. december 2026.');
    expect(lines).toContain('Betaling efter levering mod faktura, netto 30 dage.');
    expect(lines).toContain('Aflysning');
    expect(lines).toContain('Prisen omfatter ikke');
    expect(lines).toContain('• Forplejning');
    expect(lines).toContain('Prisen er vejledende.');
    expect(lines).toContain('Om Tverskov Kommunikation & Udvikling');
    expect(lines).toContain('Bag Tverskov Kommunikation & Udvikling står journalist');
  });

  it('says "Side N af M" on every page', () => {
    expect(lines).toContain('Side 1 af');
    pages.forEach((page, i) => {
      expect(flat(page)).toContain(`Side ${i + 1} af ${pages.length}`);
      expect(flat(page)).toContain('Tilbud T-2026-0042');
    });
  });

  it('keeps Danish letters, dashes, quotes, × and ½ through extraction', () => {
    expect(lines).toContain('Ærø Kommune, Børn og Unge');
    expect(lines).toContain('Åse Ørum Ægidius');
    expect(lines).toContain('Rekv. “Temadag 2027” – ½ dag × 2');
    expect(lines).toContain('æ');
    expect(lines).toContain('ø');
    expect(lines).toContain('å');
  });

  it('keeps every word inside the margins and no two words overlap', () => {
    expectNoOverlapInsideMargins(pdfWordBoxes(bytes));
  });

  it('sets title, author, subject, creator, producer, dates, A4 and tagging', () => {
    const info = pdfInfo(bytes);
    expect(info.Title).toBe('Tilbud T-2026-0042 – Dialog i udsatte boligområder');
    expect(info.Author).toBe('Tverskov Kommunikation & Udvikling');
    expect(info.Subject).toBe('Tilbud på temadagen “Dialog i udsatte boligområder”');
    expect(info.Creator).toBe('Temadag');
    expect(info.Producer).toBe('@temadag/pdf');
    expect(info.CreationDate).toMatch(/Nov 27 10:00:00 2026 UTC/);
    expect(info.Tagged).toBe('yes');
    expect(info['Page size']).toMatch(/595\.28 x 841\.89 pts \(A4\)/);
    expect(Number(info.Pages)).toBe(pages.length);
  });
});

describe('renderOfferPdf: other offers', () => {
  it('renders an English offer in English', async () => {
    const offer = exampleOffer({ locale: 'en' });
    const bytes = await renderOfferPdf(offer);
    const lines = flat(pdfText(bytes));
    expect(lines).toMatch(/^Offer$/m);
    expect(lines).toContain('Indicative offer');
    expect(lines).toContain('Valid until');
    expect(lines).toContain('Dialogue in disadvantaged housing areas');
    expect(lines).toContain('09:00–09:20 Welcome and programme');
    expect(lines).toContain(`Total excl. VAT ${money(offer, offer.subtotal)}`);
    expect(lines).toContain(`VAT 25% ${money(offer, offer.vat[0]!.amount)}`);
    expect(lines).toContain(`Total incl. VAT ${money(offer, offer.total)}`);
    expect(money(offer, offer.total)).toBe('DKK 34,265.00');
    expect(lines).toContain('Page 1 of');
    expect(lines).not.toContain('Side 1 af');
    expect(lines).not.toContain('Vejledende');
    const info = pdfInfo(bytes);
    expect(info.Title).toBe('Offer T-2026-0042 – Dialogue in disadvantaged housing areas');
    expect(info.Subject).toBe('Offer for the theme day “Dialogue in disadvantaged housing areas”');
  });

  it('shows "Pris efter aftale" and no amounts when the price is on request', async () => {
    const offer = exampleOffer({}, { ...exampleSelection, participants: 70 });
    expect(offer.priceStatus).toBe('on-request');
    const bytes = await renderOfferPdf(offer);
    const lines = flat(pdfText(bytes));
    expect(lines).toContain('Pris efter aftale');
    expect(lines).toContain(nbsp(offer.onRequestReason ?? ''));
    expect(lines).not.toMatch(/\d kr\./);
    expect(lines).not.toContain('I alt inkl. moms');
    expect(lines).not.toContain('Prisen er vejledende');
    // The design is still listed.
    expect(lines).toMatch(/Antal deltagere 70/);
    expect(lines).toContain('kl. 09.00–09.20 Velkomst og dagens program');
    expectNoOverlapInsideMargins(pdfWordBoxes(bytes));
  });

  it('leaves out the customer block when no customer is known', async () => {
    const offer = createOffer(catalog, exampleSelection, { now, sequence: 7 });
    const lines = flat(pdfText(await renderOfferPdf(offer)));
    expect(lines).toContain('T-2026-0007');
    expect(lines).not.toMatch(/^Kunde$/m);
    expect(lines).not.toContain('Organisation');
  });

  it('shows moms per rate and the VAT total when lines carry different rates', async () => {
    const json = exampleCatalogJson() as {
      offerings: { priceRules: { id: string; vatRate?: number }[] }[];
    };
    json.offerings[0]!.priceRules.find((rule) => rule.id === 'honorar-hel')!.vatRate = 0;
    const offer = createOffer(loadCatalog(json), exampleSelection, { now, sequence: 3 });
    expect(offer.vat.length).toBe(2);
    const lines = flat(pdfText(await renderOfferPdf(offer)));
    for (const vat of offer.vat) {
      expect(lines).toContain(
        `Moms ${nbsp(formatPercent(vat.rate, 'da'))} ${money(offer, vat.amount)}`,
      );
    }
    expect(lines).toContain(`Moms i alt ${money(offer, offer.vatTotal)}`);
    expect(lines).toContain(`I alt inkl. moms ${money(offer, offer.total)}`);
  });

  it('draws characters outside WinAnsi as the nearest one or "?", never throwing', async () => {
    const offer = exampleOffer({
      customer: { organisation: 'Ωmega − Kommune → 😀 fin\u0301', reference: 'abc\u202Fdef' },
    });
    const lines = flat(pdfText(await renderOfferPdf(offer)));
    expect(lines).toContain('?mega - Kommune -> ? fin');
    expect(lines).toContain('abc def');
  });
});

describe('renderOfferPdf: options', () => {
  it('takes message overrides for core words and for PDF words', async () => {
    const bytes = await renderOfferPdf(exampleOffer(), {
      messages: {
        offer: { title: 'Tilbud på temadag', total: 'At betale' },
        pdf: { design: 'Sådan bliver dagen' },
      },
    });
    const lines = flat(pdfText(bytes));
    expect(lines).toContain('Tilbud på temadag');
    expect(lines).toContain('At betale 34.265,00 kr.');
    expect(lines).toContain('Sådan bliver dagen');
    expect(lines).not.toContain('Din temadag');
  });

  it('takes title, author, subject and keywords', async () => {
    const bytes = await renderOfferPdf(exampleOffer(), {
      title: 'Temadag for Ærø Kommune',
      author: 'Kim Tverskov',
      subject: 'Dialog',
      keywords: ['temadag', 'dialog'],
    });
    const info = pdfInfo(bytes);
    expect(info.Title).toBe('Temadag for Ærø Kommune');
    expect(info.Author).toBe('Kim Tverskov');
    expect(info.Subject).toBe('Dialog');
    expect(info.Keywords).toBe('temadag dialog');
  });

  it('reports progress: layout, each page, save', async () => {
    const events: RenderProgress[] = [];
    const bytes = await renderOfferPdf(exampleOffer(), { onProgress: (e) => events.push(e) });
    const pages = Number(pdfInfo(bytes).Pages);
    expect(events[0]).toEqual({ phase: 'layout', pages });
    expect(events.filter((e) => e.phase === 'page').map((e) => e.page)).toEqual(
      Array.from({ length: pages }, (_, i) => i + 1),
    );
    expect(events[events.length - 1]).toEqual({ phase: 'save', pages });
  });

  it('names the file after the offer number', () => {
    expect(offerPdfFileName(exampleOffer())).toBe('tilbud-T-2026-0042.pdf');
    expect(offerPdfFileName({ number: 'T/2026 42', locale: 'en' })).toBe('offer-T-2026-42.pdf');
  });
});

describe('renderOfferPdf: determinism', () => {
  it('gives byte-identical files for the same offer', async () => {
    const a = await renderOfferPdf(exampleOffer());
    const b = await renderOfferPdf(exampleOffer());
    expect(Buffer.from(a).equals(Buffer.from(b))).toBe(true);
  });

  it('gives the same bytes in any process time zone', async () => {
    const before = process.env.TZ;
    try {
      process.env.TZ = 'America/Los_Angeles';
      const west = await renderOfferPdf(exampleOffer());
      process.env.TZ = 'Pacific/Kiritimati';
      const east = await renderOfferPdf(exampleOffer());
      expect(Buffer.from(west).equals(Buffer.from(east))).toBe(true);
    } finally {
      process.env.TZ = before;
    }
  });

  it('gives different bytes (and a different /ID) for a different offer', async () => {
    const a = await renderOfferPdf(exampleOffer());
    const b = await renderOfferPdf(exampleOffer({ sequence: 43 }));
    expect(Buffer.from(a).equals(Buffer.from(b))).toBe(false);
  });
});

describe('renderOfferPdf: a very long offer', async () => {
  const json = exampleCatalogJson() as {
    offerings: {
      description: { da: string };
      formats: { id: string; durationMinutes: number }[];
      modules: Record<string, unknown>[];
    }[];
  };
  const offering = json.offerings[0]!;
  const paragraph =
    'Kommunale medarbejdere og projektledere, der samarbejder med boligorganisationer, ' +
    'afdelingsbestyrelser, ejendomsfunktionærer og projektmedarbejdere, træder ind i en kultur ' +
    'med sine egne normer og uskrevne regler – “beboerdemokratiet” bærer værdier med sig fra den ' +
    'gamle arbejderkultur, og samarbejdet kræver tid, tålmodighed og gensidig respekt. ';
  offering.description.da = Array.from({ length: 14 }, (_, i) =>
    `${i + 1}. ${paragraph.repeat(3)}`.trim(),
  ).join('\n\n');
  offering.formats.find((f) => f.id === 'hel')!.durationMinutes = 720;
  const extra = Array.from({ length: 7 }, (_, i) => `ekstra-${i + 1}`);
  extra.forEach((id, i) => {
    offering.modules.push({
      id,
      title: {
        da: `Øvelse ${i + 1}: Et langt programpunkt om afdelingsbestyrelser, boligorganisationer og kommunens rolle i samarbejdet`,
      },
      description: {
        // One module has a description longer than a page: its row must be cut, not overflow.
        da: i === 3 ? paragraph.repeat(40) : paragraph.repeat(2),
      },
      kind: 'exercise',
      minutes: { hel: 30 },
      formats: ['hel'],
      required: false,
    });
  });
  const long = createOffer(
    loadCatalog(json),
    {
      ...exampleSelection,
      modules: [
        ...extra,
        'forsamtale',
        'interviews-lokale-aktoerer',
        'skriftlig-opsamling',
        'opfoelgningsmoede',
      ],
    },
    { now, sequence: 99 },
  );
  const bytes = await renderOfferPdf(long);
  const boxes = pdfWordBoxes(bytes);
  const pages = pdfPages(bytes);

  it('has 12 modules on the agenda and many pages', () => {
    expect(long.agenda.filter((item) => item.module !== undefined)).toHaveLength(12);
    expect(boxes.length).toBeGreaterThan(3);
    expect(pages.length).toBe(boxes.length);
  });

  it('says "Side N af M" with the right M on every page', () => {
    pages.forEach((page, i) => {
      expect(flat(page)).toContain(`Side ${i + 1} af ${pages.length}`);
    });
    expect(Number(pdfInfo(bytes).Pages)).toBe(pages.length);
  });

  it('keeps every word inside the margins and no two words overlap', () => {
    expectNoOverlapInsideMargins(boxes);
  });

  it('keeps all the text: every agenda item and the total', () => {
    const lines = flat(pages.join('\n'));
    for (const item of long.agenda) {
      expect(lines).toContain(formatTimeRange(item.start, item.end, 'da'));
    }
    expect(lines).toContain(`I alt inkl. moms ${money(long, long.total)}`);
    expect(lines).toContain('14. Kommunale medarbejdere');
  });

  it('repeats the table head when the agenda continues on a new page', () => {
    const heads = pages.filter((page) => /Tid +Programpunkt/.test(page));
    expect(heads.length).toBeGreaterThan(1);
  });
});

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
