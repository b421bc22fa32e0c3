import {
  formatCopenhagenTime,
  formatDate,
  offerPdfFileName,
  renderOfferText,
  type Locale,
  type Offer,
} from '@temadag/core';
import { renderOfferPdf } from '@temadag/pdf';
import type { SendMailOptions } from 'nodemailer';
import { serverMessages } from '../messages/index.js';
import type { OutboxItem, StoredRevision } from '../storage/types.js';
import { OFFER_CHANNELS, type OfferChannel } from '../storage/offer-types.js';
import { openToken } from './tokens.js';

/**
 * Whether an outbox channel is one of an offer revision's (see {@link OfferChannel}).
 *
 * @param channel - the item's channel
 * @returns true for `offer-…` channels
 * @example
 * ```ts
 * isOfferChannel('offer-email'); // true
 * ```
 */
export function isOfferChannel(channel: string): channel is OfferChannel {
  return (OFFER_CHANNELS as readonly string[]).includes(channel);
}

/** The payload of the customer's and the provider's email of a sent revision. */
export interface SendPayload {
  /** The offer page's address, sealed (see `sealToken`); only in the customer's email. */
  link?: string;
  /** The provider's note to the customer. */
  message?: string;
}

/** What {@link deliverOfferItem} needs from the outbox worker. */
export interface OfferDeliveryContext {
  /** The revision the item is about. */
  revision: StoredRevision;
  /** Sends one email (nodemailer). */
  send: (mail: SendMailOptions) => Promise<unknown>;
  /** Posts one signed webhook event. */
  webhook: (event: string, body: Record<string, unknown>) => Promise<void>;
  /** The provider's inbox. */
  providerAddress: (offer: Offer) => string;
  /** The sender address. */
  from: (offer: Offer) => string;
  /** The offer secret (to open the sealed link). */
  secret: () => Promise<string>;
  /** The provider's language. */
  providerLocale: Locale;
}

/**
 * Delivers one outbox item of an offer revision: the customer's email with the PDF and the
 * link, the provider's copy, the notices of an acceptance or a decline, the customer's
 * confirmation with the accepted PDF, or a webhook event. Throws on failure (the worker
 * retries).
 *
 * @param item - the outbox item
 * @param ctx - the revision and the worker's senders
 * @example
 * ```ts
 * await deliverOfferItem(item, { revision, send, webhook, providerAddress, from, secret, providerLocale: 'da' });
 * ```
 */
