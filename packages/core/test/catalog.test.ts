import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ValidationError, loadCatalog, parseCatalog, type Problem } from '@temadag/core';

// The example catalog as plain JSON, so that each test can break it in its own way.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Json = any;

const exampleText = readFileSync(
  new URL('../../../examples/catalog/catalog.json', import.meta.url),
  'utf8',
);

/** A fresh copy of the example catalog, changed by `change`. */
function example(change: (c: Json) => void = () => {}): Json {
  const c: Json = JSON.parse(exampleText);
  change(c);
  return c;
}

/** Offering 0: "Dialog i udsatte boligområder" (max 80, on request above 60). */
const O0 = 'offerings[0]';
/** Offering 1: "Borgerdialog i de almene boligområder" (max 60, no on-request rule). */
const O1 = 'offerings[1]';

function problemsOf(input: unknown, options: Parameters<typeof parseCatalog>[1] = {}): Problem[] {
  const result = parseCatalog(input, options);
  if (result.ok) throw new Error('expected the catalog to be rejected');
  expect(result.problems.length).toBeGreaterThan(0);
  return result.problems;
}

function find(problems: Problem[], path: string, code: string): Problem {
  const found = problems.find((p) => p.path === path && p.code === code);
  if (!found) {
    throw new Error(
      `no problem ${code} at ${path}; got:\n${problems.map((p) => `  ${p.path} ${p.code}: ${p.message}`).join('\n')}`,
    );
  }
  return found;
}

/**
 * Checks that the catalog is rejected with `code` at `path`, with a Danish message by default
 * and an English one with `{ locale: 'en' }`.
 */
function expectProblem(
  input: unknown,
  path: string,
  code: string,
  da: RegExp | string,
  en: RegExp | string,
): void {
  const daProblem = find(problemsOf(input), path, code);
  const enProblem = find(problemsOf(input, { locale: 'en' }), path, code);
  if (typeof da === 'string') expect(daProblem.message).toBe(da);
  else expect(daProblem.message).toMatch(da);
  if (typeof en === 'string') expect(enProblem.message).toBe(en);
  else expect(enProblem.message).toMatch(en);
  expect(daProblem.message).not.toBe(enProblem.message);
}

function expectValid(input: unknown): void {
  const result = parseCatalog(input);
  if (!result.ok) {
    throw new Error(
      `expected a valid catalog; got:\n${result.problems.map((p) => `  ${p.path} ${p.code}: ${p.message}`).join('\n')}`,
    );
  }
}

describe('the example catalog', () => {
  it('parses without problems', () => {
    const result = parseCatalog(JSON.parse(exampleText));
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.catalog.offerings.map((o) => o.id)).toEqual([
      'dialog-i-udsatte-boligomraader',
      'borgerdialog-i-de-almene-boligomraader',
    ]);
    expect(result.catalog.currency).toBe('DKK');
    expect(result.catalog.defaultVatRate).toBe(2500);
  });

  it('loadCatalog returns the catalog with defaults filled in', () => {
    const catalog = loadCatalog(
      example((c) => {
        delete c.provider.address.country;
        delete c.provider.offerNumberPattern;
        delete c.currency;
        delete c.defaultVatRate;
        delete c.offerings[1].formats[0].breaks[0].kind;
        delete c.offerings[1].modules[0].required;
        delete c.offerings[1].related;
        delete c.offerings[1].terms.validityDays;
      }),
    );
    expect(catalog.provider.address.country).toBe('DK');
    expect(catalog.provider.offerNumberPattern).toBe('T-{YYYY}-{NNNN}');
    expect(catalog.currency).toBe('DKK');
    expect(catalog.defaultVatRate).toBe(2500);
    const offering = catalog.offerings[1]!;
    expect(offering.formats[0]!.breaks[0]!.kind).toBe('break');
    expect(offering.modules[0]!.required).toBe(false);
    expect(offering.related).toEqual([]);
    expect(offering.terms.validityDays).toBe(30);
  });

  it('does not change its input', () => {
    const input = example();
    parseCatalog(input);
    expect(input).toEqual(JSON.parse(exampleText));
  });
});

