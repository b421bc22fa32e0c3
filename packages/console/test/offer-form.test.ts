// The offer editor's pure parts in Node: amounts as typed in Danish and English, the form to
// and from the API's draft, and problems' paths to fields.
import { describe, expect, it } from 'vitest';
import type { RevisionDraft } from '@temadag/core';
import { da, en } from '../src/messages/index.js';
import { formatHundredths, parseHundredths } from '../src/offer-editor/amounts.js';
import { draftFromForm, fieldOf, formFromDraft } from '../src/offer-editor/form-state.js';

const base: RevisionDraft = {
  locale: 'da',
  selection: {
    offering: 'dialog-i-udsatte-boligomraader',
    format: 'hel',
    participants: 30,
    modules: ['forsamtale'],
    date: '2027-03-18',
    travel: { km: 120 },
  },
  customer: { organisation: 'Aarhus Kommune', email: 'mette@example.dk', ean: '5790000000005' },
  lines: [{ description: 'Materialer', quantity: 3, unitAmount: 125050, vatRate: 2500 }],
  adjustments: [{ kind: 'discount', reason: 'To temadage', rate: 1250 }],
  validUntil: '2027-01-31',
};

describe('parseHundredths', () => {
  it('reads Danish amounts with thousands points and a decimal comma', () => {
    expect(parseHundredths('1.234,50', 'da')).toBe(123450);
    expect(parseHundredths('1234,5', 'da')).toBe(123450);
    expect(parseHundredths(' 1.500 kr.', 'da')).toBe(150000);
    expect(parseHundredths('12.500.000', 'da')).toBe(1250000000);
    expect(parseHundredths(',5', 'da')).toBe(50);
    expect(parseHundredths('0', 'da')).toBe(0);
    expect(parseHundredths('12,5 %', 'da')).toBe(1250);
  });

  it('reads English amounts with thousands commas and a decimal point', () => {
    expect(parseHundredths('1,234.50', 'en')).toBe(123450);
    expect(parseHundredths('12.5', 'en')).toBe(1250);
    expect(parseHundredths('1500 DKK', 'en')).toBe(150000);
  });

  it('refuses what is not such a number, rather than guessing', () => {
    for (const text of ['', 'abc', '12,345', '1,2,3', '-5', '12.50,5', '1.23,00', '12,5x'])
      expect(parseHundredths(text, 'da'), text).toBeUndefined();
    expect(parseHundredths('1.234,50', 'en')).toBeUndefined();
  });

  it('reads back what formatHundredths writes', () => {
    for (const value of [0, 1, 50, 99, 100, 123450, 150000, 987654321])
      for (const locale of ['da', 'en'] as const)
        expect(parseHundredths(formatHundredths(value, locale), locale)).toBe(value);
    expect(formatHundredths(123450, 'da')).toBe('1234,50');
    expect(formatHundredths(150000, 'en')).toBe('1500');
  });
});

describe('formFromDraft and draftFromForm', () => {
  it('gives back the same draft when nothing is changed', () => {
    const form = formFromDraft(base, 'da');
    expect(form.lines[0]).toEqual({
      description: 'Materialer',
      quantity: '3',
      unitPrice: '1250,50',
      vatRate: '2500',
    });
    expect(form.adjustment).toEqual({
      kind: 'discount',
      by: 'rate',
      value: '12,50',
      reason: 'To temadage',
    });
    expect(draftFromForm(form, base, 'da', da.offerEditor.check)).toEqual({
      draft: base,
      problems: [],
    });
  });

  it('reads changed amounts and leaves out emptied optional fields', () => {
    const form = formFromDraft(base, 'en');
    form.lines[0]!.unitPrice = '2,000.25';
    form.adjustment = { kind: 'surcharge', by: 'amount', value: '500', reason: ' Weekend ' };
    form.date = '';
    form.ean = ' ';
    form.message = 'Hej';
    const { draft, problems } = draftFromForm(form, base, 'en', en.offerEditor.check);
    expect(problems).toEqual([]);
    expect(draft.lines[0]!.unitAmount).toBe(200025);
    expect(draft.adjustments).toEqual([{ kind: 'surcharge', reason: 'Weekend', amount: 50000 }]);
    expect(draft.selection).not.toHaveProperty('date');
    expect(draft.selection.travel).toEqual({ km: 120 });
    expect(draft.customer).toEqual({ organisation: 'Aarhus Kommune', email: 'mette@example.dk' });
    expect(draft.message).toBe('Hej');
  });

  it('names each number it cannot read with the path the server uses', () => {
    const form = formFromDraft(base, 'da');
    form.participants = 'tredive';
    form.lines[0]!.quantity = '2,5';
    form.lines[0]!.unitPrice = '12,345';
    form.adjustment.value = 'ti';
    const { problems } = draftFromForm(form, base, 'da', da.offerEditor.check);
    expect(problems).toEqual([
      { path: 'selection.participants', message: da.offerEditor.check.participantsNumber },
      { path: 'lines[0].quantity', message: da.offerEditor.check.quantityNumber },
      { path: 'lines[0].unitAmount', message: da.offerEditor.check.unitPriceNumber },
      { path: 'adjustments[0].rate', message: da.offerEditor.check.rateNumber },
    ]);
    expect(problems.map((p) => fieldOf(p.path))).toEqual([
      'participants',
      'line-0-quantity',
      'line-0-unit',
      'adjustment-value',
    ]);
  });
});

describe('fieldOf', () => {
  it('finds the field of every path the draft has, in either index notation', () => {
    expect(fieldOf('participants')).toBe('participants');
    expect(fieldOf('selection.format')).toBe('format');
    expect(fieldOf('modules[1]')).toBe('modules');
    expect(fieldOf('customer.ean')).toBe('ean');
    expect(fieldOf('customer.email')).toBe('email');
    expect(fieldOf('lines.2.vatRate')).toBe('line-2-vat');
    expect(fieldOf('lines[0].description')).toBe('line-0-description');
    expect(fieldOf('adjustments[0].reason')).toBe('adjustment-reason');
    expect(fieldOf('adjustments.0.amount')).toBe('adjustment-value');
    expect(fieldOf('validUntil')).toBe('valid-until');
    expect(fieldOf('message')).toBe('message');
  });

  it('leaves problems of the whole offer without a field', () => {
    expect(fieldOf('')).toBeUndefined();
    expect(fieldOf('customer')).toBeUndefined();
    expect(fieldOf('locale')).toBeUndefined();
    expect(fieldOf('lines.x')).toBeUndefined();
  });
});
