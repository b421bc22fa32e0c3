import { describe, expect, it } from 'vitest';
import {
  createOffer,
  formatMoney,
  formatPercent,
  formatTimeRange,
  type CreateOfferOptions,
  type SelectionInput,
} from '@temadag/core';
import { renderOfferText } from '../src/text.js';
import { EXAMPLE_CATALOG as catalog } from './catalog.support.js';

const now = new Date('2026-11-27T10:00:00Z');

function offer(selection: Partial<SelectionInput> = {}, options: Partial<CreateOfferOptions> = {}) {
  return createOffer(
    catalog,
    { offering: 'dialog-i-udsatte-boligomraader', format: 'hel', participants: 30, ...selection },
    { now, sequence: 42, ...options },
  );
}

function expectTidy(text: string): void {
  expect(text.endsWith('\n')).toBe(true);
  expect(text.endsWith('\n\n')).toBe(false);
  for (const line of text.split('\n')) {
    expect(line, JSON.stringify(line)).not.toMatch(/[ \t]$/);
    expect(line.length, JSON.stringify(line)).toBeLessThanOrEqual(72);
  }
}

describe('renderOfferText in Danish', () => {
  const o = offer();
  const text = renderOfferText(o);

  it('has the title, the number and the dates', () => {
    expect(text.startsWith('Vejledende tilbud\n=================\n')).toBe(true);
    expect(text).toContain('Tilbudsnummer: T-2026-0042');
    expect(text).toContain('Dato: 27. november 2026');
    expect(text).toContain('Gyldigt til: 27. december 2026');
  });

  it('has the provider, the offering and the design', () => {
    expect(text).toContain('Tverskov Kommunikation & Udvikling');
    expect(text).toContain('Kontaktperson: Kim Tverskov');
    expect(text).toContain('kontakt@example.dk');
    expect(text).toContain('1000 Eksempelby');
    expect(text).toContain('Dialog i udsatte boligområder');
    expect(text).toContain('Temadagen sætter fokus på:');
    expect(text).toContain('\u2022 Hvordan fungerer beboerdemokratiet');
    expect(text).toContain('Varighed: Hel temadag');
    expect(text).toContain('Antal deltagere: 30');
    expect(text).not.toContain('Kunde\n');
  });

  it('has the day’s time span as the agenda ends, not the format’s full length', () => {
    // The full day may last until 15.30; its programme ends at 14.30 (daySpan).
    expect(text).toContain('Varighed: Hel temadag\nTidspunkt: kl. 09.00–14.30\n');
    expect(text).not.toContain('15.30');
    expect(renderOfferText(offer({}, { locale: 'en' }))).toContain('Time: 09:00–14:30');
  });

  it('has the agenda with Danish times', () => {
    expect(text).toContain('kl. 09.00–09.20  Velkomst og dagens program');
    for (const item of o.agenda) {
      expect(text).toContain(formatTimeRange(item.start, item.end, 'da'));
    }
  });

  it('has every amount exactly as formatMoney gives it, flush right', () => {
    expect(o.priceStatus).toBe('priced');
    const lines = text.split('\n');
    for (const line of o.lines) {
      const amount = formatMoney(line.amount, 'da');
      const row = lines.find((l) => l.startsWith(line.description) && l.endsWith(amount));
      expect(row, line.description).toBeDefined();
      expect(row).toHaveLength(72);
      expect(text).toContain(`  ${line.explanation}`);
    }
    const subtotal = lines.find((l) => l.startsWith('I alt ekskl. moms'));
    expect(subtotal?.endsWith(formatMoney(o.subtotal, 'da'))).toBe(true);
    expect(formatMoney(o.subtotal, 'da')).toBe('21.000,00\u00a0kr.');
    // formatPercent keeps the number and the sign together with a no-break space.
    const rate = formatPercent(2500, 'da');
    expect(rate.replace('\u00a0', ' ')).toBe('25 %');
    const vat = lines.find((l) => l.startsWith(`Moms ${rate}`));
    expect(vat?.endsWith(formatMoney(o.vatTotal, 'da'))).toBe(true);
    const total = lines.find((l) => l.startsWith('I alt inkl. moms'));
    expect(total).toBe(`I alt inkl. moms${' '.repeat(43)}${formatMoney(26_250_00, 'da')}`);
    expect(o.total).toBe(26_250_00);
  });

  it('has the terms with bullets and the indicative note', () => {
    expect(text).toContain('Tilbuddet gælder i 30 dage, til og med 27. december 2026.');
    expect(text).toContain('Betaling: Betaling efter levering mod faktura');
    expect(text).toContain('Prisen omfatter:\n\u2022 Forberedelse og tilpasning af programmet');
    expect(text).toContain('Prisen omfatter ikke:\n\u2022 Lokaler og teknisk udstyr');
    expect(text.trimEnd().endsWith('er på plads.')).toBe(true);
  });

  it('wraps long paragraphs at 72 characters without trailing spaces', () => {
    expectTidy(text);
    // The summary is longer than one line, so it really is wrapped, and nothing is lost.
    const summary = o.offering.summary;
    expect(summary.length).toBeGreaterThan(72);
    const start = text.indexOf('En temadag for');
    const block = text.slice(start, text.indexOf('\n\n', start));
    expect(block.split('\n').length).toBeGreaterThan(1);
    expect(block.replace(/\n/g, ' ')).toBe(summary);
    // A long agenda title continues under the title, not under the time.
    expect(text).toMatch(/kl\. 09\.20–10\.20 {2}Oplæg: .*\n {17}\S/);
  });

  it('is deterministic', () => {
    expect(renderOfferText(offer())).toBe(text);
  });

  it('shows date, place and the customer when given', () => {
    const full = renderOfferText(
      offer(
        { date: '2027-03-15', place: 'Rådhuset', modules: ['forsamtale'], travel: { km: 50 } },
        {
          customer: {
            organisation: 'Eksempel Kommune',
            contact: 'Anne Andersen',
            email: 'anne@example.dk',
            reference: 'PO-1',
          },
        },
      ),
    );
    expect(full).toContain('Dato for temadagen: 15. marts 2027');
    expect(full).toContain('Sted: Rådhuset');
    expect(full).toContain('Kunde\n-----\nEksempel Kommune\nKontaktperson: Anne Andersen');
    expect(full).toContain('Reference: PO-1');
    expect(full).toContain('Forsamtale');
    expect(full).toContain(formatMoney(2_500_00, 'da'));
    expect(full).toContain('Tur-retur 100 km × 3,80\u00a0kr.');
    expectTidy(full);
  });

  it('takes message overrides', () => {
    const custom = renderOfferText(o, { messages: { offer: { indicative: 'Prisoverslag' } } });
    expect(custom.startsWith('Prisoverslag\n============\n')).toBe(true);
  });
});

