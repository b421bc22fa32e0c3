import {
  formatCopenhagenTime,
  formatDate,
  formatMoney,
  formatNumber,
  formatPercent,
  formatTimeRange,
  getMessages,
  type Locale,
  type Offer,
} from '@temadag/core';
import { getPdfMessages } from '@temadag/pdf';
import { html } from 'hono/html';
import type { HtmlEscapedString } from 'hono/utils/html';
import type { OfferPageMessages } from '../messages/offer-page-types.js';

/** A piece of the page: HTML that `hono/html` has escaped. */
export type Fragment = HtmlEscapedString | Promise<HtmlEscapedString>;

/** Words the content needs, from core, the PDF and the page's catalogue. */
export interface Words {
  locale: Locale;
  m: ReturnType<typeof getMessages>['offer'];
  /** Core's words of a binding offer (the same as the PDF's). */
  revision: ReturnType<typeof getMessages>['revision'];
  pm: ReturnType<typeof getPdfMessages>;
  page: OfferPageMessages;
}

/**
 * The words of a locale for the page: core's offer words and the PDF's, so the page and the
 * PDF label the same things alike.
 *
 * @param locale - the offer's language
 * @param page - the page's own texts in that language
 * @returns every word the page uses
 * @example
 * ```ts
 * wordsFor('da', serverMessages.da.offerPage).m.validUntil; // 'Gyldigt til'
 * ```
 */
export function wordsFor(locale: Locale, page: OfferPageMessages): Words {
  const core = getMessages(locale);
  return { locale, m: core.offer, revision: core.revision, pm: getPdfMessages(locale), page };
}

/**
 * An instant as core writes Copenhagen time, so the page and the PDF show the same moment.
 *
 * @param iso - the instant, ISO 8601
 * @param w - the words (for the locale)
 * @returns the date and time
 * @example
 * ```ts
 * moment('2027-03-10T13:05:00Z', w); // '10. marts 2027 kl. 14.05'
 * ```
 */
export function moment(iso: string, w: Words): string {
  return formatCopenhagenTime(iso, w.locale);
}

/**
 * Label–value pairs as a description list; pairs without a value are left out.
 *
 * @param pairs - labels and values
 * @returns a `<dl class="facts">`, or nothing when no pair has a value
 * @example
 * ```ts
 * facts([['Sted', 'Aarhus'], ['Dato', undefined]]); // <dl class="facts"><dt>Sted</dt><dd>Aarhus</dd></dl>
 * ```
 */
export function facts(pairs: readonly (readonly [string, string | undefined])[]): Fragment {
  const shown = pairs.filter((pair): pair is readonly [string, string] => Boolean(pair[1]));
  if (shown.length === 0) return html``;
  return html`<dl class="facts">
    ${shown.map(
      ([label, value]) =>
        html`<dt>${label}</dt>
          <dd>${value}</dd>`,
    )}
  </dl>`;
}