describe('tiers', () => {
  const tiers1 = `${O1}.priceRules[0].tiers`;

  it('rejects a gap: an explicit from beyond the previous upTo + 1', () => {
    expectProblem(
      example((c) => (c.offerings[1].priceRules[0].tiers[1].from = 17)),
      `${tiers1}[1].from`,
      'tier-gap',
      'Trinnet starter ved 17, men skal starte ved 16: der er et hul mellem trinnene.',
      'The tier starts at 17 but must start at 16: there is a gap between the tiers.',
    );
  });

  it('rejects an overlap: from at or below the previous upTo', () => {
    expectProblem(
      example((c) => (c.offerings[1].priceRules[0].tiers[1].from = 10)),
      `${tiers1}[1].from`,
      'tier-overlap',
      /starter ved 10.*slutter ved 15.*overlapper/,
      /starts at 10.*ends at 15.*overlap/,
    );
  });

  it('rejects touching bounds 0-250 then from 250 (lago-front #3489)', () => {
    const touching = example((c) => {
      c.offerings[1].priceRules[0].tiers = [
        { from: 0, upTo: 250, unitAmount: 50000 },
        { from: 250, upTo: null, unitAmount: 40000 },
      ];
    });
    expectProblem(
      touching,
      `${tiers1}[1].from`,
      'tier-overlap',
      'Trinnet starter ved 250, men det forrige trin slutter ved 250: trinnene overlapper.',
      'The tier starts at 250 but the previous tier ends at 250: the tiers overlap.',
    );
    // The same bounds without an explicit `from` are the inclusive convention: fine.
    expectValid(
      example((c) => {
        c.offerings[1].priceRules[0].tiers = [
          { from: 0, upTo: 250, unitAmount: 50000 },
          { from: 251, upTo: null, unitAmount: 40000 },
        ];
      }),
    );
    expectValid(
      example((c) => {
        c.offerings[1].priceRules[0].tiers = [
          { upTo: 250, unitAmount: 50000 },
          { upTo: null, unitAmount: 40000 },
        ];
      }),
    );
  });

  it('accepts a first tier from 0 or 1 and rejects one that starts later', () => {
    expectValid(example((c) => (c.offerings[1].priceRules[0].tiers[0].from = 0)));
    expectValid(example((c) => delete c.offerings[1].priceRules[0].tiers[0].from));
    expectProblem(
      example((c) => (c.offerings[1].priceRules[0].tiers[0].from = 2)),
      `${tiers1}[0].from`,
      'tier-gap',
      'Det første trin skal starte ved 0 eller 1, ikke ved 2.',
      'The first tier must start at 0 or 1, not at 2.',
    );
  });

  it('rejects unsorted tiers', () => {
    expectProblem(
      example((c) => {
        c.offerings[1].priceRules[0].tiers = [
          { upTo: 30, unitAmount: 65000 },
          { upTo: 15, unitAmount: 55000 },
          { upTo: null, unitAmount: 45000 },
        ];
      }),
      `${tiers1}[1].upTo`,
      'tier-unsorted',
      'Trinnene skal stå i stigende orden: 15 kommer efter 30.',
      'Tiers must be in ascending order: 15 comes after 30.',
    );
  });

  it('rejects an equal upTo as unsorted', () => {
    const problems = problemsOf(example((c) => (c.offerings[1].priceRules[0].tiers[1].upTo = 15)));
    find(problems, `${tiers1}[1].upTo`, 'tier-unsorted');
  });

  it('rejects an open tier that is not the last', () => {
    expectProblem(
      example((c) => {
        c.offerings[1].priceRules[0].tiers = [
          { upTo: 15, unitAmount: 65000 },
          { upTo: null, unitAmount: 55000 },
          { upTo: 60, unitAmount: 45000 },
        ];
      }),
      `${tiers1}[1].upTo`,
      'tier-open-middle',
      'Kun det sidste trin må være åbent (upTo: null).',
      'Only the last tier may be open (upTo: null).',
    );
  });

  it('rejects a closed last tier below participants.max', () => {
    expectProblem(
      example((c) => (c.offerings[1].priceRules[0].tiers[2].upTo = 50)),
      `${tiers1}[2].upTo`,
      'tier-closed-end',
      /slutter ved 50, men op til 60 deltagere/,
      /ends at 50, but up to 60 participants/,
    );
    // Reaching participants.max exactly is enough.
    expectValid(example((c) => (c.offerings[1].priceRules[0].tiers[2].upTo = 60)));
  });

  it('allows a closed last tier when an on-request rule starts at or below its upTo', () => {
    // Offering 0 has max 80 and "on request above 60".
    expectValid(example((c) => (c.offerings[0].priceRules[2].tiers[2].upTo = 60)));
    expectValid(example((c) => (c.offerings[0].priceRules[2].tiers[2].upTo = 70)));
    expectProblem(
      example((c) => (c.offerings[0].priceRules[2].tiers[2].upTo = 59)),
      `${O0}.priceRules[2].tiers[2].upTo`,
      'tier-closed-end',
      /slutter ved 59, men op til 60 deltagere/,
      /ends at 59, but up to 60 participants/,
    );
    // Without the on-request rule the tiers must reach 80.
    const withoutOnRequest = example((c) => {
      c.offerings[0].priceRules = c.offerings[0].priceRules.filter(
        (r: Json) => r.kind !== 'on-request',
      );
      c.offerings[0].priceRules[2].tiers[2].upTo = 60;
    });
    find(problemsOf(withoutOnRequest), `${O0}.priceRules[2].tiers[2].upTo`, 'tier-closed-end');
    // An on-request rule added to offering 1 (max 60) lets its tiers stop at 50.
    expectValid(
      example((c) => {
        c.offerings[1].priceRules[0].tiers[2].upTo = 50;
        c.offerings[1].priceRules[1].tiers[2].upTo = 50;
        c.offerings[1].priceRules.push({
          id: 'over-50',
          kind: 'on-request',
          aboveParticipants: 50,
        });
      }),
    );
  });

  it('checks band bounds the same way', () => {
    const withBands = (bands: Json[]) =>
      example((c) => {
        c.offerings[1].priceRules.push({ id: 'hold', kind: 'band', bands });
      });
    expectValid(
      withBands([
        { upTo: 20, amount: 500000 },
        { from: 21, upTo: null, amount: 800000 },
      ]),
    );
    const bands = `${O1}.priceRules[8].bands`;
    find(
      problemsOf(
        withBands([
          { upTo: 20, amount: 500000 },
          { from: 22, upTo: null, amount: 800000 },
        ]),
      ),
      `${bands}[1].from`,
      'tier-gap',
    );
    find(
      problemsOf(
        withBands([
          { upTo: 20, amount: 500000 },
          { from: 20, upTo: null, amount: 800000 },
        ]),
      ),
      `${bands}[1].from`,
      'tier-overlap',
    );
    find(
      problemsOf(
        withBands([
          { upTo: 20, amount: 500000 },
          { upTo: 40, amount: 800000 },
        ]),
      ),
      `${bands}[1].upTo`,
      'tier-closed-end',
    );
  });
});

