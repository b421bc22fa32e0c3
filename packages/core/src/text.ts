import { daySpan } from './agenda.js';
import { formatDate, formatMoney, formatNumber, formatPercent, formatTimeRange } from './format.js';
import { getMessages, type MessageOverrides } from './messages/index.js';
import type { Offer } from './offer.js';

/** Options of {@link renderOfferText}. */
export interface RenderOfferTextOptions {
  /** Replacements for any message; the language is always the offer's own. */
  messages?: MessageOverrides;
}

/** Longest line the text aims for; only a single word longer than this can exceed it. */
const WIDTH = 72;
const BULLET = '\u2022 ';

/**
 * Wraps text at spaces so that no line is longer than `width`, counting the prefixes. Only
 * ordinary spaces break lines: a no-break space (as in `12.500,00 kr.`) keeps its words
 * together. A word longer than the room left stands on a line of its own. Line breaks in the
 * text start new lines; blank lines are kept.
 */
function wrap(text: string, width: number, first = '', rest = first): string[] {
  const out: string[] = [];
  let prefix = first;
  for (const paragraph of text.split(/\r?\n/)) {
    const words = paragraph.split(' ').filter((w) => w !== '');
    if (words.length === 0) {
      out.push('');
      continue;
    }
    let line = '';
    for (const word of words) {
      if (line === '') line = word;
      else if (prefix.length + line.length + 1 + word.length <= width) line += ` ${word}`;
      else {
        out.push(prefix + line);
        prefix = rest;
        line = word;
      }
    }
    out.push(prefix + line);
    prefix = rest;
  }
  return out;
}

/** A label at the left and an amount flush right at the width; the label wraps if needed. */
function amountRow(label: string, amount: string, width: number): string[] {
  const room = width - amount.length - 2;
  const [head = '', ...tail] = wrap(label, Math.max(room, 1), '', '  ');
  const gap = Math.max(width - head.length - amount.length, 2);
  return [head + ' '.repeat(gap) + amount, ...tail];
}

/** A heading underlined as long as its longest line. */
function heading(text: string, underline: '=' | '-'): string[] {
  const lines = wrap(text, WIDTH);
  return [...lines, underline.repeat(Math.min(Math.max(...lines.map((l) => l.length)), WIDTH))];
}

/**
 * Renders an offer as plain text for the body of an email, in the offer's own language: the
 * heading with number and dates, provider and customer, the offering and its design, the
 * agenda, the price lines with VAT per rate and the total (or "Pris efter aftale" and the
 * reason), the terms and, for a priced offer, the indicative note. Paragraphs are wrapped at
 * 72 characters, amounts stand flush right, no line has trailing spaces and the text ends with
 * a newline. The same offer always gives the same text.
 *
 * @param offer - an offer made by {@link createOffer}
 * @param options - message overrides
 * @returns the text, lines separated by `\n`
 * @example
 * ```ts
 * const offer = createOffer(catalog, {
 *   offering: 'dialog-i-udsatte-boligomraader',
 *   format: 'hel',
 *   participants: 30,
 * }, { now: new Date('2026-11-27T10:00:00Z'), sequence: 42 });
 * const text = renderOfferText(offer);
 * // Vejledende tilbud
 * // =================
 * //
 * // Tilbudsnummer: T-2026-0042
 * // Dato: 27. november 2026
 * // Gyldigt til: 27. december 2026
 * // ...
 * // I alt ekskl. moms                                          21.000,00 kr.
 * // Moms 25 %                                                   5.250,00 kr.
 * // I alt inkl. moms                                           26.250,00 kr.
 * ```
 */
