import type { Catalog, Inquiry, Offer } from '@temadag/core';

/** The statuses an inquiry moves through, by hand, in this order. */
export const INQUIRY_STATUSES = ['ny', 'besvaret', 'aftalt', 'afvist', 'annulleret'] as const;

/** One step of the provider's pipeline: `ny`, `besvaret`, `aftalt`, `afvist`, `annulleret`. */
export type InquiryStatus = (typeof INQUIRY_STATUSES)[number];

/** One problem as the server words it: `path` names the field, `''` the whole request. */
export interface ApiProblem {
  path: string;
  message: string;
}

/** `GET /admin/api/session`. */
export interface SessionState {
  passwordSet: boolean;
  signedIn: boolean;
  csrfToken?: string;
  idleTimeoutSeconds?: number;
}

/** How one notification of an inquiry went. */
export interface DeliverySummary {
  channel: 'email' | 'receipt' | 'webhook';
  status: 'pending' | 'sent' | 'failed';
  attempts: number;
  lastError?: string;
}

/** One row of the inbox. `total` is in øre incl. VAT, `null` when the price is on request. */
export interface InquiryRow {
  id: string;
  reference: string;
  createdAt: string;
  organisation: string;
  contactName: string;
  email: string;
  offering: string;
  offeringTitle: string;
  format: string;
  formatLabel: string;
  participants: number;
  total: number | null;
  currency: string;
  status: InquiryStatus;
  deliveries: DeliverySummary[];
}

/** `GET /admin/api/inquiries`. */
export interface InquiryPage {
  items: InquiryRow[];
  total: number;
  page: number;
  pageSize: number;
  newCount: number;
  offerings: { id: string; title: string }[];
}

/** The inbox's filter, search and page, as in the query string. */
export interface InboxQuery {
  status?: InquiryStatus | undefined;
  offering?: string | undefined;
  q?: string | undefined;
  page?: number | undefined;
  pageSize?: number | undefined;
}

/** One delivery attempt series of an inquiry, as the detail page shows it. */
export interface Delivery extends DeliverySummary {
  id: number;
  nextAttemptAt: string | null;
}

/** An internal note on an inquiry. */
export interface Note {
  id: string | number;
  text: string;
  at: string;
}

/** `GET /admin/api/inquiries/:id`. */
export interface InquiryDetail {
  id: string;
  reference: string;
  createdAt: string;
  offering: string;
  locale: 'da' | 'en';
  inquiry: Inquiry;
  offer: Offer;
  status: InquiryStatus;
  statusHistory: { status: InquiryStatus; at: string }[];
  notes: Note[];
  deliveries: Delivery[];
  catalogVersion: number | null;
}

/** One stored catalog version. */
export interface CatalogVersion {
  version: number;
  createdAt: string;
  offerings: number;
  active: boolean;
  note?: string;
}

/** `GET /admin/api/catalog`. */
export interface CatalogState {
  source: 'file' | 'console';
  activeVersion: number | null;
  file: string | null;
  versions: CatalogVersion[];
  catalog: Catalog;
}

/** `GET /admin/api/embed`. */
export interface EmbedSettings {
  baseUrl: string;
  allowedOrigins: string[];
  offerings: { id: string; title: string }[];
  locales: ('da' | 'en')[];
}

/** A line the provider adds by hand: `unitAmount` in øre excluding VAT, `vatRate` in basis points. */
export interface OfferDraftLine {
  description: string;
  quantity: number;
  unitAmount: number;
  vatRate: number;
}

/** A discount or surcharge on the subtotal: exactly one of `rate` (basis points) or `amount` (øre). */
export interface OfferDraftAdjustment {
  kind: 'discount' | 'surcharge';
  reason: string;
  rate?: number;
  amount?: number;
}

/**
 * A binding offer before it is sent: `GET /inquiries/:id/offers/draft` prefills it from the
 * inquiry; preview and send take it back.
 */
export interface OfferDraft {
  locale: 'da' | 'en';
  selection: {
    offering: string;
    format: string;
    participants: number;
    modules: string[];
    date?: string;
    place?: string;
    travel?: { km?: number; zone?: string };
  };
  customer: {
    organisation?: string;
    contact?: string;
    email: string;
    ean?: string;
    cvr?: string;
    reference?: string;
  };
  lines: OfferDraftLine[];
  adjustments: OfferDraftAdjustment[];
  /** YYYY-MM-DD; valid through the end of that day in Europe/Copenhagen. */
  validUntil: string;
  /** The note to the customer in the email, at most 2000 characters. */
  message?: string;
}

/** Where a sent revision stands; `expired` is derived from its validity. */
export const REVISION_STATES = ['sent', 'accepted', 'declined', 'superseded', 'expired'] as const;

/** One of {@link REVISION_STATES}. */
export type RevisionState = (typeof REVISION_STATES)[number];

/** One sent revision of an inquiry's offer. `total` is in øre incl. VAT. */
export interface RevisionSummary {
  revision: number;
  number: string;
  replaces?: string;
  state: RevisionState;
  createdAt: string;
  validUntil: string;
  total: number;
  currency: string;
  priceStatus: 'priced' | 'on-request';
  acceptance?: {
    name: string;
    title: string;
    acceptedAt: string;
    pdfSha256: string;
    orderReference?: string;
  };
  decline?: { reason?: string; declinedAt: string };
}
