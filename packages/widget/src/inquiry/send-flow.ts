/**
 * The inquiry form's send flow around {@link SendController}: the idempotency key of a new
 * send, and after each outcome the focus (the confirmation, the error summary, the failure
 * box, the send button on a retry) and the events the page hears. Plain functions of the
 * form, so the lazy chunk carries no class for them.
 *
 * @module
 */
import type { Inquiry } from '@temadag/core';
import type { LitElement } from 'lit';
import type { SendController } from '../controllers/send.js';
import { TemadagErrorEvent, type TemadagErrorDetail } from '../events/error.js';
import { TemadagSuccessEvent } from '../events/success.js';
import { loadPending, type PendingInquiry } from './drafts.js';
import { newIdempotencyKey, type FetchLike } from './sender.js';

/**
 * The form around a send, seen from the send flow: focus, events and where to send. The
 * sending itself, its state and the stored inquiry are the {@link SendController}'s.
 */
export interface SendFlowHost extends LitElement {
  endpoint: string;
  fetch: FetchLike | undefined;
  retryDelays: readonly number[];
}

/**
 * Moves focus to an element of the form.
 *
 * @param host - the form
 * @param selector - what to focus, e.g. `.error-summary`
 */
export function focusIn(host: LitElement, selector: string): void {
  host.renderRoot.querySelector<HTMLElement>(selector)?.focus();
}

/**
 * Tells the page the inquiry was not sent (yet), with a `temadag-error` event.
 *
 * @param host - the form
 * @param detail - why
 */
export function fireError(host: LitElement, detail: TemadagErrorDetail): void {
  host.dispatchEvent(new TemadagErrorEvent(detail));
}

/**
 * The fields failed the browser's check: no send, the page is told and focus goes to the
 * error summary.
 *
 * @param host - the form
 * @param send - the form's send, reset so no earlier outcome shows
 */
export async function refuseInvalid(host: LitElement, send: SendController): Promise<void> {
  send.reset();
  fireError(host, { kind: 'validation' });
  await host.updateComplete;
  focusIn(host, '.error-summary');
}

/**
 * An inquiry ready to send with its idempotency key. One key per inquiry: the same inquiry
 * sent again (after a failure or a reload) keeps its stored key, so the server stores it
 * once; a changed inquiry is a new one.
 *
 * @param offering - the offering, whose unsent inquiry is looked up
 * @param inquiry - the checked inquiry
 * @param endpoint - where it goes
 * @returns the inquiry to send
 */
export function pendingFor(offering: string, inquiry: Inquiry, endpoint: string): PendingInquiry {
  const previous = loadPending(offering);
  const key =
    previous && JSON.stringify(previous.inquiry) === JSON.stringify(inquiry)
      ? previous.key
      : newIdempotencyKey();
  return { key, inquiry, endpoint };
}

/**
 * Sends, then moves focus to what the outcome shows (the confirmation, the error summary or
 * the failure box) and tells the page (`temadag-success` or `temadag-error`).
 *
 * @param host - the form, with where and how to send
 * @param send - the form's send
 * @param pending - the inquiry and its key
 * @param resumed - true for an inquiry a reload left unsent
 */
export async function startSend(
  host: SendFlowHost,
  send: SendController,
  pending: PendingInquiry,
  resumed: boolean,
): Promise<void> {
  const outcome = await send.run(pending, {
    endpoint: host.endpoint,
    fetch: host.fetch,
    retryDelays: host.retryDelays,
    resumed,
  });
  if (outcome.kind === 'aborted') return;
  if (outcome.kind === 'success') {
    await host.updateComplete;
    focusIn(host, '.success');
    host.dispatchEvent(new TemadagSuccessEvent({ id: outcome.id, reference: outcome.reference }));
    return;
  }
  fireError(
    host,
    outcome.kind === 'network'
      ? { kind: 'network' }
      : { kind: outcome.kind, status: outcome.status },
  );
  await host.updateComplete;
  focusIn(host, outcome.kind === 'validation' ? '.error-summary' : '.failed');
}

/**
 * A retry from the failure box: the button pressed goes away, so focus stays on the send
 * button, which now says "Sender…".
 *
 * @param host - the form
 * @param sending - the send started again
 */
export async function keepFocusWhileRetrying(
  host: LitElement,
  sending: Promise<void>,
): Promise<void> {
  await host.updateComplete;
  focusIn(host, 'button[type=submit]');
  await sending;
}
