// What the add-on labels and the travel hint say, for every add-on, format and participant
// count of the example catalog.
import { readFileSync } from 'node:fs';
import { loadCatalog, travelRuleOf, type Locale } from '@temadag/core';
import { describe, expect, it } from 'vitest';
import { moduleEffectText, travelRuleText } from '../src/offer/price-words.js';
import { translations } from '../src/translations/index.js';
import { choiceEffects } from '../src/offer/choice-effects.js';
import { evaluateDesign, optionalModules } from '../src/utilities/design.js';

const catalog = loadCatalog(
  JSON.parse(
    readFileSync(new URL('../../../examples/catalog/catalog.json', import.meta.url), 'utf8'),
  ),
);

function subsets<T>(items: readonly T[]): T[][] {
  return items.reduce<T[][]>((all, item) => [...all, ...all.map((s) => [...s, item])], [[]]);
}

describe('moduleEffectText', () => {
  for (const locale of ['da', 'en'] as const) {
    it(`never shows a negative "+" and says what ticking adds (${locale})`, () => {
      const t = translations[locale];
      const w = { t, locale, currency: catalog.currency };
      const seen = { adds: 0, lowers: 0, none: 0 };
      for (const offering of catalog.offerings) {
        for (const format of offering.formats) {
          const optional = optionalModules(offering, format.id).map((m) => m.id);
          // Every combination in Danish; none and all in English (the same effects, other words).
          const combinations = locale === 'da' ? subsets(optional) : [[], optional];
          for (const modules of combinations) {
            for (let n = offering.participants.min; n <= offering.participants.max; n++) {
              const design = { format: format.id, participants: n, modules };
              const result = evaluateDesign(catalog, offering, design, locale);
              const { price } = result;
              const choices = choiceEffects(catalog, result, locale);
              for (const choice of choices) {
                const text = moduleEffectText(w, choice.effect);
                if (price?.status !== 'priced') {
                  expect(text).toBeUndefined();
                  continue;
                }
                // core's moduleEffect test checks the amount against priceSelection.
                const delta = choice.effect!.amount;
                expect(text).toBeDefined();
                expect(text).not.toMatch(/\+\s*-/);
                expect(text).not.toMatch(/-\s*\d/);
                if (delta > 0) {
                  expect(text!.startsWith('+ ')).toBe(true);
                  seen.adds++;
                } else if (delta < 0) {
                  expect(text!.startsWith(t.moduleLowers('').split(' ')[0]!)).toBe(true);
                  seen.lowers++;
                } else {
                  expect([t.moduleFree, t.moduleNoExtra].some((s) => text!.startsWith(s))).toBe(
                    true,
                  );
                  seen.none++;
                }
              }
            }
          }
        }
      }
      // The example catalog has all three: its package discount lowers, its minimum absorbs.
      expect(seen.adds).toBeGreaterThan(0);
      expect(seen.lowers).toBeGreaterThan(0);
      expect(seen.none).toBeGreaterThan(0);
    });
  }

  it('words the package discount of Borgerdialog, Hel, 30 participants, both add-ons', () => {
    const offering = catalog.offerings.find(
      (o) => o.id === 'borgerdialog-i-de-almene-boligomraader',
    )!;
    const design = {
      format: 'hel',
      participants: 30,
      modules: ['forsamtale', 'skriftlig-opsamling'],
    };
    const words = (locale: Locale) =>
      choiceEffects(catalog, evaluateDesign(catalog, offering, design, locale), locale).map((c) =>
        moduleEffectText({ t: translations[locale], locale, currency: 'DKK' }, c.effect),
      );
    expect(words('da')).toEqual([
      'Uden merpris',
      'Sænker prisen med 780,00\u00a0kr. ekskl. moms (Pakkerabat)',
      'Sænker prisen med 280,00\u00a0kr. ekskl. moms (Pakkerabat)',
    ]);
    expect(words('en')).toContain(
      'Lowers the price by DKK\u00a0780.00 excl. VAT (Package discount)',
    );
  });
});

describe('travelRuleText', () => {
  it('says how the example catalog prices travel', () => {
    const rule = travelRuleOf(catalog.offerings[0]!)!;
    expect(travelRuleText({ t: translations.da, locale: 'da', currency: 'DKK' }, rule)).toBe(
      '3,80\u00a0kr. pr. km tur-retur',
    );
    expect(travelRuleText({ t: translations.en, locale: 'en', currency: 'DKK' }, rule)).toBe(
      'DKK\u00a03.80 per km for the return trip',
    );
    // Said again with other words or another currency, it is not the last text kept.
    expect(travelRuleText({ t: translations.da, locale: 'da', currency: 'EUR' }, rule)).toBe(
      '3,80\u00a0€ pr. km tur-retur',
    );
    expect(travelRuleText({ t: translations.da, locale: 'da', currency: 'DKK' }, rule)).toBe(
      '3,80\u00a0kr. pr. km tur-retur',
    );
  });
});
