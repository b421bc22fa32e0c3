import type { Inquiry, Offer } from '@temadag/core';
import type { ConsoleStorage } from './console-types.js';
import type { OfferChannel, OfferStorage } from './offer-types.js';

export * from './console-types.js';
export * from './offer-types.js';

/**
 * Where a notification goes: about the inquiry (`email` to the provider, `receipt` to the
 * visitor, `webhook`), or about a sent offer revision ({@link OfferChannel}).
 */
export type Channel = 'email' | 'receipt' | 'webhook' | OfferChannel;

/** A new inquiry as the app stores it, with the offer recomputed from the server's catalog. */
export interface NewInquiry {
  /** Random, unguessable id (UUID v4), made by the app. */
  id: string;
  createdAt: Date;
  offering: string;
  locale: 'da' | 'en';
  inquiry: Inquiry;
  /**
   * The catalog version the offer is priced with (see {@link ConsoleStorage}); null or absent:
   * the catalog file given at start.
   */
  catalogVersion?: number | null | undefined;
}

/** A stored inquiry. */
export interface StoredInquiry {
  id: string;
  /**
   * Short reference shown to the visitor and the provider, assigned by storage in order: the
   * offer number (`T-2026-0042`, see `CreateInquiryInput.numberPattern`); inquiries stored
   * before it was have `H-2026-0042` and keep it.
   */
  reference: string;
  createdAt: string;
  offering: string;
  locale: 'da' | 'en';
  inquiry: Inquiry;
  offer: Offer;
}

/** A list row: no free text, with the delivery state of its notifications. */
export interface InquirySummary {
  id: string;
  reference: string;
  createdAt: string;
  offering: string;
  organisation: string;
  participants: number;
  total: number;
  deliveries: { channel: Channel; status: OutboxStatus; attempts: number; lastError?: string }[];
}

/**
 * The state of a notification: `pending` (waiting for its first or next attempt), `sent`, or
 * `failed` (after the last attempt; it is not tried again).
 */
export type OutboxStatus = 'pending' | 'sent' | 'failed';

/** One notification to deliver. */
export interface OutboxItem {
  id: number;
  inquiryId: string;
  channel: Channel;
  /**
   * Attempts finished so far (each {@link Storage.markSent} or {@link Storage.markFailed}
   * counts one); claiming does not count, so the attempt being made is `attempts + 1`.
   */
  attempts: number;
  status: OutboxStatus;
  nextAttemptAt: string;
  lastError?: string;
  /** The offer revision the item is about (offer channels only). */
  revisionId?: string;
  /** What the delivery needs besides (the sealed link token); cleared once sent. */
  payload?: string;
}

/** Input of {@link Storage.createInquiry}. */
export interface CreateInquiryInput {
  inquiry: NewInquiry;
  /**
   * The request's idempotency key, when it has one. The key is kept on the inquiry's row;
   * within its time to live (24 hours by default) the same key finds that inquiry again (a
   * `replay`), after that it makes a new inquiry.
   */
  idempotencyKey?: string;
  /** SHA-256 of the request body, to tell a replay from a different body with the same key. */
  requestHash: string;
  /** Notifications to queue in the same transaction. */
  channels: Channel[];
  /**
   * Makes the offer once the reference (and so the offer number) is known. Called inside the
   * transaction; must be pure and synchronous.
   */
  makeOffer: (reference: string, sequence: number) => Offer;
  /**
   * The provider's `offerNumberPattern`: when it holds `{YYYY}` the inquiry's reference is its
   * offer number (`T-2026-0042`), one number for visitor and provider. Without it (or without
   * `{YYYY}`, which would repeat numbers each year) the reference is `H-2026-0042`.
   */
  numberPattern?: string | undefined;
  /**
   * Counts a hit for `key` in the same step, as {@link Storage.hit} does (in the fixed window
   * that holds `inquiry.createdAt`), and stores or finds nothing when the count is over `max`:
   * the result is then `over-max`. The hit counts even when storing fails. Saves a commit
   * (SQLite) or a statement (PostgreSQL) per inquiry over calling `hit` first.
   */
  countHit?: { key: string; windowMs: number; max: number };
}

/** Result of {@link Storage.createInquiry}. */
export type CreateInquiryResult =
  /** Stored now, with its reference and offer. */
  | { kind: 'created'; stored: StoredInquiry }
  /** The idempotency key is taken by this earlier inquiry, made from the same request body. */
  | { kind: 'replay'; stored: StoredInquiry }
  /** The idempotency key is taken by an inquiry made from another request body. */
  | { kind: 'conflict' }
  /** The count of {@link CreateInquiryInput.countHit} is over its `max`; nothing was stored. */
  | { kind: 'over-max'; count: number };