export function renderOfferText(offer: Offer, options: RenderOfferTextOptions = {}): string {
  const { locale } = offer;
  const m = getMessages(locale, options.messages).offer;
  const money = (minor: number) => formatMoney(minor, locale, { currency: offer.currency });
  const date = (iso: string) => formatDate(iso, locale);
  const labelled = (label: string, value: string) => wrap(`${label}: ${value}`, WIDTH);
  const bullets = (items: readonly string[]) =>
    items.flatMap((item) => wrap(item, WIDTH, BULLET, ' '.repeat(BULLET.length)));

  const blocks: string[][] = [];

  // Heading: title, number, dates.
  blocks.push(heading(offer.status === 'indicative' ? m.indicative : m.title, '='));
  blocks.push([
    ...labelled(m.number, offer.number),
    ...labelled(m.date, date(offer.issueDate)),
    ...labelled(m.validUntil, date(offer.validUntil)),
  ]);

  // Provider.
  const p = offer.provider;
  const providerLines = [
    ...heading(m.provider, '-'),
    ...wrap(p.name, WIDTH),
    ...labelled(m.contact, p.contactPerson),
    p.email,
    p.phone,
    ...wrap(p.address.street, WIDTH),
    ...wrap(`${p.address.postalCode} ${p.address.city}`, WIDTH),
  ];
  if (p.address.country !== 'DK') providerLines.push(p.address.country);
  if (p.cvr) providerLines.push(...labelled(m.cvr, p.cvr));
  if (p.website) providerLines.push(p.website);
  blocks.push(providerLines);

  // Customer, when anything is known.
  const c = offer.customer;
  const customerLines: string[] = [];
  if (c.organisation) customerLines.push(...wrap(c.organisation, WIDTH));
  if (c.contact) customerLines.push(...labelled(m.contact, c.contact));
  if (c.email) customerLines.push(c.email);
  if (c.cvr) customerLines.push(...labelled(m.cvr, c.cvr));
  if (c.ean) customerLines.push(...labelled(m.ean, c.ean));
  if (c.reference) customerLines.push(...labelled(m.reference, c.reference));
  if (customerLines.length > 0) blocks.push([...heading(m.customer, '-'), ...customerLines]);

  // The offering.
  const o = offer.offering;
  const offeringHead = [...heading(o.title, '-')];
  if (o.subtitle) offeringHead.push(...wrap(o.subtitle, WIDTH));
  blocks.push(offeringHead);
  if (o.summary) blocks.push(wrap(o.summary, WIDTH));
  if (o.focusQuestions.length > 0) {
    blocks.push([`${m.focusQuestions}:`, ...bullets(o.focusQuestions)]);
  }

  // The design.
  const design = [...labelled(m.format, offer.format.label)];
  if (offer.date) design.push(...labelled(m.date_of_event, date(offer.date)));
  const span = daySpan(offer.agenda);
  if (span) design.push(...labelled(m.time, formatTimeRange(span.start, span.end, locale)));
  if (offer.place) design.push(...labelled(m.place, offer.place));
  design.push(...labelled(m.participantsLabel, formatNumber(offer.participants, locale)));
  blocks.push(design);

  // The agenda.
  if (offer.agenda.length > 0) {
    const agenda = heading(m.agenda, '-');
    for (const item of offer.agenda) {
      const time = `${formatTimeRange(item.start, item.end, locale)}  `;
      agenda.push(...wrap(item.title, WIDTH, time, ' '.repeat(time.length)));
    }
    blocks.push(agenda);
  }

  // The price.
  if (offer.priceStatus === 'on-request') {
    blocks.push([
      ...heading(m.price, '-'),
      ...wrap(m.priceOnRequest, WIDTH),
      ...wrap(offer.onRequestReason ?? m.priceOnRequestNote, WIDTH),
    ]);
  } else {
    const price = heading(offer.status === 'indicative' ? m.indicativePrice : m.price, '-');
    for (const line of offer.lines) {
      price.push(...amountRow(line.description, money(line.amount), WIDTH));
      if (line.explanation) price.push(...wrap(line.explanation, WIDTH, '  '));
    }
    price.push('-'.repeat(WIDTH));
    price.push(...amountRow(m.subtotal, money(offer.subtotal), WIDTH));
    for (const vat of offer.vat) {
      price.push(...amountRow(m.vat(formatPercent(vat.rate, locale)), money(vat.amount), WIDTH));
    }
    if (offer.vat.length > 1) price.push(...amountRow(m.vatTotal, money(offer.vatTotal), WIDTH));
    price.push(...amountRow(m.total, money(offer.total), WIDTH));
    blocks.push(price);
  }

  // The terms.
  const t = offer.terms;
  const terms = [
    ...heading(m.terms, '-'),
    ...wrap(m.validity(formatNumber(t.validityDays, locale), date(offer.validUntil)), WIDTH),
  ];
  if (t.payment) terms.push('', ...labelled(m.payment, t.payment));
  if (t.cancellation) terms.push('', ...labelled(m.cancellation, t.cancellation));
  if (t.included.length > 0) terms.push('', `${m.included}:`, ...bullets(t.included));
  if (t.excluded.length > 0) terms.push('', `${m.excluded}:`, ...bullets(t.excluded));
  blocks.push(terms);

  // The note that the price is indicative; with no price there is nothing to qualify.
  if (offer.status === 'indicative' && offer.priceStatus === 'priced') {
    blocks.push(wrap(m.indicativeNote, WIDTH));
  }

  const text = blocks
    .filter((block) => block.length > 0)
    .map((block) => block.map((line) => line.replace(/[ \t]+$/, '')).join('\n'))
    .join('\n\n');
  return `${text}\n`;
}
