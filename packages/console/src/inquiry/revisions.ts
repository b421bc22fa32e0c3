import { formatDate, formatMoney, type Locale, type RevisionSummary } from '@temadag/core';
import { css, html, nothing, type TemplateResult } from 'lit';
import type { ApiClient } from '../api/client.js';
import { offersPath } from '../api/client.js';
import type { ConsoleMessages } from '../messages/index.js';
import { formatInstant } from '../utilities/dates.js';

/**
 * The binding offers sent for an inquiry, newest first: number, state, validity, total and the
 * PDF; once accepted the UBL export and the acceptance record (who, title, when, the PDF's
 * SHA-256); once declined the reason.
 *
 * @param items - the revisions, newest first
 * @param inquiryId - the inquiry's id, for the download links
 * @param api - the client, for the links' URLs
 * @param t - the console's words
 * @param locale - the console's language
 * @returns the list, or a sentence when nothing has been sent
 */
export function revisionsView(
  items: readonly RevisionSummary[],
  inquiryId: string,
  api: ApiClient | undefined,
  t: ConsoleMessages,
  locale: Locale,
): TemplateResult {
  const r = t.revisions;
  if (items.length === 0) return html`<p>${r.none}</p>`;
  const url = (rev: number, kind: 'pdf' | 'ubl') =>
    api?.url(`${offersPath(inquiryId)}/${rev}/${kind}`) ?? '';
  const row = (label: string, value: TemplateResult | string | undefined) =>
    value === undefined
      ? nothing
      : html`<dt>${label}</dt>
          <dd>${value}</dd>`;
  return html`<ol class="revisions">
    ${items.map((x) => {
      const a = x.acceptance;
      const d = x.decline;
      const total =
        x.priceStatus === 'priced'
          ? formatMoney(x.total, locale, { currency: x.currency })
          : r.onRequest;
      return html`<li class="revision state-${x.state}">
        <h3>${r.itemHeading(x.number, r.state[x.state])}</h3>
        <dl class="facts">
          ${row(r.replaces, x.replaces)} ${row(r.sentAt, formatInstant(x.createdAt, locale))}
          ${row(r.validUntil, formatDate(x.validUntil, locale))} ${row(r.total, total)}
          ${
            a
              ? html`${row(r.acceptedBy, a.name)} ${row(r.acceptedTitle, a.title)}
                ${row(r.acceptedAt, formatInstant(a.acceptedAt, locale))}
                ${row(r.orderReference, a.orderReference)}
                ${row(r.sha256, html`<code class="hash">${a.pdfSha256}</code>`)}`
              : nothing
          }
          ${
            d
              ? html`${row(r.declinedAt, formatInstant(d.declinedAt, locale))}
                ${row(r.declineReason, d.reason || r.noReason)}`
              : nothing
          }
        </dl>
        <p class="downloads">
          <a download href=${url(x.revision, 'pdf')}>${r.pdf(x.number)}</a>
          ${
            x.state === 'accepted'
              ? html`<a download href=${url(x.revision, 'ubl')}>${r.ubl(x.number)}</a>`
              : nothing
          }
        </p>
      </li>`;
    })}
  </ol>`;
}

/** The list's look: one card per revision; a SHA-256 breaks anywhere to fit 320 px. */
export const revisionStyles = css`
  .revisions {
    list-style: none;
    margin: 0;
    padding: 0;
  }
  .revision {
    margin: 0 0 calc(var(--_space) * 2);
    padding: calc(var(--_space) * 2);
    border: 1px solid var(--_rule);
    border-left: 4px solid var(--_border);
    border-radius: var(--_radius);
  }
  .revision.state-accepted {
    border-left-color: var(--_success);
  }
  .revision h3 {
    margin: 0 0 var(--_space);
  }
  .hash {
    overflow-wrap: anywhere;
  }
  .downloads {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space) calc(var(--_space) * 3);
    margin: var(--_space) 0 0;
  }
`;
