/**
 * Offers and page inputs for the offer page's tests: a binding revision of the example
 * catalog's offering, with a customer whose text tries to break out of the HTML.
 */
import { createOffer, type Locale, type Offer } from '@temadag/core';
import type { OfferPageInput, OfferPageState } from '../src/pages/offer-page.js';
import { catalog, OFFERING } from './helpers.js';

/** Customer text that would run a script or break an attribute if it were not escaped. */
export const HOSTILE = `<script>alert("x")</script><img src=x onerror=alert(1)> "' & Co`;

/** A binding revision 2 of T-2027-0042, valid through 2027-03-31. */
export function bindingOffer(locale: Locale = 'da', ean?: string): Offer {
  return createOffer(
    catalog,
    {
      offering: OFFERING,
      format: 'hel',
      participants: 30,
      modules: ['forsamtale'],
      date: '2027-04-20',
      place: `Beboerhuset ${HOSTILE}`,
    },
    {
      now: new Date('2027-03-01T09:00:00Z'),
      number: 'T-2027-0042-2',
      locale,
      customer: {
        organisation: `Boligforeningen ${HOSTILE}`,
        contact: 'Anna Andersen',
        email: 'anna@example.dk',
        reference: HOSTILE,
        ...(ean ? { ean } : {}),
      },
      replaces: 'T-2027-0042',
      status: 'binding',
      revision: 2,
      validUntil: '2027-03-31',
    },
  );
}

/** A page input of a state, with what that state carries. */
export function pageInput(
  state: OfferPageState,
  more: Partial<OfferPageInput> = {},
): OfferPageInput {
  const base: OfferPageInput = {
    offer: bindingOffer(),
    state,
    token: 'tok_AbC-123',
    csrf: 'csrf-value-0123456789',
    now: new Date('2027-03-10T10:00:00Z'),
  };
  if (state === 'accepted') {
    base.acceptance = {
      name: `Bo ${HOSTILE}`,
      title: 'Afdelingsleder',
      acceptedAt: '2027-03-10T13:05:00Z',
      number: 'T-2027-0042-2',
      pdfSha256: 'a'.repeat(64),
      orderReference: 'PO-77',
    };
  }
  if (state === 'declined') {
    base.decline = { reason: `For dyrt ${HOSTILE}`, declinedAt: '2027-03-11T08:00:00Z' };
  }
  return { ...base, ...more };
}

/** Every state of the page. */
export const STATES: readonly OfferPageState[] = [
  'open',
  'accepted',
  'declined',
  'expired',
  'superseded',
];
