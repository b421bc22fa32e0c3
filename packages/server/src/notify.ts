import {
  daySpan,
  inquiryToText,
  renderOfferText,
  type Catalog,
  type Inquiry,
  type Locale,
} from '@temadag/core';
import { offerPdfFileName, renderOfferPdf } from '@temadag/pdf';
import nodemailer, { type Transporter } from 'nodemailer';
import { describeError, jsonLogger, type Logger } from './log.js';
import { deliverOfferItem, isOfferChannel } from './offers/deliver.js';
import { resolveOfferSecret } from './offers/tokens.js';
import { serverMessages } from './messages/index.js';
import { oneLine, receiptText, responseTimeOf } from './notify-receipt.js';
import type { Channel, OutboxItem, Storage, StoredInquiry } from './storage/types.js';
import { signWebhook } from './webhook-signature.js';

// The signature's two sides live in webhook-signature.ts; notify keeps exporting them.
export { signWebhook, verifyWebhookSignature } from './webhook-signature.js';

/** Settings of the notifications, as in the server configuration. */
export interface NotifyConfig {
  /** SMTP server; no email without it. */
  smtpUrl?: string;
  /** The provider's inbox; by default the email of the provider on the inquiry's offer. */
  notifyEmail?: string;
  /** Sender address; the notify address by default. */
  mailFrom?: string;
  /** Also send a receipt to the person who asked. */
  sendReceipt?: boolean;
  /** Where to POST each inquiry as JSON. */
  webhookUrl?: string;
  /** Key of the `Temadag-Signature` HMAC. */
  webhookSecret?: string;
}

/**
 * The notifications to queue for each inquiry under a configuration: `email` with SMTP,
 * `receipt` with SMTP and `sendReceipt`, `webhook` with a webhook URL and secret.
 *
 * @param config - the notification settings
 * @returns the channels, possibly none
 * @example
 * ```ts
 * notificationChannels({ smtpUrl: 'smtp://localhost:25' }); // ['email']
 * ```
 */
export function notificationChannels(config: NotifyConfig): Channel[] {
  const channels: Channel[] = [];
  if (config.smtpUrl) channels.push('email');
  if (config.smtpUrl && config.sendReceipt) channels.push('receipt');
  if (config.webhookUrl && config.webhookSecret) channels.push('webhook');
  return channels;
}

/** Options of {@link OutboxWorker}. */
export interface OutboxWorkerOptions extends NotifyConfig {
  storage: Storage;
  /**
   * The catalog file the server runs with: the receipt's sentence about when to expect an
   * answer (`provider.responseTime`) comes from it for inquiries priced with the file (those
   * priced with a stored version read that version).
   */
  catalog?: Catalog;
  /** Language of the provider's email (the offer keeps the inquiry's language). `da`. */
  providerLocale?: Locale;
  /** Attempts before an item is marked failed for good (12). */
  maxAttempts?: number;
  /** First retry delay (30 s); it doubles with each attempt, with jitter, up to `maxDelayMs`. */
  baseDelayMs?: number;
  /** Longest retry delay (6 h). */
  maxDelayMs?: number;
  /** How long a claimed item is reserved for this worker (2 min). */
  leaseMs?: number;
  /** Items per round (10). */
  batchSize?: number;
  /** Pause between rounds when idle (2 s). */
  intervalMs?: number;
  /** Timeout of one email or webhook delivery (20 s). */
  timeoutMs?: number;
  log?: Logger;
  /** The clock, for due times and retry delays (`new Date()`). */
  now?: () => Date;
  /** Random numbers in [0, 1) for the jitter. */
  random?: () => number;
  /**
   * The offer secret (`TEMADAG_SECRET`), to open the sealed link of an offer's email; the one
   * stored in the database when not given.
   */
  offerSecret?: string;
}

/** What one round of {@link OutboxWorker.runOnce} did. */
export interface OutboxRound {
  sent: number;
  retried: number;
  failed: number;
}

/**
 * Delivers the outbox: claims due items (a lease keeps other workers off them), sends each
 * email or webhook, marks it sent, or schedules a retry with exponential backoff and jitter;
 * after `maxAttempts` the item is marked failed and stays visible in the inquiry list. The
 * inquiry itself is never touched: a failed delivery loses nothing.
 *
 * Delivery is at least once: a worker that dies after sending but before marking the item sent
 * sends it again when the lease runs out. Webhook receivers can deduplicate on the
 * `Temadag-Delivery` header.
 *
 * @example
 * ```ts
 * const worker = new OutboxWorker({ storage, smtpUrl: process.env.SMTP_URL });
 * worker.start();
 * // on each new inquiry: worker.wake(); on shutdown: await worker.stop();
 * ```
 */
