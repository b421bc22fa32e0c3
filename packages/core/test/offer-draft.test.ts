import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  OfferDraftSchema,
  ValidationError,
  calendarDaysBetween,
  copenhagenDateTime,
  createOffer,
  formatCopenhagenTime,
  isOfferValid,
  loadCatalog,
  priceSelection,
  revisionNumber,
  type OfferDraftInput,
  type Problem,
} from '@temadag/core';
import { EXAMPLE_CATALOG as catalog } from './catalog.support.js';

const hel30 = { offering: 'dialog-i-udsatte-boligomraader', format: 'hel', participants: 30 };
const now = new Date('2027-01-05T09:00:00Z');

function problemsOf(run: () => unknown): readonly Problem[] {
  try {
    run();
  } catch (e) {
    expect(e).toBeInstanceOf(ValidationError);
    return (e as ValidationError).problems;
  }
  throw new Error('expected a ValidationError');
}

const extra = {
  description: 'Ekstra facilitator',
  quantity: 2,
  unitAmount: 150_000,
  vatRate: 2500,
};

describe('manual lines', () => {
  it('are priced after the catalog lines, with VAT on the sum per rate', () => {
    const plain = priceSelection(catalog, hel30);
    const price = priceSelection(catalog, {
      ...hel30,
      lines: [extra, { description: 'Bog', quantity: 30, unitAmount: 10_000, vatRate: 0 }],
    });
    expect(price.lines.slice(0, plain.lines.length)).toEqual(plain.lines);
    expect(price.lines.slice(plain.lines.length)).toEqual([
      {
        rule: 'manual-1',
        kind: 'manual',
        description: 'Ekstra facilitator',
        explanation: '2 × 1.500,00\u00a0kr.',
        quantity: 2,
        unitAmount: 150_000,
        amount: 300_000,
        vatRate: 2500,
      },
      expect.objectContaining({ rule: 'manual-2', amount: 300_000, vatRate: 0 }),
    ]);
    expect(price.subtotal).toBe(plain.subtotal + 600_000);
    expect(price.vat).toEqual([
      { rate: 2500, base: plain.subtotal + 300_000, amount: (plain.subtotal + 300_000) / 4 },
      { rate: 0, base: 300_000, amount: 0 },
    ]);
  });

  it('name the field of each problem', () => {
    const problems = problemsOf(() =>
      priceSelection(catalog, {
        ...hel30,
        lines: [{ ...extra, description: '  ', quantity: 0, unitAmount: -1, vatRate: 2500.5 }],
      }),
    );
    expect(problems.map((p) => [p.path, p.code])).toEqual([
      ['lines[0].description', 'too-short'],
      ['lines[0].quantity', 'too-small'],
      ['lines[0].unitAmount', 'too-small'],
      ['lines[0].vatRate', 'integer'],
    ]);
  });

  it('turn a price on request into a price made of the manual lines', () => {
    const onRequest = { ...hel30, participants: 80 };
    // The example catalog agrees the price directly above 60 participants.
    expect(priceSelection(catalog, onRequest).status).toBe('on-request');
    const price = priceSelection(catalog, { ...onRequest, lines: [extra] });
    expect(price).toMatchObject({ status: 'priced', subtotal: 300_000, total: 375_000 });
    expect(price).not.toHaveProperty('onRequestReason');
  });
});