describe('amounts (schema)', () => {
  it('rejects a negative amount with a path ending in the amount field', () => {
    expectProblem(
      example((c) => (c.offerings[0].priceRules[0].amount = -1)),
      `${O0}.priceRules[0].amount`,
      'too-small',
      'Skal være mindst 0.',
      'Must be at least 0.',
    );
    find(
      problemsOf(example((c) => (c.offerings[1].priceRules[0].tiers[1].unitAmount = -100))),
      `${O1}.priceRules[0].tiers[1].unitAmount`,
      'too-small',
    );
    find(
      problemsOf(example((c) => (c.offerings[0].priceRules[7].perKm.rate = -380))),
      `${O0}.priceRules[7].perKm.rate`,
      'too-small',
    );
  });

  it('accepts a zero amount', () => {
    expectValid(example((c) => (c.offerings[0].priceRules[0].amount = 0)));
  });

  it('rejects an amount that is not a whole number of øre', () => {
    expectProblem(
      example((c) => (c.offerings[0].priceRules[1].amount = 1950000.5)),
      `${O0}.priceRules[1].amount`,
      'integer',
      'Skal være et helt tal.',
      'Must be a whole number.',
    );
  });
});

describe('duplicate ids', () => {
  it('rejects two offerings with the same id', () => {
    expectProblem(
      example((c) => (c.offerings[1].id = c.offerings[0].id)),
      `${O1}.id`,
      'duplicate-id',
      'Id’et "dialog-i-udsatte-boligomraader" er allerede brugt i offerings[0].',
      'The id "dialog-i-udsatte-boligomraader" is already used at offerings[0].',
    );
  });

  it('rejects two formats with the same id', () => {
    expectProblem(
      example((c) => (c.offerings[1].formats[1].id = 'halv')),
      `${O1}.formats[1].id`,
      'duplicate-id',
      /"halv".*offerings\[1\]\.formats\[0\]/,
      /"halv".*offerings\[1\]\.formats\[0\]/,
    );
  });

  it('rejects two modules with the same id', () => {
    expectProblem(
      example((c) => (c.offerings[0].modules[9].id = 'forsamtale')),
      `${O0}.modules[9].id`,
      'duplicate-id',
      /"forsamtale".*offerings\[0\]\.modules\[6\]/,
      /"forsamtale".*offerings\[0\]\.modules\[6\]/,
    );
  });

  it('rejects two price rules with the same id', () => {
    expectProblem(
      example((c) => (c.offerings[0].priceRules[1].id = 'honorar-halv')),
      `${O0}.priceRules[1].id`,
      'duplicate-id',
      /"honorar-halv".*offerings\[0\]\.priceRules\[0\]/,
      /"honorar-halv".*offerings\[0\]\.priceRules\[0\]/,
    );
  });

  it('rejects two travel zones with the same id', () => {
    const input = example((c) => {
      c.offerings[0].priceRules[7] = {
        id: 'koersel',
        kind: 'travel',
        zones: [
          { id: 'sjaelland', label: 'Sjælland', amount: 100000 },
          { id: 'fyn', label: 'Fyn', amount: 200000 },
          { id: 'sjaelland', label: 'Jylland', amount: 300000 },
        ],
      };
    });
    expectProblem(
      input,
      `${O0}.priceRules[7].zones[2].id`,
      'duplicate-id',
      /"sjaelland".*offerings\[0\]\.priceRules\[7\]\.zones\[0\]/,
      /"sjaelland".*offerings\[0\]\.priceRules\[7\]\.zones\[0\]/,
    );
  });
});