describe('renderOfferText in English', () => {
  const o = offer({}, { locale: 'en' });
  const text = renderOfferText(o);

  it('uses the English words, dates, times and amounts', () => {
    expect(text.startsWith('Indicative offer\n')).toBe(true);
    expect(text).toContain('Offer number: T-2026-0042');
    expect(text).toContain('Valid until: 27 December 2026');
    expect(text).toContain('09:00–09:20  Welcome and programme');
    expect(text).toContain('Indicative price');
    expect(text).toContain('VAT 25%');
    const total = text.split('\n').find((l) => l.startsWith('Total incl. VAT'));
    expect(total?.endsWith(formatMoney(o.total, 'en'))).toBe(true);
    expect(formatMoney(o.total, 'en')).toBe('DKK\u00a026,250.00');
    expect(text).toContain(
      'This offer is valid for 30 days, until and including 27 December 2026.',
    );
    expectTidy(text);
  });
});

describe('renderOfferText on request', () => {
  // 70 participants is above the offering's on-request limit of 60.
  const o = offer({ participants: 70 });
  const text = renderOfferText(o);

  it('says "Pris efter aftale" and why, and shows no amounts', () => {
    expect(o.priceStatus).toBe('on-request');
    expect(text).toContain(
      'Pris\n----\nPris efter aftale\nOver 60 deltagere aftales prisen direkte.',
    );
    expect(text).not.toContain('kr.');
    expect(text).not.toContain('I alt inkl. moms');
    expect(text).not.toContain(`Moms ${formatPercent(2500, 'da')}`);
    expect(text).toContain('Antal deltagere: 70');
    expect(text).toContain('kl. 09.00');
    expectTidy(text);
  });

  it('in English says "Price on request"', () => {
    const en = renderOfferText(offer({ participants: 70 }, { locale: 'en' }));
    expect(en).toContain('Price on request\nAbove 60 participants the price is agreed directly.');
    expect(en).not.toContain('DKK');
    expectTidy(en);
  });
});
