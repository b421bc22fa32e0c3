import {
  formatDate,
  formatNumber,
  localize,
  type Catalog,
  type Inquiry,
  type Locale,
} from '@temadag/core';
import { inquiryMessages } from './messages.js';

/**
 * The last resort when an inquiry cannot be sent: the inquiry as plain text, to copy or to send
 * by email.
 *
 * @param inquiry - the inquiry that was not sent
 * @param catalog - for the titles of the offering, format and modules (ids when absent)
 * @param locale - the language of the labels
 * @returns one `Label: value` line per filled-in field, the message last
 * @example
 * ```ts
 * inquiryText(inquiry, catalog, 'da'); // 'Temadag: Dialog i udsatte boligområder\n...'
 * ```
 */
export function inquiryText(
  inquiry: Inquiry,
  catalog: Catalog | undefined,
  locale: Locale,
): string {
  const t = inquiryMessages[locale].text;
  const offering = catalog?.offerings.find((o) => o.id === inquiry.offering);
  const format = offering?.formats.find((f) => f.id === inquiry.format);
  const moduleTitle = (id: string) => {
    const module = offering?.modules.find((m) => m.id === id);
    return module ? localize(module.title, locale) : id;
  };
  const date = inquiry.preferredDates?.[0];
  const lines: [string, string | undefined][] = [
    [t.offering, offering ? localize(offering.title, locale) : inquiry.offering],
    [t.format, format ? localize(format.label, locale) : inquiry.format],
    [t.participants, formatNumber(inquiry.participants, locale)],
    [t.modules, inquiry.modules.length ? inquiry.modules.map(moduleTitle).join(', ') : undefined],
    [t.date, date ? formatDate(date, locale) : undefined],
    [t.place, inquiry.place],
    [t.name, inquiry.contact.name],
    [t.email, inquiry.contact.email],
    [t.organisation, inquiry.contact.organisation],
    [t.role, inquiry.contact.role],
    [t.phone, inquiry.contact.phone],
    [t.ean, inquiry.invoicing?.ean],
    [t.cvr, inquiry.invoicing?.cvr],
    [t.reference, inquiry.invoicing?.reference],
  ];
  const text = lines
    .filter((line): line is [string, string] => Boolean(line[1]))
    .map(([label, value]) => `${label}: ${value}`)
    .join('\n');
  return inquiry.message ? `${text}\n\n${t.message}:\n${inquiry.message}` : text;
}

/**
 * A `mailto:` link to the provider with the inquiry as subject and body.
 *
 * @param email - the provider's address
 * @param subject - the subject line
 * @param body - the plain-text inquiry
 * @returns the link, every part percent-encoded
 * @example
 * ```ts
 * mailtoHref('kontakt@example.dk', 'Henvendelse', 'Navn: Anna');
 * // 'mailto:kontakt@example.dk?subject=Henvendelse&body=Navn%3A%20Anna'
 * ```
 */
export function mailtoHref(email: string, subject: string, body: string): string {
  // Line breaks as CRLF, as RFC 6068 asks for bodies.
  const crlf = body.replace(/\r?\n/g, '\r\n');
  return `mailto:${encodeURIComponent(email).replace('%40', '@')}?subject=${encodeURIComponent(subject)}&body=${encodeURIComponent(crlf)}`;
}