export class OutboxWorker {
  private readonly o: OutboxWorkerOptions;
  private readonly log: Logger;
  private readonly now: () => Date;
  private readonly random: () => number;
  private transport: Transporter | undefined;
  private secret: Promise<string> | undefined;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private running: Promise<void> | undefined;
  private again = false;
  private stopped = true;

  constructor(options: OutboxWorkerOptions) {
    this.o = options;
    this.log = options.log ?? jsonLogger();
    this.now = options.now ?? (() => new Date());
    this.random = options.random ?? Math.random;
  }

  /** Starts delivering in the background, now and then every `intervalMs`. */
  start(): void {
    if (!this.stopped) return;
    this.stopped = false;
    this.schedule(0);
  }

  /** Delivers as soon as possible, e.g. right after an inquiry was stored. */
  wake(): void {
    if (this.stopped) return;
    if (this.running) {
      this.again = true;
      return;
    }
    this.schedule(0);
  }

  /** Stops the loop and waits for the round in progress. */
  async stop(): Promise<void> {
    this.stopped = true;
    if (this.timer) clearTimeout(this.timer);
    this.timer = undefined;
    await this.running;
    this.transport?.close();
    this.transport = undefined;
  }

  /**
   * One round: claims the due items and tries each once.
   *
   * @returns how many were sent, rescheduled and failed for good
   */
  async runOnce(): Promise<OutboxRound> {
    const round: OutboxRound = { sent: 0, retried: 0, failed: 0 };
    const items = await this.o.storage.claimOutbox(
      this.now(),
      this.o.batchSize ?? 10,
      this.o.leaseMs ?? 120_000,
    );
    const pdfs = new Map<string, Promise<Uint8Array>>();
    for (const item of items) {
      const outcome = await this.deliver(item, pdfs);
      round[outcome]++;
    }
    return round;
  }

