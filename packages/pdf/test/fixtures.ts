import { readFileSync } from 'node:fs';
import {
  createOffer,
  loadCatalog,
  type Catalog,
  type CreateOfferOptions,
  type Offer,
  type SelectionInput,
} from '@temadag/core';

/** The example catalog's JSON, parsed but not yet validated (edit a copy, then load it). */
export function exampleCatalogJson(): Record<string, unknown> {
  return JSON.parse(
    readFileSync(new URL('../../../examples/catalog/catalog.json', import.meta.url), 'utf8'),
  ) as Record<string, unknown>;
}

export const catalog: Catalog = loadCatalog(exampleCatalogJson());

/** The example selection: a full day for 30 with two add-ons and travel. */
export const exampleSelection: SelectionInput = {
  offering: 'dialog-i-udsatte-boligomraader',
  format: 'hel',
  participants: 30,
  modules: ['forsamtale', 'skriftlig-opsamling'],
  date: '2027-03-12',
  place: 'Rådhuset, Ærøskøbing',
  travel: { km: 120 },
};

export const exampleCustomer: NonNullable<CreateOfferOptions['customer']> = {
  organisation: 'Ærø Kommune, Børn og Unge',
  contact: 'Åse Ørum Ægidius',
  email: 'aase@example.dk',
  cvr: '10150817',
  ean: '5790000000005',
  reference: 'Rekv. “Temadag 2027” – ½ dag × 2',
};

export const now = new Date('2026-11-27T10:00:00Z');

/** The example offer (two pages). */
export function exampleOffer(
  options: Partial<CreateOfferOptions> = {},
  selection = exampleSelection,
): Offer {
  return createOffer(catalog, selection, {
    now,
    sequence: 42,
    customer: exampleCustomer,
    ...options,
  });
}
