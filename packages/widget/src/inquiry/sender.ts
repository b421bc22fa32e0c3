/**
 * The sending engine of the inquiry form, apart from the element so it can be tested alone:
 * one POST with an `Idempotency-Key`, retries with exponential backoff, `Retry-After`, and a
 * wait for the `online` event while the browser is offline. Nothing here touches the DOM; the
 * browser globals (`fetch`, `navigator.onLine`, the `online` event, timers) are read at call
 * time and can all be replaced through {@link SendOptions}.
 */
import { isRecord, type Offer } from '@temadag/core';
import { problemsOf, readJson, type ResponseProblem } from '../utilities/problems.js';

export type { ResponseProblem };

/** How a send ended. */
export type SendOutcome =
  | {
      kind: 'success';
      status: number;
      id: string;
      reference: string;
      /** The server's offer snapshot (numbered with `reference`), when it sent one. */
      offer?: Offer;
    }
  /** The server rejected the fields (422); `errors` may be empty if its body was unreadable. */
  | { kind: 'validation'; status: number; errors: ResponseProblem[] }
  /** The server refused the request (4xx) or kept failing (5xx, 408, 429) until tries ran out. */
  | { kind: 'server'; status: number; attempts: number }
  /** The server could not be reached, on every try. */
  | { kind: 'network'; attempts: number }
  /** The `signal` was aborted. */
  | { kind: 'aborted' };

/** What {@link SendOptions.onRetry} is told before it waits for the next try. */
export interface RetryNotice {
  /** The try that just failed, from 1. */
  attempt: number;
  /** Tries in all, the first included. */
  maxAttempts: number;
  /** Milliseconds until the next try. */
  delayMs: number;
  reason: 'network' | 'server';
  /** The HTTP status, when the server answered. */
  status?: number;
}

/** The part of `fetch` the sender uses. */
export type FetchLike = (input: string, init: RequestInit) => Promise<Response>;

/** Options of {@link sendInquiry}. */
export interface SendOptions {
  /** The URL to POST to, e.g. `https://tilbud.example.dk/api/inquiries`. */
  endpoint: string;
  /** The inquiry; sent as JSON. */
  body: unknown;
  /** One key per inquiry, the same on every try (see {@link newIdempotencyKey}). */
  idempotencyKey: string;
  /** Defaults to `globalThis.fetch`. */
  fetch?: FetchLike;
  /**
   * Waits before each retry, in milliseconds; its length plus one is the number of tries.
   * Defaults to {@link DEFAULT_RETRY_DELAYS}: 1, 2, 4 and 8 seconds, so at most 5 tries.
   */
  retryDelays?: readonly number[];
  /** A longer `Retry-After` than this ends the tries instead of waiting (default 60 s). */
  maxRetryAfterMs?: number;
  /** Waits `ms` milliseconds, or rejects when `signal` aborts. Defaults to a `setTimeout`. */
  sleep?: (ms: number, signal?: AbortSignal) => Promise<void>;
  /** Defaults to `navigator.onLine` (true where there is no navigator). */
  isOnline?: () => boolean;
  /** Resolves when the browser is back online. Defaults to the `online` event of `globalThis`. */
  waitForOnline?: (signal?: AbortSignal) => Promise<void>;
  /** Cancels the send, a wait included. */
  signal?: AbortSignal;
  /** Called before each wait for a retry, so the visitor can be told. */
  onRetry?: (notice: RetryNotice) => void;
  /** Called each time the sender starts waiting for the browser to come back online. */
  onOffline?: () => void;
  /** Called when a try starts, with its number from 1. */
  onAttempt?: (attempt: number) => void;
  /** The current time in milliseconds, for `Retry-After` dates. Defaults to `Date.now`. */
  now?: () => number;
}

/** Waits before the 2nd, 3rd, 4th and 5th try, in milliseconds. */
export const DEFAULT_RETRY_DELAYS: readonly number[] = [1000, 2000, 4000, 8000];

const DEFAULT_MAX_RETRY_AFTER_MS = 60_000;

/**
 * Makes a fresh idempotency key: a random UUID. Make one per inquiry and reuse it on every
 * retry, so the server stores the inquiry once however often it arrives.
 *
 * @returns a UUID v4
 * @example
 * ```ts
 * const key = newIdempotencyKey(); // '3b241101-e2bb-4255-8caf-4136c566a962'
 * ```
 */
export function newIdempotencyKey(): string {
  return globalThis.crypto.randomUUID();
}

/**
 * Whether a status is worth another try: 408, 429 and every 5xx.
 *
 * @param status - an HTTP status
 * @returns true when the same request may succeed later
 * @example
 * ```ts
 * isRetryableStatus(503); // true
 * isRetryableStatus(400); // false
 * ```
 */
export function isRetryableStatus(status: number): boolean {
  return status === 408 || status === 429 || status >= 500;
}

/**
 * Reads a `Retry-After` header: seconds, or an HTTP date.
 *
 * @param value - the header's value, or null when absent
 * @param now - the current time in milliseconds
 * @returns milliseconds to wait (never negative), or undefined when absent or unreadable
 * @example
 * ```ts
 * retryAfterMs('3', Date.now()); // 3000
 * retryAfterMs('Wed, 21 Oct 2015 07:28:00 GMT', Date.parse('2015-10-21T07:27:58Z')); // 2000
 * ```
 */
export function retryAfterMs(value: string | null, now: number): number | undefined {
  if (value === null) return undefined;
  const text = value.trim();
  if (/^\d+$/.test(text)) return Number(text) * 1000;
  const date = Date.parse(text);
  if (Number.isNaN(date)) return undefined;
  return Math.max(0, date - now);
}

