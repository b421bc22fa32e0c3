import type { InquirySummary, OutboxItem, StoredInquiry } from './types.js';

/**
 * The provider's pipeline for an inquiry, moved by hand in the console: `ny` (new, the state of
 * every stored inquiry), `besvaret` (answered), `aftalt` (agreed), `afvist` (declined),
 * `annulleret` (cancelled).
 *
 * @example
 * ```ts
 * const status: InquiryStatus = 'besvaret';
 * ```
 */
export type InquiryStatus = 'ny' | 'besvaret' | 'aftalt' | 'afvist' | 'annulleret';

/**
 * Every {@link InquiryStatus}, in pipeline order.
 *
 * @example
 * ```ts
 * INQUIRY_STATUSES.includes(value as InquiryStatus);
 * ```
 */
export const INQUIRY_STATUSES: readonly InquiryStatus[] = Object.freeze([
  'ny',
  'besvaret',
  'aftalt',
  'afvist',
  'annulleret',
]);

/**
 * Whether a value is an {@link InquiryStatus}.
 *
 * @param value - anything, e.g. a query parameter
 * @returns true for one of the five statuses
 * @example
 * ```ts
 * if (!isInquiryStatus(body.status)) return badRequest('status');
 * ```
 */
export function isInquiryStatus(value: unknown): value is InquiryStatus {
  return typeof value === 'string' && (INQUIRY_STATUSES as readonly string[]).includes(value);
}

/**
 * Input of {@link ConsoleStorage.queryInquiries}: filters, search and the page.
 *
 * @example
 * ```ts
 * const query: InquiryListQuery = { status: 'ny', search: 'kommune', limit: 25, offset: 0 };
 * ```
 */
export interface InquiryListQuery {
  /** Only inquiries with this status. */
  status?: InquiryStatus;
  /** Only inquiries for this offering id. */
  offering?: string;
  /**
   * Case-insensitive substring (also for æ, ø, å) of organisation, contact name, email or
   * reference. `%` and `_` match themselves. Empty or blank: no search.
   */
  search?: string;
  /** Page size, 1–100 (clamped). */
  limit: number;
  /** Rows to skip, 0 or more (clamped). */
  offset: number;
}

/**
 * One page of the inbox.
 *
 * @example
 * ```ts
 * const { items, total, newCount } = await storage.queryInquiries({ limit: 25, offset: 0 });
 * ```
 */
export interface InquiryListPage {
  /** Newest first (`createdAt`, then id, descending). */
  items: InquiryRow[];
  /** How many inquiries match the filters and search (all pages). */
  total: number;
  /** How many inquiries have status `ny`, regardless of filters and search. */
  newCount: number;
}

/**
 * An inbox row: {@link InquirySummary} and what the inbox shows besides.
 *
 * @example
 * ```ts
 * const row: InquiryRow = page.items[0];
 * ```
 */
export interface InquiryRow extends InquirySummary {
  status: InquiryStatus;
  contactName: string;
  email: string;
  /** The format id the visitor chose. */
  format: string;
}

/**
 * One step of an inquiry's status history.
 *
 * @example
 * ```ts
 * const change: StatusChange = { status: 'ny', at: '2026-03-01T09:00:00.000Z' };
 * ```
 */
export interface StatusChange {
  status: InquiryStatus;
  /** ISO 8601 time of the change. */
  at: string;
}

/**
 * An internal note of the provider on an inquiry (never shown to the visitor).
 *
 * @example
 * ```ts
 * const note: InquiryNote = { id: 1, text: 'Ringet op', at: '2026-03-02T10:00:00.000Z' };
 * ```
 */
export interface InquiryNote {
  id: number;
  text: string;
  /** ISO 8601 time the note was written. */
  at: string;
}

/**
 * Everything the console's detail page shows about one inquiry.
 *
 * @example
 * ```ts
 * const detail = await storage.getInquiryDetail(id);
 * ```
 */
export interface InquiryDetail extends StoredInquiry {
  status: InquiryStatus;
  /** Oldest first; the first entry is `ny` at `createdAt`. */
  statusHistory: StatusChange[];
  /** Oldest first. */
  notes: InquiryNote[];
  /** The inquiry's notifications, in the order they were queued. */
  deliveries: OutboxItem[];
  /** The catalog version the offer was priced with; null: the file given at start. */
  catalogVersion: number | null;
}

/**
 * A console session as stored (the id itself is never stored, only its SHA-256).
 *
 * @example
 * ```ts
 * await storage.createSession({ idHash, csrfToken, createdAt, expiresAt, idleExpiresAt });
 * ```
 */
export interface NewSession {
  /** SHA-256 (hex or base64url) of the cookie value. */
  idHash: string;
  csrfToken: string;
  createdAt: Date;
  /** Absolute end of the session. */
  expiresAt: Date;
  /** End of the session if it is not used again before then. */
  idleExpiresAt: Date;
}

/**
 * A live session, as {@link ConsoleStorage.getSession} finds it.
 *
 * @example
 * ```ts
 * const session = await storage.getSession(idHash, new Date());
 * ```
 */
