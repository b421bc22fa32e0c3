import {
  daySpan,
  inquiryToText,
  renderOfferText,
  type Catalog,
  type Inquiry,
  type Locale,
} from '@temadag/core';
import { offerPdfFileName } from '@temadag/pdf';
import type { SendMailOptions } from 'nodemailer';
import { serverMessages } from './messages/index.js';
import { oneLine, receiptText, responseTimeOf } from './notify-receipt.js';
import type { OutboxItem, Storage, StoredInquiry } from './storage/types.js';

/** What {@link deliverInquiryItem} needs from the outbox worker. */
export interface InquiryDeliveryContext {
  /** The storage (the receipt reads the catalog version the inquiry was priced with). */
  storage: Storage;
  /** The catalog file the server runs with (the receipt's response time). */
  catalog?: Catalog | undefined;
  /** Sends one email (nodemailer). */
  send: (mail: SendMailOptions) => Promise<unknown>;
  /** Posts one signed webhook event. */
  webhook: (event: string, body: string) => Promise<void>;
  /** The provider's inbox: the setting, else the provider on the inquiry's offer. */
  providerAddress: (stored: StoredInquiry) => string;
  /** The sender address. */
  from: (stored: StoredInquiry) => string;
  /** The provider's language. */
  providerLocale: Locale;
}

/**
 * Delivers one outbox item of an inquiry: the provider's email with the offer PDF, the
 * receipt to the person who asked, or the `inquiry.created` webhook. Throws on failure (the
 * worker retries).
 *
 * @param item - the outbox item (an inquiry channel: `email`, `receipt` or `webhook`)
 * @param stored - the inquiry it is about
 * @param pdf - the offer's PDF, rendered once per round for all of an inquiry's items
 * @param ctx - the worker's senders and settings
 */
export async function deliverInquiryItem(
  item: OutboxItem,
  stored: StoredInquiry,
  pdf: () => Promise<Uint8Array>,
  ctx: InquiryDeliveryContext,
): Promise<void> {
  if (item.channel === 'email') await sendProviderEmail(stored, await pdf(), ctx);
  else if (item.channel === 'receipt') await sendReceipt(stored, await pdf(), ctx);
  else await sendWebhook(stored, ctx);
}

async function sendProviderEmail(
  stored: StoredInquiry,
  pdf: Uint8Array,
  ctx: InquiryDeliveryContext,
): Promise<void> {
  const locale = ctx.providerLocale;
  const m = serverMessages[locale].mail;
  const q = stored.inquiry;
  const file = offerPdfFileName(stored.offer);
  await ctx.send({
    from: ctx.from(stored),
    to: ctx.providerAddress(stored),
    replyTo: { name: oneLine(q.contact.name), address: q.contact.email },
    subject: oneLine(m.subject(stored.reference, q.contact.organisation)),
    text: providerEmailText(stored, locale, file),
    attachments: [{ filename: file, content: Buffer.from(pdf), contentType: 'application/pdf' }],
    headers: { 'X-Temadag-Reference': stored.reference },
  });
}

async function sendReceipt(
  stored: StoredInquiry,
  pdf: Uint8Array,
  ctx: InquiryDeliveryContext,
): Promise<void> {
  const m = serverMessages[stored.locale].receipt;
  const q = stored.inquiry;
  const when = await responseTimeOf(ctx.storage, ctx.catalog, stored);
  await ctx.send({
    from: ctx.from(stored),
    to: { name: oneLine(q.contact.name), address: q.contact.email },
    replyTo: ctx.providerAddress(stored),
    subject: oneLine(m.subject(stored.reference)),
    text: receiptText(stored, when),
    attachments: [
      {
        filename: offerPdfFileName(stored.offer),
        content: Buffer.from(pdf),
        contentType: 'application/pdf',
      },
    ],
  });
}

async function sendWebhook(stored: StoredInquiry, ctx: InquiryDeliveryContext): Promise<void> {
  const inquiry: Inquiry = { ...stored.inquiry };
  delete inquiry.website;
  const body = JSON.stringify({
    type: 'inquiry.created',
    id: stored.id,
    reference: stored.reference,
    createdAt: stored.createdAt,
    offering: stored.offering,
    locale: stored.locale,
    inquiry,
    offer: stored.offer,
  });
  await ctx.webhook('inquiry.created', body);
}

/**
 * The plain-text email to the provider: who asked, how to reach them, what they wish, and the
 * offer as the inquirer saw it.
 *
 * @param stored - the stored inquiry
 * @param locale - the provider's language
 * @param file - the attachment's file name
 * @returns the text
 * @example
 * ```ts
 * const text = providerEmailText(stored, 'da', 'tilbud-T-2026-0042.pdf');
 * // Der er kommet en ny henvendelse via Temadag (reference H-2026-0042).
 * ```
 */
export function providerEmailText(stored: StoredInquiry, locale: Locale, file: string): string {
  const m = serverMessages[locale].mail;
  const { offering, format, modules } = stored.offer;
  // The offer's snapshot names the offering, format and modules as the visitor saw them.
  const titles = { offerings: [{ ...offering, formats: [format], modules }] };
  const lines: string[] = [m.intro(stored.reference), ''];
  lines.push(
    inquiryToText(stored.inquiry, { locale, catalog: titles, span: daySpan(stored.offer.agenda) }),
    '',
  );
  lines.push(`${m.inquiryId}: ${stored.id}`, '');
  lines.push(m.offerHeading, '='.repeat(m.offerHeading.length), '');
  lines.push(renderOfferText(stored.offer).trimEnd(), '', m.attachment(file), '');
  return lines.join('\n');
}
