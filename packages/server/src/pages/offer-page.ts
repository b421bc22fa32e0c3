import { formatDate, type Acceptance, type Offer } from '@temadag/core';
import { html, raw } from 'hono/html';
import { serverMessages } from '../messages/index.js';
import {
  facts,
  moment,
  offerContent,
  providerContact,
  providerHeader,
  wordsFor,
  type Fragment,
  type Words,
} from './offer-page-content.js';
import { acceptForm, declineForm, errorSummary, type FieldError } from './offer-page-forms.js';
import { OFFER_PAGE_CSS, OFFER_PAGE_STYLE_HASH } from './offer-page.styles.js';

export type { FieldError } from './offer-page-forms.js';

/** Where an offer revision stands, as its page shows it. */
export type OfferPageState = 'open' | 'accepted' | 'declined' | 'expired' | 'superseded';

/** What {@link renderOfferPage} needs: the revision, its state and the request's details. */
export interface OfferPageInput {
  offer: Offer;
  state: OfferPageState;
  /** The page's token, as in its address `/o/:token`. */
  token: string;
  /** The hidden CSRF field's value for both forms. */
  csrf: string;
  /** The record, for the `accepted` state. */
  acceptance?: Acceptance;
  /** The decline, for the `declined` state. */
  decline?: { reason?: string; declinedAt: string };
  /** Problems with the last post (a 422 answer); shown only in the `open` state. */
  errors?: FieldError[];
  /** The posted values to keep in the fields after errors, by field name. */
  values?: Record<string, string>;
  /** The moment of the request. */
  now: Date;
}

/**
 * The inline style element, made once: its text must be exactly {@link OFFER_PAGE_CSS} for the
 * hash in the CSP to match, so no template formatting may touch it.
 */
const styleElement = raw(`<style>${OFFER_PAGE_CSS}</style>`);

/** The notice at the top of a page whose offer can no longer be answered, with the contact. */
function closedNotice(input: OfferPageInput, w: Words): Fragment {
  const { offer } = input;
  const p = w.page;
  const contact = html`<h3>${p.contactHeading}</h3>
    <p>${p.closedContact(offer.provider.name)}</p>
    ${providerContact(offer, w)}`;
  switch (input.state) {
    case 'accepted': {
      const a = input.acceptance;
      const r = p.accepted;
      return html`<div class="notice success" role="status">
        <h2>${r.heading}</h2>
        ${
          a
            ? html`<p>${r.lead(a.name, moment(a.acceptedAt, w))}</p>
                <h3>${r.receiptHeading}</h3>
                ${facts([
                  [r.acceptedBy, a.name],
                  [r.title, a.title],
                  [r.acceptedAt, moment(a.acceptedAt, w)],
                  [r.number, a.number],
                  [r.orderReference, a.orderReference],
                  [r.ean, a.ean],
                ])}
                <p class="label">${r.pdfSha256}</p>
                <p><code class="hash">${a.pdfSha256}</code></p>
                <p class="muted">${r.pdfSha256Hint}</p>`
            : ''
        }
        ${contact}
      </div>`;
    }
    case 'declined': {
      const d = input.decline;
      return html`<div class="notice" role="status">
        <h2>${p.declined.heading}</h2>
        ${d ? html`<p>${p.declined.lead(moment(d.declinedAt, w))}</p>` : ''}
        ${d?.reason ? facts([[p.declined.reason, d.reason]]) : ''} ${contact}
      </div>`;
    }
    case 'expired':
      return html`<div class="notice" role="status">
        <h2>${p.expired.heading}</h2>
        <p>${p.expired.lead(formatDate(offer.validUntil, w.locale))}</p>
        ${contact}
      </div>`;
    case 'superseded':
      return html`<div class="notice" role="status">
        <h2>${p.superseded.heading}</h2>
        <p>${p.superseded.lead}</p>
        ${contact}
      </div>`;
    case 'open':
      return html``;
  }
}

