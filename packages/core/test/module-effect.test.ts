// moduleEffect against priceSelection for every add-on, format, module combination and
// participant count of the example catalog.
import { moduleEffect, priceSelection, type Price, type Selection } from '@temadag/core';
import { describe, expect, it } from 'vitest';
import { EXAMPLE_CATALOG as catalog } from './catalog.support.js';

function subsets<T>(items: readonly T[]): T[][] {
  return items.reduce<T[][]>((all, item) => [...all, ...all.map((s) => [...s, item])], [[]]);
}

describe('moduleEffect', () => {
  it('is the price with the module minus the price without it, everywhere in the example catalog', () => {
    let priced = 0;
    let onRequest = 0;
    let notAdding = 0;
    for (const offering of catalog.offerings) {
      const optional = offering.modules.filter((m) => !m.required);
      for (const format of offering.formats) {
        const fitting = optional.filter((m) => !m.formats || m.formats.includes(format.id));
        for (const others of subsets(fitting.map((m) => m.id))) {
          for (let n = offering.participants.min; n <= offering.participants.max; n++) {
            for (const module of fitting) {
              const base = { offering: offering.id, format: format.id, participants: n };
              const rest = others.filter((id) => id !== module.id);
              const selection: Selection = { ...base, modules: others };
              const effect = moduleEffect(catalog, selection, module.id);
              const withIt = priceSelection(catalog, { ...base, modules: [...rest, module.id] });
              const without = priceSelection(catalog, { ...base, modules: rest });
              if (withIt.status !== 'priced' || without.status !== 'priced') {
                expect(effect).toBeUndefined();
                const own = priceSelection(catalog, selection);
                expect(moduleEffect(catalog, selection, module.id, { price: own })).toBeUndefined();
                onRequest++;
                continue;
              }
              const amount = withIt.subtotal - without.subtotal;
              expect(effect?.amount).toBe(amount);
              expect(effect?.kind).toBe(amount > 0 ? 'adds' : amount < 0 ? 'lowers' : 'none');
              // `because` names, once each and in the order of the lines, the rules other than
              // the add-on's own whose lines add up to another amount with it than without it.
              const sum = (p: Price, rule: string) =>
                p.lines.filter((l) => l.rule === rule).reduce((a, l) => a + l.amount, 0);
              const ownIds = offering.priceRules
                .filter((r) => r.kind === 'add-on' && r.module === module.id)
                .map((r) => r.id);
              const named = [...without.lines, ...withIt.lines]
                .filter(
                  (l) => !ownIds.includes(l.rule) && sum(withIt, l.rule) !== sum(without, l.rule),
                )
                .map((l) => l.description);
              expect(effect?.because).toEqual([...new Set(named)]);
              // The same whether the module is chosen now or not.
              expect(moduleEffect(catalog, { ...base, modules: rest }, module.id)).toEqual(effect);
              // The same when the caller hands in the selection's own price (with or without it).
              const own = priceSelection(catalog, selection);
              expect(moduleEffect(catalog, selection, module.id, { price: own })).toEqual(effect);
              expect(
                moduleEffect(catalog, { ...base, modules: rest }, module.id, { price: without }),
              ).toEqual(effect);
              if (effect!.kind !== 'adds') {
                notAdding++;
                // Whenever a rule takes the effect to zero or below, it is named.
                const ownRule = offering.priceRules.some(
                  (r) => r.kind === 'add-on' && r.module === module.id && r.amount > 0,
                );
                if (ownRule) expect(effect!.because.length).toBeGreaterThan(0);
              }
              priced++;
            }
          }
        }
      }
    }
    expect(priced).toBeGreaterThan(1000);
    expect(onRequest).toBeGreaterThan(0);
    expect(notAdding).toBeGreaterThan(0);
  });

  it('names the package discount when two add-ons together lower the price', () => {
    const selection: Selection = {
      offering: 'borgerdialog-i-de-almene-boligomraader',
      format: 'hel',
      participants: 30,
      modules: ['forsamtale', 'skriftlig-opsamling'],
    };
    expect(moduleEffect(catalog, selection, 'forsamtale')).toEqual({
      kind: 'lowers',
      amount: -78_000,
      because: ['Pakkerabat'],
    });
    expect(moduleEffect(catalog, selection, 'skriftlig-opsamling', { locale: 'en' })).toEqual({
      kind: 'lowers',
      amount: -28_000,
      because: ['Package discount'],
    });
  });

  it('says none, naming the minimum price, when the minimum absorbs an add-on', () => {
    const effect = moduleEffect(
      catalog,
      {
        offering: 'borgerdialog-i-de-almene-boligomraader',
        format: 'halv',
        participants: 8,
        modules: [],
      },
      'forsamtale',
    );
    expect(effect).toEqual({ kind: 'none', amount: 0, because: ['Mindstepris'] });
  });

  it('is the add-on price alone when nothing else moves', () => {
    const effect = moduleEffect(
      catalog,
      { offering: 'dialog-i-udsatte-boligomraader', format: 'hel', participants: 30, modules: [] },
      'forsamtale',
    );
    expect(effect).toEqual({ kind: 'adds', amount: 250_000, because: [] });
  });
});
