import { describe, expect, it } from 'vitest';
import {
  ValidationError,
  applyRate,
  formatMoney,
  formatPercent,
  loadCatalog,
  parseCatalog,
  priceSelection,
  totals,
  type Catalog,
  type CatalogInput,
  type Locale,
  type Price,
  type PriceLine,
  type Problem,
  type SelectionInput,
} from '@temadag/core';
import { testProvider } from './catalog.support.js';

type OfferingInput = CatalogInput['offerings'][number];
type RuleInput = NonNullable<OfferingInput['priceRules']>[number];

const OFFERING = 'tema';

function baseOffering(): OfferingInput {
  return {
    id: OFFERING,
    title: { da: 'Temadag om dialog', en: 'Theme day on dialogue' },
    summary: 'En temadag.',
    participants: { min: 1, max: 200 },
    formats: [
      {
        id: 'halv',
        label: { da: 'Halv temadag', en: 'Half day' },
        durationMinutes: 210,
        start: '09:00',
      },
      {
        id: 'hel',
        label: { da: 'Hel temadag', en: 'Full day' },
        durationMinutes: 390,
        start: '09:00',
      },
    ],
    modules: [
      { id: 'velkomst', title: 'Velkomst', kind: 'talk', minutes: 15, required: true },
      {
        id: 'forsamtale',
        title: { da: 'Forsamtale', en: 'Preliminary meeting' },
        kind: 'preparation',
      },
      {
        id: 'opsamling',
        title: { da: 'Skriftlig opsamling', en: 'Written summary' },
        kind: 'deliverable',
      },
      {
        id: 'oevelse',
        title: { da: 'Øvelse', en: 'Exercise' },
        kind: 'exercise',
        minutes: 30,
        formats: ['hel'],
      },
    ],
    priceRules: [],
    terms: { payment: 'Netto 30 dage.', cancellation: 'Gratis afbestilling indtil 14 dage før.' },
  };
}

function catalogInput(
  rules: RuleInput[],
  offering: Partial<OfferingInput> = {},
  catalog: Partial<CatalogInput> = {},
): CatalogInput {
  return {
    version: 1,
    provider: testProvider(),
    offerings: [{ ...baseOffering(), ...offering, priceRules: rules }],
    ...catalog,
  };
}

/** A small valid catalog with one offering whose price rules are `rules`. */
function catalogWith(
  rules: RuleInput[],
  offering: Partial<OfferingInput> = {},
  catalog: Partial<CatalogInput> = {},
): Catalog {
  return loadCatalog(catalogInput(rules, offering, catalog));
}

function price(
  catalog: Catalog,
  selection: Partial<SelectionInput> = {},
  locale: Locale = 'da',
): Price {
  return priceSelection(
    catalog,
    { offering: OFFERING, format: 'hel', participants: 25, ...selection },
    { locale },
  );
}

const sum = (lines: readonly PriceLine[]) => lines.reduce((a, l) => a + l.amount, 0);
const da = (minor: number) => formatMoney(minor, 'da');
const en = (minor: number) => formatMoney(minor, 'en');

/** The problems of the ValidationError that `fn` throws. */
function problemsOf(fn: () => unknown): readonly Problem[] {
  try {
    fn();
  } catch (error) {
    expect(error).toBeInstanceOf(ValidationError);
    return (error as ValidationError).problems;
  }
  throw new Error('expected a ValidationError, but nothing was thrown');
}

/** The problems parseCatalog reports for the catalog input. */
function catalogProblems(input: CatalogInput): Problem[] {
  const result = parseCatalog(input);
  expect(result.ok).toBe(false);
  return result.ok ? [] : result.problems;
}

describe('the test catalog helper', () => {
  it('builds a valid catalog with defaults filled in', () => {
    const catalog = catalogWith([]);
    expect(catalog.currency).toBe('DKK');
    expect(catalog.defaultVatRate).toBe(2500);
    expect(catalog.offerings[0]?.priceDisplay).toBe('indicative');
  });

  it('prices an offering without rules at zero', () => {
    const p = price(catalogWith([]));
    expect(p).toEqual({
      status: 'priced',
      currency: 'DKK',
      lines: [],
      subtotal: 0,
      vat: [],
      vatTotal: 0,
      total: 0,
    });
  });
});

describe('fixed', () => {
  const catalog = catalogWith([
    { id: 'honorar-halv', kind: 'fixed', when: { formats: ['halv'] }, amount: 1_250_000 },
    { id: 'honorar-hel', kind: 'fixed', when: { formats: ['hel'] }, amount: 1_950_000 },
  ]);

  it('prices each format by the rule whose when.formats names it', () => {
    const halv = price(catalog, { format: 'halv' });
    expect(halv.lines).toHaveLength(1);
    expect(halv.lines[0]).toMatchObject({
      rule: 'honorar-halv',
      kind: 'fixed',
      quantity: 1,
      unitAmount: 1_250_000,
      amount: 1_250_000,
      vatRate: 2500,
    });
    const hel = price(catalog, { format: 'hel' });
    expect(hel.lines.map((l) => l.rule)).toEqual(['honorar-hel']);
    expect(hel.subtotal).toBe(1_950_000);
    expect(hel.vat).toEqual([{ rate: 2500, base: 1_950_000, amount: 487_500 }]);
    expect(hel.vatTotal).toBe(487_500);
    expect(hel.total).toBe(2_437_500);
  });

  it('does not depend on the participant count', () => {
    expect(price(catalog, { participants: 1 }).subtotal).toBe(1_950_000);
    expect(price(catalog, { participants: 200 }).subtotal).toBe(1_950_000);
  });

  it('explains itself in Danish and English', () => {
    const lineDa = price(catalog, { format: 'halv' }).lines[0];
    expect(lineDa?.description).toBe('Facilitering af temadag');
    expect(lineDa?.explanation).toBe('Fast pris for halv temadag');
    const lineEn = price(catalog, { format: 'halv' }, 'en').lines[0];
    expect(lineEn?.description).toBe('Facilitation of the theme day');
    expect(lineEn?.explanation).toBe('Fixed price for half day');
  });

  it('uses the rule label as description, localized with Danish fallback', () => {
    const labelled = catalogWith([
      { id: 'a', kind: 'fixed', label: { da: 'Honorar', en: 'Fee' }, amount: 100 },
      { id: 'b', kind: 'fixed', label: 'Materialer', amount: 100 },
    ]);
    expect(price(labelled).lines.map((l) => l.description)).toEqual(['Honorar', 'Materialer']);
    expect(price(labelled, {}, 'en').lines.map((l) => l.description)).toEqual([
      'Fee',
      'Materialer',
    ]);
  });
});