function abortError(): Error {
  return new DOMException('The send was aborted.', 'AbortError');
}

function defaultSleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(abortError());
    const onAbort = () => {
      clearTimeout(timer);
      reject(abortError());
    };
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}

function defaultIsOnline(): boolean {
  return globalThis.navigator?.onLine !== false;
}

function defaultWaitForOnline(signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(abortError());
    const target = globalThis as unknown as EventTarget;
    const onOnline = () => {
      signal?.removeEventListener('abort', onAbort);
      resolve();
    };
    const onAbort = () => {
      target.removeEventListener('online', onOnline);
      reject(abortError());
    };
    target.addEventListener('online', onOnline, { once: true });
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}

const text = (value: unknown): string => (typeof value === 'string' ? value : '');

/**
 * Whether the answer's `offer` has the shape the PDF needs (the server made it with core's
 * `createOffer`; an older or another server may send none).
 */
function looksLikeOffer(value: unknown): value is Offer {
  return (
    isRecord(value) &&
    typeof value.number === 'string' &&
    typeof value.locale === 'string' &&
    Array.isArray(value.lines) &&
    isRecord(value.provider) &&
    isRecord(value.offering)
  );
}

/**
 * Sends an inquiry: POSTs it as JSON with the `Idempotency-Key` header and no cookies.
 *
 * - 2xx: success, with `id` and `reference` from the JSON body.
 * - 422: `validation`, with the body's `errors`; never retried.
 * - other 4xx than 408 and 429: `server`; never retried.
 * - network failure, 408, 429 and 5xx: retried after each of `retryDelays` (exponential by
 *   default), or after `Retry-After` when the server sends one; then `network` or `server`.
 * - offline (before a try, or a failed try while offline): waits for the browser to come back
 *   online, then tries again; such waits do not use up tries.
 *
 * @param options - endpoint, body, key and the replaceable browser parts
 * @returns how the send ended; it never throws, except for errors thrown by the callbacks
 * @example
 * ```ts
 * const outcome = await sendInquiry({
 *   endpoint: '/api/inquiries',
 *   body: inquiry,
 *   idempotencyKey: newIdempotencyKey(),
 *   onRetry: ({ delayMs }) => console.log(`retrying in ${delayMs} ms`),
 * });
 * if (outcome.kind === 'success') console.log(outcome.reference);
 * ```
 */
export async function sendInquiry(options: SendOptions): Promise<SendOutcome> {
  const {
    endpoint,
    idempotencyKey,
    signal,
    retryDelays = DEFAULT_RETRY_DELAYS,
    maxRetryAfterMs = DEFAULT_MAX_RETRY_AFTER_MS,
    sleep = defaultSleep,
    isOnline = defaultIsOnline,
    waitForOnline = defaultWaitForOnline,
    now = Date.now,
  } = options;
  const doFetch: FetchLike = options.fetch ?? ((input, init) => globalThis.fetch(input, init));
  const maxAttempts = retryDelays.length + 1;
  const body = JSON.stringify(options.body);
  const aborted: SendOutcome = { kind: 'aborted' };

  const wait = async (job: Promise<void>): Promise<boolean> => {
    try {
      await job;
      return true;
    } catch (error) {
      if (signal?.aborted) return false;
      throw error;
    }
  };

  let attempt = 0;
  for (;;) {
    if (signal?.aborted) return aborted;
    if (!isOnline()) {
      options.onOffline?.();
      if (!(await wait(waitForOnline(signal)))) return aborted;
      continue;
    }

    attempt += 1;
    options.onAttempt?.(attempt);
    let response: Response;
    try {
      response = await doFetch(endpoint, {
        method: 'POST',
        headers: {
          'Content-Type': 'application/json',
          Accept: 'application/json',
          'Idempotency-Key': idempotencyKey,
        },
        body,
        credentials: 'omit',
        cache: 'no-store',
        ...(signal ? { signal } : {}),
      });
    } catch {
      if (signal?.aborted) return aborted;
      if (!isOnline()) {
        // Going offline is not the server's fault: the try does not count.
        attempt -= 1;
        continue;
      }
      if (attempt >= maxAttempts) return { kind: 'network', attempts: attempt };
      const delayMs = retryDelays[attempt - 1] ?? 0;
      options.onRetry?.({ attempt, maxAttempts, delayMs, reason: 'network' });
      if (!(await wait(sleep(delayMs, signal)))) return aborted;
      continue;
    }

    const { status } = response;
    if (response.ok) {
      const json = await readJson(response);
      const data = isRecord(json) ? json : {};
      const success: SendOutcome = {
        kind: 'success',
        status,
        id: text(data.id),
        reference: text(data.reference),
      };
      if (looksLikeOffer(data.offer)) success.offer = data.offer;
      return success;
    }
    if (status === 422) {
      return { kind: 'validation', status, errors: problemsOf(await readJson(response)) };
    }
    if (!isRetryableStatus(status) || attempt >= maxAttempts) {
      return { kind: 'server', status, attempts: attempt };
    }
    const after = retryAfterMs(response.headers.get('Retry-After'), now());
    if (after !== undefined && after > maxRetryAfterMs) {
      return { kind: 'server', status, attempts: attempt };
    }
    const delayMs = after ?? retryDelays[attempt - 1] ?? 0;
    options.onRetry?.({ attempt, maxAttempts, delayMs, reason: 'server', status });
    if (!(await wait(sleep(delayMs, signal)))) return aborted;
  }
}
