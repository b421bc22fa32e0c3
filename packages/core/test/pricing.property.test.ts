import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  allocate,
  applyRate,
  loadCatalog,
  priceSelection,
  type Catalog,
  type CatalogInput,
  type Price,
  type SelectionInput,
} from '@temadag/core';

type OfferingInput = CatalogInput['offerings'][number];
type RuleInput = NonNullable<OfferingInput['priceRules']>[number];
type RuleBody = RuleInput extends infer R ? (R extends RuleInput ? Omit<R, 'id'> : never) : never;

const OFFERING = 'tema';
const MAX_PARTICIPANTS = 300;
const RUNS = 300;

// ---------------------------------------------------------------------------------------------
// Arbitraries

const vatRate = fc.constantFrom(0, 1900, 2500);
const optionalVat = fc.option(vatRate, { nil: undefined });
/** Amounts up to 10.000,00 kr.: with 300 participants every product stays far below 2^53. */
const amount = fc.integer({ min: 0, max: 1_000_000 });
const unitAmount = fc.integer({ min: 0, max: 100_000 });
const participants = fc.integer({ min: 1, max: MAX_PARTICIPANTS });

function withVat<T extends object>(body: T, vat: number | undefined): T {
  return vat === undefined ? body : { ...body, vatRate: vat };
}

/** Tier widths → tiers with inclusive `upTo`, the last one open. */
function toTiers(
  specs: readonly { width: number; unit: number; flat: number | undefined }[],
): { upTo: number | null; unitAmount: number; flatAmount?: number }[] {
  let upTo = 0;
  return specs.map((spec, i) => {
    upTo += spec.width;
    const tier = { upTo: i === specs.length - 1 ? null : upTo, unitAmount: spec.unit };
    return spec.flat === undefined ? tier : { ...tier, flatAmount: spec.flat };
  });
}

/** Unit prices of tiers: 0 (a free or flat-only tier) as often as any other price. */
const tierUnit = fc.oneof(fc.constant(0), unitAmount);

const tierSpecs = fc.array(
  fc.record({
    width: fc.integer({ min: 1, max: 80 }),
    unit: tierUnit,
    flat: fc.option(amount, { nil: undefined }),
  }),
  { minLength: 1, maxLength: 5 },
);

/** Tier specs whose unit and flat amounts never fall from one tier to the next. */
const risingTierSpecs = tierSpecs.map((specs) => {
  const units = specs.map((s) => s.unit).sort((a, b) => a - b);
  const flats = specs.map((s) => s.flat ?? 0).sort((a, b) => a - b);
  return specs.map((s, i) => ({ width: s.width, unit: units[i] ?? 0, flat: flats[i] }));
});

function bandsArb(rising: boolean) {
  return fc
    .array(fc.record({ width: fc.integer({ min: 1, max: 80 }), amount }), {
      minLength: 1,
      maxLength: 5,
    })
    .map((specs) => {
      const amounts = specs.map((s) => s.amount);
      if (rising) amounts.sort((a, b) => a - b);
      let upTo = 0;
      return specs.map((s, i) => {
        upTo += s.width;
        return { upTo: i === specs.length - 1 ? null : upTo, amount: amounts[i] ?? 0 };
      });
    });
}

const fixedRule: fc.Arbitrary<RuleBody> = fc
  .tuple(amount, optionalVat, fc.option(fc.constantFrom('halv', 'hel'), { nil: undefined }))
  .map(([a, vat, format]) => {
    const rule = withVat({ kind: 'fixed' as const, amount: a }, vat);
    return format === undefined ? rule : { ...rule, when: { formats: [format] } };
  });

const perParticipantRule: fc.Arbitrary<RuleBody> = fc
  .tuple(unitAmount, optionalVat)
  .map(([unit, vat]) => withVat({ kind: 'per-participant' as const, unitAmount: unit }, vat));

function tieredRule(rising: boolean): fc.Arbitrary<RuleBody> {
  return fc
    .tuple(
      fc.constantFrom('volume' as const, 'graduated' as const),
      tierSpecs,
      risingTierSpecs,
      optionalVat,
    )
    .map(([mode, any, risingSpecs, vat]) =>
      withVat(
        {
          kind: 'tiered' as const,
          mode,
          // A volume price may legitimately fall as participants rise unless its tiers rise.
          tiers: toTiers(rising && mode === 'volume' ? risingSpecs : any),
        },
        vat,
      ),
    );
}

function bandRule(rising: boolean): fc.Arbitrary<RuleBody> {
  return fc
    .tuple(bandsArb(rising), optionalVat)
    .map(([bands, vat]) => withVat({ kind: 'band' as const, bands }, vat));
}