describe('per-participant', () => {
  const catalog = catalogWith([{ id: 'pp', kind: 'per-participant', unitAmount: 45_000 }], {
    participants: { min: 1, max: 2000 },
  });

  it('multiplies the unit amount by the participants', () => {
    const p = price(catalog, { participants: 25 });
    expect(p.lines).toHaveLength(1);
    expect(p.lines[0]).toMatchObject({
      rule: 'pp',
      kind: 'per-participant',
      quantity: 25,
      unitAmount: 45_000,
      amount: 1_125_000,
    });
    expect(p.lines[0]?.tier).toBeUndefined();
    expect(p.subtotal).toBe(1_125_000);
    expect(price(catalog, { participants: 1 }).subtotal).toBe(45_000);
  });

  it('explains itself with the × sign and the locale’s money and number format', () => {
    expect(price(catalog).lines[0]?.explanation).toBe(`25 deltagere × ${da(45_000)}`);
    expect(price(catalog).lines[0]?.description).toBe('Pris pr. deltager');
    expect(price(catalog, {}, 'en').lines[0]?.explanation).toBe(`25 participants × ${en(45_000)}`);
    expect(price(catalog, { participants: 1200 }).lines[0]?.explanation).toBe(
      `1.200 deltagere × ${da(45_000)}`,
    );
    expect(price(catalog, { participants: 1200 }, 'en').lines[0]?.explanation).toBe(
      `1,200 participants × ${en(45_000)}`,
    );
    expect(da(45_000)).toBe('450,00\u00a0kr.');
  });
});

