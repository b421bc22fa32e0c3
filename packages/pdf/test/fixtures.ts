import { readFileSync } from 'node:fs';
import {
  createOffer,
  revisionNumber,
  type Acceptance,
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

/** The example as a provider's second, binding revision with a manual line and adjustments. */
export function revisedOffer(options: Partial<CreateOfferOptions> = {}): Offer {
  return createOffer(
    catalog,
    {
      ...exampleSelection,
      lines: [
        { description: 'Ekstra facilitator', quantity: 1, unitAmount: 400_000, vatRate: 2500 },
        { description: 'Bogen til deltagerne', quantity: 30, unitAmount: 19_900, vatRate: 0 },
      ],
      adjustments: [
        { kind: 'discount', reason: 'Rammeaftale', rate: 1000 },
        { kind: 'surcharge', reason: 'Lørdag', amount: 150_000 },
      ],
    },
    {
      now,
      number: revisionNumber('T-2026-0042', 2),
      revision: 2,
      replaces: 'T-2026-0042',
      status: 'binding',
      validUntil: '2026-12-31',
      customer: exampleCustomer,
      ...options,
    },
  );
}

/** An acceptance of an offer: at 14.03 Copenhagen time on 10 December 2026. */
export function exampleAcceptance(offer: Offer): Acceptance {
  return {
    name: 'Åse Ørum Ægidius',
    title: 'Afdelingsleder',
    acceptedAt: '2026-12-10T13:03:00.000Z',
    number: offer.number,
    pdfSha256: '9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08',
    orderReference: 'PO-7781',
  };
}