  private schedule(ms: number): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => this.tick(), ms);
    this.timer.unref?.();
  }

  private tick(): void {
    this.timer = undefined;
    if (this.stopped || this.running) return;
    this.again = false;
    this.running = (async () => {
      let busy = false;
      try {
        const round = await this.runOnce();
        busy = round.sent + round.retried + round.failed >= (this.o.batchSize ?? 10);
      } catch (error) {
        this.log({ level: 'error', msg: 'outbox-round', error: describeError(error) });
      }
      this.running = undefined;
      if (!this.stopped) this.schedule(busy || this.again ? 0 : (this.o.intervalMs ?? 2_000));
    })();
  }

  private async deliver(
    item: OutboxItem,
    pdfs: Map<string, Promise<Uint8Array>>,
  ): Promise<keyof OutboxRound> {
    const { storage } = this.o;
    const fields = { outboxId: item.id, inquiryId: item.inquiryId, channel: item.channel };
    let stored: StoredInquiry | undefined;
    try {
      if (isOfferChannel(item.channel)) return await this.deliverOffer(item, fields);
      stored = await storage.getInquiry(item.inquiryId);
      if (!stored) {
        await storage.markFailed(item.id, 'The inquiry was deleted before delivery', null);
        return 'failed';
      }
      const pdf = () => {
        let p = pdfs.get(stored!.id);
        if (!p) pdfs.set(stored!.id, (p = renderOfferPdf(stored!.offer)));
        return p;
      };
      if (item.channel === 'email') await this.sendProviderEmail(stored, await pdf());
      else if (item.channel === 'receipt') await this.sendReceipt(stored, await pdf());
      else await this.sendWebhook(stored, item);
      await storage.markSent(item.id);
      this.log({ msg: 'delivered', ...fields, attempt: item.attempts + 1 });
      return 'sent';
    } catch (error) {
      const attempts = item.attempts + 1;
      const message = describeError(error);
      const max = this.o.maxAttempts ?? 12;
      const retryAt =
        attempts >= max ? null : new Date(this.now().getTime() + this.delay(attempts));
      await storage.markFailed(item.id, message, retryAt);
      this.log({
        level: retryAt ? 'warn' : 'error',
        msg: retryAt ? 'delivery-retry' : 'delivery-failed',
        ...fields,
        attempt: attempts,
        error: message,
        retryAt: retryAt?.toISOString(),
      });
      return retryAt ? 'retried' : 'failed';
    }
  }

  /** Delivers an item of an offer revision (see `deliverOfferItem`); throws to retry. */
  private async deliverOffer(
    item: OutboxItem,
    fields: Record<string, string | number>,
  ): Promise<keyof OutboxRound> {
    const { storage } = this.o;
    const revision = (await storage.listOfferRevisions(item.inquiryId)).find(
      (r) => r.id === item.revisionId,
    );
    if (!revision) {
      await storage.markFailed(item.id, 'The offer revision was deleted before delivery', null);
      return 'failed';
    }
    await deliverOfferItem(item, {
      revision,
      send: (mail) => this.mailer().sendMail(mail),
      webhook: (event, body) => this.postWebhook(event, JSON.stringify(body), item),
      providerAddress: (offer) => this.o.notifyEmail ?? offer.provider.email,
      from: (offer) => this.o.mailFrom ?? this.o.notifyEmail ?? offer.provider.email,
      secret: () => (this.secret ??= resolveOfferSecret(storage, this.o.offerSecret)),
      providerLocale: this.o.providerLocale ?? 'da',
    });
    await storage.markSent(item.id);
    this.log({ msg: 'delivered', ...fields, attempt: item.attempts + 1 });
    return 'sent';
  }

  /** Exponential backoff with jitter: half the delay fixed, half random. */
  private delay(attempts: number): number {
    const base = this.o.baseDelayMs ?? 30_000;
    const max = this.o.maxDelayMs ?? 6 * 60 * 60 * 1000;
    const full = Math.min(max, base * 2 ** Math.min(attempts - 1, 30));
    return Math.round(full / 2 + (full / 2) * this.random());
  }

  private mailer(): Transporter {
    if (!this.o.smtpUrl) throw new Error('SMTP_URL is not set');
    const timeout = this.o.timeoutMs ?? 20_000;
    this.transport ??= nodemailer.createTransport(this.o.smtpUrl, {
      connectionTimeout: timeout,
      greetingTimeout: timeout,
      socketTimeout: timeout,
    });
    return this.transport;
  }

  /**
   * The provider's inbox: the setting, else the provider of the catalog the offer was priced
   * with (its snapshot), so a catalog version switched in the console is followed.
   */
  private providerAddress(stored: StoredInquiry): string {
    return this.o.notifyEmail ?? stored.offer.provider.email;
  }

  private async sendProviderEmail(stored: StoredInquiry, pdf: Uint8Array): Promise<void> {
    const locale = this.o.providerLocale ?? 'da';
    const m = serverMessages[locale].mail;
    const q = stored.inquiry;
    const file = offerPdfFileName(stored.offer);
    await this.mailer().sendMail({
      from: this.o.mailFrom ?? this.providerAddress(stored),
      to: this.providerAddress(stored),
      replyTo: { name: oneLine(q.contact.name), address: q.contact.email },
      subject: oneLine(m.subject(stored.reference, q.contact.organisation)),
      text: providerEmailText(stored, locale, file),
      attachments: [{ filename: file, content: Buffer.from(pdf), contentType: 'application/pdf' }],
      headers: { 'X-Temadag-Reference': stored.reference },
    });
  }

  private async sendReceipt(stored: StoredInquiry, pdf: Uint8Array): Promise<void> {
    const m = serverMessages[stored.locale].receipt;
    const q = stored.inquiry;
    const when = await responseTimeOf(this.o.storage, this.o.catalog, stored);
    const text = receiptText(stored, when);
    await this.mailer().sendMail({
      from: this.o.mailFrom ?? this.providerAddress(stored),
      to: { name: oneLine(q.contact.name), address: q.contact.email },
      replyTo: this.providerAddress(stored),
      subject: oneLine(m.subject(stored.reference)),
      text,
      attachments: [
        {
          filename: offerPdfFileName(stored.offer),
          content: Buffer.from(pdf),
          contentType: 'application/pdf',
        },
      ],
    });
  }

  private async sendWebhook(stored: StoredInquiry, item: OutboxItem): Promise<void> {
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
    await this.postWebhook('inquiry.created', body, item);
  }

  /** Posts one event, signed (`Temadag-Signature`), named (`Temadag-Event`) and numbered. */
  private async postWebhook(event: string, body: string, item: OutboxItem): Promise<void> {
    const { webhookUrl, webhookSecret } = this.o;
    if (!webhookUrl || !webhookSecret) throw new Error('The webhook is not configured');
    const response = await fetch(webhookUrl, {
      method: 'POST',
      headers: {
        'Content-Type': 'application/json',
        'User-Agent': 'temadag-server',
        'Temadag-Event': event,
        'Temadag-Delivery': String(item.id),
        'Temadag-Signature': signWebhook(body, webhookSecret, this.now()),
      },
      body,
      redirect: 'error',
      signal: AbortSignal.timeout(this.o.timeoutMs ?? 20_000),
    });
    await response.body?.cancel().catch(() => undefined);
    if (!response.ok) throw new Error(`The webhook answered ${response.status}`);
  }
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