describe('tiered', () => {
  const tiers = [
    { upTo: 20, unitAmount: 50_000 },
    { upTo: 40, unitAmount: 45_000 },
    { upTo: null, unitAmount: 40_000 },
  ];

  describe('volume: the tier holding the whole count prices every participant', () => {
    const catalog = catalogWith([{ id: 'deltagere', kind: 'tiered', mode: 'volume', tiers }]);

    it.each([
      [1, 50_000, 1, 20],
      [20, 50_000, 1, 20],
      [21, 45_000, 21, 40],
      [25, 45_000, 21, 40],
      [40, 45_000, 21, 40],
      [41, 40_000, 41, null],
      [200, 40_000, 41, null],
    ])('%i participants are priced at %i each', (participants, unit, from, upTo) => {
      const p = price(catalog, { participants });
      expect(p.lines).toHaveLength(1);
      expect(p.lines[0]).toMatchObject({
        rule: 'deltagere',
        kind: 'tiered',
        quantity: participants,
        unitAmount: unit,
        amount: participants * unit,
        tier: { from, upTo },
      });
      expect(p.subtotal).toBe(participants * unit);
    });

    it('can cost less for more participants (the volume cliff, Lago #259)', () => {
      expect(price(catalog, { participants: 20 }).subtotal).toBe(1_000_000);
      expect(price(catalog, { participants: 21 }).subtotal).toBe(945_000);
    });

    it('explains the tier in Danish and English', () => {
      expect(price(catalog).lines[0]?.explanation).toBe(
        `25 deltagere × ${da(45_000)} (alle i trin 21–40)`,
      );
      expect(price(catalog).lines[0]?.description).toBe('Deltagerpris');
      expect(price(catalog, {}, 'en').lines[0]?.explanation).toBe(
        `25 participants × ${en(45_000)} (all in tier 21–40)`,
      );
      expect(price(catalog, { participants: 41 }).lines[0]?.explanation).toBe(
        `41 deltagere × ${da(40_000)} (alle i trin 41 og derover)`,
      );
      expect(price(catalog, { participants: 41 }, 'en').lines[0]?.explanation).toBe(
        `41 participants × ${en(40_000)} (all in tier 41 and above)`,
      );
    });

    it('adds the flat amount of the tier that holds the count only', () => {
      const flat = catalogWith([
        {
          id: 'deltagere',
          kind: 'tiered',
          mode: 'volume',
          tiers: [
            { upTo: 20, unitAmount: 0, flatAmount: 500_000 },
            { upTo: null, unitAmount: 15_000, flatAmount: 100_000 },
          ],
        },
      ]);
      // The first tier has only a flat amount: one line that names its participants, no 0,00 kr.
      const at20 = price(flat, { participants: 20 });
      expect(at20.lines.map((l) => l.amount)).toEqual([500_000]);
      expect(at20.lines[0]?.explanation).toBe(
        `Fast beløb ${da(500_000)} for 20 deltagere (trin 1–20)`,
      );
      expect(price(flat, { participants: 12 }, 'en').lines[0]?.explanation).toBe(
        `Flat fee ${en(500_000)} for 12 participants (tier 1–20)`,
      );
      const p = price(flat, { participants: 21 });
      expect(p.lines.map((l) => l.amount)).toEqual([315_000, 100_000]);
      expect(p.lines[1]?.explanation).toBe(`Fast beløb ${da(100_000)} (trin 21 og derover)`);
      expect(p.subtotal).toBe(415_000);
    });
  });

  describe('graduated: each participant is priced by the tier it falls in', () => {
    const catalog = catalogWith([{ id: 'deltagere', kind: 'tiered', mode: 'graduated', tiers }]);

    it.each([
      [1, [1], 50_000],
      [20, [20], 1_000_000],
      [21, [20, 1], 1_045_000],
      [25, [20, 5], 1_225_000],
      [40, [20, 20], 1_900_000],
      [41, [20, 20, 1], 1_940_000],
      [200, [20, 20, 160], 8_300_000],
    ])('%i participants fill the tiers %j', (participants, quantities, subtotal) => {
      const p = price(catalog, { participants });
      expect(p.lines.map((l) => l.quantity)).toEqual(quantities);
      expect(p.lines.map((l) => l.unitAmount)).toEqual(
        [50_000, 45_000, 40_000].slice(0, quantities.length),
      );
      expect(p.lines.map((l) => l.tier)).toEqual(
        [
          { from: 1, upTo: 20 },
          { from: 21, upTo: 40 },
          { from: 41, upTo: null },
        ].slice(0, quantities.length),
      );
      expect(p.subtotal).toBe(subtotal);
    });

    it('explains each tier in Danish and English', () => {
      const p = price(catalog, { participants: 45 });
      expect(p.lines.map((l) => l.explanation)).toEqual([
        `20 deltagere × ${da(50_000)} (trin 1–20)`,
        `20 deltagere × ${da(45_000)} (trin 21–40)`,
        `5 deltagere × ${da(40_000)} (trin 41 og derover)`,
      ]);
      expect(price(catalog, { participants: 45 }, 'en').lines.map((l) => l.explanation)).toEqual([
        `20 participants × ${en(50_000)} (tier 1–20)`,
        `20 participants × ${en(45_000)} (tier 21–40)`,
        `5 participants × ${en(40_000)} (tier 41 and above)`,
      ]);
    });

    it('adds the flat amount of every tier reached', () => {
      const flat = catalogWith([
        {
          id: 'deltagere',
          kind: 'tiered',
          mode: 'graduated',
          tiers: [
            { upTo: 20, unitAmount: 0, flatAmount: 500_000 },
            { upTo: null, unitAmount: 15_000, flatAmount: 100_000 },
          ],
        },
      ]);
      const at20 = price(flat, { participants: 20 });
      expect(at20.lines.map((l) => l.amount)).toEqual([500_000]);
      expect(at20.lines[0]).toMatchObject({ quantity: 1, unitAmount: 500_000 });
      expect(at20.lines[0]?.explanation).toBe(
        `Fast beløb ${da(500_000)} for 20 deltagere (trin 1–20)`,
      );
      expect(price(flat, { participants: 20 }, 'en').lines[0]?.explanation).toBe(
        `Flat fee ${en(500_000)} for 20 participants (tier 1–20)`,
      );
      const at21 = price(flat, { participants: 21 });
      expect(at21.lines.map((l) => l.amount)).toEqual([500_000, 15_000, 100_000]);
      expect(at21.lines.map((l) => l.explanation)).toEqual([
        `Fast beløb ${da(500_000)} for 20 deltagere (trin 1–20)`,
        `1 deltagere × ${da(15_000)} (trin 21 og derover)`,
        `Fast beløb ${da(100_000)} (trin 21 og derover)`,
      ]);
      expect(at21.subtotal).toBe(615_000);
    });
  });

  describe('a tier priced 0 (no line of 0,00 kr.)', () => {
    const freeFirst = (mode: 'volume' | 'graduated') =>
      catalogWith([
        {
          id: 'deltagere',
          kind: 'tiered',
          mode,
          tiers: [
            { upTo: 20, unitAmount: 0 },
            { upTo: 40, unitAmount: 15_000 },
            { upTo: null, unitAmount: 10_000 },
          ],
        },
      ]);

    it('graduated: the free tier makes no line; the next priced line says it is included', () => {
      const catalog = freeFirst('graduated');
      expect(price(catalog, { participants: 20 }).lines).toEqual([]);
      const p = price(catalog, { participants: 45 });
      expect(p.lines.map((l) => l.amount)).toEqual([300_000, 50_000]);
      expect(p.lines.map((l) => l.explanation)).toEqual([
        `20 deltagere × ${da(15_000)} (trin 21–40); trin 1–20 inkluderet`,
        `5 deltagere × ${da(10_000)} (trin 41 og derover)`,
      ]);
      expect(price(catalog, { participants: 25 }, 'en').lines[0]?.explanation).toBe(
        `5 participants × ${en(15_000)} (tier 21–40); tier 1–20 included`,
      );
    });

    it('graduated: a free tier after the priced ones is noted on the last line before it', () => {
      const catalog = catalogWith([
        {
          id: 'deltagere',
          kind: 'tiered',
          mode: 'graduated',
          tiers: [
            { upTo: 10, unitAmount: 15_000 },
            { upTo: null, unitAmount: 0 },
          ],
        },
      ]);
      const p = price(catalog, { participants: 30 });
      expect(p.lines.map((l) => [l.quantity, l.amount])).toEqual([[10, 150_000]]);
      expect(p.lines[0]?.explanation).toBe(
        `10 deltagere × ${da(15_000)} (trin 1–10); trin 11 og derover inkluderet`,
      );
    });

    it('volume: a count in the free tier makes no line', () => {
      const catalog = freeFirst('volume');
      expect(price(catalog, { participants: 12 }).lines).toEqual([]);
      expect(price(catalog, { participants: 21 }).lines.map((l) => l.amount)).toEqual([315_000]);
    });
  });

  it('gives the same amount in both modes for one open tier', () => {
    const single = [{ upTo: null, unitAmount: 45_000, flatAmount: 200_000 }];
    const volume = catalogWith([{ id: 't', kind: 'tiered', mode: 'volume', tiers: single }]);
    const graduated = catalogWith([{ id: 't', kind: 'tiered', mode: 'graduated', tiers: single }]);
    for (const participants of [1, 7, 25, 200]) {
      const v = price(volume, { participants });
      const g = price(graduated, { participants });
      expect(v.subtotal).toBe(participants * 45_000 + 200_000);
      expect(g.subtotal).toBe(v.subtotal);
      expect(g.total).toBe(v.total);
    }
  });

  it('treats upTo as inclusive when the bounds touch (lago-front #3489)', () => {
    const catalog = catalogWith(
      [
        {
          id: 't',
          kind: 'tiered',
          mode: 'volume',
          tiers: [
            { from: 0, upTo: 250, unitAmount: 10_000 },
            { from: 251, upTo: null, unitAmount: 9_000 },
          ],
        },
      ],
      { participants: { min: 1, max: 1000 } },
    );
    expect(price(catalog, { participants: 250 }).lines[0]?.unitAmount).toBe(10_000);
    expect(price(catalog, { participants: 251 }).lines[0]?.unitAmount).toBe(9_000);
    const problems = catalogProblems(
      catalogInput([
        {
          id: 't',
          kind: 'tiered',
          mode: 'volume',
          tiers: [
            { from: 0, upTo: 250, unitAmount: 10_000 },
            { from: 250, upTo: null, unitAmount: 9_000 },
          ],
        },
      ]),
    );
    expect(problems).toContainEqual(
      expect.objectContaining({
        path: 'offerings[0].priceRules[0].tiers[1].from',
        code: 'tier-overlap',
      }),
    );
  });
});