describe('references', () => {
  it('rejects an unknown format in module.formats', () => {
    expectProblem(
      example((c) => (c.offerings[1].modules[3].formats = ['hel', 'kvart'])),
      `${O1}.modules[3].formats[1]`,
      'unknown-format',
      'Der findes ingen varighed med id’et "kvart".',
      'There is no format with the id "kvart".',
    );
  });

  it('rejects an unknown format in rule.when.formats', () => {
    expectProblem(
      example((c) => (c.offerings[0].priceRules[0].when.formats = ['kvart'])),
      `${O0}.priceRules[0].when.formats[0]`,
      'unknown-format',
      'Der findes ingen varighed med id’et "kvart".',
      'There is no format with the id "kvart".',
    );
  });

  it('rejects an unknown module in rule.when.modules', () => {
    expectProblem(
      example((c) => (c.offerings[1].priceRules[5].when.modules = ['forsamtale', 'ukendt'])),
      `${O1}.priceRules[5].when.modules[1]`,
      'unknown-module',
      'Der findes intet modul med id’et "ukendt".',
      'There is no module with the id "ukendt".',
    );
  });

  it('rejects an add-on for an unknown module', () => {
    expectProblem(
      example((c) => (c.offerings[0].priceRules[3].module = 'ukendt')),
      `${O0}.priceRules[3].module`,
      'unknown-module',
      'Der findes intet modul med id’et "ukendt".',
      'There is no module with the id "ukendt".',
    );
  });

  it('rejects an add-on for a required module', () => {
    find(
      problemsOf(example((c) => (c.offerings[0].priceRules[3].module = 'velkomst'))),
      `${O0}.priceRules[3].module`,
      'add-on-required',
    );
  });

  describe('percentage scope', () => {
    const percentage = (id: string, rule: string) => ({
      id,
      kind: 'percentage',
      direction: 'discount',
      basisPoints: 1000,
      scope: { rule },
      reason: 'rabat',
    });

    it('accepts a scope naming an earlier rule', () => {
      expectValid(
        example((c) => c.offerings[0].priceRules.push(percentage('rabat', 'honorar-hel'))),
      );
    });

    it('rejects an unknown rule', () => {
      expectProblem(
        example((c) => c.offerings[0].priceRules.push(percentage('rabat', 'ukendt'))),
        `${O0}.priceRules[9].scope.rule`,
        'unknown-rule',
        'Der findes ingen prisregel med id’et "ukendt".',
        'There is no price rule with the id "ukendt".',
      );
    });

    it('rejects the rule itself', () => {
      expectProblem(
        example((c) => c.offerings[0].priceRules.push(percentage('rabat', 'rabat'))),
        `${O0}.priceRules[9].scope.rule`,
        'scope-self',
        'En procentregel kan ikke henvise til sig selv eller til en anden procentregel.',
        'A percentage rule cannot name itself or another percentage rule.',
      );
    });

    it('rejects another percentage rule', () => {
      find(
        problemsOf(
          example((c) =>
            c.offerings[0].priceRules.push(
              percentage('rabat', 'honorar-hel'),
              percentage('rabat-2', 'rabat'),
            ),
          ),
        ),
        `${O0}.priceRules[10].scope.rule`,
        'scope-self',
      );
    });

    it('rejects a rule that comes later', () => {
      expectProblem(
        example((c) => c.offerings[0].priceRules.unshift(percentage('rabat', 'honorar-hel'))),
        `${O0}.priceRules[0].scope.rule`,
        'scope-order',
        'Prisreglen "honorar-hel" skal stå før den procentregel, der henviser til den.',
        'The price rule "honorar-hel" must come before the percentage rule that names it.',
      );
    });
  });

  it('rejects an unknown related offering', () => {
    expectProblem(
      example((c) => c.offerings[1].related.push('findes-ikke')),
      `${O1}.related[1]`,
      'unknown-offering',
      'Der findes intet tilbud med id’et "findes-ikke".',
      'There is no offering with the id "findes-ikke".',
    );
  });
});