export async function deliverOfferItem(item: OutboxItem, ctx: OfferDeliveryContext): Promise<void> {
  const { revision } = ctx;
  const offer = revision.offer;
  const channel = item.channel as OfferChannel;
  const customer = offer.customer;
  const organisation = oneLine(customer.organisation ?? customer.email ?? '');
  const pm = serverMessages[ctx.providerLocale].offers.mail;
  const cm = serverMessages[offer.locale].offers.mail;
  const file = offerPdfFileName(offer);
  const pdf = async () => ({
    filename: file,
    content: Buffer.from(await renderOfferPdf(offer)),
    contentType: 'application/pdf',
  });
  const payload = readPayload(item.payload);
  switch (channel) {
    case 'offer-email': {
      if (!payload.link) throw new Error('The offer link is missing (already sent?)');
      const link = openToken(await ctx.secret(), payload.link);
      const text = [
        cm.greeting(customer.contact && oneLine(customer.contact)),
        '',
        cm.intro(offer.provider.name, offer.number),
        ...(offer.replaces ? [cm.replaces(offer.replaces)] : []),
        ...(payload.message ? ['', payload.message] : []),
        '',
        cm.link,
        link,
        '',
        cm.validUntil(formatDate(offer.validUntil, offer.locale)),
        '',
        renderOfferText(offer).trimEnd(),
        '',
        cm.attachment(file),
        '',
        cm.signature(offer.provider.name),
        '',
      ].join('\n');
      await ctx.send({
        from: ctx.from(offer),
        to: { name: oneLine(customer.contact ?? ''), address: customer.email! },
        replyTo: ctx.providerAddress(offer),
        subject: oneLine(cm.subject(offer.number, offer.provider.name)),
        text,
        attachments: [await pdf()],
        headers: { 'X-Temadag-Offer': offer.number },
      });
      return;
    }
    case 'offer-copy': {
      const text = [
        pm.copyIntro(customer.email ?? ''),
        ...(payload.message ? ['', payload.message] : []),
        '',
        renderOfferText(offer).trimEnd(),
        '',
        pm.attachment(file),
        '',
      ].join('\n');
      await ctx.send({
        from: ctx.from(offer),
        to: ctx.providerAddress(offer),
        subject: oneLine(pm.copySubject(offer.number, organisation)),
        text,
        attachments: [await pdf()],
        headers: { 'X-Temadag-Offer': offer.number },
      });
      return;
    }
    case 'offer-accepted-email': {
      const a = revision.acceptance!;
      const lines = [
        pm.acceptedIntro(
          offer.number,
          a.name,
          a.title,
          formatCopenhagenTime(a.acceptedAt, ctx.providerLocale),
        ),
        '',
        ...(a.orderReference ? [`${pm.orderReference}: ${a.orderReference}`] : []),
        ...(a.ean ? [`${pm.ean}: ${a.ean}`] : []),
        `${pm.pdfSha256}: ${a.pdfSha256}`,
        '',
      ];
      await ctx.send({
        from: ctx.from(offer),
        to: ctx.providerAddress(offer),
        ...(customer.email ? { replyTo: customer.email } : {}),
        subject: oneLine(pm.acceptedSubject(offer.number, organisation)),
        text: lines.join('\n'),
        headers: { 'X-Temadag-Offer': offer.number },
      });
      return;
    }
    case 'offer-accepted-receipt': {
      const a = revision.acceptance!;
      const accepted = await renderOfferPdf(offer, { acceptance: a });
      await ctx.send({
        from: ctx.from(offer),
        to: customer.email!,
        replyTo: ctx.providerAddress(offer),
        subject: oneLine(cm.confirmSubject(offer.number)),
        text: [
          cm.confirmBody(offer.number, a.name, formatCopenhagenTime(a.acceptedAt, offer.locale)),
          '',
          cm.signature(offer.provider.name),
          '',
        ].join('\n'),
        attachments: [
          { filename: file, content: Buffer.from(accepted), contentType: 'application/pdf' },
        ],
      });
      return;
    }
    case 'offer-declined-email': {
      const when = formatCopenhagenTime(revision.declinedAt!, ctx.providerLocale);
      await ctx.send({
        from: ctx.from(offer),
        to: ctx.providerAddress(offer),
        subject: oneLine(pm.declinedSubject(offer.number, organisation)),
        text: [
          pm.declinedIntro(offer.number, when),
          '',
          `${pm.reason}: ${revision.declineReason ?? pm.noReason}`,
          '',
        ].join('\n'),
      });
      return;
    }
    case 'offer-sent-webhook':
      return ctx.webhook('offer.sent', revisionEvent('offer.sent', revision));
    case 'offer-accepted-webhook':
      return ctx.webhook('offer.accepted', revisionEvent('offer.accepted', revision));
    case 'offer-declined-webhook':
      return ctx.webhook('offer.declined', revisionEvent('offer.declined', revision));
  }
}

/**
 * The body of an offer webhook event: the event type, the revision (number, revision, what it
 * replaces, state, times), the offer snapshot, and the acceptance or decline when there is one.
 *
 * @param type - `offer.sent`, `offer.accepted` or `offer.declined`
 * @param revision - the revision
 * @returns the JSON body
 * @example
 * ```ts
 * JSON.stringify(revisionEvent('offer.sent', revision));
 * ```
 */
export function revisionEvent(type: string, revision: StoredRevision): Record<string, unknown> {
  return {
    type,
    id: revision.id,
    inquiryId: revision.inquiryId,
    number: revision.number,
    revision: revision.revision,
    ...(revision.replaces ? { replaces: revision.replaces } : {}),
    createdAt: revision.createdAt,
    validUntil: revision.validUntil,
    pdfSha256: revision.pdfSha256,
    ...(revision.acceptance ? { acceptance: revision.acceptance } : {}),
    ...(revision.declinedAt
      ? {
          decline: {
            declinedAt: revision.declinedAt,
            ...(revision.declineReason ? { reason: revision.declineReason } : {}),
          },
        }
      : {}),
    offer: revision.offer,
  };
}

function readPayload(payload: string | undefined): SendPayload {
  if (payload === undefined) return {};
  try {
    const value = JSON.parse(payload) as SendPayload;
    return typeof value === 'object' && value !== null ? value : {};
  } catch {
    return {};
  }
}

/** Text for a header: line breaks and tabs become spaces. */
function oneLine(text: string): string {
  return text.replace(/[\r\n\t]+/g, ' ').trim();
}