describe('band', () => {
  const catalog = catalogWith([
    {
      id: 'hold',
      kind: 'band',
      bands: [
        { upTo: 20, amount: 1_500_000 },
        { upTo: 40, amount: 2_500_000 },
        { upTo: null, amount: 3_000_000 },
      ],
    },
  ]);

  it.each([
    [1, 1_500_000, 1, 20],
    [20, 1_500_000, 1, 20],
    [21, 2_500_000, 21, 40],
    [40, 2_500_000, 21, 40],
    [41, 3_000_000, 41, null],
    [200, 3_000_000, 41, null],
  ])('%i participants cost a flat %i', (participants, amount, from, upTo) => {
    const p = price(catalog, { participants });
    expect(p.lines).toHaveLength(1);
    expect(p.lines[0]).toMatchObject({
      rule: 'hold',
      kind: 'band',
      quantity: 1,
      unitAmount: amount,
      amount,
      tier: { from, upTo },
    });
  });

  it('explains the band in Danish and English', () => {
    expect(price(catalog).lines[0]?.explanation).toBe(
      'Fast pris for 21–40 deltagere (25 deltagere)',
    );
    expect(price(catalog, {}, 'en').lines[0]?.explanation).toBe(
      'Flat price for 21–40 participants (25 participants)',
    );
    expect(price(catalog, { participants: 50 }).lines[0]?.explanation).toBe(
      'Fast pris for 41 eller flere deltagere (50 deltagere)',
    );
    expect(price(catalog, { participants: 50 }, 'en').lines[0]?.explanation).toBe(
      'Flat price for 41 or more participants (50 participants)',
    );
  });
});

describe('package', () => {
  const catalog = catalogWith([{ id: 'hold', kind: 'package', size: 10, amount: 300_000 }]);

  it.each([
    [1, 1],
    [9, 1],
    [10, 1],
    [11, 2],
    [20, 2],
    [21, 3],
    [200, 20],
  ])('%i participants start %i blocks of 10', (participants, blocks) => {
    const p = price(catalog, { participants });
    expect(p.lines).toHaveLength(1);
    expect(p.lines[0]).toMatchObject({
      rule: 'hold',
      kind: 'package',
      quantity: blocks,
      unitAmount: 300_000,
      amount: blocks * 300_000,
    });
  });

  it('says one started block in the singular', () => {
    expect(price(catalog, { participants: 7 }).lines[0]?.explanation).toBe(
      `1 påbegyndt hold à 10 deltagere × ${da(300_000)}`,
    );
    expect(price(catalog, { participants: 7 }, 'en').lines[0]?.explanation).toBe(
      `1 started group of 10 participants × ${en(300_000)}`,
    );
  });

  describe('with included participants', () => {
    const included = catalogWith([
      { id: 'hold', kind: 'package', size: 10, amount: 300_000, includedParticipants: 20 },
    ]);

    it.each([
      [1, 0],
      [20, 0],
      [21, 1],
      [30, 1],
      [31, 2],
      [200, 18],
    ])('%i participants start %i blocks beyond the 20 included', (participants, blocks) => {
      const p = price(included, { participants });
      // No line of 0,00 kr. while the included participants cover everyone.
      expect(p.lines.map((l) => [l.quantity, l.amount])).toEqual(
        blocks === 0 ? [] : [[blocks, blocks * 300_000]],
      );
    });

    it('names the included participants in the explanation', () => {
      expect(price(included, { participants: 31 }).lines[0]?.explanation).toBe(
        `2 påbegyndte hold à 10 deltagere × ${da(300_000)} (20 deltagere inkluderet)`,
      );
      expect(price(included, { participants: 25 }, 'en').lines[0]?.explanation).toBe(
        `1 started group of 10 participants × ${en(300_000)} (20 participants included)`,
      );
    });

    it('defaults to none and refuses a negative number, naming the path', () => {
      expect(included.offerings[0]?.priceRules[0]).toMatchObject({ includedParticipants: 20 });
      const plain = catalog.offerings[0]?.priceRules[0];
      expect(plain).toMatchObject({ includedParticipants: 0 });
      const problems = catalogProblems(
        catalogInput([
          { id: 'hold', kind: 'package', size: 10, amount: 1, includedParticipants: -1 },
        ]),
      );
      expect(problems.map((p) => p.path)).toContain(
        'offerings[0].priceRules[0].includedParticipants',
      );
    });
  });

  it('explains the blocks in Danish and English', () => {
    expect(price(catalog, { participants: 11 }).lines[0]?.description).toBe('Holdpris');
    expect(price(catalog, { participants: 11 }).lines[0]?.explanation).toBe(
      `2 påbegyndte hold à 10 deltagere × ${da(300_000)}`,
    );
    expect(price(catalog, { participants: 11 }, 'en').lines[0]?.explanation).toBe(
      `2 started groups of 10 participants × ${en(300_000)}`,
    );
  });
});

