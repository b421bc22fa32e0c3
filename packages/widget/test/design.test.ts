// The widget's design functions agree with core's priceSelection and createOffer for every
// format, module combination and a spread of participant counts of the example catalog.
import { readFileSync } from 'node:fs';
import {
  createOffer,
  daySpan,
  loadCatalog,
  priceSelection,
  ValidationError,
  type Offering,
} from '@temadag/core';
import { describe, expect, it } from 'vitest';
import { choiceEffects } from '../src/offer/choice-effects.js';
import {
  evaluateDesign,
  formatSpan,
  initialDesign,
  optionalModules,
  selectionOf,
  withModules,
  type Design,
} from '../src/utilities/design.js';

const catalog = loadCatalog(
  JSON.parse(
    readFileSync(new URL('../../../examples/catalog/catalog.json', import.meta.url), 'utf8'),
  ),
);
const now = new Date('2026-11-27T10:00:00Z');

function subsets<T>(items: readonly T[]): T[][] {
  return items.reduce<T[][]>((all, item) => [...all, ...all.map((s) => [...s, item])], [[]]);
}

describe('evaluateDesign', () => {
  for (const offering of catalog.offerings) {
    it(`prices and schedules ${offering.id} as core does`, () => {
      let compared = 0;
      for (const format of offering.formats) {
        const optional = optionalModules(offering, format.id).map((m) => m.id);
        for (const modules of subsets(optional)) {
          for (const participants of [
            offering.participants.min,
            20,
            21,
            40,
            41,
            60,
            61,
            offering.participants.max,
          ]) {
            if (participants > offering.participants.max) continue;
            const design = { format: format.id, participants, modules };
            const selection = selectionOf(offering, design);
            let offer;
            try {
              offer = createOffer(catalog, selection, { now });
            } catch (error) {
              // Too long a day: the widget never lets the visitor choose it.
              expect(error).toBeInstanceOf(ValidationError);
              expect(withModules(offering, design, modules, 'da').modules).not.toEqual(modules);
              continue;
            }
            for (const locale of ['da', 'en'] as const) {
              const result = evaluateDesign(catalog, offering, design, locale);
              expect(result.price).toEqual(priceSelection(catalog, selection, { locale }));
            }
            const result = evaluateDesign(catalog, offering, design, 'da');
            expect(result.agenda.items).toEqual(offer.agenda);
            // The shaping form's effects (the offer's body), worked out beside the price.
            for (const choice of choiceEffects(catalog, result, 'da')) {
              if (result.price?.status !== 'priced') continue;
              expect(choice.effect, choice.module.id).toBeDefined();
              if (choice.effect === undefined) continue;
              const other = choice.chosen
                ? modules.filter((id) => id !== choice.module.id)
                : [...modules, choice.module.id];
              const otherPrice = priceSelection(catalog, { ...selection, modules: other });
              // The effect is always "with it minus without it", whichever is chosen now.
              expect(Math.abs(otherPrice.subtotal - result.price.subtotal)).toBe(
                Math.abs(choice.effect.amount),
              );
              const [withIt, without] = choice.chosen
                ? [result.price, otherPrice]
                : [otherPrice, result.price];
              expect(choice.effect.amount).toBe(withIt.subtotal - without.subtotal);
            }
            compared++;
          }
        }
      }
      expect(compared).toBeGreaterThan(50);
    });
  }

  it('gives no price while the number of participants is out of bounds or not whole', () => {
    const offering = catalog.offerings[0]!;
    for (const participants of [0, 7, 81, 12.5, Number.NaN]) {
      const result = evaluateDesign(
        catalog,
        offering,
        { format: 'halv', participants, modules: [] },
        'da',
      );
      expect(result.price).toBeUndefined();
      expect(result.agenda.items.length).toBeGreaterThan(0);
    }
  });
});

describe('initialDesign and withModules', () => {
  const offering = catalog.offerings[0]!;

  it('starts from the defaults, or from a prefill that fits the catalog', () => {
    expect(initialDesign(offering, {}, 'da')).toEqual({
      format: 'halv',
      participants: 25,
      modules: [],
    });
    expect(
      initialDesign(
        offering,
        {
          format: 'hel',
          participants: 30,
          modules: ['forsamtale', 'x', 'velkomst'],
          date: '2027-03-12',
        },
        'da',
      ),
    ).toEqual({ format: 'hel', participants: 30, modules: ['forsamtale'], date: '2027-03-12' });
    expect(initialDesign(offering, { format: 'ukendt', date: '12/03/2027' }, 'da')).toEqual({
      format: 'halv',
      participants: 25,
      modules: [],
    });
  });

  it('drops an add-on that would make the day too long', () => {
    const extended = structuredClone(offering);
    extended.modules.push({
      id: 'ekstra',
      title: 'Ekstra',
      kind: 'dialogue',
      minutes: 30,
      required: false,
    });
    const design = { format: 'halv', participants: 20, modules: [] };
    expect(
      withModules(extended, design, ['dialog-beboerdemokrati', 'ekstra'], 'da').modules,
    ).toEqual(['dialog-beboerdemokrati']);
    expect(
      withModules(extended, design, ['ekstra', 'dialog-beboerdemokrati'], 'da').modules,
    ).toEqual(['ekstra']);
  });
});