/** The title block: heading, status, number, dates, the offer it replaces, the PDF link. */
function titleBlock(input: OfferPageInput, w: Words): Fragment {
  const { offer, state, token } = input;
  const { m, pm, page, locale } = w;
  return html`<h1>${page.heading(offer.number)}</h1>
    <p class="status">${offer.status === 'binding' ? w.revision.binding : m.indicative}</p>
    ${
      state === 'open'
        ? html`<p class="lead">${page.openLead(formatDate(offer.validUntil, locale))}</p>`
        : ''
    }
    ${facts([
      [m.number, offer.number],
      [m.date, formatDate(offer.issueDate, locale)],
      [m.validUntil, formatDate(offer.validUntil, locale)],
    ])}
    ${offer.replaces ? html`<p>${pm.replaces(offer.replaces)}</p>` : ''}
    <ul class="actions">
      <li><a href="/o/${encodeURIComponent(token)}/pdf">${page.pdfLink}</a></li>
      ${state === 'open' ? html`<li><a href="#answer">${page.skipToAnswer}</a></li>` : ''}
    </ul>`;
}

/**
 * The customer's offer page (`GET /o/:token`): the whole HTML document of one offer revision,
 * with the same content as its PDF, in the offer's language. An `open` offer has the accept
 * and decline forms (plain posts with the CSRF field, no script); the other states say
 * plainly what happened and give the provider's contact. Every text is escaped by `hono/html`;
 * the only inline part is the style sheet, allowed by its hash in {@link offerPageHeaders}.
 *
 * @param input - the offer, its state, the token and CSRF value, errors and kept values
 * @returns the HTML document
 * @example
 * ```ts
 * return c.html(
 *   renderOfferPage({ offer, state: 'open', token, csrf, now: new Date() }),
 *   200,
 *   offerPageHeaders(),
 * );
 * ```
 */
export function renderOfferPage(input: OfferPageInput): string {
  const { offer, state } = input;
  const w = wordsFor(offer.locale, serverMessages[offer.locale].offerPage);
  const errors = state === 'open' ? (input.errors ?? []) : [];
  const formState = { w, errors, values: input.values ?? {} };
  const title = `${errors.length > 0 ? w.page.titleErrorPrefix : ''}${w.page.documentTitle(
    offer.number,
    offer.provider.name,
  )}`;
  const page = html`<!doctype html>
    <html lang="${offer.locale}">
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <meta name="robots" content="noindex, nofollow" />
        <meta name="referrer" content="no-referrer" />
        <title>${title}</title>
        ${styleElement}
      </head>
      <body>
        <div class="page">
          ${providerHeader(offer, w)}
          <main>
            ${errorSummary(errors, w)} ${titleBlock(input, w)} ${closedNotice(input, w)}
            ${offerContent(offer, w)}
            ${
              state === 'open'
                ? html`<div class="answer" id="answer">
                    ${acceptForm(offer, input.token, input.csrf, formState)}
                    ${declineForm(input.token, input.csrf, formState)}
                  </div>`
                : ''
            }
          </main>
          ${
            state === 'open'
              ? html`<footer>
                  <h2>${w.page.contactHeading}</h2>
                  ${providerContact(offer, w)}
                </footer>`
              : ''
          }
        </div>
      </body>
    </html>`;
  if (page instanceof Promise) throw new Error('renderOfferPage: a part of the page was async');
  return page.toString();
}

/**
 * The response headers of the offer page: a strict Content-Security-Policy (nothing but the
 * page's own inline style, by its hash; images and form posts only to the same origin; no
 * framing, no `<base>`), `noindex` for robots, no referrer, and no caching (the page holds a
 * customer's offer and changes when it is answered).
 *
 * @returns the headers to set on `GET /o/:token` and on its 422 answers
 * @example
 * ```ts
 * offerPageHeaders()['Content-Security-Policy'];
 * // "default-src 'none'; style-src 'sha256-…'; img-src 'self'; form-action 'self'; …"
 * ```
 */
export function offerPageHeaders(): Record<string, string> {
  return {
    'Content-Security-Policy': [
      "default-src 'none'",
      `style-src ${OFFER_PAGE_STYLE_HASH}`,
      "img-src 'self'",
      "form-action 'self'",
      "frame-ancestors 'none'",
      "base-uri 'none'",
    ].join('; '),
    'X-Robots-Tag': 'noindex, nofollow',
    'Referrer-Policy': 'no-referrer',
    'Cache-Control': 'no-store',
  };
}