const packageRule: fc.Arbitrary<RuleBody> = fc
  .tuple(
    fc.integer({ min: 1, max: 50 }),
    amount,
    optionalVat,
    fc.option(fc.integer({ min: 0, max: MAX_PARTICIPANTS }), { nil: undefined }),
  )
  .map(([size, a, vat, included]) =>
    withVat(
      included === undefined
        ? { kind: 'package' as const, size, amount: a }
        : { kind: 'package' as const, size, amount: a, includedParticipants: included },
      vat,
    ),
  );

const addOnRule: fc.Arbitrary<RuleBody> = fc
  .tuple(
    fc.constantFrom('forsamtale', 'opsamling'),
    fc.constantFrom('offer' as const, 'participant' as const),
    unitAmount,
    optionalVat,
  )
  .map(([module, per, a, vat]) =>
    withVat({ kind: 'add-on' as const, module, per, amount: a }, vat),
  );

const travelRule: fc.Arbitrary<RuleBody> = fc.oneof(
  fc
    .record({
      rate: fc.integer({ min: 0, max: 1000 }),
      roundTrip: fc.boolean(),
      includedKm: fc.integer({ min: 0, max: 200 }),
    })
    .map((perKm) => ({ kind: 'travel' as const, perKm })),
  fc.tuple(amount, amount).map(([near, far]) => ({
    kind: 'travel' as const,
    zones: [
      { id: 'naer', label: 'Nær', amount: near },
      { id: 'fjern', label: 'Fjern', amount: far },
    ],
  })),
);

function percentageRule(directions: readonly ('surcharge' | 'discount')[]): fc.Arbitrary<RuleBody> {
  return fc
    .tuple(
      fc.constantFrom(...directions),
      fc.integer({ min: 1, max: 10_000 }),
      fc.option(fc.nat(), { nil: undefined }),
    )
    .map(([direction, basisPoints, target]) => ({
      kind: 'percentage' as const,
      direction,
      basisPoints,
      // A number picks an earlier rule later on (see `withIds`); undefined means the document.
      scope: target === undefined ? ('document' as const) : { rule: String(target) },
      reason: 'Årsag',
    }));
}

const minimumRule: fc.Arbitrary<RuleBody> = fc
  .tuple(fc.integer({ min: 0, max: 5_000_000 }), optionalVat)
  .map(([a, vat]) => withVat({ kind: 'minimum' as const, amount: a }, vat));

const onRequestRule: fc.Arbitrary<RuleBody> = fc
  .integer({ min: 1, max: MAX_PARTICIPANTS })
  .map((n) => ({ kind: 'on-request' as const, aboveParticipants: n }));

/**
 * Gives the rules ids `r0`, `r1`, …, keeps at most one minimum and one on-request rule, and
 * points each `{ rule }` scope at an earlier rule that is not a percentage (or at the document
 * when there is none).
 */
function withIds(bodies: readonly RuleBody[]): RuleInput[] {
  const seen = new Set<string>();
  const kept = bodies.filter((b) => {
    if (b.kind !== 'minimum' && b.kind !== 'on-request') return true;
    if (seen.has(b.kind)) return false;
    seen.add(b.kind);
    return true;
  });
  return kept.map((body, i) => {
    const id = `r${i}`;
    if (body.kind === 'percentage' && body.scope !== 'document') {
      const earlier = kept
        .slice(0, i)
        .map((b, j) => ({ b, id: `r${j}` }))
        .filter(({ b }) => b.kind !== 'percentage' && b.kind !== 'minimum');
      const pick = earlier[Number(body.scope.rule) % Math.max(1, earlier.length)];
      return { ...body, id, scope: pick ? { rule: pick.id } : 'document' };
    }
    return { ...body, id } as RuleInput;
  });
}

function catalogInput(rules: RuleInput[], defaultVatRate: number): CatalogInput {
  return {
    version: 1,
    defaultVatRate,
    provider: {
      name: 'Testfirma ApS',
      contactPerson: 'Kim Test',
      email: 'kim@example.dk',
      phone: '+45 12 34 56 78',
      address: { street: 'Testvej 1', postalCode: '1000', city: 'København K' },
      privacyNoticeUrl: 'https://example.dk/privatliv',
    },
    offerings: [
      {
        id: OFFERING,
        title: 'Temadag',
        summary: 'En temadag.',
        participants: { min: 1, max: MAX_PARTICIPANTS },
        formats: [
          { id: 'halv', label: 'Halv temadag', durationMinutes: 210, start: '09:00' },
          { id: 'hel', label: 'Hel temadag', durationMinutes: 390, start: '09:00' },
        ],
        modules: [
          { id: 'velkomst', title: 'Velkomst', kind: 'talk', minutes: 15, required: true },
          { id: 'forsamtale', title: 'Forsamtale', kind: 'preparation' },
          { id: 'opsamling', title: 'Skriftlig opsamling', kind: 'deliverable' },
        ],
        priceRules: rules,
        terms: { payment: 'Netto 30 dage.', cancellation: 'Gratis indtil 14 dage før.' },
      },
    ],
  };
}

