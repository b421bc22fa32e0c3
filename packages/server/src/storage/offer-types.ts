import type { Acceptance, Offer, RevisionState as ShownRevisionState } from '@temadag/core';
import type { InquiryStatus } from './console-types.js';

/**
 * The stored state of a sent offer revision: core's `RevisionState` without `expired`, which is
 * not stored but derived from `validUntil` and the clock (see core's `isOfferValid`).
 *
 * @example
 * ```ts
 * const state: RevisionState = 'sent';
 * ```
 */
export type RevisionState = Exclude<ShownRevisionState, 'expired'>;

/**
 * What the customer gave when accepting, with the time and the revision's fingerprint: the
 * record a public buyer keeps; core's `Acceptance`.
 *
 * @example
 * ```ts
 * const record: AcceptanceRecord = {
 *   name: 'Mette Testesen', title: 'Afdelingsleder', acceptedAt: '2027-01-10T09:00:00.000Z',
 *   number: 'T-2027-0042-2', pdfSha256: 'ab12…',
 * };
 * ```
 */
export type AcceptanceRecord = Acceptance;

/**
 * The outbox channels of an offer's life, beside the inquiry's `email`, `receipt` and
 * `webhook`: the sent offer to the customer (`offer-email`, with the link) and the provider's
 * copy, the provider's notices and the customer's confirmation of an acceptance, the
 * provider's notice of a decline, and one webhook per event.
 *
 * @example
 * ```ts
 * const channel: OfferChannel = 'offer-accepted-webhook';
 * ```
 */
export type OfferChannel =
  | 'offer-email'
  | 'offer-copy'
  | 'offer-sent-webhook'
  | 'offer-accepted-email'
  | 'offer-accepted-receipt'
  | 'offer-accepted-webhook'
  | 'offer-declined-email'
  | 'offer-declined-webhook';

/**
 * Every {@link OfferChannel}.
 *
 * @example
 * ```ts
 * OFFER_CHANNELS.includes(item.channel as OfferChannel);
 * ```
 */
export const OFFER_CHANNELS: readonly OfferChannel[] = Object.freeze([
  'offer-email',
  'offer-copy',
  'offer-sent-webhook',
  'offer-accepted-email',
  'offer-accepted-receipt',
  'offer-accepted-webhook',
  'offer-declined-email',
  'offer-declined-webhook',
]);

/**
 * One notification to queue with a revision's step, in the same transaction.
 *
 * @example
 * ```ts
 * const d: OfferDelivery = { channel: 'offer-email', payload: sealedToken };
 * ```
 */
export interface OfferDelivery {
  channel: OfferChannel;
  /** Opaque text the delivery needs (the sealed link token); cleared once it is sent. */
  payload?: string;
}

/**
 * A revision as stored. The token is never stored, only its SHA-256.
 *
 * @example
 * ```ts
 * const revision = await storage.getOfferRevision(inquiryId, 2);
 * ```
 */
export interface StoredRevision {
  /** Random id (UUID). */
  id: string;
  inquiryId: string;
  /** `T-2027-0042-2`. */
  number: string;
  /** 2, 3, … (revision 1 is the inquiry's indicative offer). */
  revision: number;
  /** Number of the offer it replaces. */
  replaces?: string;
  /** The binding offer snapshot as sent. */
  offer: Offer;
  /** SHA-256 (hex) of the PDF bytes as sent. */
  pdfSha256: string;
  state: RevisionState;
  /** ISO 8601. */
  createdAt: string;
  /** `YYYY-MM-DD`, last day of validity in Europe/Copenhagen. */
  validUntil: string;
  acceptance?: AcceptanceRecord;
  /** ISO 8601. */
  declinedAt?: string;
  declineReason?: string;
}

/**
 * Input of {@link OfferStorage.createOfferRevision}: the fields of a {@link StoredRevision} that
 * the sender chooses (its state, acceptance and decline are the storage's), with the link
 * token's hash, the time as a `Date`, the deliveries to queue and the status move.
 *
 * @example
 * ```ts
 * await storage.createOfferRevision({ id, inquiryId, number, revision: 2, offer, … });
 * ```
 */
export interface NewRevision extends Pick<
  StoredRevision,
  'id' | 'inquiryId' | 'number' | 'revision' | 'replaces' | 'offer' | 'pdfSha256' | 'validUntil'