describe('modules and formats', () => {
  // Offering 1, "halv": required 15 + 45 + 75 + 15 minutes and a 15-minute break = 165;
  // the optional exercise (45 minutes) makes it 210, exactly the format's length.
  it('accepts modules that exactly fill their format', () => {
    expectValid(example());
  });

  it('rejects required modules and breaks longer than the format, by how many minutes', () => {
    expectProblem(
      example((c) => (c.offerings[1].formats[0].durationMinutes = 150)),
      `${O1}.formats[0].durationMinutes`,
      'format-overfull',
      'De faste moduler og pauser fylder 15 minutter mere, end "Halv temadag" varer.',
      'The required modules and breaks take 15 minutes more than "Half theme day" lasts.',
    );
  });

  it('counts the breaks between required modules', () => {
    // 165 minutes with the break, 150 without it: 160 is too short only because of the break.
    const problems = problemsOf(example((c) => (c.offerings[1].formats[0].durationMinutes = 160)));
    expect(find(problems, `${O1}.formats[0].durationMinutes`, 'format-overfull').message).toMatch(
      /fylder 5 minutter mere/,
    );
  });

  it('rejects an optional module that does not fit with the required ones', () => {
    expectProblem(
      example((c) => (c.offerings[1].formats[0].durationMinutes = 200)),
      `${O1}.modules[4].minutes`,
      'module-too-long',
      'Modulet "Øvelse: Planlæg en konkret dialog" kan ikke være i "Halv temadag": det fylder 10 minutter for meget sammen med de faste moduler.',
      'The module "Exercise: Plan a concrete dialogue" cannot be part of "Half theme day": with the required modules it is 10 minutes too long.',
    );
  });

  it('does not count off-day modules such as preparation', () => {
    // A long preparation module takes no time on the day.
    expectValid(example((c) => (c.offerings[1].modules[6].minutes = 600)));
  });

  it('rejects a minutes object that misses a format the module fits', () => {
    expectProblem(
      example((c) => (c.offerings[1].modules[0].minutes = { halv: 15 })),
      `${O1}.modules[0].minutes`,
      'module-minutes-missing',
      'Angiv minutter for varigheden "Hel temadag".',
      'Give the minutes for the format "Full theme day".',
    );
  });

  it('rejects an unknown format in a minutes object', () => {
    find(
      problemsOf(
        example((c) => (c.offerings[1].modules[0].minutes = { halv: 15, hel: 20, kvart: 5 })),
      ),
      `${O1}.modules[0].minutes.kvart`,
      'unknown-format',
    );
  });

  it('rejects a break after the end of the day', () => {
    expectProblem(
      example((c) => (c.offerings[1].formats[0].breaks[0].afterMinutes = 240)),
      `${O1}.formats[0].breaks[0].afterMinutes`,
      'break-after-end',
      'Pausen ligger efter 240 minutter, men dagen varer kun 210 minutter.',
      'The break comes after 240 minutes, but the day lasts only 210 minutes.',
    );
  });
});

