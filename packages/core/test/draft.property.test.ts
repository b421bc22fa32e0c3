import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  ValidationError,
  applyRate,
  createOffer,
  loadCatalog,
  priceSelection,
  type AdjustmentInput,
  type ManualLineInput,
  type OfferDraftInput,
  type Price,
} from '@temadag/core';
import { RUNS, anyRule, scenarioArb, type Scenario } from './pricing-arbitraries.js';

const manualLine: fc.Arbitrary<ManualLineInput> = fc.record({
  description: fc.constantFrom('Ekstra facilitator', 'Materialer', 'Lokaleleje'),
  quantity: fc.integer({ min: 1, max: 50 }),
  unitAmount: fc.integer({ min: 0, max: 2_000_000 }),
  vatRate: fc.constantFrom(0, 1900, 2500),
});

const adjustment: fc.Arbitrary<AdjustmentInput> = fc.oneof(
  fc.record({
    kind: fc.constantFrom('discount' as const, 'surcharge' as const),
    reason: fc.constant('Aftale'),
    rate: fc.integer({ min: 1, max: 3_000 }),
  }),
  fc.record({
    kind: fc.constantFrom('discount' as const, 'surcharge' as const),
    reason: fc.constant('Aftale'),
    amount: fc.integer({ min: 1, max: 500_000 }),
  }),
);

interface DraftScenario extends Scenario {
  draft: OfferDraftInput;
}

const draftArb: fc.Arbitrary<DraftScenario> = fc
  .tuple(
    scenarioArb(anyRule),
    fc.array(manualLine, { maxLength: 5 }),
    fc.array(adjustment, { maxLength: 3 }),
  )
  .map(([s, lines, adjustments]) => ({ ...s, draft: { ...s.selection, lines, adjustments } }));

const sumOf = (values: readonly number[]) => values.reduce((a, b) => a + b, 0);

/** The price of a draft, or undefined when the draft is refused (too large a discount...). */
function tryPrice(s: DraftScenario): Price | undefined {
  try {
    return priceSelection(s.catalog, s.draft);
  } catch (error) {
    if (!(error instanceof ValidationError)) throw error;
    const codes = error.problems.map((p) => p.code);
    // The only refusals a well-formed draft may meet.
    for (const code of codes) expect(['discount-exceeds', 'nothing-to-adjust']).toContain(code);
    return undefined;
  }
}

describe('draft pricing properties (manual lines and adjustments)', () => {
  it('lines sum to the subtotal, each line is quantity × unit amount', () => {
    fc.assert(
      fc.property(draftArb, (s) => {
        const p = tryPrice(s);
        if (!p) return;
        expect(p.subtotal).toBe(sumOf(p.lines.map((l) => l.amount)));
        for (const line of p.lines) {
          expect(Number.isSafeInteger(line.amount)).toBe(true);
          expect(line.amount).toBe(line.quantity * line.unitAmount);
        }
        expect(p.total).toBe(p.subtotal + p.vatTotal);
      }),
      { numRuns: RUNS },
    );
  });

  it('VAT is one entry per rate: applyRate once on the sum of that rate’s lines', () => {
    fc.assert(
      fc.property(draftArb, (s) => {
        const p = tryPrice(s);
        if (!p) return;
        const rates = [...new Set(p.lines.map((l) => l.vatRate))].sort((a, b) => b - a);
        expect(p.vat.map((v) => v.rate)).toEqual(rates);
        for (const v of p.vat) {
          const base = sumOf(p.lines.filter((l) => l.vatRate === v.rate).map((l) => l.amount));
          expect(v.base).toBe(base);
          expect(v.amount).toBe(applyRate(base, v.rate));
        }
        expect(p.vatTotal).toBe(sumOf(p.vat.map((v) => v.amount)));
      }),
      { numRuns: RUNS },
    );
  });

  it('manual lines come after the catalog lines, unchanged, and adjustments add up exactly', () => {
    fc.assert(
      fc.property(draftArb, (s) => {
        const p = tryPrice(s);
        if (!p) return;
        const plain = priceSelection(s.catalog, s.selection);
        const catalogLines = p.lines.filter((l) => l.kind !== 'manual' && l.kind !== 'adjustment');
        expect(catalogLines).toEqual(plain.lines);
        const manual = p.lines.filter((l) => l.kind === 'manual');
        expect(manual.map((l) => [l.description, l.quantity, l.unitAmount, l.vatRate])).toEqual(
          (s.draft.lines ?? []).map((l) => [l.description, l.quantity, l.unitAmount, l.vatRate]),
        );
        // Each adjustment's lines (one per VAT rate) add up to its rate of the positive bases
        // before adjustments, or to its fixed amount.
        const before = [...catalogLines, ...manual];
        const byRate = new Map<number, number>();
        for (const l of before) byRate.set(l.vatRate, (byRate.get(l.vatRate) ?? 0) + l.amount);
        const base = sumOf([...byRate.values()].filter((b) => b > 0));
        (s.draft.adjustments ?? []).forEach((a, i) => {
          const own = p.lines.filter((l) => l.rule === `adjustment-${i + 1}`);
          const size = a.rate !== undefined ? applyRate(base, a.rate) : (a.amount ?? 0);
          expect(sumOf(own.map((l) => l.amount))).toBe(a.kind === 'discount' ? -size || 0 : size);
          expect(new Set(own.map((l) => l.vatRate)).size).toBe(own.length);
        });
        // A draft whose discounts would take it below zero is refused, never priced.
        if ((s.draft.adjustments ?? []).length > 0) expect(p.subtotal).toBeGreaterThanOrEqual(0);
      }),
      { numRuns: RUNS },
    );
  });

  it('a draft without lines and adjustments prices exactly as the plain selection', () => {
    fc.assert(
      fc.property(scenarioArb(anyRule), (s) => {
        const draft = { ...s.selection, lines: [], adjustments: [] };
        expect(priceSelection(s.catalog, draft)).toEqual(priceSelection(s.catalog, s.selection));
      }),
      { numRuns: RUNS },
    );
  });

  it('same input, same offer: deterministic and the catalog untouched', () => {
    const now = new Date('2027-01-05T09:00:00Z');
    fc.assert(
      fc.property(draftArb, fc.constantFrom('da' as const, 'en' as const), (s, locale) => {
        if (!tryPrice(s)) return;
        const before = structuredClone(s.catalog);
        const options = { now, locale, number: 'T-2027-0042-2', status: 'binding' as const };
        const first = createOffer(s.catalog, s.draft, options);
        const second = createOffer(s.catalog, structuredClone(s.draft), options);
        const fresh = createOffer(loadCatalog(structuredClone(s.input)), s.draft, options);
        expect(second).toEqual(first);
        expect(fresh).toEqual(first);
        expect(JSON.stringify(fresh)).toBe(JSON.stringify(first));
        expect(s.catalog).toEqual(before);
      }),
      { numRuns: 150 },
    );
  });
});