export interface StoredSession {
  csrfToken: string;
  /** ISO 8601. */
  expiresAt: string;
  /** ISO 8601. */
  idleExpiresAt: string;
}

/**
 * One stored catalog version, without its JSON.
 *
 * @example
 * ```ts
 * const versions: CatalogVersionInfo[] = await storage.listCatalogVersions();
 * ```
 */
export interface CatalogVersionInfo {
  /** 1, 2, 3… in upload order. */
  version: number;
  /** ISO 8601 time of the upload. */
  createdAt: string;
  /** How many offerings the catalog has (0 when it has no `offerings` array). */
  offerings: number;
  /** The provider's note, if given. */
  note?: string;
}

/**
 * What the provider's console needs from storage, on top of the visitor's half. Part of
 * {@link Storage}; every method is safe across several instances (no state in the process).
 *
 * @example
 * ```ts
 * const page = await storage.queryInquiries({ status: 'ny', limit: 25, offset: 0 });
 * ```
 */
export interface ConsoleStorage {
  /**
   * One page of the inbox, newest first, with the count of matches and of new inquiries.
   *
   * @param query - filters, search and page
   * @returns the rows with their deliveries, `total` and `newCount`
   */
  queryInquiries(query: InquiryListQuery): Promise<InquiryListPage>;
  /**
   * One inquiry with its status, history, notes, deliveries and catalog version.
   *
   * @param id - the inquiry's id
   * @returns undefined when there is none
   */
  getInquiryDetail(id: string): Promise<InquiryDetail | undefined>;
  /**
   * Sets the status and records the change in the history (also when it is the same status:
   * the provider pressed it).
   *
   * @param id - the inquiry's id
   * @param status - the new status
   * @param at - the time of the change
   * @returns false when there is no such inquiry
   */
  setInquiryStatus(id: string, status: InquiryStatus, at: Date): Promise<boolean>;
  /**
   * Adds an internal note.
   *
   * @param id - the inquiry's id
   * @param text - the note, as written
   * @param at - when it was written
   * @returns the note, or undefined when there is no such inquiry
   */
  addInquiryNote(id: string, text: string, at: Date): Promise<InquiryNote | undefined>;
  /**
   * Makes a failed or pending outbox item due now (attempts kept, status pending, lease
   * released). A sent item is left alone.
   *
   * @param outboxId - the item's id
   * @param now - when it becomes due
   * @returns false when there is no such item or it was sent
   */
  retryDelivery(outboxId: number, now: Date): Promise<boolean>;

  /**
   * The provider's password hash (one account), as stored by {@link setPasswordHash}.
   *
   * @returns undefined while no password is set
   */
  getPasswordHash(): Promise<string | undefined>;
  /**
   * Stores the password hash (a scrypt string with its parameters) and ends every session, in
   * one transaction.
   *
   * @param hash - the hash string
   * @param at - when it was set
   */
  setPasswordHash(hash: string, at: Date): Promise<void>;

  /**
   * Stores a new session.
   *
   * @param session - its hashed id, CSRF token and times
   */
  createSession(session: NewSession): Promise<void>;
  /**
   * Finds a live session; an expired one (absolute or idle) is deleted and not returned.
   *
   * @param idHash - SHA-256 of the cookie value
   * @param now - the time to judge expiry by
   * @returns the session, or undefined when unknown or expired
   */
  getSession(idHash: string, now: Date): Promise<StoredSession | undefined>;
  /**
   * Moves the idle expiry of a session (never past its absolute expiry).
   *
   * @param idHash - SHA-256 of the cookie value
   * @param idleExpiresAt - the new idle expiry
   */
  touchSession(idHash: string, idleExpiresAt: Date): Promise<void>;
  /**
   * Ends one session (sign out).
   *
   * @param idHash - SHA-256 of the cookie value
   */
  deleteSession(idHash: string): Promise<void>;
  /**
   * Ends every session (sign out everywhere).
   *
   * @returns how many were ended
   */
  deleteAllSessions(): Promise<number>;

  /**
   * Stores a validated catalog as the next version (it does not become active by itself).
   *
   * @param json - the catalog's JSON text, as uploaded
   * @param at - the upload time
   * @param note - the provider's note
   * @returns the new version number
   */
  addCatalogVersion(json: string, at: Date, note?: string): Promise<number>;
  /**
   * Every stored catalog version, newest first, without the JSON.
   *
   * @returns the versions
   */
  listCatalogVersions(): Promise<CatalogVersionInfo[]>;
  /**
   * The JSON text of one catalog version.
   *
   * @param version - the version number
   * @returns undefined when there is no such version
   */
  getCatalogVersion(version: number): Promise<string | undefined>;
  /**
   * Makes a stored version the running one, or (null) goes back to the file given at start.
   * Throws a RangeError naming the version when it is not stored.
   *
   * @param version - the version, or null
   * @param at - the time of the switch
   */
  setActiveCatalogVersion(version: number | null, at: Date): Promise<void>;
  /**
   * The running catalog version; read it every few seconds to pick up another instance's switch.
   *
   * @returns the version, or null for the file given at start
   */
  getActiveCatalogVersion(): Promise<number | null>;
}
