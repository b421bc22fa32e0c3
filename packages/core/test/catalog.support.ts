/**
 * Catalogs the tests share, in core's tests and in the widget's (whose `normalizeCatalog` must
 * fill in the same defaults as core's `parseCatalog`): the example catalog as JSON and loaded,
 * and a catalog that leaves out every field with a default.
 */
import { readFileSync } from 'node:fs';
import { loadCatalog, parseCatalog, type Catalog, type CatalogInput } from '@temadag/core';

/**
 * The example catalog (`examples/catalog/catalog.json`) as read from the file: a fresh copy on
 * every call, so a test may change it.
 *
 * @returns the catalog's JSON, not parsed
 */
export function exampleCatalogJson(): CatalogInput {
  return JSON.parse(
    readFileSync(new URL('../../../examples/catalog/catalog.json', import.meta.url), 'utf8'),
  ) as CatalogInput;
}

/** The example catalog, loaded: one per test file (vitest gives each file its own modules). */
export const EXAMPLE_CATALOG: Catalog = loadCatalog(exampleCatalogJson());

/** The example catalog's first offering, the one most tests shape a day of. */
export const EXAMPLE_OFFERING_ID = 'dialog-i-udsatte-boligomraader';

/**
 * The provider of the pricing tests' small catalogs: every field it must have, none more; a
 * fresh object on every call, as a test may change its catalog.
 *
 * @returns the provider's JSON
 */
export function testProvider(): CatalogInput['provider'] {
  return {
    name: 'Testfirma ApS',
    contactPerson: 'Kim Test',
    email: 'kim@example.dk',
    phone: '+45 12 34 56 78',
    address: { street: 'Testvej 1', postalCode: '1000', city: 'København K' },
    privacyNoticeUrl: 'https://example.dk/privatliv',
  };
}

/**
 * A catalog that leaves out every field that has a default, with one price rule of each kind
 * (travel both per kilometre and by zone) and two formats, one with a break.
 */
export const MINIMAL_CATALOG: CatalogInput = {
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
        { id: 'zone', kind: 'travel', zones: [{ id: 'z', label: 'Z', amount: 1 }] },
        { id: 'mindst', kind: 'minimum', amount: 50000 },
        { id: 'aftale', kind: 'on-request', aboveParticipants: 40 },
      ],
      terms: { payment: 'Netto 30', cancellation: 'Gratis' },
    },
  ],
};

/**
 * `input` through core's `parseCatalog` (on a copy), for a test to compare with.
 *
 * @param input - the catalog's JSON
 * @returns the parsed catalog
 * @throws Error with the problems when it does not parse
 */
export function parsedCatalog(input: CatalogInput): Catalog {
  const result = parseCatalog(structuredClone(input));
  if (!result.ok) throw new Error(JSON.stringify(result.problems, null, 2));
  return result.catalog;
}