interface Scenario {
  input: CatalogInput;
  catalog: Catalog;
  rules: RuleInput[];
  selection: SelectionInput;
}

function scenarioArb(rule: fc.Arbitrary<RuleBody>, options: { singleVat?: boolean } = {}) {
  return fc
    .record({
      bodies: fc.array(rule, { minLength: 0, maxLength: 8 }),
      defaultVat: vatRate,
      participants,
      format: fc.constantFrom('halv', 'hel'),
      modules: fc.subarray(['forsamtale', 'opsamling']),
      km: fc.option(fc.integer({ min: 0, max: 500 }), { nil: undefined }),
      zone: fc.option(fc.constantFrom('naer', 'fjern'), { nil: undefined }),
    })
    .map(({ bodies, defaultVat, km, zone, ...rest }): Scenario => {
      let rules = withIds(bodies);
      if (options.singleVat) {
        rules = rules.map((r) => {
          const { vatRate: _drop, ...noVat } = r;
          return noVat as RuleInput;
        });
      }
      const input = catalogInput(rules, defaultVat);
      const hasZones = rules.some((r) => r.kind === 'travel' && r.zones !== undefined);
      const travel = {
        ...(km === undefined ? {} : { km }),
        ...(zone === undefined || !hasZones ? {} : { zone }),
      };
      const selection: SelectionInput = { offering: OFFERING, ...rest };
      if (Object.keys(travel).length > 0) selection.travel = travel;
      return { input, catalog: loadCatalog(input), rules, selection };
    });
}

const anyRule = fc.oneof(
  fixedRule,
  perParticipantRule,
  tieredRule(false),
  bandRule(false),
  packageRule,
  addOnRule,
  travelRule,
  percentageRule(['surcharge', 'discount']),
  minimumRule,
  onRequestRule,
);

/** Rules whose subtotal cannot fall as participants rise: no discounts, no on-request. */
const risingRule = fc.oneof(
  fixedRule,
  perParticipantRule,
  tieredRule(true),
  bandRule(true),
  packageRule,
  addOnRule,
  travelRule,
  percentageRule(['surcharge']),
  minimumRule,
);

/** Rising rules whose lines each only grow: every VAT base, and so the total, only grows. */
const risingLineRule = fc.oneof(
  fixedRule,
  perParticipantRule,
  tieredRule(true),
  bandRule(true),
  packageRule,
  addOnRule,
  travelRule,
);

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

  it('tiered and package rules never make a line of 0,00 kr.', () => {
    fc.assert(
      fc.property(scenarioArb(anyRule), (s) => {
        const p = price(s);
        for (const line of p.lines) {
          if (line.kind === 'tiered' || line.kind === 'package') expect(line.amount).not.toBe(0);
        }
      }),
      { numRuns: RUNS },
    );
  });

  it('a tiered rule costs what its tiers say: zero tiers count 0, flat amounts once per tier used', () => {
    fc.assert(
      fc.property(
        fc.constantFrom('volume' as const, 'graduated' as const),
        tierSpecs,
        participants,
        (mode, specs, count) => {
          const tiers = toTiers(specs);
          const catalog = loadCatalog(
            catalogInput([{ id: 't', kind: 'tiered', mode, tiers }], 2500),
          );
          const p = priceSelection(catalog, {
            offering: OFFERING,
            format: 'hel',
            participants: count,
          });
          // A reference model written apart from pricing.ts: walk the tiers with their bounds.
          let expected = 0;
          let from = 1;
          for (const tier of tiers) {
            const upTo = tier.upTo ?? Number.MAX_SAFE_INTEGER;
            const inTier =
              mode === 'volume'
                ? count >= from && count <= upTo
                  ? count
                  : 0
                : Math.max(0, Math.min(count, upTo) - from + 1);
            if (inTier > 0) expected += inTier * tier.unitAmount + (tier.flatAmount ?? 0);
            from = upTo + 1;
          }
          expect(p.subtotal).toBe(expected);
        },
      ),
      { numRuns: RUNS },
    );
  });

  it('a package rule charges the started blocks beyond the included participants', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 50 }),
        amount,
        fc.integer({ min: 0, max: MAX_PARTICIPANTS }),
        participants,
        (size, a, included, count) => {
          const catalog = loadCatalog(
            catalogInput(
              [{ id: 'p', kind: 'package', size, amount: a, includedParticipants: included }],
              2500,
            ),
          );
          const p = priceSelection(catalog, {
            offering: OFFERING,
            format: 'hel',
            participants: count,
          });
          const blocks = count <= included ? 0 : Math.ceil((count - included) / size);
          expect(p.subtotal).toBe(blocks * a);
          expect(p.lines.map((l) => l.quantity)).toEqual(blocks * a === 0 ? [] : [blocks]);
        },
      ),
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
