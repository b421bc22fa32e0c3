import type { Catalog, Inquiry, Offer } from '@temadag/core';

// The offer draft and revision types are the server's wire types, defined once in core; the
// console keeps exporting them under the names it has always used.
export {
  REVISION_STATES,
  type RevisionDraft as OfferDraft,
  type RevisionDraftAdjustment as OfferDraftAdjustment,
  type RevisionDraftLine as OfferDraftLine,
  type RevisionState,
  type RevisionSummary,
} from '@temadag/core';

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
