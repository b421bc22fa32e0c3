import { html } from 'hono/html';
import type { Offer } from '@temadag/core';
import type { Fragment, Words } from './offer-page-content.js';

/** A problem with one field of the accept or decline form, as the server found it. */
export interface FieldError {
  /** The form field's name (`name`, `title`, `authorised`, `orderReference`, `ean`, `reason`). */
  field: string;
  message: string;
}

/**
 * The ids of the fields by their form names, for labels, error links and focus.
 *
 * @example
 * ```ts
 * FIELD_IDS.orderReference; // 'accept-order-reference'
 * ```
 */
export const FIELD_IDS: Readonly<Record<string, string>> = {
  name: 'accept-name',
  title: 'accept-title',
  authorised: 'accept-authorised',
  orderReference: 'accept-order-reference',
  ean: 'accept-ean',
  reason: 'decline-reason',
};

interface FormState {
  w: Words;
  errors: readonly FieldError[];
  values: Readonly<Record<string, string>>;
}

/**
 * The error summary at the top of the page (DKFDS): a heading, and for each problem a link to
 * its field with the same text as the inline message. Problems of no field (a stale CSRF
 * token) are listed without a link.
 *
 * @param errors - the problems
 * @param w - the words
 * @returns the summary, or nothing without errors
 * @example
 * ```ts
 * errorSummary([{ field: 'name', message: 'Indtast dit navn' }], w);
 * // <div class="notice error" role="alert" …><h2 …>Der er problemer</h2> … <a href="#accept-name">
 * ```
 */
export function errorSummary(errors: readonly FieldError[], w: Words): Fragment {
  if (errors.length === 0) return html``;
  return html`<div class="notice error" role="alert" aria-labelledby="error-summary-heading">
    <h2 id="error-summary-heading">${w.page.errors.heading}</h2>
    <ul>
      ${errors.map((e) => {
        const id = FIELD_IDS[e.field];
        return html`<li>${id ? html`<a href="#${id}">${e.message}</a>` : e.message}</li>`;
      })}
    </ul>
  </div>`;
}

/** The first error of a field, if any. */
function errorOf(state: FormState, field: string): string | undefined {
  return state.errors.find((e) => e.field === field)?.message;
}

/** The inline message between label and field, with its visually hidden "Fejl: ". */
function inlineError(id: string, message: string | undefined, w: Words): Fragment {
  if (!message) return html``;
  return html`<span class="error-message" id="${id}-error"
    ><span class="visually-hidden">${w.page.errors.prefix}</span>${message}</span
  >`;
}

/** `aria-describedby` and `aria-invalid` of a field: its hint and its error. */
function described(id: string, hint: boolean, error: boolean): Fragment {
  const ids = [hint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean).join(' ');
  return html`${ids ? html` aria-describedby="${ids}"` : ''}${
    error ? html` aria-invalid="true"` : ''
  }`;
}

interface TextField {
  name: string;
  label: string;
  optional?: boolean;
  hint?: string;
  autocomplete?: string;
  inputmode?: string;
  multiline?: boolean;
}

/** A labelled text field (or text area) with its hint, inline error and kept value. */
function textField(state: FormState, f: TextField): Fragment {
  const id = FIELD_IDS[f.name] ?? f.name;
  const error = errorOf(state, f.name);
  const value = state.values[f.name] ?? '';
  const attributes = html`id="${id}"
  name="${f.name}"${described(id, Boolean(f.hint), Boolean(error))}${
    f.optional ? '' : html` required`
  }${f.autocomplete ? html` autocomplete="${f.autocomplete}"` : ''}${
    f.inputmode ? html` inputmode="${f.inputmode}"` : ''
  }`;
  return html`<div class="field${error ? ' invalid' : ''}">
    <label for="${id}"
      >${f.label}${f.optional ? html` <span class="muted">${state.w.page.accept.optional}</span>` : ''}</label
    >
    ${f.hint ? html`<span class="hint" id="${id}-hint">${f.hint}</span>` : ''}
    ${inlineError(id, error, state.w)}
    ${
      f.multiline
        ? html`<textarea ${attributes} rows="4">${value}</textarea>`
        : html`<input type="text" ${attributes} value="${value}" />`
    }
  </div>`;
}

/**
 * The accept form: name, title, the checkbox that the person may commit the organisation, an
 * optional order or requisition number, and the EAN number only when the offer has none.
 * Posts to `/o/:token/accept` as a plain form; `novalidate` lets the server's messages, not
 * the browser's, speak (DKFDS).
 *
 * @param offer - the offer
 * @param token - the page's token, for the form's action
 * @param csrf - the hidden CSRF field's value
 * @param state - words, errors and the values to keep
 * @returns the form
 * @example
 * ```ts
 * acceptForm(offer, token, csrf, { w, errors: [], values: {} });
 * ```
 */
export function acceptForm(offer: Offer, token: string, csrf: string, state: FormState): Fragment {
  const a = state.w.page.accept;
  const authorisedId = 'accept-authorised';
  const authorisedError = errorOf(state, 'authorised');
  const organisation = offer.customer.organisation || a.ourOrganisation;
  return html`<section aria-labelledby="accept-heading">
    <h2 id="accept-heading">${a.heading}</h2>
    <p>${a.intro}</p>
    <form method="post" action="/o/${encodeURIComponent(token)}/accept" novalidate>
      <input type="hidden" name="csrf" value="${csrf}" />
      ${textField(state, { name: 'name', label: a.name, autocomplete: 'name' })}
      ${textField(state, { name: 'title', label: a.title, autocomplete: 'organization-title' })}
      <div class="field${authorisedError ? ' invalid' : ''}">
        ${inlineError(authorisedId, authorisedError, state.w)}
        <div class="check">
          <input
            type="checkbox"
            id="${authorisedId}"
            name="authorised"
            value="on"
            ${state.values.authorised === 'on' ? html` checked` : ''}
            required${described(authorisedId, false, Boolean(authorisedError))}
          />
          <label for="${authorisedId}">${a.authorised(organisation)}</label>
        </div>
      </div>
      ${textField(state, {
        name: 'orderReference',
        label: a.orderReference,
        optional: true,
        hint: a.orderReferenceHint,
        autocomplete: 'off',
      })}
      ${
        offer.customer.ean
          ? ''
          : textField(state, {
              name: 'ean',
              label: a.ean,
              optional: true,
              hint: a.eanHint,
              autocomplete: 'off',
              inputmode: 'numeric',
            })
      }
      <button type="submit" class="button">${a.submit}</button>
    </form>
  </section>`;
}

/**
 * The decline form: an optional reason. Posts to `/o/:token/decline`.
 *
 * @param token - the page's token
 * @param csrf - the hidden CSRF field's value
 * @param state - words, errors and the values to keep
 * @returns the form
 * @example
 * ```ts
 * declineForm(token, csrf, { w, errors: [], values: { reason: 'For dyrt' } });
 * ```
 */
export function declineForm(token: string, csrf: string, state: FormState): Fragment {
  const d = state.w.page.decline;
  return html`<section aria-labelledby="decline-heading">
    <h2 id="decline-heading">${d.heading}</h2>
    <p>${d.intro}</p>
    <form method="post" action="/o/${encodeURIComponent(token)}/decline" novalidate>
      <input type="hidden" name="csrf" value="${csrf}" />
      ${textField(state, {
        name: 'reason',
        label: d.reason,
        optional: true,
        hint: d.reasonHint,
        multiline: true,
      })}
      <button type="submit" class="button secondary">${d.submit}</button>
    </form>
  </section>`;
}