describe('adjustments', () => {
  it('a rate discount is the rate of the subtotal before adjustments, split over VAT rates', () => {
    const lines = [
      { description: 'Kursus', quantity: 1, unitAmount: 750_000, vatRate: 2500 },
      { description: 'Bog', quantity: 1, unitAmount: 250_000, vatRate: 0 },
    ];
    const draft: OfferDraftInput = {
      ...hel30,
      lines,
      adjustments: [{ kind: 'discount', reason: 'Rammeaftale', rate: 1000 }],
    };
    const plain = priceSelection(catalog, { ...hel30, lines });
    const price = priceSelection(catalog, draft);
    const adjustment = price.lines.filter((l) => l.kind === 'adjustment');
    const base25 = plain.vat.find((v) => v.rate === 2500)!.base;
    const total = Math.round((plain.subtotal * 1000) / 10_000);
    expect(adjustment.map((l) => l.vatRate)).toEqual([2500, 0]);
    expect(adjustment.reduce((s, l) => s + l.amount, 0)).toBe(-total);
    expect(adjustment[1]!.amount).toBe(-25_000);
    expect(adjustment[0]!).toMatchObject({
      rule: 'adjustment-1',
      description: 'Rabat: Rammeaftale',
      quantity: 1,
      unitAmount: adjustment[0]!.amount,
    });
    expect(adjustment[0]!.explanation).toMatch(
      /^Rabat på 10\u00a0% af .*: Rammeaftale \(andel med moms 25\u00a0%\)$/,
    );
    expect(price.vat.find((v) => v.rate === 2500)!.base).toBe(base25 + adjustment[0]!.amount);
    expect(price.subtotal).toBe(plain.subtotal - total);
  });

  it('a fixed surcharge adds its amount; English words', () => {
    const plain = priceSelection(catalog, hel30);
    const price = priceSelection(
      catalog,
      { ...hel30, adjustments: [{ kind: 'surcharge', reason: 'Weekend', amount: 200_000 }] },
      { locale: 'en' },
    );
    const line = price.lines.at(-1)!;
    expect(line).toMatchObject({
      kind: 'adjustment',
      amount: 200_000,
      description: 'Surcharge: Weekend',
    });
    expect(line.explanation).toBe('Surcharge of DKK\u00a02,000.00: Weekend');
    expect(price.subtotal).toBe(plain.subtotal + 200_000);
  });

  it('gives exactly one of rate and amount', () => {
    for (const both of [
      { kind: 'discount' as const, reason: 'X', rate: 100, amount: 100 },
      { kind: 'discount' as const, reason: 'X' },
    ]) {
      expect(problemsOf(() => priceSelection(catalog, { ...hel30, adjustments: [both] }))).toEqual([
        {
          path: 'adjustments[0]',
          code: 'rate-or-amount',
          message: 'Angiv enten en sats eller et beløb, ikke begge.',
        },
      ]);
    }
  });

  it('refuses discounts larger than the subtotal, naming the first discount', () => {
    const plain = priceSelection(catalog, hel30);
    const problems = problemsOf(() =>
      priceSelection(catalog, {
        ...hel30,
        adjustments: [
          { kind: 'surcharge', reason: 'A', amount: 1 },
          { kind: 'discount', reason: 'B', amount: plain.subtotal + 2 },
        ],
      }),
    );
    expect(problems).toEqual([
      expect.objectContaining({ path: 'adjustments[1].amount', code: 'discount-exceeds' }),
    ]);
    // Exactly the subtotal is allowed: the offer is then free.
    const free = priceSelection(catalog, {
      ...hel30,
      adjustments: [{ kind: 'discount', reason: 'B', amount: plain.subtotal }],
    });
    expect([free.subtotal, free.total]).toEqual([0, 0]);
  });

  it('need something to adjust', () => {
    const json = JSON.parse(
      readFileSync(new URL('../../../examples/catalog/catalog.json', import.meta.url), 'utf8'),
    );
    json.offerings[0].priceRules = [{ id: 'gratis', kind: 'fixed', amount: 0 }];
    const free = loadCatalog(json);
    const adjustments = [{ kind: 'surcharge' as const, reason: 'B', amount: 500 }];
    expect(problemsOf(() => priceSelection(free, { ...hel30, adjustments }))).toEqual([
      {
        path: 'adjustments',
        code: 'nothing-to-adjust',
        message:
          'Der er intet beløb at give rabat eller tillæg på. Tilføj først en linje med en pris.',
      },
    ]);
    // With a priced manual line there is.
    expect(priceSelection(free, { ...hel30, lines: [extra], adjustments }).subtotal).toBe(300_500);
  });

  it('the schema is strict and fills defaults', () => {
    expect(OfferDraftSchema.safeParse({ ...hel30, extra: 1 }).success).toBe(false);
    expect(OfferDraftSchema.parse(hel30)).toMatchObject({
      lines: [],
      adjustments: [],
      modules: [],
    });
  });
});

