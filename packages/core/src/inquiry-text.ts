import type { DaySpan } from './agenda.js';
import { formatDate, formatNumber, formatTimeRange } from './format.js';
import type { Inquiry } from './inquiry.js';
import { localize, type Locale, type LocalizedText } from './locale.js';
import { getMessages, type MessageOverrides } from './messages/index.js';

/**
 * What {@link inquiryToText} needs of a catalog to name things: a `Catalog` fits, and so
 * does one made from an offer's snapshot (its offering, format and modules).
 */
export interface InquiryTitles {
  offerings: readonly {
    id: string;
    title: LocalizedText;
    formats: readonly { id: string; label: LocalizedText }[];
    modules: readonly { id: string; title: LocalizedText }[];
  }[];
}

/** Options of {@link inquiryToText}. */
export interface InquiryToTextOptions {
  /** Language of the labels and dates; the inquiry's own `locale` when left out. */
  locale?: Locale | undefined;
  /**
   * The catalog, for the titles of the offering, format and modules; their ids are written
   * when it is left out or does not know them.
   */
  catalog?: InquiryTitles | undefined;
  /**
   * The day's time span of the chosen design, from `daySpan` (over the offer's agenda or
   * the widget's): written as `Tidspunkt: kl. 09.00–14.30` after the format. Left out when not
   * given, since an inquiry alone does not hold the agenda.
   */
  span?: DaySpan | undefined;
  /** Replacements for any message (`inquiryText` holds the labels). */
  messages?: MessageOverrides | undefined;
}

/** Text for one line: line breaks and tabs become spaces, so a value cannot forge a line. */
function oneLine(text: string): string {
  return text.replace(/[\r\n\t]+/g, ' ').trim();
}

/**
 * Writes an inquiry as plain text: one `Label: value` line per filled-in field (offering,
 * format, the day's time span when given, participants, add-ons, preferred dates, place, contact, invoicing, campaign), then
 * a blank line and the visitor's message. The widget offers it to copy or email when sending
 * fails; the server puts it in the email to the provider. Values other than the message are
 * kept to one line each.
 *
 * @param inquiry - a parsed inquiry
 * @param options - language, catalog for titles, the day's span, message overrides
 * @returns the text, lines separated by `\n`, without a trailing newline
 * @example
 * ```ts
 * inquiryToText(inquiry, { catalog });
 * // 'Temadag: Dialog i udsatte boligområder\nVarighed: Hel temadag\nAntal deltagere: 30\n...'
 * ```
 */
export function inquiryToText(inquiry: Inquiry, options: InquiryToTextOptions = {}): string {
  const locale = options.locale ?? inquiry.locale;
  const t = getMessages(locale, options.messages).inquiryText;
  const offering = options.catalog?.offerings.find((o) => o.id === inquiry.offering);
  const format = offering?.formats.find((f) => f.id === inquiry.format);
  const moduleTitle = (id: string) => {
    const module = offering?.modules.find((m) => m.id === id);
    return module ? localize(module.title, locale) : id;
  };
  const dates = inquiry.preferredDates ?? [];
  const { contact, invoicing, utm } = inquiry;
  const campaign = utm && Object.entries(utm).map(([key, value]) => `${key}=${value}`);
  const lines: [string, string | undefined][] = [
    [t.offering, offering ? localize(offering.title, locale) : inquiry.offering],
    [t.format, format ? localize(format.label, locale) : inquiry.format],
    [t.time, options.span && formatTimeRange(options.span.start, options.span.end, locale)],
    [t.participants, formatNumber(inquiry.participants, locale)],
    [t.modules, inquiry.modules.map(moduleTitle).join(', ')],
    [t.preferredDates(dates.length), dates.map((d) => formatDate(d, locale)).join(', ')],
    [t.place, inquiry.place],
    [t.name, contact.name],
    [t.email, contact.email],
    [t.organisation, contact.organisation],
    [t.role, contact.role],
    [t.phone, contact.phone],
    [t.ean, invoicing?.ean],
    [t.cvr, invoicing?.cvr],
    [t.reference, invoicing?.reference],
    [t.campaign, campaign?.join(', ')],
  ];
  const text = lines
    .filter((line): line is [string, string] => Boolean(line[1]))
    .map(([label, value]) => `${label}: ${oneLine(value)}`)
    .join('\n');
  return inquiry.message ? `${text}\n\n${t.message}:\n${inquiry.message}` : text;
}