describe('other rule checks', () => {
  it('rejects a travel rule with neither perKm nor zones', () => {
    expectProblem(
      example((c) => delete c.offerings[1].priceRules[7].perKm),
      `${O1}.priceRules[7]`,
      'travel-mode',
      'En kørselsregel skal have præcis én af perKm og zones.',
      'A travel rule must have exactly one of perKm and zones.',
    );
  });

  it('rejects a travel rule with both perKm and zones', () => {
    find(
      problemsOf(
        example(
          (c) =>
            (c.offerings[1].priceRules[7].zones = [{ id: 'fyn', label: 'Fyn', amount: 100000 }]),
        ),
      ),
      `${O1}.priceRules[7]`,
      'travel-mode',
    );
  });

  it('rejects two minimum rules', () => {
    expectProblem(
      example((c) =>
        c.offerings[1].priceRules.push({ id: 'mindstepris-2', kind: 'minimum', amount: 500000 }),
      ),
      `${O1}.priceRules[8].kind`,
      'single-rule',
      'Et tilbud må højst have én prisregel af typen "minimum".',
      'An offering may have at most one price rule of kind "minimum".',
    );
  });

  it('rejects two on-request rules', () => {
    find(
      problemsOf(
        example((c) =>
          c.offerings[0].priceRules.push({
            id: 'over-70',
            kind: 'on-request',
            aboveParticipants: 70,
          }),
        ),
      ),
      `${O0}.priceRules[9].kind`,
      'single-rule',
    );
  });
});