describe('the day’s time span', () => {
  for (const offering of catalog.offerings) {
    it(`is the offer's for every format and module combination of ${offering.id}`, () => {
      let compared = 0;
      for (const current of offering.formats) {
        const optional = optionalModules(offering, current.id).map((m) => m.id);
        for (const modules of subsets(optional)) {
          const design = withModules(
            offering,
            { format: current.id, participants: offering.participants.min, modules: [] },
            modules,
            'da',
          );
          if (design.modules.length !== modules.length) continue; // does not fit the day
          // The span beside every format (the one chosen and the others) is the span of the
          // offer made after choosing it, which is what the PDF's Tidspunkt and the texts show.
          for (const format of offering.formats) {
            const chosen = withModules(offering, { ...design, format: format.id }, modules, 'da');
            const offer = createOffer(catalog, selectionOf(offering, chosen), { now });
            expect(formatSpan(offering, design, format.id, 'da')).toEqual(daySpan(offer.agenda));
            compared++;
          }
          // The agenda heading of the design as it stands.
          const offer = createOffer(catalog, selectionOf(offering, design), { now });
          expect(daySpan(evaluateDesign(catalog, offering, design, 'da').agenda.items)).toEqual(
            daySpan(offer.agenda),
          );
        }
      }
      expect(compared).toBeGreaterThan(offering.formats.length);
    });
  }

  it('ends with the agenda, not at the format’s full length', () => {
    const dialog = catalog.offerings[0]!;
    const design = { format: 'hel', participants: 25, modules: [] };
    // The full day may last 390 minutes (until 15.30); its required programme ends at 14.30.
    expect(formatSpan(dialog, design, 'hel', 'da')).toEqual({
      start: '09:00',
      end: '14:30',
      minutes: 330,
    });
  });

  it('is worked out again when the add-ons or the offering change, not when the count does', () => {
    const [dialog, other] = catalog.offerings as [Offering, Offering, ...Offering[]];
    const fresh = (offering: Offering, design: Design, format: string) =>
      formatSpan(offering, { ...design, modules: [...design.modules] }, format, 'da');
    const design = initialDesign(dialog, { format: 'halv', participants: 25 }, 'da');
    const more = withModules(
      dialog,
      design,
      optionalModules(dialog, 'hel').map((m) => m.id),
      'da',
    );
    expect(more.modules.length).toBeGreaterThan(0);
    for (const format of dialog.formats) {
      const span = formatSpan(dialog, design, format.id, 'da');
      // Another count, the same modules array: the same span, and the same as worked out anew.
      expect(formatSpan(dialog, { ...design, participants: 40 }, format.id, 'da')).toBe(span);
      expect(span).toEqual(fresh(dialog, design, format.id));
      // Other modules: their own span.
      expect(formatSpan(dialog, more, format.id, 'da')).toEqual(fresh(dialog, more, format.id));
    }
    expect(formatSpan(dialog, more, 'hel', 'da')).not.toEqual(
      formatSpan(dialog, design, 'hel', 'da'),
    );
    // The same array in a design of another offering is that offering's span.
    const shared = { format: other.formats[0]!.id, participants: 25, modules: design.modules };
    expect(formatSpan(other, shared, shared.format, 'da')).toEqual(
      fresh(other, shared, shared.format),
    );
  });
});

describe('a prefilled date', () => {
  const dialog = catalog.offerings[0]!;
  const prefill = (date: string) => initialDesign(dialog, { date }, 'da', now).date;

  it('is read as core reads dates, dd.mm.åååå or ISO', () => {
    expect(prefill('15.03.2027')).toBe('2027-03-15');
    expect(prefill('2027-03-15')).toBe('2027-03-15');
    expect(prefill('15/03/2027')).toBeUndefined();
  });

  it('is left out when it is not after today, the rule of the CLI and the server', () => {
    expect(prefill('2026-11-27')).toBeUndefined();
    expect(prefill('2026-11-28')).toBe('2026-11-28');
  });
});