> {
  /** SHA-256 (hex) of the link token. */
  tokenHash: string;
  /** When it is sent; stored as {@link StoredRevision.createdAt}. */
  createdAt: Date;
  /** The notifications queued in the same transaction. */
  deliveries: OfferDelivery[];
  /** Moves the inquiry's status (with a history entry) when it is one of `from`. */
  status?: { from: InquiryStatus[]; to: InquiryStatus };
}

/**
 * Result of {@link OfferStorage.createOfferRevision}: `created`, `conflict` (another send took
 * this revision number first) or `no-inquiry`.
 *
 * @example
 * ```ts
 * if ((await storage.createOfferRevision(r)) === 'conflict') return conflict();
 * ```
 */
export type CreateRevisionResult = 'created' | 'conflict' | 'no-inquiry';

/**
 * Input of {@link OfferStorage.acceptOfferRevision} and {@link OfferStorage.declineOfferRevision}.
 *
 * @example
 * ```ts
 * await storage.declineOfferRevision({ tokenHash, at, deliveries, reason: 'Budget' });
 * ```
 */
export interface RevisionAnswer {
  tokenHash: string;
  at: Date;
  /** Notifications queued when (and only when) this call changes the state. */
  deliveries: OfferDelivery[];
}

/**
 * Result of accepting or declining: `done` when this call changed the state, `unchanged` with
 * the revision as it is when it was no longer `sent` (an earlier answer, or superseded), and
 * `unknown` for a token hash that names no revision.
 *
 * @example
 * ```ts
 * const r = await storage.acceptOfferRevision(input);
 * if (r.kind === 'unchanged' && r.revision.state === 'accepted') showReceipt(r.revision);
 * ```
 */
export type AnswerResult =
  | { kind: 'done'; revision: StoredRevision }
  | { kind: 'unchanged'; revision: StoredRevision }
  | { kind: 'unknown' };

/**
 * Storage of sent offer revisions (migration 5). Part of `Storage`; SQLite and PostgreSQL pass
 * the same suite.
 *
 * @example
 * ```ts
 * const items = await storage.listOfferRevisions(inquiryId);
 * ```
 */
export interface OfferStorage {
  /**
   * Stores a revision, marks the inquiry's older `sent` revisions `superseded`, queues its
   * deliveries and moves the inquiry's status, in one transaction.
   *
   * @param revision - the revision
   * @returns `created`, `conflict` when the revision number is taken, `no-inquiry`
   */
  createOfferRevision(revision: NewRevision): Promise<CreateRevisionResult>;
  /**
   * The revisions of an inquiry, newest first.
   *
   * @param inquiryId - the inquiry's id
   * @returns the revisions, possibly none
   */
  listOfferRevisions(inquiryId: string): Promise<StoredRevision[]>;
  /**
   * One revision of an inquiry.
   *
   * @param inquiryId - the inquiry's id
   * @param revision - its revision number
   * @returns undefined when there is none
   */
  getOfferRevision(inquiryId: string, revision: number): Promise<StoredRevision | undefined>;
  /**
   * The revision a link token names.
   *
   * @param tokenHash - SHA-256 (hex) of the token
   * @returns undefined when no revision has it
   */
  findOfferRevision(tokenHash: string): Promise<StoredRevision | undefined>;
  /**
   * Accepts a `sent` revision in one conditional update (so concurrent calls record one
   * acceptance), sets its inquiry's status to `aftalt` and queues the deliveries.
   *
   * @param input - the token hash, the time, the deliveries
   * @param acceptance - the record to keep
   * @returns see {@link AnswerResult}
   */
  acceptOfferRevision(input: RevisionAnswer, acceptance: AcceptanceRecord): Promise<AnswerResult>;
  /**
   * Declines a `sent` revision (conditional update), sets its inquiry's status to `afvist` and
   * queues the deliveries.
   *
   * @param input - the token hash, the time, the deliveries
   * @param reason - the customer's reason, if given
   * @returns see {@link AnswerResult}
   */
  declineOfferRevision(input: RevisionAnswer, reason?: string): Promise<AnswerResult>;
  /**
   * The offer pages' secret (CSRF and sealed tokens), shared by every instance: the stored
   * one, or `candidate` stored now when there is none yet.
   *
   * @param candidate - a fresh random secret
   * @param at - when it is stored
   * @returns the secret in use
   */
  offerSecret(candidate: string, at: Date): Promise<string>;
}
