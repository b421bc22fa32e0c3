import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { allocate, applyRate, loadCatalog, priceSelection, type Price } from '@temadag/core';
import {
  OFFERING,
  RUNS,
  amount,
  anyRule,
  catalogInput,
  participants,
  risingLineRule,
  risingRule,
  scenarioArb,
  toTiers,
  unitAmount,
  vatRate,
  type Scenario,
} from './pricing-arbitraries.js';

const sumOf = (values: readonly number[]) => values.reduce((a, b) => a + b, 0);
const price = (s: Scenario, participantsOverride?: number): Price =>
  priceSelection(
    s.catalog,
    participantsOverride === undefined
      ? s.selection
      : { ...s.selection, participants: participantsOverride },
  );

// ---------------------------------------------------------------------------------------------
// Properties

describe('pricing properties', () => {
  it('lines sum to the subtotal, and each line is quantity × unit amount', () => {
    fc.assert(
      fc.property(scenarioArb(anyRule), (s) => {
        const p = price(s);
        expect(p.subtotal).toBe(sumOf(p.lines.map((l) => l.amount)));
        for (const line of p.lines) {
          expect(Number.isSafeInteger(line.amount)).toBe(true);
          expect(line.amount).toBe(line.quantity * line.unitAmount);
        }
      }),
      { numRuns: RUNS },
    );
  });

  it('VAT is one entry per rate: applyRate on the sum of that rate’s lines', () => {
    fc.assert(
      fc.property(scenarioArb(anyRule), (s) => {
        const p = price(s);
        const rates = [...new Set(p.lines.map((l) => l.vatRate))].sort((a, b) => b - a);
        expect(p.vat.map((v) => v.rate)).toEqual(rates);
        for (const v of p.vat) {
          const base = sumOf(p.lines.filter((l) => l.vatRate === v.rate).map((l) => l.amount));
          expect(v.base).toBe(base);
          expect(v.amount).toBe(applyRate(base, v.rate));
        }
      }),
      { numRuns: RUNS },
    );
  });

  it('total = subtotal + VAT total, and VAT total is the sum of the VAT entries', () => {
    fc.assert(
      fc.property(scenarioArb(anyRule), (s) => {
        const p = price(s);
        expect(p.vatTotal).toBe(sumOf(p.vat.map((v) => v.amount)));
        expect(p.total).toBe(p.subtotal + p.vatTotal);
      }),
      { numRuns: RUNS },
    );
  });

  it('a price on request has no lines and zero totals, exactly above the limit', () => {
    fc.assert(
      fc.property(scenarioArb(anyRule), (s) => {
        const p = price(s);
        const limit = s.rules.find((r) => r.kind === 'on-request');
        const above =
          limit !== undefined &&
          limit.kind === 'on-request' &&
          s.selection.participants > limit.aboveParticipants;
        expect(p.status).toBe(above ? 'on-request' : 'priced');
        if (above) {
          expect(p.lines).toEqual([]);
          expect([p.subtotal, p.vatTotal, p.total]).toEqual([0, 0, 0]);
          expect(p.vat).toEqual([]);
        }
      }),
      { numRuns: RUNS },
    );
  });

  it('a percentage adds up to the rounded percentage of the lines in its scope', () => {
    fc.assert(
      fc.property(scenarioArb(anyRule), (s) => {
        const p = price(s);
        if (p.status !== 'priced') return;
        const order = new Map(s.rules.map((r, i) => [r.id, i]));
        s.rules.forEach((rule, k) => {
          if (rule.kind !== 'percentage') return;
          const scope = rule.scope;
          const before = p.lines.filter((l) =>
            scope === 'document'
              ? l.kind !== 'minimum' && (order.get(l.rule) ?? Infinity) < k
              : l.rule === scope.rule,
          );
          const byRate = new Map<number, number>();
          for (const l of before) byRate.set(l.vatRate, (byRate.get(l.vatRate) ?? 0) + l.amount);
          const base = sumOf([...byRate.values()].filter((b) => b > 0));
          const sign = rule.direction === 'discount' ? -1 : 1;
          const own = p.lines.filter((l) => l.rule === rule.id);
          expect(sumOf(own.map((l) => l.amount))).toBe(
            sign * applyRate(base, rule.basisPoints) || 0,
          );
          expect(new Set(own.map((l) => l.vatRate)).size).toBe(own.length);
        });
      }),
      { numRuns: RUNS },
    );
  });

  it('volume and graduated agree on a single open tier', () => {
    fc.assert(
      fc.property(
        unitAmount,
        fc.option(amount, { nil: undefined }),
        participants,
        vatRate,
        (unit, flat, count, vat) => {
          const tiers = toTiers([{ width: 1, unit, flat }]);
          const make = (mode: 'volume' | 'graduated') =>
            loadCatalog(catalogInput([{ id: 't', kind: 'tiered', mode, tiers }], vat));
          const selection = { offering: OFFERING, format: 'hel', participants: count };
          const volume = priceSelection(make('volume'), selection);
          const graduated = priceSelection(make('graduated'), selection);
          expect(volume.subtotal).toBe(count * unit + (flat ?? 0));
          expect(graduated.subtotal).toBe(volume.subtotal);
          expect(graduated.vat).toEqual(volume.vat);
          expect(graduated.total).toBe(volume.total);
        },
      ),
      { numRuns: RUNS },
    );
  });

  it('without discounts the subtotal never falls as participants rise', () => {
    fc.assert(
      fc.property(scenarioArb(risingRule), participants, (s, other) => {
        const [low, high] = [s.selection.participants, other].sort((a, b) => a - b) as [
          number,
          number,
        ];
        expect(price(s, high).subtotal).toBeGreaterThanOrEqual(price(s, low).subtotal);
      }),
      { numRuns: RUNS },
    );
  });

  it('without discounts the total never falls as participants rise (one VAT rate)', () => {
    fc.assert(
      fc.property(scenarioArb(risingRule, { singleVat: true }), participants, (s, other) => {
        const [low, high] = [s.selection.participants, other].sort((a, b) => a - b) as [
          number,
          number,
        ];
        expect(price(s, high).total).toBeGreaterThanOrEqual(price(s, low).total);
      }),
      { numRuns: RUNS },
    );
  });

  it('with rising line rules the total never falls, whatever the VAT rates', () => {
    fc.assert(
      fc.property(scenarioArb(risingLineRule), participants, (s, other) => {
        const [low, high] = [s.selection.participants, other].sort((a, b) => a - b) as [
          number,
          number,
        ];
        const a = price(s, low);
        const b = price(s, high);
        expect(b.total).toBeGreaterThanOrEqual(a.total);
        for (const v of a.vat) {
          const w = b.vat.find((x) => x.rate === v.rate);
          expect(w?.base ?? 0).toBeGreaterThanOrEqual(v.base);
        }
      }),
      { numRuns: RUNS },
    );
  });

  it('is deterministic and leaves the catalog untouched', () => {
    fc.assert(
      fc.property(
        scenarioArb(anyRule),
        fc.constantFrom('da' as const, 'en' as const),
        (s, locale) => {
          const before = structuredClone(s.catalog);
          const first = priceSelection(s.catalog, s.selection, { locale });
          const second = priceSelection(s.catalog, s.selection, { locale });
          const fresh = priceSelection(loadCatalog(structuredClone(s.input)), s.selection, {
            locale,
          });
          expect(second).toEqual(first);
          expect(fresh).toEqual(first);
          expect(s.catalog).toEqual(before);
        },
      ),
      { numRuns: RUNS },
    );
  });
});