/** Only http(s) addresses become links: a catalog's URL is never a `javascript:` link. */
function webLink(url: string | undefined): Fragment {
  if (!url || !/^https?:\/\//i.test(url)) return html`${url ?? ''}`;
  return html`<a href="${url}">${url}</a>`;
}

/**
 * The provider at the top: name, address, CVR and website.
 *
 * @param offer - the offer, with its provider snapshot
 * @param w - the words
 * @returns the page's `<header>`
 * @example
 * ```ts
 * html`<body>${providerHeader(offer, w)}</body>`;
 * ```
 */
export function providerHeader(offer: Offer, w: Words): Fragment {
  const p = offer.provider;
  const place = [p.address.street, `${p.address.postalCode} ${p.address.city}`];
  if (p.address.country !== 'DK') place.push(p.address.country);
  return html`<header class="provider">
    <p class="provider-name">${p.name}</p>
    <p>${place.join(', ')}${p.cvr ? html` · ${w.m.cvr} ${p.cvr}` : ''}</p>
    ${p.website ? html`<p>${webLink(p.website)}</p>` : ''}
  </header>`;
}

/**
 * The provider's contact person, email and phone, as links a person can use at once.
 *
 * @param offer - the offer, with its provider snapshot
 * @param w - the words
 * @returns a sentence and a description list
 * @example
 * ```ts
 * html`<footer>${providerContact(offer, w)}</footer>`;
 * ```
 */
export function providerContact(offer: Offer, w: Words): Fragment {
  const p = offer.provider;
  const tel = p.phone.replace(/[^\d+]/g, '');
  return html`<p>${w.page.contactIntro(p.contactPerson, p.name)}</p>
    <dl class="facts">
      <dt>${w.page.emailLabel}</dt>
      <dd><a href="mailto:${p.email}">${p.email}</a></dd>
      ${
        p.phone
          ? html`<dt>${w.page.phoneLabel}</dt>
              <dd><a href="tel:${tel}">${p.phone}</a></dd>`
          : ''
      }
    </dl>`;
}

/** The customer block, when the offer names one. */
function customer(offer: Offer, w: Words): Fragment {
  const c = offer.customer;
  const pairs: [string, string | undefined][] = [
    [w.pm.organisation, c.organisation],
    [w.m.contact, c.contact],
    [w.pm.email, c.email],
    [w.m.cvr, c.cvr],
    [w.m.ean, c.ean],
    [w.m.reference, c.reference],
  ];
  if (!pairs.some(([, value]) => value)) return html``;
  return html`<section aria-labelledby="customer">
    <h2 id="customer">${w.m.customer}</h2>
    ${facts(pairs)}
  </section>`;
}

/** The offering: title, subtitle, summary, description, audience, focus questions. */
function offering(offer: Offer, w: Words): Fragment {
  const o = offer.offering;
  const paragraphs = (o.description ?? '')
    .split(/\n\s*\n/)
    .map((text) => text.trim())
    .filter(Boolean);
  return html`<section aria-labelledby="offering">
    <h2 id="offering">${o.title}</h2>
    ${o.subtitle ? html`<p class="subtitle">${o.subtitle}</p>` : ''}
    <p><strong>${o.summary}</strong></p>
    ${paragraphs.map((text) => html`<p>${text}</p>`)}
    ${o.audience ? facts([[w.pm.audience, o.audience]]) : ''}
    ${
      o.focusQuestions.length > 0
        ? html`<h3>${w.m.focusQuestions}</h3>
            <ul>
              ${o.focusQuestions.map((q) => html`<li>${q}</li>`)}
            </ul>`
        : ''
    }
  </section>`;
}

/** The chosen design (format, date, time, place, participants, add-ons) and the agenda. */
function design(offer: Offer, w: Words): Fragment {
  const { locale } = w;
  const first = offer.agenda[0];
  const last = offer.agenda[offer.agenda.length - 1];
  const onDay = new Set(offer.agenda.map((item) => item.module).filter(Boolean));
  const addOns = offer.modules.filter((mod) => !onDay.has(mod.id)).map((mod) => mod.title);
  const descriptions = new Map(offer.modules.map((mod) => [mod.id, mod.description]));
  return html`<section aria-labelledby="design">
    <h2 id="design">${w.pm.design}</h2>
    ${facts([
      [w.m.format, offer.format.label],
      [w.m.date_of_event, offer.date ? formatDate(offer.date, locale, 'full') : undefined],
      [w.pm.time, first && last ? formatTimeRange(first.start, last.end, locale) : undefined],
      [w.m.place, offer.place],
      [w.m.participantsLabel, formatNumber(offer.participants, locale)],
      [w.pm.addOns, addOns.length > 0 ? addOns.join(', ') : undefined],
    ])}
    ${
      offer.agenda.length > 0
        ? html`<h3 id="agenda">${w.m.agenda}</h3>
            <table aria-labelledby="agenda">
              <thead>
                <tr>
                  <th scope="col">${w.pm.agendaTime}</th>
                  <th scope="col">${w.pm.agendaItem}</th>
                </tr>
              </thead>
              <tbody>
                ${offer.agenda.map((item) => {
                  const description = item.module ? descriptions.get(item.module) : undefined;
                  return html`<tr>
                    <td class="time">${formatTimeRange(item.start, item.end, locale)}</td>
                    <td>
                      ${item.module ? html`<strong>${item.title}</strong>` : item.title}
                      ${description ? html`<span class="explanation">${description}</span>` : ''}
                    </td>
                  </tr>`;
                })}
              </tbody>
            </table>`
        : ''
    }
  </section>`;
}

/**
 * The price: lines with their explanations, subtotal, VAT per rate, total. Explicit table
 * roles keep the table a table for screen readers when narrow windows stack its cells.
 */
function price(offer: Offer, w: Words): Fragment {
  const { m, locale } = w;
  const money = (minor: number) => formatMoney(minor, locale, { currency: offer.currency });
  if (offer.priceStatus === 'on-request') {
    return html`<section aria-labelledby="price">
      <h2 id="price">${m.price}</h2>
      <p class="lead"><strong>${m.priceOnRequest}</strong></p>
      <p>${offer.onRequestReason ?? m.priceOnRequestNote}</p>
      ${offer.onRequestReason ? html`<p>${m.priceOnRequestNote}</p>` : ''}
    </section>`;
  }
  const totalRow = (label: string, amount: number, total = false) =>
    html`<tr role="row" ${total ? html`class="total"` : ''}>
      <th role="rowheader" scope="row" colspan="3">${label}</th>
      <td role="cell" class="num">${money(amount)}</td>
    </tr>`;
  return html`<section aria-labelledby="price">
    <h2 id="price">${offer.status === 'indicative' ? m.indicativePrice : m.price}</h2>
    <table role="table" class="prices" aria-labelledby="price">
      <thead role="rowgroup">
        <tr role="row">
          <th role="columnheader" scope="col">${m.description}</th>
          <th role="columnheader" scope="col" class="num">${m.quantity}</th>
          <th role="columnheader" scope="col" class="num">${m.unitPrice}</th>
          <th role="columnheader" scope="col" class="num">${m.amount}</th>
        </tr>
      </thead>
      <tbody role="rowgroup">
        ${offer.lines.map(
          (line) =>
            html`<tr role="row">
              <td role="cell">
                <strong>${line.description}</strong>
                ${
                  line.explanation ? html`<span class="explanation">${line.explanation}</span>` : ''
                }
              </td>
              <td role="cell" class="num" data-label="${m.quantity}">
                ${formatNumber(line.quantity, locale)}
              </td>
              <td role="cell" class="num" data-label="${m.unitPrice}">${money(line.unitAmount)}</td>
              <td role="cell" class="num" data-label="${m.amount}">${money(line.amount)}</td>
            </tr>`,
        )}
      </tbody>
      <tfoot role="rowgroup">
        ${totalRow(m.subtotal, offer.subtotal)}
        ${offer.vat.map((vat) => totalRow(m.vat(formatPercent(vat.rate, locale)), vat.amount))}
        ${offer.vat.length > 1 ? totalRow(m.vatTotal, offer.vatTotal) : ''}
        ${totalRow(m.total, offer.total, true)}
      </tfoot>
    </table>
    ${offer.status === 'indicative' ? html`<p class="muted">${m.indicativeNote}</p>` : ''}
  </section>`;
}

/** The terms: validity, payment, cancellation, what the price includes and excludes. */
function terms(offer: Offer, w: Words): Fragment {
  const { m, locale } = w;
  const t = offer.terms;
  const block = (title: string, text: string) =>
    text
      ? html`<h3>${title}</h3>
          <p>${text}</p>`
      : '';
  const list = (title: string, items: readonly string[]) =>
    items.length > 0
      ? html`<h3>${title}</h3>
          <ul>
            ${items.map((item) => html`<li>${item}</li>`)}
          </ul>`
      : '';
  return html`<section aria-labelledby="terms">
    <h2 id="terms">${m.terms}</h2>
    <p>${m.validity(formatNumber(t.validityDays, locale), formatDate(offer.validUntil, locale))}</p>
    ${block(m.payment, t.payment)} ${block(m.cancellation, t.cancellation)}
    ${list(m.included, t.included)} ${list(m.excluded, t.excluded)}
  </section>`;
}

/**
 * The offer's content in the PDF's reading order after the title block: customer, offering,
 * design and agenda, price, terms, about the provider.
 *
 * @param offer - the offer
 * @param w - the words of its locale
 * @returns the sections
 * @example
 * ```ts
 * html`<main>${offerContent(offer, wordsFor(offer.locale, serverMessages.da.offerPage))}</main>`;
 * ```
 */
export function offerContent(offer: Offer, w: Words): Fragment {
  const p = offer.provider;
  return html`${customer(offer, w)} ${offering(offer, w)} ${design(offer, w)} ${price(offer, w)}
  ${terms(offer, w)}
  ${
    p.bio
      ? html`<section aria-labelledby="about">
          <h2 id="about">${w.m.about(p.name)}</h2>
          <p>${p.bio}</p>
        </section>`
      : ''
  }`;
}