describe('add-on', () => {
  const catalog = catalogWith([
    { id: 'honorar', kind: 'fixed', amount: 1_000_000 },
    { id: 'tilvalg-forsamtale', kind: 'add-on', module: 'forsamtale', amount: 250_000 },
    {
      id: 'tilvalg-opsamling',
      kind: 'add-on',
      module: 'opsamling',
      per: 'participant',
      amount: 5_000,
    },
    {
      id: 'tilvalg-oevelse',
      kind: 'add-on',
      label: { da: 'Ekstra øvelse', en: 'Extra exercise' },
      module: 'oevelse',
      amount: 100_000,
    },
  ]);

  it('adds nothing when the module is not chosen', () => {
    const p = price(catalog);
    expect(p.lines.map((l) => l.rule)).toEqual(['honorar']);
    expect(p.subtotal).toBe(1_000_000);
  });

  it('adds a fixed amount per offer when the module is chosen', () => {
    const p = price(catalog, { modules: ['forsamtale'] });
    expect(p.lines.map((l) => l.rule)).toEqual(['honorar', 'tilvalg-forsamtale']);
    expect(p.lines[1]).toMatchObject({
      kind: 'add-on',
      quantity: 1,
      unitAmount: 250_000,
      amount: 250_000,
      description: 'Forsamtale',
      // The line bears the module's name already: the explanation does not repeat it.
      explanation: 'Tilvalg, fast pris',
    });
    const pEn = price(catalog, { modules: ['forsamtale'] }, 'en');
    expect(pEn.lines[1]?.description).toBe('Preliminary meeting');
    expect(pEn.lines[1]?.explanation).toBe('Add-on, fixed price');
  });

  it('adds an amount per participant when the rule says so', () => {
    const p = price(catalog, { modules: ['opsamling'], participants: 30 });
    expect(p.lines[1]).toMatchObject({
      rule: 'tilvalg-opsamling',
      quantity: 30,
      unitAmount: 5_000,
      amount: 150_000,
      description: 'Skriftlig opsamling',
      explanation: `Tilvalg: 30 deltagere × ${da(5_000)}`,
    });
    expect(
      price(catalog, { modules: ['opsamling'], participants: 30 }, 'en').lines[1],
    ).toMatchObject({
      explanation: `Add-on: 30 participants × ${en(5_000)}`,
    });
    expect(p.subtotal).toBe(1_150_000);
  });

  it('follows catalog order, not selection order, and uses the rule label', () => {
    const p = price(catalog, { modules: ['oevelse', 'opsamling', 'forsamtale'] });
    expect(p.lines.map((l) => l.rule)).toEqual([
      'honorar',
      'tilvalg-forsamtale',
      'tilvalg-opsamling',
      'tilvalg-oevelse',
    ]);
    expect(p.lines[3]?.description).toBe('Ekstra øvelse');
    // A label other than the module's title: the explanation names the module.
    expect(p.lines[3]?.explanation).toBe('Tilvalg: Øvelse');
  });

  it('rejects a module that does not fit the format', () => {
    const problems = problemsOf(() => price(catalog, { format: 'halv', modules: ['oevelse'] }));
    expect(problems).toEqual([
      expect.objectContaining({ path: 'modules[0]', code: 'module-not-in-format' }),
    ]);
  });

  it('cannot be attached to a required module: a catalog error naming the path', () => {
    const input = catalogInput([
      { id: 'tilvalg-velkomst', kind: 'add-on', module: 'velkomst', amount: 10_000 },
    ]);
    const problems = catalogProblems(input);
    expect(problems).toContainEqual(
      expect.objectContaining({
        path: 'offerings[0].priceRules[0].module',
        code: 'add-on-required',
      }),
    );
    expect(() => loadCatalog(input)).toThrow(ValidationError);
  });

  it('cannot name an unknown module', () => {
    const problems = catalogProblems(
      catalogInput([{ id: 'tilvalg', kind: 'add-on', module: 'findes-ikke', amount: 10_000 }]),
    );
    expect(problems).toContainEqual(
      expect.objectContaining({
        path: 'offerings[0].priceRules[0].module',
        code: 'unknown-module',
      }),
    );
  });
});