describe('participants', () => {
  it('rejects min > max', () => {
    expectProblem(
      example((c) => {
        c.offerings[1].participants.min = 70;
        c.offerings[1].participants.default = 60;
      }),
      `${O1}.participants.min`,
      'participants-range',
      'Mindste antal deltagere (70) er større end største antal (60).',
      'The minimum number of participants (70) is larger than the maximum (60).',
    );
  });

  it('rejects a default out of range', () => {
    expectProblem(
      example((c) => (c.offerings[1].participants.default = 61)),
      `${O1}.participants.default`,
      'participants-default',
      'Standardantallet 61 skal ligge mellem 8 og 60.',
      'The default number 61 must lie between 8 and 60.',
    );
    find(
      problemsOf(example((c) => (c.offerings[1].participants.default = 7))),
      `${O1}.participants.default`,
      'participants-default',
    );
    expectValid(example((c) => (c.offerings[1].participants.default = 60)));
    expectValid(example((c) => (c.offerings[1].participants.default = 8)));
  });
});

describe('schema', () => {
  it('rejects a provider CVR that fails modulus 11', () => {
    expectProblem(
      example((c) => (c.provider.cvr = '10150818')),
      'provider.cvr',
      'cvr',
      'CVR-nummeret er ikke gyldigt: 8 cifre, der består modulus 11-kontrollen.',
      'The CVR number is not valid: 8 digits that pass the modulus 11 check.',
    );
    expectValid(example((c) => (c.provider.cvr = '10150817')));
  });

  it('rejects unknown keys (strict objects)', () => {
    expectProblem(
      example((c) => (c.provider.fax = '12345678')),
      'provider',
      'unknown-key',
      'Ukendt felt: fax.',
      'Unknown field: fax.',
    );
    find(
      problemsOf(example((c) => (c.offerings[0].priceRules[0].amout = 100))),
      `${O0}.priceRules[0]`,
      'unknown-key',
    );
    find(
      problemsOf(example((c) => (c.offerings[1].formats[0].breaks[0].lenght = 15))),
      `${O1}.formats[0].breaks[0]`,
      'unknown-key',
    );
    find(problemsOf(example((c) => (c.extra = true))), '', 'unknown-key');
  });

  it('rejects wrong types', () => {
    expectProblem(
      example((c) => (c.provider.phone = 12345678)),
      'provider.phone',
      'type',
      'Skal være en tekst.',
      'Must be a text.',
    );
    find(
      problemsOf(example((c) => (c.offerings[0].modules[0].required = 'yes'))),
      `${O0}.modules[0].required`,
      'type',
    );
    find(problemsOf(example((c) => (c.offerings[0].formats = {}))), `${O0}.formats`, 'type');
    find(problemsOf(null), '', 'type');
  });

  it('rejects missing required fields with the code "required"', () => {
    expectProblem(
      example((c) => delete c.provider.email),
      'provider.email',
      'required',
      'Feltet mangler.',
      'This field is missing.',
    );
    find(problemsOf(example((c) => delete c.offerings[1].summary)), `${O1}.summary`, 'required');
    find(
      problemsOf(example((c) => delete c.offerings[1].formats[0].durationMinutes)),
      `${O1}.formats[0].durationMinutes`,
      'required',
    );
    find(
      problemsOf(example((c) => delete c.offerings[1].priceRules[0].tiers)),
      `${O1}.priceRules[0].tiers`,
      'required',
    );
  });

  it('reports a missing literal or enum field as "required"', () => {
    expectProblem(
      example((c) => delete c.version),
      'version',
      'required',
      'Feltet mangler.',
      'This field is missing.',
    );
    find(
      problemsOf(example((c) => delete c.offerings[1].modules[0].kind)),
      `${O1}.modules[0].kind`,
      'required',
    );
  });

  it('reports a price rule without kind as a missing field', () => {
    expectProblem(
      example((c) => delete c.offerings[1].priceRules[0].kind),
      `${O1}.priceRules[0].kind`,
      'required',
      'Feltet mangler.',
      'This field is missing.',
    );
  });

  it('rejects a wrong version', () => {
    find(problemsOf(example((c) => (c.version = 2))), 'version', 'one-of');
  });

  it('uses message overrides', () => {
    const problems = problemsOf(
      example((c) => (c.offerings[1].priceRules[0].tiers[1].from = 17)),
      { messages: { catalog: { tierGap: (from, expected) => `Hul: ${from}/${expected}` } } },
    );
    expect(find(problems, `${O1}.priceRules[0].tiers[1].from`, 'tier-gap').message).toBe(
      'Hul: 17/16',
    );
  });
});

