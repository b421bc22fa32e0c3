import {
  designDaySpan,
  formatNumber,
  inquiryToText,
  localize,
  type Catalog,
  type Locale,
  type Offering,
} from '@temadag/core';
import type { PendingInquiry } from './drafts.js';
import type { SendFailure, SendNotice } from '../controllers/send.js';
import type { InquiryTranslation } from '../translations/index.js';
import { mailtoHref } from './fallback.js';
import type { FailureView } from './sections.js';

/**
 * The status line: what a pending send is doing, else the last note.
 *
 * @param m - the form's words
 * @param locale - the language, for numbers
 * @param notice - the send's notice, when one is on its way
 * @param note - the last note outside a send (whether the text was copied)
 * @returns the line's text
 * @example
 * ```ts
 * statusText(m, 'da', { kind: 'offline' }, ''); // m.offline
 * ```
 */
export function statusText(
  m: InquiryTranslation,
  locale: Locale,
  notice: SendNotice | undefined,
  note: string,
): string {
  const n = (value: number) => formatNumber(value, locale);
  switch (notice?.kind) {
    case 'started':
      return notice.resumed ? m.resumed : m.sendingStatus;
    case 'retrying':
      return m.retrying(n(notice.retry.attempt), n(notice.retry.maxAttempts));
    case 'offline':
      return m.offline;
    case undefined:
      return note;
  }
}

/** What {@link failureView} needs to know about the failed send. */
export interface FailedSend {
  failure: SendFailure;
  pending: PendingInquiry;
  catalog: Catalog | undefined;
  offering: Offering | undefined;
  onRetry: () => void;
  /** Copies the inquiry's text. */
  onCopy: (text: string) => void;
}

/**
 * The failure box's content when a send failed for want of a server or a connection: the
 * inquiry as text, to copy or mail to the provider. A refusal of the fields (422) shows in
 * the error summary instead.
 *
 * @param m - the form's words
 * @param locale - the language
 * @param failed - the failure, the inquiry and the handlers
 * @returns the box's view, or undefined when the summary shows the failure
 * @example
 * ```ts
 * const view = failureView(m, 'da', { failure, pending, catalog, offering, onRetry, onCopy });
 * ```
 */
export function failureView(
  m: InquiryTranslation,
  locale: Locale,
  failed: FailedSend,
): FailureView | undefined {
  const { failure, pending, catalog, offering } = failed;
  if (failure.kind === 'validation') return undefined;
  const provider = catalog?.provider;
  const span = offering && designDaySpan(offering, pending.inquiry);
  const text = inquiryToText(pending.inquiry, { locale, catalog, span });
  const subject = m.mailSubject(
    offering ? localize(offering.title, locale) : pending.inquiry.offering,
  );
  return {
    reason: failure.kind === 'server' ? m.failedServer(String(failure.status)) : m.failedNetwork,
    provider,
    text,
    mailto: provider ? mailtoHref(provider.email, subject, text) : undefined,
    onRetry: failed.onRetry,
    onCopy: () => failed.onCopy(text),
  };
}