describe('percentage', () => {
  const reason = { da: 'Kommunerabat', en: 'Municipal discount' };

  it('discounts the document and explains why', () => {
    const catalog = catalogWith([
      { id: 'honorar', kind: 'fixed', amount: 1_000_000 },
      {
        id: 'rabat',
        kind: 'percentage',
        direction: 'discount',
        basisPoints: 1000,
        scope: 'document',
        reason,
      },
    ]);
    const p = price(catalog);
    expect(p.lines[1]).toMatchObject({
      rule: 'rabat',
      kind: 'percentage',
      quantity: 1,
      unitAmount: -100_000,
      amount: -100_000,
      vatRate: 2500,
      description: 'Rabat: Kommunerabat',
      explanation: `Rabat på ${formatPercent(1000, 'da')} af ${da(1_000_000)}: Kommunerabat`,
    });
    expect(p.subtotal).toBe(900_000);
    expect(p.vat).toEqual([{ rate: 2500, base: 900_000, amount: 225_000 }]);
    expect(p.total).toBe(1_125_000);
    const pEn = price(catalog, {}, 'en');
    expect(pEn.lines[1]?.description).toBe('Discount: Municipal discount');
    expect(pEn.lines[1]?.explanation).toBe(`10% discount on ${en(1_000_000)}: Municipal discount`);
  });

  it('rounds the percentage half away from zero', () => {
    const catalog = catalogWith([
      { id: 'honorar', kind: 'fixed', amount: 1005 },
      {
        id: 'rabat',
        kind: 'percentage',
        direction: 'discount',
        basisPoints: 1000,
        scope: 'document',
        reason: 'Rabat',
      },
    ]);
    // 10 % of 10,05 kr. is 100,5 øre → 101 øre.
    expect(price(catalog).lines[1]?.amount).toBe(-101);
  });

  it('with scope document covers only the lines of rules listed before it', () => {
    const catalog = catalogWith([
      { id: 'honorar', kind: 'fixed', amount: 1_000_000 },
      {
        id: 'rabat',
        kind: 'percentage',
        direction: 'discount',
        basisPoints: 1000,
        scope: 'document',
        reason,
      },
      { id: 'pp', kind: 'per-participant', unitAmount: 10_000 },
    ]);
    const p = price(catalog, { participants: 25 });
    expect(p.lines.map((l) => [l.rule, l.amount])).toEqual([
      ['honorar', 1_000_000],
      ['rabat', -100_000],
      ['pp', 250_000],
    ]);
    expect(p.subtotal).toBe(1_150_000);
  });

  it('adds a surcharge on the lines of one rule with scope { rule }', () => {
    const catalog = catalogWith([
      { id: 'honorar', kind: 'fixed', amount: 1_000_000 },
      { id: 'pp', kind: 'per-participant', unitAmount: 45_000 },
      {
        id: 'weekend',
        kind: 'percentage',
        direction: 'surcharge',
        basisPoints: 2000,
        scope: { rule: 'pp' },
        reason: { da: 'Lørdag', en: 'Saturday' },
      },
    ]);
    const p = price(catalog, { participants: 25 });
    expect(p.lines[2]).toMatchObject({
      rule: 'weekend',
      amount: 225_000,
      description: 'Tillæg: Lørdag',
      explanation: `Tillæg på ${formatPercent(2000, 'da')} af ${da(1_125_000)}: Lørdag`,
    });
    expect(p.subtotal).toBe(1_000_000 + 1_125_000 + 225_000);
    const pEn = price(catalog, { participants: 25 }, 'en');
    expect(pEn.lines[2]?.description).toBe('Surcharge: Saturday');
    expect(pEn.lines[2]?.explanation).toBe(`20% surcharge on ${en(1_125_000)}: Saturday`);
  });

  it('makes no line when its scope has no lines', () => {
    const catalog = catalogWith([
      { id: 'tilvalg', kind: 'add-on', module: 'forsamtale', amount: 250_000 },
      {
        id: 'rabat',
        kind: 'percentage',
        direction: 'discount',
        basisPoints: 1000,
        scope: { rule: 'tilvalg' },
        reason: 'Rabat',
      },
    ]);
    expect(price(catalog).lines).toEqual([]);
    expect(price(catalog, { modules: ['forsamtale'] }).lines.map((l) => l.amount)).toEqual([
      250_000, -25_000,
    ]);
  });

  it('must name a rule listed before it', () => {
    const problems = catalogProblems(
      catalogInput([
        {
          id: 'rabat',
          kind: 'percentage',
          direction: 'discount',
          basisPoints: 1000,
          scope: { rule: 'honorar' },
          reason: 'Rabat',
        },
        { id: 'honorar', kind: 'fixed', amount: 1_000_000 },
      ]),
    );
    expect(problems).toContainEqual(
      expect.objectContaining({
        path: 'offerings[0].priceRules[0].scope.rule',
        code: 'scope-order',
      }),
    );
  });

  it('splits a document discount over two VAT rates by largest remainder', () => {
    const catalog = catalogWith([
      { id: 'moms', kind: 'fixed', amount: 10_005, vatRate: 2500 },
      { id: 'momsfri', kind: 'fixed', amount: 10_005, vatRate: 0 },
      {
        id: 'rabat',
        kind: 'percentage',
        direction: 'discount',
        basisPoints: 1000,
        scope: 'document',
        reason: 'Rabat',
      },
    ]);
    const p = price(catalog);
    const discount = p.lines.filter((l) => l.rule === 'rabat');
    // 10 % of 200,10 kr. = 20,01 kr. Rounding each rate's 10,005 kr. alone would give 20,02 kr.
    expect(discount.map((l) => [l.vatRate, l.amount])).toEqual([
      [2500, -1001],
      [0, -1000],
    ]);
    expect(sum(discount)).toBe(-applyRate(20_010, 1000));
    expect(discount.map((l) => l.explanation)).toEqual([
      `Rabat på ${formatPercent(1000, 'da')} af ${da(10_005)}: Rabat (andel med moms ${formatPercent(2500, 'da')})`,
      `Rabat på ${formatPercent(1000, 'da')} af ${da(10_005)}: Rabat (andel med moms ${formatPercent(0, 'da')})`,
    ]);
    expect(price(catalog, {}, 'en').lines[2]?.explanation).toBe(
      `10% discount on ${en(10_005)}: Rabat (share with VAT 25%)`,
    );
    expect(p.subtotal).toBe(20_010 - 2001);
    expect(p.vat).toEqual([
      { rate: 2500, base: 9004, amount: 2251 },
      { rate: 0, base: 9005, amount: 0 },
    ]);
    expect(p.total).toBe(18_009 + 2251);
  });

  it('splits in proportion to each rate’s base', () => {
    const catalog = catalogWith([
      { id: 'honorar', kind: 'fixed', amount: 750_000 },
      { id: 'bog', kind: 'fixed', amount: 250_000, vatRate: 0 },
      {
        id: 'rabat',
        kind: 'percentage',
        direction: 'discount',
        basisPoints: 333,
        scope: 'document',
        reason: 'Rabat',
      },
    ]);
    const discount = price(catalog).lines.filter((l) => l.rule === 'rabat');
    // 3,33 % of 10.000,00 kr. = 333,00 kr., split 3 : 1.
    expect(discount.map((l) => l.amount)).toEqual([-24_975, -8_325]);
  });
});

describe('travel', () => {
  function km(perKm: { rate: number; roundTrip?: boolean; includedKm?: number }): Catalog {
    return catalogWith([{ id: 'koersel', kind: 'travel', perKm }]);
  }

  it('charges a round trip per km by default', () => {
    const p = price(km({ rate: 380 }), { travel: { km: 42 } });
    expect(p.lines).toHaveLength(1);
    expect(p.lines[0]).toMatchObject({
      rule: 'koersel',
      kind: 'travel',
      quantity: 84,
      unitAmount: 380,
      amount: 31_920,
      description: 'Kørsel',
      explanation: `Tur-retur 84 km × ${da(380)}`,
    });
    expect(price(km({ rate: 380 }), { travel: { km: 42 } }, 'en').lines[0]).toMatchObject({
      description: 'Travel',
      explanation: `Return trip 84 km × ${en(380)}`,
    });
  });

  it('charges one way when roundTrip is false', () => {
    const p = price(km({ rate: 380, roundTrip: false }), { travel: { km: 42 } });
    expect(p.lines[0]).toMatchObject({ quantity: 42, amount: 15_960 });
    expect(p.lines[0]?.explanation).toBe(`42 km × ${da(380)}`);
  });

  it('leaves out the included km', () => {
    const catalog = km({ rate: 380, includedKm: 20 });
    const p = price(catalog, { travel: { km: 42 } });
    expect(p.lines[0]).toMatchObject({ quantity: 64, amount: 24_320 });
    expect(p.lines[0]?.explanation).toBe(`Tur-retur 84 km × ${da(380)} (20 km inkluderet)`);
    expect(price(catalog, { travel: { km: 42 } }, 'en').lines[0]?.explanation).toBe(
      `Return trip 84 km × ${en(380)} (20 km included)`,
    );
    const short = price(catalog, { travel: { km: 5 } });
    expect(short.lines[0]).toMatchObject({ quantity: 0, amount: 0 });
    expect(short.subtotal).toBe(0);
  });

  it('makes no line when the selection gives no km', () => {
    expect(price(km({ rate: 380 })).lines).toEqual([]);
  });

  it('charges by zone', () => {
    const catalog = catalogWith([
      {
        id: 'transport',
        kind: 'travel',
        zones: [
          { id: 'sjaelland', label: 'Sjælland', amount: 150_000 },
          { id: 'jylland', label: { da: 'Jylland', en: 'Jutland' }, amount: 300_000 },
        ],
      },
    ]);
    const p = price(catalog, { travel: { zone: 'jylland' } });
    expect(p.lines).toHaveLength(1);
    expect(p.lines[0]).toMatchObject({
      rule: 'transport',
      quantity: 1,
      amount: 300_000,
      explanation: 'Kørsel, Jylland',
    });
    expect(price(catalog, { travel: { zone: 'jylland' } }, 'en').lines[0]?.explanation).toBe(
      'Travel, Jutland',
    );
    expect(price(catalog, { travel: { zone: 'sjaelland' } }).subtotal).toBe(150_000);
    expect(price(catalog).lines).toEqual([]);
    expect(problemsOf(() => price(catalog, { travel: { zone: 'fyn' } }))).toEqual([
      expect.objectContaining({ path: 'travel.zone', code: 'unknown-zone' }),
    ]);
  });
});

