import { renderOfferPdf } from '@temadag/pdf';
import { describe, expect, it } from 'vitest';
import { exampleAcceptance, exampleOffer, revisedOffer } from './fixtures.js';
import { pdfStructText, pdfText } from './poppler.js';

/** The extracted text with runs of spaces (table columns) as one space. */
const flat = (text: string) => text.replace(/[ \t]+/g, ' ');

describe('renderOfferPdf: a binding revision, accepted', async () => {
  const offer = revisedOffer();
  const acceptance = exampleAcceptance(offer);
  const sent = await renderOfferPdf(offer);
  const accepted = await renderOfferPdf(offer, { acceptance });
  const sentText = flat(pdfText(sent));
  const text = flat(pdfText(accepted));

  it('says "Bindende tilbud" where an indicative offer says "Vejledende tilbud"', async () => {
    for (const t of [sentText, text]) {
      expect(t).toContain('Bindende tilbud');
      expect(t).not.toContain('Vejledende');
      expect(t).not.toContain('Prisen er vejledende');
    }
    expect(flat(pdfText(await renderOfferPdf(exampleOffer())))).toContain('Vejledende tilbud');
  });

  it('names the revision and the offer it replaces, and the validity date', () => {
    expect(text).toContain('T-2026-0042-2');
    expect(text).toContain('Erstatter tilbud T-2026-0042');
    expect(text).toContain('31. december 2026');
    expect(text).toContain('Tilbuddet gælder i 34 dage, til og med 31. december 2026.');
  });

  it('draws manual and adjustment lines like the others', () => {
    for (const line of offer.lines.filter((l) => l.kind === 'manual' || l.kind === 'adjustment')) {
      expect(text).toContain(line.description);
      expect(text).toContain(line.explanation.replace(/\u00a0/g, ' ').slice(0, 40));
    }
    expect(text).toContain('Ekstra facilitator');
    expect(text).toContain('Rabat: Rammeaftale');
    expect(text).toContain('Tillæg: Lørdag');
    expect(text).toContain('Moms 0 %');
  });

  it('has the "Accepteret" block only once accepted: who, title, Copenhagen time, reference', () => {
    expect(sentText).not.toContain('Accepteret');
    expect(text).toMatch(/Accepteret\n/);
    expect(text).toContain('Accepteret af Åse Ørum Ægidius');
    expect(text).toContain('Titel Afdelingsleder');
    expect(text).toContain('Tidspunkt 10. december 2026 kl. 14.03');
    expect(text).toContain('Ordrereference PO-7781');
    expect(text).toContain(`Accepteret pdf-fil (SHA-256) ${acceptance.pdfSha256}`);
  });

  it('tags the block: a heading and a table with row heads in the structure tree', () => {
    const struct = pdfStructText(accepted);
    expect(struct).toMatch(
      /H2 \(block\)\n\s+"Accepteret"\n\s+Table \(block\)\n\s+TR\n\s+TH:\n\s+\/Scope \/Row/,
    );
    expect(struct).toMatch(
      /TH[\s\S]{0,80}Accepteret af[\s\S]{0,200}TD[\s\S]{0,80}Åse Ørum Ægidius/,
    );
  });

  it('gives the accepted file its own bytes, and the same bytes for the same acceptance', async () => {
    expect(Buffer.from(accepted).equals(Buffer.from(sent))).toBe(false);
    const again = await renderOfferPdf(offer, { acceptance: { ...acceptance } });
    expect(Buffer.from(again).equals(Buffer.from(accepted))).toBe(true);
  });

  it('speaks English in an English revision', async () => {
    const en = revisedOffer({ locale: 'en' });
    const t = flat(pdfText(await renderOfferPdf(en, { acceptance: exampleAcceptance(en) })));
    expect(t).toContain('Binding offer');
    expect(t).toContain('Replaces offer T-2026-0042');
    expect(t).toContain('Accepted by Åse Ørum Ægidius');
    expect(t).toContain('Time 10 December 2026, 14:03');
    expect(t).toContain('Order reference PO-7781');
    expect(t).toContain('Discount: Rammeaftale');
  });
});
