import type { Inquiry } from '@temadag/core';
import type { InquiryListQuery, InquiryStatus } from './console-types.js';

/** The largest inbox page. */
export const MAX_PAGE_SIZE = 100;
/** `console_settings` key of the provider's password hash. */
export const PASSWORD_KEY = 'password_hash';
/** `console_settings` key of the running catalog version (value null: the file). */
export const ACTIVE_CATALOG_KEY = 'active_catalog_version';

/**
 * Separates the fields in `search_text`: a control character that {@link searchNeedle} strips,
 * so a search never matches across two fields.
 */
const SEPARATOR = '\u001f';

/**
 * Folds text for the inbox search. Done here, not in SQL: SQLite's `lower()` knows only ASCII
 * and PostgreSQL's depends on the database's locale, so neither folds Æ, Ø, Å everywhere.
 *
 * @param text - any text
 * @returns the text in NFC, lower case
 * @example
 * ```ts
 * foldSearch('ÆRØ Kommune'); // 'ærø kommune'
 * ```
 */
export function foldSearch(text: string): string {
  return text.normalize('NFC').toLowerCase();
}

/**
 * The `search_text` column of an inquiry: organisation, contact name, email and reference,
 * folded (see {@link foldSearch}).
 *
 * @param reference - the inquiry's reference
 * @param inquiry - what the visitor sent
 * @returns the text the inbox search looks in
 * @example
 * ```ts
 * searchTextOf('H-2026-0001', inquiry);
 * ```
 */
export function searchTextOf(reference: string, inquiry: Inquiry): string {
  const { organisation, name, email } = inquiry.contact;
  return foldSearch([organisation, name, email, reference].join(SEPARATOR));
}

/**
 * The folded search text of a query, or undefined when there is nothing to search for. Control
 * characters go (they cannot occur in a field, and the separator is one).
 *
 * @param search - the provider's search text
 * @returns what to look for in `search_text` as a plain substring
 * @example
 * ```ts
 * searchNeedle('  50%_ '); // '50%_'
 * ```
 */
export function searchNeedle(search: string | undefined): string | undefined {
  if (search === undefined) return undefined;
  // eslint-disable-next-line no-control-regex
  const needle = foldSearch(search.replace(/[\u0000-\u001f\u007f]/g, '')).trim();
  return needle === '' ? undefined : needle;
}

/**
 * The columns an inquiry keeps beside its JSON so the inbox can list and search it.
 *
 * @param reference - the inquiry's reference
 * @param inquiry - what the visitor sent
 * @returns the column values
 * @example
 * ```ts
 * const { contactName, email, format, searchText } = inboxColumns(reference, inquiry);
 * ```
 */
export function inboxColumns(
  reference: string,
  inquiry: Inquiry,
): { contactName: string; email: string; format: string; searchText: string } {
  return {
    contactName: inquiry.contact.name,
    email: inquiry.contact.email,
    format: inquiry.format,
    searchText: searchTextOf(reference, inquiry),
  };
}

/**
 * The page size and offset of an inbox query, clamped to 1–100 and 0 or more.
 *
 * @param query - the query
 * @returns whole numbers within bounds
 * @example
 * ```ts
 * clampPage({ limit: 500, offset: -1 }); // { limit: 100, offset: 0 }
 * ```
 */
export function clampPage(query: Pick<InquiryListQuery, 'limit' | 'offset'>): {
  limit: number;
  offset: number;
} {
  const limit = Number.isFinite(query.limit) ? Math.floor(query.limit) : 25;
  const offset = Number.isFinite(query.offset) ? Math.floor(query.offset) : 0;
  return { limit: Math.min(MAX_PAGE_SIZE, Math.max(1, limit)), offset: Math.max(0, offset) };
}

/**
 * How many offerings a catalog's JSON text has, for the version list.
 *
 * @param json - the catalog JSON
 * @returns the length of its `offerings` array, 0 when there is none
 * @example
 * ```ts
 * offeringsIn('{"offerings":[{},{}]}'); // 2
 * ```
 */
export function offeringsIn(json: string): number {
  const value: unknown = JSON.parse(json);
  if (typeof value !== 'object' || value === null) return 0;
  const offerings = (value as { offerings?: unknown }).offerings;
  return Array.isArray(offerings) ? offerings.length : 0;
}

/**
 * The first entry of every status history: `ny` at `createdAt`. It is implied by the inquiry
 * row rather than stored, so storing an inquiry costs no extra row (the hot path) and inquiries
 * from before the console have it too.
 *
 * @param createdAt - the inquiry's ISO time
 * @returns the entry
 * @example
 * ```ts
 * initialStatus('2026-03-02T09:00:00.000Z'); // { status: 'ny', at: '2026-03-02T09:00:00.000Z' }
 * ```
 */
export function initialStatus(createdAt: string): { status: InquiryStatus; at: string } {
  return { status: 'ny', at: createdAt };
}

/** `console_settings` key of the offer pages' secret (see `OfferStorage.offerSecret`). */
export const OFFER_SECRET_KEY = 'offer_secret';
