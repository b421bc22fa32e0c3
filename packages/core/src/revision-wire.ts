/**
 * The wire types of an offer's revisions between the server's admin API and the console: the
 * draft the provider edits (`GET /admin/api/inquiries/:id/offers/draft`, taken back by preview
 * and send) and the summary of a sent revision. Types only: one definition for both sides.
 *
 * @module
 */
import type { Acceptance } from './revision.js';
import type { Locale } from './locale.js';

/** Longest note to the customer in the email of a sent revision, in characters. */
export const OFFER_MESSAGE_MAX = 2000;

/**
 * A line the provider adds by hand to a revision: `unitAmount` in øre excluding VAT, `vatRate`
 * in basis points (2500 = 25 %).
 *
 * @example
 * ```ts
 * const line: RevisionDraftLine = { description: 'Kørsel', quantity: 1, unitAmount: 90000, vatRate: 2500 };
 * ```
 */
export interface RevisionDraftLine {
  /** What the line is for, as the customer reads it. */
  description: string;
  /** A whole number from 1. */
  quantity: number;
  /** Price of one, in øre excluding VAT. */
  unitAmount: number;
  /** VAT rate in basis points. */
  vatRate: number;
}

/**
 * A discount or surcharge on a revision's subtotal, with its reason: exactly one of `rate`
 * (basis points of the subtotal, 1000 = 10 %) or `amount` (øre excluding VAT).
 *
 * @example
 * ```ts
 * const adjustment: RevisionDraftAdjustment = { kind: 'discount', reason: 'Fast kunde', rate: 1000 };
 * ```
 */
export interface RevisionDraftAdjustment {
  /** `discount` lowers the price, `surcharge` raises it. */
  kind: 'discount' | 'surcharge';
  /** Why, as the customer reads it. */
  reason: string;
  /** Basis points of the subtotal before adjustments. */
  rate?: number;
  /** A fixed amount in øre excluding VAT. */
  amount?: number;
}

/**
 * A binding offer before it is sent, as the console edits it: the design, the customer, extra
 * lines and adjustments, the validity and a note for the email. The server prefills it from
 * the inquiry; preview and send take it back and price it with the running catalog.
 *
 * @example
 * ```ts
 * const draft: RevisionDraft = {
 *   locale: 'da',
 *   selection: { offering: 'dialog', format: 'hel', participants: 30, modules: [] },
 *   customer: { email: 'a@kommune.dk' }, lines: [], adjustments: [], validUntil: '2027-02-01',
 * };
 * ```
 */
export interface RevisionDraft {
  /** The offer's language. */
  locale: Locale;
  /** The design: offering, format, participants, modules, date, place and travel. */
  selection: {
    offering: string;
    format: string;
    participants: number;
    modules: string[];
    /** `YYYY-MM-DD`. */
    date?: string;
    place?: string;
    travel?: { km?: number; zone?: string };
  };
  /** Who the offer is for; `email` receives it. */
  customer: {
    organisation?: string;
    contact?: string;
    email: string;
    /** EAN (GLN) of a public buyer. */
    ean?: string;
    cvr?: string;
    /** The buyer's reference. */
    reference?: string;
  };
  /** Lines added by hand. */
  lines: RevisionDraftLine[];
  /** Discounts and surcharges. */
  adjustments: RevisionDraftAdjustment[];
  /** `YYYY-MM-DD`; valid through the end of that day in Europe/Copenhagen. */
  validUntil: string;
  /** Note to the customer in the email, at most {@link OFFER_MESSAGE_MAX} characters. */
  message?: string;
}

/**
 * Where a sent revision stands as the console shows it: the stored states, and `expired` for a
 * `sent` revision past its last day (derived from the clock, never stored).
 */
export const REVISION_STATES = ['sent', 'accepted', 'declined', 'superseded', 'expired'] as const;

/** One of {@link REVISION_STATES}. */
export type RevisionState = (typeof REVISION_STATES)[number];

/**
 * What the console shows of a sent revision (`GET /admin/api/inquiries/:id/offers`): its
 * number, state, money and the record of its answer. `total` is in øre incl. VAT.
 *
 * @example
 * ```ts
 * const summary: RevisionSummary = {
 *   revision: 2, number: 'T-2027-0042-2', replaces: 'T-2027-0042', state: 'sent',
 *   createdAt: '2027-01-04T09:00:00.000Z', validUntil: '2027-02-01',
 *   total: 2_250_000, currency: 'DKK', priceStatus: 'priced',
 * };
 * ```
 */
export interface RevisionSummary {
  /** 2, 3, … (revision 1 is the inquiry's indicative offer). */
  revision: number;
  /** The revision's offer number, e.g. `T-2027-0042-2`. */
  number: string;
  /** The number of the offer it replaces. */
  replaces?: string;
  state: RevisionState;
  /** ISO 8601. */
  createdAt: string;
  /** `YYYY-MM-DD`, last day of validity in Europe/Copenhagen. */
  validUntil: string;
  /** In øre incl. VAT. */
  total: number;
  currency: string;
  priceStatus: 'priced' | 'on-request';
  /** Who accepted, when, and the PDF's fingerprint. */
  acceptance?: Pick<Acceptance, 'name' | 'title' | 'acceptedAt' | 'pdfSha256'> & {
    orderReference?: string;
    ean?: string;
  };
  /** When the customer declined, and why if they said. */
  decline?: { reason?: string; declinedAt: string };
}
