import {
  addCalendarDays,
  copenhagenDate,
  customerFromInquiry,
  inquirySelection,
  isRecord,
  OFFER_MESSAGE_MAX,
  type Catalog,
  type RevisionDraft,
} from '@temadag/core';
import type { OfferMessages } from '../messages/offer-types.js';
import type { StoredInquiry } from '../storage/types.js';

/**
 * The draft of a new revision, prefilled from the inquiry: its design, its customer block
 * (organisation, contact, email, EAN, CVR, reference), no extra lines, and valid for the
 * offering's validity days from today.
 *
 * @param stored - the inquiry
 * @param catalog - the running catalog (for the validity days)
 * @param now - the clock
 * @returns the draft
 * @example
 * ```ts
 * const draft = draftFromInquiry(stored, catalog, new Date());
 * ```
 */
export function draftFromInquiry(
  stored: StoredInquiry,
  catalog: Catalog,
  now: Date,
): RevisionDraft {
  const s = inquirySelection(stored.inquiry);
  const selection: RevisionDraft['selection'] = {
    offering: s.offering,
    format: s.format,
    participants: s.participants,
    modules: [...(s.modules ?? [])],
  };
  if (s.date !== undefined) selection.date = s.date;
  if (s.place !== undefined) selection.place = s.place;
  const c = customerFromInquiry(stored.inquiry);
  const customer: RevisionDraft['customer'] = { email: c.email ?? stored.inquiry.contact.email };
  for (const key of ['organisation', 'contact', 'ean', 'cvr', 'reference'] as const) {
    if (c[key] !== undefined) customer[key] = c[key];
  }
  const offering = catalog.offerings.find((o) => o.id === stored.offering);
  const days = offering?.terms.validityDays ?? stored.offer.terms.validityDays;
  return {
    locale: stored.locale,
    selection,
    customer,
    lines: [],
    adjustments: [],
    validUntil: addCalendarDays(copenhagenDate(now), days),
  };
}

/** A problem of a draft: the path of the field and a message. */
export interface DraftProblem {
  path: string;
  message: string;
}

/** The texts {@link readDraft} needs: the server catalogue's `offers.draft`. */
export type DraftMessages = OfferMessages['draft'];

/**
 * Reads a posted draft's frame: the parts the server checks itself (locale, validity, note,
 * the customer's email, that lines and adjustments are lists). The design, the customer block
 * and the lines are checked by core when the offer is priced.
 *
 * @param value - the parsed JSON body
 * @param today - today in Europe/Copenhagen, `YYYY-MM-DD`
 * @param m - the messages
 * @returns the draft, or the problems with their paths
 * @example
 * ```ts
 * const read = readDraft(body, copenhagenDate(now), t.offers.draft);
 * if (!read.ok) return errors(c, 400, { errors: read.problems });
 * ```
 */
export function readDraft(
  value: unknown,
  today: string,
  m: DraftMessages,
): { ok: true; draft: RevisionDraft } | { ok: false; problems: DraftProblem[] } {
  const problems: DraftProblem[] = [];
  if (!isRecord(value)) return { ok: false, problems: [{ path: '', message: m.required }] };
  const { locale, selection, customer, lines, adjustments, validUntil, message } = value;
  if (locale !== 'da' && locale !== 'en') problems.push({ path: 'locale', message: m.badLocale });
  if (!isRecord(selection)) problems.push({ path: 'selection', message: m.required });
  if (!isRecord(customer)) problems.push({ path: 'customer', message: m.required });
  else if (typeof customer.email !== 'string' || customer.email.trim() === '') {
    problems.push({ path: 'customer.email', message: m.required });
  }
  for (const [name, list] of [
    ['lines', lines],
    ['adjustments', adjustments],
  ] as const) {
    if (list !== undefined && !Array.isArray(list))
      problems.push({ path: name, message: m.notList });
  }
  if (typeof validUntil !== 'string' || !isCalendarDate(validUntil)) {
    problems.push({ path: 'validUntil', message: m.badDate });
  } else if (validUntil < today) {
    problems.push({ path: 'validUntil', message: m.pastDate });
  }
  if (
    message !== undefined &&
    (typeof message !== 'string' || [...message].length > OFFER_MESSAGE_MAX)
  ) {
    problems.push({ path: 'message', message: m.tooLong(String(OFFER_MESSAGE_MAX)) });
  }
  if (problems.length > 0) return { ok: false, problems };
  const draft = {
    ...value,
    lines: (lines as unknown[] | undefined) ?? [],
    adjustments: (adjustments as unknown[] | undefined) ?? [],
  } as unknown as RevisionDraft;
  if (typeof message === 'string' && message.trim() === '') delete draft.message;
  return { ok: true, draft };
}

/** Whether text is a real calendar date `YYYY-MM-DD`. */
function isCalendarDate(text: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(text)) return false;
  const d = new Date(`${text}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === text;
}
