// One test per statement of docs/catalog.md on how money is split and bounded: the tie of a
// document discount split over VAT rates, the moms rate of a minimum's top-up, the amount limit
// and the on-request rule's `when`.
import { describe, expect, it } from 'vitest';
import {
  loadCatalog,
  parseCatalog,
  priceSelection,
  type Catalog,
  type CatalogInput,
  type SelectionInput,
} from '@temadag/core';
import { testProvider } from './catalog.support.js';

type RuleInput = NonNullable<CatalogInput['offerings'][number]['priceRules']>[number];

function input(rules: RuleInput[], max = 200): CatalogInput {
  return {
    version: 1,
    provider: testProvider(),
    offerings: [
      {
        id: 'tema',
        title: 'Temadag',
        summary: 'En temadag.',
        participants: { min: 1, max },
        formats: [
          { id: 'halv', label: 'Halv temadag', durationMinutes: 210, start: '09:00' },
          { id: 'hel', label: 'Hel temadag', durationMinutes: 390, start: '09:00' },
        ],
        priceRules: rules,
        terms: { payment: 'Netto 30 dage.', cancellation: 'Gratis indtil 14 dage før.' },
      },
    ],
  };
}

const catalogWith = (rules: RuleInput[], max?: number): Catalog => loadCatalog(input(rules, max));
const price = (catalog: Catalog, selection: Partial<SelectionInput> = {}) =>
  priceSelection(catalog, { offering: 'tema', format: 'hel', participants: 10, ...selection });

const discount: RuleInput = {
  id: 'rabat',
  kind: 'percentage',
  direction: 'discount',
  basisPoints: 1000,
  scope: 'document',
  reason: 'Rabat',
};

describe('a document discount over several VAT rates', () => {
  it('gives a tied øre to the rate whose line comes first in the catalog', () => {
    // Two equal bases and a discount of an odd number of øre: the remainders tie.
    const zeroFirst = catalogWith([
      { id: 'bog', kind: 'fixed', amount: 10_005, vatRate: 0 },
      { id: 'honorar', kind: 'fixed', amount: 10_005, vatRate: 2500 },
      discount,
    ]);
    const zeroLines = price(zeroFirst).lines.filter((l) => l.rule === 'rabat');
    expect(zeroLines.map((l) => [l.vatRate, l.amount])).toEqual([
      [0, -1001],
      [2500, -1000],
    ]);
    const vatFirst = catalogWith([
      { id: 'honorar', kind: 'fixed', amount: 10_005, vatRate: 2500 },
      { id: 'bog', kind: 'fixed', amount: 10_005, vatRate: 0 },
      discount,
    ]);
    const vatLines = price(vatFirst).lines.filter((l) => l.rule === 'rabat');
    expect(vatLines.map((l) => [l.vatRate, l.amount])).toEqual([
      [2500, -1001],
      [0, -1000],
    ]);
  });

  it('gives the øre left over to the largest remainder, not to the first rate', () => {
    const catalog = catalogWith([
      { id: 'honorar', kind: 'fixed', amount: 33_333, vatRate: 2500 },
      { id: 'bog', kind: 'fixed', amount: 66_667, vatRate: 0 },
      discount,
    ]);
    // 10 % of 1.000,00 kr. = 100,00 kr.; shares 33,333 and 66,667 kr.: the 0 % share rounds up.
    const lines = price(catalog).lines.filter((l) => l.rule === 'rabat');
    expect(lines.map((l) => [l.vatRate, l.amount])).toEqual([
      [2500, -3333],
      [0, -6667],
    ]);
  });
});

describe('the minimum’s moms rate', () => {
  it('puts the top-up at the catalog default rate, not at the rates of the lines', () => {
    const catalog = catalogWith([
      { id: 'bog', kind: 'fixed', amount: 100_000, vatRate: 0 },
      { id: 'mindstepris', kind: 'minimum', amount: 500_000 },
    ]);
    const p = price(catalog);
    expect(p.lines.map((l) => [l.rule, l.vatRate, l.amount])).toEqual([
      ['bog', 0, 100_000],
      ['mindstepris', 2500, 400_000],
    ]);
    expect(p.vat).toEqual([
      { rate: 2500, base: 400_000, amount: 100_000 },
      { rate: 0, base: 100_000, amount: 0 },
    ]);
  });

  it('puts the top-up at the minimum rule’s own vatRate when it has one', () => {
    const catalog = catalogWith([
      { id: 'honorar', kind: 'fixed', amount: 100_000 },
      { id: 'mindstepris', kind: 'minimum', amount: 500_000, vatRate: 0 },
    ]);
    const topUp = price(catalog).lines.find((l) => l.rule === 'mindstepris');
    expect(topUp).toMatchObject({ vatRate: 0, amount: 400_000 });
  });
});

describe('the amount limit', () => {
  it('accepts amounts up to 1.000.000.000,00 kr. and refuses more, naming the path', () => {
    expect(parseCatalog(input([{ id: 'f', kind: 'fixed', amount: 100_000_000_000 }])).ok).toBe(
      true,
    );
    const result = parseCatalog(input([{ id: 'f', kind: 'fixed', amount: 100_000_000_001 }]));
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.problems.map((p) => p.path)).toEqual(['offerings[0].priceRules[0].amount']);
    }
  });

  it('refuses to price a line whose product leaves the exact integer range', () => {
    const catalog = catalogWith(
      [{ id: 'pp', kind: 'per-participant', unitAmount: 100_000_000_000 }],
      100_000,
    );
    // 100.000 × 1.000.000.000,00 kr. is 10^16 øre, above 2^53: an error, never a rounded sum.
    expect(() => price(catalog, { participants: 100_000 })).toThrow(RangeError);
    expect(price(catalog, { participants: 90_000 }).subtotal).toBe(9_000_000_000_000_000);
  });
});

describe('the on-request rule’s when', () => {
  const catalog = catalogWith([
    { id: 'honorar', kind: 'fixed', amount: 1_000_000 },
    { id: 'halv-over-30', kind: 'on-request', aboveParticipants: 30, when: { formats: ['halv'] } },
  ]);

  it('is consulted: the rule applies only where its conditions hold', () => {
    expect(price(catalog, { format: 'halv', participants: 31 }).status).toBe('on-request');
    expect(price(catalog, { format: 'halv', participants: 30 }).status).toBe('priced');
    expect(price(catalog, { format: 'hel', participants: 31 })).toMatchObject({
      status: 'priced',
      subtotal: 1_000_000,
    });
  });

  it('with a condition does not lower how far tiers must reach', () => {
    const tiers: RuleInput = {
      id: 'deltagere',
      kind: 'tiered',
      mode: 'volume',
      tiers: [{ upTo: 30, unitAmount: 10_000 }],
    };
    const conditional = parseCatalog(
      input([
        tiers,
        { id: 'over-30', kind: 'on-request', aboveParticipants: 30, when: { formats: ['halv'] } },
      ]),
    );
    expect(conditional.ok).toBe(false);
    const always = parseCatalog(
      input([tiers, { id: 'over-30', kind: 'on-request', aboveParticipants: 30 }]),
    );
    expect(always.ok).toBe(true);
  });
});
