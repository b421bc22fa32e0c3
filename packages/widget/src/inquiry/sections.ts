import { html, nothing, type TemplateResult } from 'lit';
import type { JobStatus } from '../controllers/pdf-job.js';
import type { InquiryTranslation } from '../translations/index.js';
import { FIELD_NAMES, fieldForPath, type FieldName } from './fields.js';

/** One line of the error summary: a link to its field, or plain text for other problems. */
export interface SummaryItem {
  field: FieldName | undefined;
  message: string;
}

/**
 * The lines of the error summary: problems without a field of their own first (each message
 * once), then one per field in the form's order, the server's word winning over the form's.
 *
 * @param client - the form's own problems, by path
 * @param server - the problems of the server's 422 answer, by path
 * @param hideDate - the form has no date field, so a date problem has no field to link to
 * @returns the lines
 * @example
 * ```ts
 * summaryItems(new Map([['contact.email', 'Skriv din e-mailadresse']]), new Map(), false);
 * // [{ field: 'email', message: 'Skriv din e-mailadresse' }]
 * ```
 */
export function summaryItems(
  client: ReadonlyMap<string, string>,
  server: ReadonlyMap<string, string>,
  hideDate: boolean,
): SummaryItem[] {
  const loose: SummaryItem[] = [];
  const byField = new Map<FieldName, string>();
  for (const [path, message] of [...client, ...server]) {
    const found = fieldForPath(path);
    const field = found === 'date' && hideDate ? undefined : found;
    if (field === undefined) {
      if (!loose.some((item) => item.message === message)) loose.push({ field, message });
    } else if (server.has(path) || !byField.has(field)) {
      byField.set(field, server.get(path) ?? message);
    }
  }
  const fields = FIELD_NAMES.flatMap((field) => {
    const message = byField.get(field);
    return message === undefined ? [] : [{ field, message }];
  });
  return [...loose, ...fields];
}

/**
 * The error summary above the form ("Der er problemer"), each problem a link to its field.
 *
 * @param m - the form's words
 * @param items - the problems, in the form's order
 * @param focusField - moves focus to a field
 * @returns the summary, or nothing when there are no problems
 * @example
 * ```ts
 * summaryTemplate(m, [{ field: 'email', message: 'Skriv din e-mailadresse' }], focus);
 * ```
 */
export function summaryTemplate(
  m: InquiryTranslation,
  items: readonly SummaryItem[],
  focusField: (field: FieldName, event: Event) => void,
): TemplateResult | typeof nothing {
  if (items.length === 0) return nothing;
  return html`
    <div
      class="error-summary"
      part="error-summary"
      role="region"
      tabindex="-1"
      aria-labelledby="error-summary-heading"
    >
      <h4 id="error-summary-heading">${m.summaryHeading}</h4>
      <ul>
        ${items.map(({ field, message }) =>
          field
            ? html`<li>
                <a href="#f-${field}" @click=${(e: Event) => focusField(field, e)}>${message}</a>
              </li>`
            : html`<li>${message}</li>`,
        )}
      </ul>
    </div>
  `;
}

/** What the confirmation says. */
export interface SuccessInfo {
  /** The server's reference; empty when it sent none. */
  reference: string;
  /** Where the provider will answer. */
  email: string;
  provider: string;
  /** When to expect an answer (the catalog's `provider.responseTime`), when it says. */
  responseTime?: string | undefined;
  /** The button that downloads the numbered offer, when there is one to make. */
  pdf?: { status: JobStatus; onClick: () => void } | undefined;
}

/**
 * The confirmation shown in place of the form once the inquiry is received.
 *
 * @param m - the form's words
 * @param success - reference, email, provider, when to expect an answer and the PDF button
 * @returns the confirmation's template
 * @example
 * ```ts
 * successTemplate(m, { reference: 'T-2026-0001', email: 'anna@kommune.dk', provider: 'Tverskov' });
 * ```
 */
export function successTemplate(m: InquiryTranslation, success: SuccessInfo): TemplateResult {
  const { reference, email, provider, responseTime, pdf } = success;
  const working = pdf?.status === 'pending';
  return html`
    <section class="success" part="success" tabindex="-1" aria-labelledby="success-heading">
      <h4 id="success-heading">${m.successHeading}</h4>
      <p>${reference ? m.success(reference) : m.successNoReference}</p>
      ${
        provider && email
          ? html`<p>
              ${m.successNext(provider, email)}
              ${responseTime ? m.successWhen(responseTime) : nothing}
            </p>`
          : nothing
      }
      ${
        pdf
          ? html`<p class="success-pdf">
                <button
                  class="button"
                  type="button"
                  aria-disabled=${working ? 'true' : 'false'}
                  @click=${pdf.onClick}
                >
                  ${m.successPdf(reference)}
                </button>
              </p>
              <p class="success-pdf-status" role="status">${working ? m.successPdfWorking : ''}</p>
              ${
                pdf.status === 'error'
                  ? html`<p class="error-message" role="alert">${m.successPdfFailed}</p>`
                  : nothing
              }`
          : nothing
      }
    </section>
  `;
}

/** What the failure box shows and does. */
export interface FailureView {
  /** Why: the server's refusal with its status, or no connection. */
  reason: string;
  provider: { name: string; email: string } | undefined;
  /** The inquiry as text, to copy or mail. */
  text: string;
  /** The `mailto:` link with the inquiry, when the provider is known. */
  mailto: string | undefined;
  onRetry: () => void;
  onCopy: () => void;
}

/**
 * The box shown when an inquiry could not be sent: why, a retry button, the inquiry as text to
 * copy and a `mailto:` link to the provider.
 *
 * @param m - the form's words
 * @param view - reason, provider, text and handlers
 * @returns the box's template
 * @example
 * ```ts
 * failureTemplate(m, { reason: m.failedNetwork, provider, text, mailto, onRetry, onCopy });
 * ```
 */
export function failureTemplate(m: InquiryTranslation, view: FailureView): TemplateResult {
  const { provider } = view;
  return html`
    <section class="failed" part="failure" tabindex="-1" aria-labelledby="failed-heading">
      <h4 id="failed-heading">${m.failedHeading}</h4>
      <p>${view.reason}</p>
      <p>${m.failedHelp(provider?.name ?? '')}</p>
      <p>
        <button class="button" type="button" @click=${view.onRetry}>${m.retry}</button>
      </p>
      <label for="fallback-text">${m.copyLabel}</label>
      <textarea id="fallback-text" readonly rows="10" .value=${view.text}></textarea>
      <div class="actions">
        <button class="button secondary" type="button" @click=${view.onCopy}>${m.copy}</button>
        ${provider && view.mailto ? html`<a href=${view.mailto}>${m.mailto(provider.name)}</a>` : nothing}
      </div>
    </section>
  `;
}