describe('minimum', () => {
  const catalog = catalogWith([
    { id: 'minimum', kind: 'minimum', amount: 1_000_000 },
    { id: 'pp', kind: 'per-participant', unitAmount: 50_000 },
  ]);

  it('tops up to the minimum when the subtotal is below it', () => {
    const p = price(catalog, { participants: 10 });
    expect(p.lines).toHaveLength(2);
    expect(p.lines[1]).toMatchObject({
      rule: 'minimum',
      kind: 'minimum',
      quantity: 1,
      unitAmount: 500_000,
      amount: 500_000,
      vatRate: 2500,
      description: 'Tillæg op til mindstepris',
      explanation: `Mindstepris ${da(1_000_000)}; beregnet ${da(500_000)}`,
    });
    expect(p.subtotal).toBe(1_000_000);
    const pEn = price(catalog, { participants: 10 }, 'en');
    expect(pEn.lines[1]?.description).toBe('Top-up to the minimum price');
    expect(pEn.lines[1]?.explanation).toBe(
      `Minimum price ${en(1_000_000)}; computed ${en(500_000)}`,
    );
  });

  it('adds no line at or above the minimum', () => {
    expect(price(catalog, { participants: 19 }).lines.map((l) => l.rule)).toEqual([
      'pp',
      'minimum',
    ]);
    expect(price(catalog, { participants: 19 }).subtotal).toBe(1_000_000);
    expect(price(catalog, { participants: 20 }).lines.map((l) => l.rule)).toEqual(['pp']);
    expect(price(catalog, { participants: 21 }).lines.map((l) => l.rule)).toEqual(['pp']);
    expect(price(catalog, { participants: 21 }).subtotal).toBe(1_050_000);
  });

  it('counts discounts before it compares', () => {
    const discounted = catalogWith([
      { id: 'pp', kind: 'per-participant', unitAmount: 50_000 },
      {
        id: 'rabat',
        kind: 'percentage',
        direction: 'discount',
        basisPoints: 1000,
        scope: 'document',
        reason: 'Rabat',
      },
      { id: 'minimum', kind: 'minimum', amount: 1_000_000 },
    ]);
    const p = price(discounted, { participants: 21 });
    // 1.050.000 − 105.000 = 945.000 < 1.000.000
    expect(p.lines.map((l) => l.amount)).toEqual([1_050_000, -105_000, 55_000]);
    expect(p.subtotal).toBe(1_000_000);
  });
});

describe('on-request', () => {
  const rules: RuleInput[] = [
    { id: 'honorar', kind: 'fixed', amount: 1_000_000 },
    { id: 'pp', kind: 'per-participant', unitAmount: 10_000 },
    { id: 'over-60', kind: 'on-request', aboveParticipants: 60 },
  ];
  const catalog = catalogWith(rules);

  it('prices up to and including N participants', () => {
    const p = price(catalog, { participants: 60 });
    expect(p.status).toBe('priced');
    expect(p.onRequestReason).toBeUndefined();
    expect(p.subtotal).toBe(1_600_000);
  });

  it('computes no price above N participants', () => {
    const p = price(catalog, { participants: 61 });
    expect(p).toEqual({
      status: 'on-request',
      onRequestReason: 'Over 60 deltagere aftales prisen direkte.',
      currency: 'DKK',
      lines: [],
      subtotal: 0,
      vat: [],
      vatTotal: 0,
      total: 0,
    });
    expect(price(catalog, { participants: 61 }, 'en').onRequestReason).toBe(
      'Above 60 participants the price is agreed directly.',
    );
  });

  it('lets tiers end at N', () => {
    const closed = catalogWith([
      {
        id: 't',
        kind: 'tiered',
        mode: 'volume',
        tiers: [
          { upTo: 30, unitAmount: 10_000 },
          { upTo: 60, unitAmount: 9_000 },
        ],
      },
      { id: 'over-60', kind: 'on-request', aboveParticipants: 60 },
    ]);
    expect(price(closed, { participants: 60 }).subtotal).toBe(540_000);
    expect(price(closed, { participants: 61 }).status).toBe('on-request');
  });

  it('computes no price when the offering shows its price on request', () => {
    const hidden = catalogWith(rules.slice(0, 2), { priceDisplay: 'on-request' });
    const p = price(hidden, { participants: 10 });
    expect(p).toEqual({
      status: 'on-request',
      onRequestReason: 'Prisen aftales på baggrund af deltagerantal og kursusdesign.',
      currency: 'DKK',
      lines: [],
      subtotal: 0,
      vat: [],
      vatTotal: 0,
      total: 0,
    });
    expect(price(hidden, { participants: 10 }, 'en').onRequestReason).toBe(
      'The price is agreed on the basis of participants and course design.',
    );
  });

  it('honours its when condition like every other rule', () => {
    const input = catalogInput([
      { id: 'honorar', kind: 'fixed', amount: 1_000_000 },
      {
        id: 'halv-over-30',
        kind: 'on-request',
        aboveParticipants: 30,
        when: { formats: ['halv'] },
      },
    ]);
    const parsed = parseCatalog(input);
    // docs/catalog.md: the on-request rule's `when` is consulted, so the catalog accepts it.
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    expect(price(parsed.catalog, { format: 'halv', participants: 31 }).status).toBe('on-request');
    // The rule applies only to the half day, so the full day is priced.
    const hel = price(parsed.catalog, { format: 'hel', participants: 31 });
    expect(hel.status).toBe('priced');
    expect(hel.subtotal).toBe(1_000_000);
  });
});

