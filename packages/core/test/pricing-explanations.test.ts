// priceResolved's `explanations: false`: the same price with every explanation left empty.
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  loadCatalog,
  priceResolved,
  resolveSelection,
  type Catalog,
  type Locale,
  type Price,
  type SelectionInput,
} from '@temadag/core';
import { OFFERING, RUNS, anyRule, catalogInput, scenarioArb } from './pricing-arbitraries.js';

/** The price with and without explanations, or undefined when the selection does not resolve. */
function both(catalog: Catalog, selection: SelectionInput, locale: Locale) {
  const resolved = resolveSelection(catalog, selection, { locale });
  if (!resolved.ok) return undefined;
  return {
    full: priceResolved(catalog, resolved.value, { locale }),
    quiet: priceResolved(catalog, resolved.value, { locale, explanations: false }),
  };
}

/** The price as it would be with every line's explanation empty. */
const unexplained = (price: Price): Price => ({
  ...price,
  lines: price.lines.map((line) => ({ ...line, explanation: '' })),
});

describe('priceResolved with explanations: false', () => {
  it('gives the same lines, amounts and totals, only the explanations empty (any rules)', () => {
    fc.assert(
      fc.property(scenarioArb(anyRule), fc.constantFrom<Locale>('da', 'en'), (s, locale) => {
        const prices = both(s.catalog, s.selection, locale);
        if (!prices) return;
        expect(prices.quiet).toEqual(unexplained(prices.full));
      }),
      { numRuns: RUNS },
    );
  });

  it('does so for every offering, format, add-on and count of the example catalog', () => {
    const catalog = loadCatalog(
      JSON.parse(
        readFileSync(new URL('../../../examples/catalog/catalog.json', import.meta.url), 'utf8'),
      ),
    );
    let lines = 0;
    for (const offering of catalog.offerings) {
      const optional = offering.modules.filter((m) => !m.required).map((m) => m.id);
      for (const format of offering.formats) {
        for (let n = offering.participants.min; n <= offering.participants.max; n += 3) {
          for (const locale of ['da', 'en'] as const) {
            const selection = {
              offering: offering.id,
              format: format.id,
              participants: n,
              modules: optional,
              travel: { km: 42 },
            };
            const prices = both(catalog, selection, locale);
            if (!prices) continue;
            expect(prices.quiet).toEqual(unexplained(prices.full));
            // The full price does explain its lines: the option is what empties them.
            for (const line of prices.full.lines) expect(line.explanation).not.toBe('');
            lines += prices.full.lines.length;
          }
        }
      }
    }
    expect(lines).toBeGreaterThan(100);
  });

  it('writes the on-request reason in full (it is not an explanation)', () => {
    const input = catalogInput(
      [
        { id: 'fee', kind: 'fixed', amount: 100_000 },
        { id: 'big', kind: 'on-request', aboveParticipants: 1500 },
      ],
      2500,
    );
    input.offerings[0]!.participants = { min: 1, max: 3000 };
    const catalog = loadCatalog(input);
    const prices = both(catalog, { offering: OFFERING, format: 'hel', participants: 2000 }, 'da');
    expect(prices?.full.status).toBe('on-request');
    expect(prices?.full.onRequestReason).toContain('1.500');
    expect(prices?.quiet).toEqual(prices?.full);
  });
});
