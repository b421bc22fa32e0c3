import { decimalFromMinor } from '@temadag/core';
import type { StoredInquiry } from './storage/types.js';

/** A CSV field separator: `,` (RFC 4180) or `;` (what Excel expects where `,` is the decimal mark). */
export type CsvSeparator = ',' | ';';

/**
 * One CSV field as RFC 4180 writes it, safe to open in a spreadsheet: a value that starts with
 * `=`, `+`, `-`, `@`, a tab or a carriage return gets a leading `'`, so no spreadsheet runs it
 * as a formula (OWASP CSV injection); a value with a comma, a quote or a line break is quoted,
 * with its quotes doubled.
 *
 * @param value - the value; numbers are written as they are, undefined and null as empty
 * @param separator - the field separator, quoted in values: `,` (the default) or `;` (what a
 *   Danish Excel opens)
 * @returns the field
 * @example
 * ```ts
 * csvField('=HYPERLINK("http://x")'); // '"\'=HYPERLINK(""http://x"")"'
 * csvField('Aarhus, Kommune'); // '"Aarhus, Kommune"'
 * csvField(42); // '42'
 * ```
 */
export function csvField(
  value: string | number | undefined | null,
  separator: CsvSeparator = ',',
): string {
  if (value === undefined || value === null) return '';
  if (typeof value === 'number') return String(value);
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /["\r\n]/.test(safe) || safe.includes(separator) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/**
 * One CSV record with CRLF at the end.
 *
 * @param fields - the values
 * @param separator - the field separator (default `,`)
 * @returns the line
 * @example
 * ```ts
 * csvRow(['H-2026-0001', 30, '=1+1']); // "H-2026-0001,30,'=1+1\r\n"
 * ```
 */
export function csvRow(
  fields: readonly (string | number | undefined | null)[],
  separator: CsvSeparator = ',',
): string {
  return `${fields.map((field) => csvField(field, separator)).join(separator)}\r\n`;
}

/**
 * The columns of the inquiry export, in order (the header row).
 *
 * @example
 * ```ts
 * csvRow(INQUIRY_CSV_COLUMNS); // 'id,reference,created_at,…\r\n'
 * ```
 */
export const INQUIRY_CSV_COLUMNS = [
  'id',
  'reference',
  'created_at',
  'offering',
  'format',
  'participants',
  'modules',
  'preferred_dates',
  'place',
  'name',
  'email',
  'organisation',
  'role',
  'phone',
  'message',
  'ean',
  'cvr',
  'invoice_reference',
  'locale',
  'offer_number',
  'currency',
  'subtotal',
  'vat',
  'total',
  'price_status',
  'utm',
] as const;

/**
 * An inquiry as one CSV record in the order of {@link INQUIRY_CSV_COLUMNS}; amounts in major
 * units with two decimals and a point.
 *
 * @param stored - the stored inquiry
 * @param separator - the field separator (default `,`)
 * @returns the CSV line, CRLF at the end
 * @example
 * ```ts
 * let csv = csvRow(INQUIRY_CSV_COLUMNS);
 * for await (const stored of storage.exportInquiries()) csv += inquiryCsvRow(stored);
 * ```
 */
export function inquiryCsvRow(stored: StoredInquiry, separator: CsvSeparator = ','): string {
  const { inquiry: q, offer } = stored;
  return csvRow(
    [
      stored.id,
      stored.reference,
      stored.createdAt,
      stored.offering,
      q.format,
      q.participants,
      q.modules.join(' '),
      q.preferredDates?.join(' '),
      q.place,
      q.contact.name,
      q.contact.email,
      q.contact.organisation,
      q.contact.role,
      q.contact.phone,
      q.message,
      q.invoicing?.ean,
      q.invoicing?.cvr,
      q.invoicing?.reference,
      stored.locale,
      offer.number,
      offer.currency,
      decimalFromMinor(offer.subtotal),
      decimalFromMinor(offer.vatTotal),
      decimalFromMinor(offer.total),
      offer.priceStatus,
      q.utm
        ? Object.entries(q.utm)
            .map(([k, v]) => `${k}=${v}`)
            .join('&')
        : undefined,
    ],
    separator,
  );
}