describe('VAT and totals (EN 16931)', () => {
  it('golden case (Invoice Ninja #10856): 8.500,00 − 7.500,00 + 19 % VAT = 1.190,00', () => {
    expect(
      totals([
        { amount: 850_000, vatRate: 1900 },
        { amount: -750_000, vatRate: 1900 },
      ]),
    ).toEqual({
      subtotal: 100_000,
      vat: [{ rate: 1900, base: 100_000, amount: 19_000 }],
      vatTotal: 19_000,
      total: 119_000,
    });
  });

  it('golden case through a catalog: a full discount of 7.500,00 on a 8.500,00 offer', () => {
    const catalog = catalogWith(
      [
        { id: 'honorar', kind: 'fixed', amount: 750_000 },
        { id: 'pp', kind: 'per-participant', unitAmount: 4_000 },
        {
          id: 'rabat',
          kind: 'percentage',
          direction: 'discount',
          basisPoints: 10_000,
          scope: { rule: 'honorar' },
          reason: 'Aftalt rabat',
        },
      ],
      {},
      { defaultVatRate: 1900 },
    );
    const p = price(catalog, { participants: 25 });
    expect(p.lines.map((l) => l.amount)).toEqual([750_000, 100_000, -750_000]);
    expect(sum(p.lines.slice(0, 2))).toBe(850_000);
    expect(p.subtotal).toBe(100_000);
    expect(p.vat).toEqual([{ rate: 1900, base: 100_000, amount: 19_000 }]);
    expect(p.vatTotal).toBe(19_000);
    expect(p.total).toBe(119_000);
    expect(da(p.total)).toBe(formatMoney(119_000, 'da'));
  });

  it('computes VAT once per rate on the sum of the rounded lines', () => {
    const catalog = catalogWith([
      { id: 'a', kind: 'fixed', amount: 10_002 },
      { id: 'b', kind: 'fixed', amount: 10_002 },
    ]);
    const p = price(catalog);
    // Per line: 25 % of 100,02 kr. = 25,005 kr. → 25,01 kr., twice 50,02 kr.
    // Per rate: 25 % of 200,04 kr. = 50,01 kr.
    expect(applyRate(10_002, 2500) * 2).toBe(5002);
    expect(p.vat).toEqual([{ rate: 2500, base: 20_004, amount: 5001 }]);
    expect(p.vatTotal).toBe(5001);
    expect(p.total).toBe(25_005);
  });

  it('keeps one VAT entry per rate, highest rate first, with a configurable default', () => {
    const catalog = catalogWith(
      [
        { id: 'kursus', kind: 'fixed', amount: 100_000 },
        { id: 'bog', kind: 'fixed', amount: 20_000, vatRate: 0 },
        { id: 'forplejning', kind: 'fixed', amount: 30_000, vatRate: 2500 },
        { id: 'x', kind: 'fixed', amount: 1_000, vatRate: 1900 },
      ],
      {},
      { defaultVatRate: 0 },
    );
    const p = price(catalog);
    expect(p.lines.map((l) => l.vatRate)).toEqual([0, 0, 2500, 1900]);
    expect(p.vat).toEqual([
      { rate: 2500, base: 30_000, amount: 7_500 },
      { rate: 1900, base: 1_000, amount: 190 },
      { rate: 0, base: 120_000, amount: 0 },
    ]);
    expect(p.vatTotal).toBe(7_690);
    expect(p.total).toBe(151_000 + 7_690);
  });
});

describe('selection errors', () => {
  const catalog = catalogWith([{ id: 'pp', kind: 'per-participant', unitAmount: 45_000 }]);

  it('rejects 0 participants with a problem at participants (Lago #648)', () => {
    const problems = problemsOf(() => price(catalog, { participants: 0 }));
    expect(problems.map((p) => p.path)).toEqual(['participants']);
    expect(problems[0]?.code).toBe('too-small');
  });

  it('rejects negative and fractional participant counts', () => {
    expect(problemsOf(() => price(catalog, { participants: -1 })).map((p) => p.path)).toEqual([
      'participants',
    ]);
    expect(problemsOf(() => price(catalog, { participants: 2.5 })).map((p) => p.path)).toEqual([
      'participants',
    ]);
  });

  it('rejects participants outside the offering’s range', () => {
    const problems = problemsOf(() => price(catalog, { participants: 201 }));
    expect(problems).toEqual([
      expect.objectContaining({ path: 'participants', code: 'participants-range' }),
    ]);
  });

  it('names the offering when it is unknown', () => {
    const problems = problemsOf(() => price(catalog, { offering: 'findes-ikke' }));
    expect(problems).toEqual([
      expect.objectContaining({ path: 'offering', code: 'unknown-offering' }),
    ]);
  });

  it('names the format when it is unknown', () => {
    const problems = problemsOf(() => price(catalog, { format: 'kvart' }));
    expect(problems).toEqual([expect.objectContaining({ path: 'format', code: 'unknown-format' })]);
  });

  it('names the module by its index when it is unknown', () => {
    expect(problemsOf(() => price(catalog, { modules: ['nope'] }))).toEqual([
      expect.objectContaining({ path: 'modules[0]', code: 'unknown-module' }),
    ]);
    expect(problemsOf(() => price(catalog, { modules: ['forsamtale', 'nope'] }))).toEqual([
      expect.objectContaining({ path: 'modules[1]', code: 'unknown-module' }),
    ]);
  });

  it('names the module when it does not fit the format', () => {
    const problems = problemsOf(() => price(catalog, { format: 'halv', modules: ['oevelse'] }));
    expect(problems).toEqual([
      expect.objectContaining({ path: 'modules[0]', code: 'module-not-in-format' }),
    ]);
    expect(price(catalog, { format: 'hel', modules: ['oevelse'] }).status).toBe('priced');
  });

  it('throws a ValidationError with a heading in the chosen language', () => {
    expect(() => price(catalog, { participants: 0 })).toThrow(/^Valget har fejl:/);
    expect(() => price(catalog, { participants: 0 }, 'en')).toThrow(
      /^The selection has problems:\n {2}participants: /,
    );
  });
});