describe('createOffer with a draft', () => {
  it('makes a binding revision with a validity date and the lines', () => {
    const offer = createOffer(
      catalog,
      { ...hel30, lines: [extra] },
      {
        now,
        number: revisionNumber('T-2027-0042', 2),
        revision: 2,
        replaces: 'T-2027-0042',
        status: 'binding',
        validUntil: '2027-01-31',
      },
    );
    expect(offer).toMatchObject({
      number: 'T-2027-0042-2',
      revision: 2,
      replaces: 'T-2027-0042',
      status: 'binding',
      issueDate: '2027-01-05',
      validUntil: '2027-01-31',
    });
    expect(offer.terms.validityDays).toBe(26);
    expect(offer.lines.at(-1)).toMatchObject({ kind: 'manual', amount: 300_000 });
    expect(Object.isFrozen(offer)).toBe(true);
    // Through the end of 31 January in Copenhagen (UTC+1), not a minute more.
    expect(isOfferValid(offer, new Date('2027-01-31T22:59:00Z'))).toBe(true);
    expect(isOfferValid(offer, new Date('2027-02-01T00:00:00+01:00'))).toBe(false);
  });

  it('keeps the widget’s offer as it was: indicative, no revision', () => {
    const offer = createOffer(catalog, hel30, { now, sequence: 42 });
    expect(offer.status).toBe('indicative');
    expect(offer).not.toHaveProperty('revision');
    expect(offer.validUntil).toBe('2027-02-04');
  });

  it('refuses a validity date before the issue date, a non-date and a bad revision', () => {
    const options = { now, number: 'T-1' };
    expect(
      problemsOf(() => createOffer(catalog, hel30, { ...options, validUntil: '2027-01-04' })),
    ).toEqual([
      {
        path: 'validUntil',
        code: 'valid-until-past',
        message: 'Gyldighedsdatoen kan ikke ligge før tilbuddets dato (2027-01-05).',
      },
    ]);
    expect(
      problemsOf(() => createOffer(catalog, hel30, { ...options, validUntil: '2027-02-30' })),
    ).toEqual([expect.objectContaining({ path: 'validUntil', code: 'date' })]);
    expect(problemsOf(() => createOffer(catalog, hel30, { ...options, revision: 0 }))).toEqual([
      expect.objectContaining({ path: 'revision', code: 'too-small' }),
    ]);
    // The validity date on the issue day itself is allowed.
    expect(
      createOffer(catalog, hel30, { ...options, validUntil: '2027-01-05' }).terms.validityDays,
    ).toBe(0);
  });

  it('reports a draft’s problems with the selection’s', () => {
    const problems = problemsOf(() =>
      createOffer(
        catalog,
        { ...hel30, participants: 0, adjustments: [{ kind: 'discount', reason: '', rate: 1 }] },
        { now },
      ),
    );
    expect(problems.map((p) => p.path)).toEqual(['participants', 'adjustments[0].reason']);
  });
});

describe('revisions and time', () => {
  it('revisionNumber: 1 is the base, n ≥ 2 gets a suffix', () => {
    expect(revisionNumber('T-2027-0042', 1)).toBe('T-2027-0042');
    expect(revisionNumber('T-2027-0042', 2)).toBe('T-2027-0042-2');
    expect(revisionNumber('T-2027-0042', 12)).toBe('T-2027-0042-12');
    for (const bad of [0, -1, 1.5, Number.NaN]) {
      expect(() => revisionNumber('T-2027-0042', bad)).toThrow(RangeError);
    }
  });

  it('copenhagenDateTime and formatCopenhagenTime read the wall clock in Copenhagen', () => {
    expect(copenhagenDateTime('2027-01-05T13:03:00Z')).toEqual({
      date: '2027-01-05',
      time: '14:03',
    });
    expect(copenhagenDateTime('2027-07-05T22:30:00Z')).toEqual({
      date: '2027-07-06',
      time: '00:30',
    });
    expect(formatCopenhagenTime('2027-01-05T13:03:00Z', 'da')).toBe('5. januar 2027 kl. 14.03');
    expect(formatCopenhagenTime('2027-01-05T13:03:00Z', 'en')).toBe('5 January 2027, 14:03');
    expect(() => copenhagenDateTime('not a time')).toThrow(RangeError);
  });

  it('calendarDaysBetween counts calendar days and refuses non-dates', () => {
    expect(calendarDaysBetween('2026-11-27', '2026-12-27')).toBe(30);
    expect(calendarDaysBetween('2027-03-27', '2027-03-29')).toBe(2);
    expect(calendarDaysBetween('2027-01-05', '2027-01-04')).toBe(-1);
    expect(calendarDaysBetween('2027-01-05', '2027-13-01')).toBeNaN();
  });
});
