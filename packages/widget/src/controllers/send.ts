import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { clearPending, savePending, type PendingInquiry } from '../inquiry/drafts.js';
import {
  isRetryableStatus,
  sendInquiry,
  type FetchLike,
  type RetryNotice,
  type SendOptions,
  type SendOutcome,
} from '../inquiry/sender.js';
import type { JobStatus } from './pdf-job.js';

/** A finished send other than a success or an abort. */
export type SendFailure = Extract<SendOutcome, { kind: 'validation' | 'server' | 'network' }>;

/** What the visitor is told while a send is pending: the last thing that happened. */
export type SendNotice =
  | { kind: 'started'; resumed: boolean }
  | { kind: 'retrying'; retry: RetryNotice }
  | { kind: 'offline' };

/** How {@link SendController.run} sends. */
export interface SendRunOptions {
  /** The URL to POST to; the pending inquiry's own endpoint when empty. */
  endpoint: string;
  /** Defaults to `globalThis.fetch`. */
  fetch?: FetchLike | undefined;
  /** Waits before each retry (see `sendInquiry`). */
  retryDelays?: readonly number[];
  /** True when the inquiry is one a reload left unsent. */
  resumed?: boolean;
}

/** Hooks of {@link SendController}, called before the host re-renders. */
export interface SendHooks {
  /** The browser went offline; the send waits for it to come back. */
  onOffline?: () => void;
  /** The send ended; set the host's own state here so the next render shows it. */
  onSettled?: (outcome: Exclude<SendOutcome, { kind: 'aborted' }>) => void;
  /** Replaces `sendInquiry`, for tests of the controller alone. */
  send?: (options: SendOptions) => Promise<SendOutcome>;
}

/**
 * Sends an inquiry with `sendInquiry` and keeps its state for the form, in the shape of
 * `@lit/task`: {@link status} is `initial` (nothing sent, or aborted), `pending`, `complete`
 * (the server accepted it) or `error` (see {@link failure}). The inquiry is kept in
 * `sessionStorage` until its fate is known, so a reload sends it again with the same key; a
 * new run aborts the one before, and disconnecting the host aborts the send (the inquiry
 * stays stored and is resumed on the next connect). The host re-renders on every change.
 *
 * @example
 * ```ts
 * class Form extends LitElement {
 *   #send = new SendController(this, { onSettled: (outcome) => console.log(outcome.kind) });
 *   submit(pending: PendingInquiry) {
 *     return this.#send.run(pending, { endpoint: '/api/inquiries' });
 *   }
 * }
 * ```
 */
export class SendController implements ReactiveController {
  /** Where the last send stands. */
  status: JobStatus = 'initial';
  /** While pending: what the visitor is told. */
  notice: SendNotice | undefined;
  /** With `status === 'error'`: how the send failed. */
  failure: SendFailure | undefined;
  /** The inquiry being sent, or last sent. */
  pending: PendingInquiry | undefined;
  readonly #host: ReactiveControllerHost;
  readonly #hooks: SendHooks;
  #job: AbortController | undefined;

  /**
   * @param host - the form; the controller adds itself to it
   * @param hooks - what the form does on going offline and when a send ends
   */
  constructor(host: ReactiveControllerHost, hooks: SendHooks = {}) {
    this.#host = host;
    this.#hooks = hooks;
    host.addController(this);
  }

  hostDisconnected(): void {
    this.abort();
  }

  /** Aborts a pending send and returns to `initial`; the stored inquiry is kept. */
  abort(): void {
    if (!this.#job) return;
    this.#job.abort();
    this.#job = undefined;
    this.#set('initial');
  }

  /** Aborts any send and forgets the last one's outcome. */
  reset(): void {
    this.#job?.abort();
    this.#job = undefined;
    this.pending = undefined;
    this.#set('initial');
  }

  /**
   * Sends an inquiry; a send still pending is aborted first.
   *
   * @param pending - the inquiry with its idempotency key
   * @param options - where and how to send
   * @returns how it ended; `aborted` when aborted or overtaken by another run
   */
  async run(pending: PendingInquiry, options: SendRunOptions): Promise<SendOutcome> {
    const offering = pending.inquiry.offering;
    savePending(offering, pending);
    this.#job?.abort();
    const job = new AbortController();
    this.#job = job;
    this.pending = pending;
    this.#set('pending', { kind: 'started', resumed: options.resumed ?? false });

    const endpoint = options.endpoint || pending.endpoint;
    const outcome: SendOutcome = endpoint
      ? await (this.#hooks.send ?? sendInquiry)({
          endpoint,
          body: pending.inquiry,
          idempotencyKey: pending.key,
          signal: job.signal,
          ...(options.retryDelays ? { retryDelays: options.retryDelays } : {}),
          ...(options.fetch ? { fetch: options.fetch } : {}),
          onRetry: (retry) => this.#set('pending', { kind: 'retrying', retry }),
          onOffline: () => {
            this.#set('pending', { kind: 'offline' });
            this.#hooks.onOffline?.();
          },
        })
      : { kind: 'network', attempts: 0 };
    if (job.signal.aborted || this.#job !== job || outcome.kind === 'aborted') {
      return { kind: 'aborted' };
    }
    this.#job = undefined;

    // Stored until its fate is known: received, or refused in a way a retry will not change.
    // A server or network failure may pass, so that inquiry stays for a reload to resend.
    const settled =
      outcome.kind === 'success' ||
      outcome.kind === 'validation' ||
      (outcome.kind === 'server' && !isRetryableStatus(outcome.status));
    if (settled) clearPending(offering);
    this.failure = outcome.kind === 'success' ? undefined : outcome;
    this.#hooks.onSettled?.(outcome);
    this.#set(outcome.kind === 'success' ? 'complete' : 'error');
    return outcome;
  }

  #set(status: JobStatus, notice?: SendNotice): void {
    this.status = status;
    this.notice = notice;
    if (status !== 'error') this.failure = undefined;
    this.#host.requestUpdate();
  }
}