/**
 * Storage for inquiries, the outbox, idempotency keys, rate limits, the provider's console
 * ({@link ConsoleStorage}: status, notes, password, sessions, catalog versions) and the sent
 * offer revisions ({@link OfferStorage}). SQLite and
 * PostgreSQL implement the same contract and pass the same test suite. Every method is safe to
 * call from several server instances at once (PostgreSQL) — no state is kept in the process.
 */
export interface Storage extends ConsoleStorage, OfferStorage {
  readonly engine: 'sqlite' | 'postgres';
  /** Runs the versioned migrations that have not run yet. */
  migrate(): Promise<void>;
  /**
   * Stores the inquiry, its offer snapshot, its outbox items and its idempotency key in one
   * transaction. Concurrent calls with one key store one inquiry: the others get `replay` with
   * that stored inquiry (or `conflict` when the body hash differs).
   */
  createInquiry(input: CreateInquiryInput): Promise<CreateInquiryResult>;
  /** One inquiry with its offer snapshot; undefined when there is none with this `id`. */
  getInquiry(id: string): Promise<StoredInquiry | undefined>;
  /** Newest first. */
  listInquiries(options?: { limit?: number; offset?: number }): Promise<InquirySummary[]>;
  /** Every stored inquiry, oldest first, for export. */
  exportInquiries(): AsyncIterable<StoredInquiry>;
  /** Deletes one inquiry and everything about it (right to erasure): outbox, notes, history. */
  deleteInquiry(id: string): Promise<boolean>;
  /** Deletes inquiries created before `cutoff` with everything about them; returns how many. */
  purgeBefore(cutoff: Date): Promise<number>;
  /** Claims due outbox items for `leaseMs` so no other worker takes them meanwhile. */
  claimOutbox(now: Date, limit: number, leaseMs: number): Promise<OutboxItem[]>;
  /** Records a delivery of outbox item `id`: counts the attempt and releases the lease. */
  markSent(id: number): Promise<void>;
  /** Records a failure; `retryAt` null marks the item failed for good. */
  markFailed(id: number, error: string, retryAt: Date | null): Promise<void>;
  /**
   * Counts a hit for `key` in the fixed window that holds `now`, and returns the count so far
   * in that window (shared by all instances).
   */
  hit(key: string, now: Date, windowMs: number): Promise<number>;
  /** Throws when the database cannot be reached. */
  ping(): Promise<void>;
  /** Closes the database (SQLite file or PostgreSQL pool); the storage is unusable after. */
  close(): Promise<void>;
}

/**
 * A structured log sink. Storage passes only ids, counts, versions and error codes: never
 * personal data, never SQL parameters, never database error messages (they can quote values).
 */
export type StorageLog = (
  level: 'debug' | 'info' | 'warn' | 'error',
  message: string,
  fields?: Record<string, string | number | boolean | undefined>,
) => void;

/** Options of `openStorage`. */
export interface OpenStorageOptions {
  /** `postgres://` or `postgresql://` URL: PostgreSQL. Otherwise SQLite at `sqlitePath`. */
  databaseUrl?: string;
  /** SQLite file; default `.data/temadag.sqlite` (the folder is created). */
  sqlitePath?: string;
  log?: StorageLog;
  /** Run the migrations on open (default true). */
  migrate?: boolean;
  /** How long an Idempotency-Key is remembered, in ms (default 24 hours). */
  idempotencyTtlMs?: number;
  /** PostgreSQL pool size (default 10). */
  poolSize?: number;
  /**
   * PostgreSQL: run the inquiry statements as named prepared statements (default true; turned
   * off by itself when a pooler refuses them).
   */
  postgresPreparedStatements?: boolean;
  /**
   * SQLite `synchronous` pragma (default `NORMAL`, safe with WAL against process crashes;
   * `FULL` also survives power loss of the last commits, at some cost in throughput).
   */
  sqliteSynchronous?: 'NORMAL' | 'FULL';
  /**
   * Checkpoint the SQLite WAL from a worker thread (default true), so the fsyncs of a checkpoint
   * do not block the event loop; false leaves checkpoints to SQLite, inside commits.
   */
  sqliteBackgroundCheckpoints?: boolean;
}
