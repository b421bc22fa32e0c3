import { createHash, randomUUID } from 'node:crypto';
import {
  ValidationError,
  createOffer,
  isOfferValid,
  revisionNumber,
  type Catalog,
  type Offer,
  type Problem,
  type RevisionDraft,
  type RevisionSummary,
} from '@temadag/core';
import { renderOfferPdf } from '@temadag/pdf';
import type { OfferDelivery, Storage, StoredInquiry, StoredRevision } from '../storage/types.js';
import { newOfferToken, sealToken } from './tokens.js';

/**
 * The summary of a stored revision at a moment: a `sent` revision past its last day (core's
 * `isOfferValid`, Europe/Copenhagen) is `expired`.
 *
 * @param r - the stored revision
 * @param now - the clock
 * @returns the summary
 * @example
 * ```ts
 * const items = revisions.map((r) => revisionSummary(r, deps.now()));
 * ```
 */
export function revisionSummary(r: StoredRevision, now: Date): RevisionSummary {
  const state = r.state === 'sent' && !isOfferValid(r, now) ? 'expired' : r.state;
  const summary: RevisionSummary = {
    revision: r.revision,
    number: r.number,
    state,
    createdAt: r.createdAt,
    validUntil: r.validUntil,
    total: r.offer.total,
    currency: r.offer.currency,
    priceStatus: r.offer.priceStatus,
  };
  if (r.replaces !== undefined) summary.replaces = r.replaces;
  if (r.acceptance) {
    const { name, title, acceptedAt, pdfSha256, orderReference, ean } = r.acceptance;
    summary.acceptance = { name, title, acceptedAt, pdfSha256 };
    if (orderReference !== undefined) summary.acceptance.orderReference = orderReference;
    if (ean !== undefined) summary.acceptance.ean = ean;
  }
  if (r.declinedAt !== undefined) {
    summary.decline = { declinedAt: r.declinedAt };
    if (r.declineReason !== undefined) summary.decline.reason = r.declineReason;
  }
  return summary;
}

/**
 * Prices a draft as the next revision of an inquiry: a binding offer numbered
 * `<inquiry's offer number>-<n>` (n from 2: revision 1 is the inquiry's indicative offer),
 * replacing the newest revision (or the inquiry's offer).
 *
 * @param stored - the inquiry
 * @param latest - its newest revision, if any
 * @param catalog - the running catalog
 * @param draft - the provider's draft
 * @param now - the clock
 * @returns the offer, or core's problems (paths as in the draft: `selection.…`, `customer.…`, `lines.0.…`)
 * @example
 * ```ts
 * const priced = priceRevision(stored, revisions[0], catalog, draft, deps.now());
 * ```
 */
export function priceRevision(
  stored: StoredInquiry,
  latest: StoredRevision | undefined,
  catalog: Catalog,
  draft: RevisionDraft,
  now: Date,
): { ok: true; offer: Offer; revision: number } | { ok: false; problems: Problem[] } {
  const revision = (latest?.revision ?? 1) + 1;
  try {
    const offer = createOffer(
      catalog,
      { ...draft.selection, lines: draft.lines, adjustments: draft.adjustments },
      {
        now,
        number: revisionNumber(stored.offer.number, revision),
        locale: draft.locale,
        customer: draft.customer,
        status: 'binding',
        validUntil: draft.validUntil,
        revision,
        replaces: latest?.number ?? stored.offer.number,
      },
    );
    return { ok: true, offer, revision };
  } catch (error) {
    if (!(error instanceof ValidationError)) throw error;
    return { ok: false, problems: error.problems.map((p) => ({ ...p, path: draftPath(p.path) })) };
  }
}

/** A core problem's path as a path of the draft. */
function draftPath(path: string): string {
  if (/^(customer|lines|adjustments|validUntil)\b/.test(path) || path === '') return path;
  return `selection.${path}`;
}

/** Settings of {@link sendRevision}. */
export interface SendSettings {
  /** The offer pages' address, e.g. `https://tilbud.example.dk` (no trailing slash). */
  baseUrl: string;
  secret: string;
  /** Email to the customer and the provider's copy (SMTP is configured). */
  email: boolean;
  /** The `offer.sent` webhook (a webhook is configured). */
  webhook: boolean;
}

/**
 * Sends a priced revision: renders its PDF (whose SHA-256 is kept), makes a link token (only
 * its hash is kept; the customer's email gets the link sealed), and stores the revision with
 * its deliveries, superseding the open older ones and moving the inquiry from `ny` to
 * `besvaret`, in one transaction.
 *
 * @param storage - the storage
 * @param input - the inquiry, the priced offer, its revision number, the note, the clock
 * @param settings - the link's base, the secret and the configured channels
 * @returns the stored revision and the link, or `conflict` when another send took the number
 * @example
 * ```ts
 * const sent = await sendRevision(storage, { stored, offer, revision, now }, settings);
 * ```
 */
export async function sendRevision(
  storage: Storage,
  input: { stored: StoredInquiry; offer: Offer; revision: number; message?: string; now: Date },
  settings: SendSettings,
): Promise<{ kind: 'sent'; revision: StoredRevision; offerUrl: string } | { kind: 'conflict' }> {
  const { stored, offer, revision, now } = input;
  const pdf = await renderOfferPdf(offer);
  const pdfSha256 = createHash('sha256').update(pdf).digest('hex');
  const { token, tokenHash } = newOfferToken();
  const offerUrl = `${settings.baseUrl}/o/${token}`;
  const note = input.message === undefined ? {} : { message: input.message };
  const deliveries: OfferDelivery[] = [];
  if (settings.email && offer.customer.email) {
    const link = sealToken(settings.secret, offerUrl);
    deliveries.push({ channel: 'offer-email', payload: JSON.stringify({ link, ...note }) });
    deliveries.push({ channel: 'offer-copy', payload: JSON.stringify(note) });
  }
  if (settings.webhook) deliveries.push({ channel: 'offer-sent-webhook' });
  const id = randomUUID();
  const result = await storage.createOfferRevision({
    id,
    inquiryId: stored.id,
    number: offer.number,
    revision,
    ...(offer.replaces !== undefined ? { replaces: offer.replaces } : {}),
    offer,
    pdfSha256,
    tokenHash,
    createdAt: now,
    validUntil: offer.validUntil,
    deliveries,
    status: { from: ['ny'], to: 'besvaret' },
  });
  if (result !== 'created') return { kind: 'conflict' };
  const saved = await storage.getOfferRevision(stored.id, revision);
  return { kind: 'sent', revision: saved!, offerUrl };
}
