// normalizeCatalog fills in the same defaults as core's parseCatalog, without the schema.
import { readFileSync } from 'node:fs';
import { parseCatalog, type CatalogInput } from '@temadag/core';
import { describe, expect, it } from 'vitest';
import { CatalogShapeError, normalizeCatalog } from '../src/utilities/catalog-data.js';

const example = JSON.parse(
  readFileSync(new URL('../../../examples/catalog/catalog.json', import.meta.url), 'utf8'),
) as CatalogInput;

/** A catalog that leaves out every field that has a default, with one rule of each kind. */
const minimal: CatalogInput = {
  version: 1,
  provider: {
    name: 'Udbyder',
    contactPerson: 'Kim',
    email: 'kim@example.dk',
    phone: '12345678',
    address: { street: 'Vej 1', postalCode: '1000', city: 'By' },
    privacyNoticeUrl: 'https://example.dk/privatliv',
  },
  offerings: [
    {
      id: 'dag',
      title: 'Dag',
      summary: 'En dag',
      participants: { max: 50 },
      formats: [
        { id: 'kort', label: 'Kort', durationMinutes: 120, start: '09:00' },
        {
          id: 'lang',
          label: 'Lang',
          durationMinutes: 300,
          start: '09:00',
          breaks: [{ afterMinutes: 60, minutes: 30 }],
        },
      ],
      modules: [
        { id: 'a', title: 'A', kind: 'talk', minutes: 60 },
        { id: 'b', title: 'B', kind: 'preparation' },
      ],
      priceRules: [
        { id: 'fast', kind: 'fixed', amount: 100000 },
        { id: 'pp', kind: 'per-participant', unitAmount: 1000 },
        { id: 'trin', kind: 'tiered', mode: 'volume', tiers: [{ upTo: null, unitAmount: 500 }] },
        { id: 'baand', kind: 'band', bands: [{ upTo: null, amount: 2000 }] },
        { id: 'pakke', kind: 'package', size: 10, amount: 3000 },
        { id: 'tilvalg', kind: 'add-on', module: 'b', amount: 4000 },
        {
          id: 'procent',
          kind: 'percentage',
          direction: 'discount',
          basisPoints: 500,
          scope: 'document',
          reason: 'Rabat',
        },
        { id: 'km', kind: 'travel', perKm: { rate: 380 } },
        { id: 'mindst', kind: 'minimum', amount: 50000 },
        { id: 'aftale', kind: 'on-request', aboveParticipants: 40 },
      ],
      terms: { payment: 'Netto 30', cancellation: 'Gratis' },
    },
  ],
};

function parsed(input: CatalogInput) {
  const result = parseCatalog(structuredClone(input));
  if (!result.ok) throw new Error(JSON.stringify(result.problems, null, 2));
  return result.catalog;
}

describe('normalizeCatalog', () => {
  it('gives what parseCatalog gives for the example catalog', () => {
    expect(normalizeCatalog(structuredClone(example))).toEqual(parsed(example));
  });

  it('fills in every default the schema has, as parseCatalog does', () => {
    expect(normalizeCatalog(structuredClone(minimal))).toEqual(parsed(minimal));
  });

  it('leaves a parsed catalog as it is', () => {
    const catalog = parsed(minimal);
    expect(normalizeCatalog(catalog)).toEqual(catalog);
  });

  it('names the path of a missing part', () => {
    const broken = structuredClone(example) as unknown as { offerings: { formats: unknown }[] };
    broken.offerings[1]!.formats = [];
    expect(() => normalizeCatalog(broken)).toThrowError(CatalogShapeError);
    expect(() => normalizeCatalog(broken)).toThrowError(
      'offerings[1].formats: expected a non-empty list',
    );
    expect(() => normalizeCatalog({ ...example, version: 2 })).toThrowError('version');
    expect(() => normalizeCatalog('nope')).toThrowError('catalog: expected an object');
  });
});