describe('allocate properties', () => {
  const weights = fc
    .array(fc.integer({ min: 0, max: 1_000_000_000 }), { minLength: 1, maxLength: 10 })
    .filter((ws) => ws.some((w) => w > 0));
  const total = fc.integer({ min: -1_000_000_000_000, max: 1_000_000_000_000 });

  it('parts always sum to the total', () => {
    fc.assert(
      fc.property(total, weights, (t, ws) => {
        const parts = allocate(t, ws);
        expect(parts).toHaveLength(ws.length);
        expect(sumOf(parts)).toBe(t);
      }),
      { numRuns: 500 },
    );
  });

  it('each part is its exact share rounded down or up, zero weights get nothing', () => {
    fc.assert(
      fc.property(total, weights, (t, ws) => {
        const parts = allocate(t, ws);
        const sumW = BigInt(sumOf(ws));
        ws.forEach((w, i) => {
          const part = parts[i] ?? Number.NaN;
          // |part × Σw − t × w| < Σw: the part is within one øre of its exact share.
          const diff = BigInt(part) * sumW - BigInt(t) * BigInt(w);
          expect(diff < sumW && -diff < sumW).toBe(true);
          if (w === 0) expect(Object.is(part, 0)).toBe(true);
          if (t !== 0 && part !== 0) expect(Math.sign(part)).toBe(Math.sign(t));
        });
      }),
      { numRuns: 500 },
    );
  });

  it('a negative total splits as the mirror of the positive one', () => {
    fc.assert(
      fc.property(total, weights, (t, ws) => {
        expect(allocate(-t, ws).map((p) => -p || 0)).toEqual(allocate(t, ws));
      }),
      { numRuns: 300 },
    );
  });
});
