/**
 * fast-check arbitraries of catalogs, price rules and selections, shared by the pricing and the
 * draft property tests.
 */
import fc from 'fast-check';
import { loadCatalog, type Catalog, type CatalogInput, type SelectionInput } from '@temadag/core';
import { testProvider } from './catalog.support.js';

type OfferingInput = CatalogInput['offerings'][number];
export type RuleInput = NonNullable<OfferingInput['priceRules']>[number];
type RuleBody = RuleInput extends infer R ? (R extends RuleInput ? Omit<R, 'id'> : never) : never;

export const OFFERING = 'tema';
export const MAX_PARTICIPANTS = 300;
export const RUNS = 300;

// ---------------------------------------------------------------------------------------------
// Arbitraries

export const vatRate = fc.constantFrom(0, 1900, 2500);
const optionalVat = fc.option(vatRate, { nil: undefined });
/** Amounts up to 10.000,00 kr.: with 300 participants every product stays far below 2^53. */
export const amount = fc.integer({ min: 0, max: 1_000_000 });
export const unitAmount = fc.integer({ min: 0, max: 100_000 });
export const participants = fc.integer({ min: 1, max: MAX_PARTICIPANTS });

function withVat<T extends object>(body: T, vat: number | undefined): T {
  return vat === undefined ? body : { ...body, vatRate: vat };
}

/** Tier widths → tiers with inclusive `upTo`, the last one open. */
export function toTiers(
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

/** Tier widths with their unit and flat amounts, before {@link toTiers}. */
export const tierSpecs = fc.array(
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

export function catalogInput(rules: RuleInput[], defaultVatRate: number): CatalogInput {
  return {
    version: 1,
    defaultVatRate,
    provider: testProvider(),
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

export interface Scenario {
  input: CatalogInput;
  catalog: Catalog;
  rules: RuleInput[];
  selection: SelectionInput;
}

export function scenarioArb(rule: fc.Arbitrary<RuleBody>, options: { singleVat?: boolean } = {}) {
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

export const anyRule = fc.oneof(
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
export const risingRule = fc.oneof(
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
export const risingLineRule = fc.oneof(
  fixedRule,
  perParticipantRule,
  tieredRule(true),
  bandRule(true),
  packageRule,
  addOnRule,
  travelRule,
);