describe('several problems', () => {
  it('reports every meaning problem at once', () => {
    const problems = problemsOf(
      example((c) => {
        c.offerings[1].priceRules[0].tiers[1].from = 17;
        c.offerings[0].modules[1].id = 'velkomst';
        c.offerings[1].related = ['findes-ikke'];
        c.offerings[0].participants.default = 100;
        c.offerings[1].priceRules[7].zones = [{ id: 'fyn', label: 'Fyn', amount: 100000 }];
      }),
    );
    find(problems, `${O1}.priceRules[0].tiers[1].from`, 'tier-gap');
    find(problems, `${O0}.modules[1].id`, 'duplicate-id');
    find(problems, `${O1}.related[0]`, 'unknown-offering');
    find(problems, `${O0}.participants.default`, 'participants-default');
    find(problems, `${O1}.priceRules[7]`, 'travel-mode');
    expect(problems).toHaveLength(5);
  });

  it('reports every shape problem at once', () => {
    const problems = problemsOf(
      example((c) => {
        c.offerings[0].priceRules[0].amount = -1;
        c.provider.fax = '1';
        delete c.offerings[1].summary;
        c.offerings[1].priceRules[1].tiers[0].unitAmount = 1.5;
      }),
    );
    find(problems, `${O0}.priceRules[0].amount`, 'too-small');
    find(problems, 'provider', 'unknown-key');
    find(problems, `${O1}.summary`, 'required');
    find(problems, `${O1}.priceRules[1].tiers[0].unitAmount`, 'integer');
    expect(problems).toHaveLength(4);
  });
});

describe('loadCatalog', () => {
  it('throws a ValidationError with every problem', () => {
    const input = example((c) => {
      c.offerings[1].priceRules[0].tiers[1].from = 17;
      c.offerings[1].related = ['findes-ikke'];
    });
    let error: unknown;
    try {
      loadCatalog(input);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ValidationError);
    const v = error as ValidationError;
    expect(v.name).toBe('ValidationError');
    expect(v.problems).toHaveLength(2);
    expect(v.problems.map((p) => p.code).sort()).toEqual(['tier-gap', 'unknown-offering']);
    expect(v.message).toMatch(/^Kataloget har fejl:/);
    expect(v.message).toContain(`${O1}.priceRules[0].tiers[1].from: Trinnet starter ved 17`);
  });

  it('words the error in English with locale en', () => {
    expect(() =>
      loadCatalog(
        example((c) => (c.offerings[1].related = ['findes-ikke'])),
        { locale: 'en' },
      ),
    ).toThrow(/^The catalog has problems:\n.*There is no offering with the id "findes-ikke"/);
  });
});

describe('id problems', () => {
  it('explains the id rules when an id has capitals or spaces', () => {
    const catalog = JSON.parse(readFileSync('examples/catalog/catalog.json', 'utf8')) as {
      offerings: { id: string }[];
    };
    catalog.offerings[0]!.id = 'Dialog Dag';
    const result = parseCatalog(catalog);
    expect(result.ok).toBe(false);
    const problem = !result.ok
      ? result.problems.find((p) => p.path === 'offerings[0].id')
      : undefined;
    expect(problem?.code).toBe('id');
    expect(problem?.message).toContain('små bogstaver');
  });
});
