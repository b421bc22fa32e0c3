import type { Catalog, Locale } from '@temadag/core';
import { renderOfferPdf } from '@temadag/pdf';
import { describeError, jsonLogger, type Logger } from './log.js';
import type { NotifyConfig } from './notify.js';
import { deliverInquiryItem } from './notify-inquiry.js';
import { NotifyTransport } from './notify-transport.js';
import { deliverOfferItem, isOfferChannel } from './offers/deliver.js';
import { resolveOfferSecret } from './offers/tokens.js';
import type { OutboxItem, Storage, StoredInquiry } from './storage/types.js';

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
  private readonly wire: NotifyTransport;
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
    this.wire = new NotifyTransport({ ...options, now: this.now });
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
    this.wire.close();
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

  /** Tries one item once: sent, rescheduled with backoff, or failed for good. */
  private async deliver(
    item: OutboxItem,
    pdfs: Map<string, Promise<Uint8Array>>,
  ): Promise<keyof OutboxRound> {
    const fields = { outboxId: item.id, inquiryId: item.inquiryId, channel: item.channel };
    try {
      const outcome = isOfferChannel(item.channel)
        ? await this.deliverOffer(item)
        : await this.deliverInquiry(item, pdfs);
      if (outcome === 'sent') this.log({ msg: 'delivered', ...fields, attempt: item.attempts + 1 });
      return outcome;
    } catch (error) {
      const attempts = item.attempts + 1;
      const message = describeError(error);
      const max = this.o.maxAttempts ?? 12;
      const retryAt =
        attempts >= max ? null : new Date(this.now().getTime() + this.delay(attempts));
      await this.o.storage.markFailed(item.id, message, retryAt);
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

  /** Delivers an item of an inquiry (see `deliverInquiryItem`); throws to retry. */
  private async deliverInquiry(
    item: OutboxItem,
    pdfs: Map<string, Promise<Uint8Array>>,
  ): Promise<'sent' | 'failed'> {
    const { storage } = this.o;
    const stored = await storage.getInquiry(item.inquiryId);
    if (!stored) {
      await storage.markFailed(item.id, 'The inquiry was deleted before delivery', null);
      return 'failed';
    }
    const pdf = () => {
      let p = pdfs.get(stored.id);
      if (!p) pdfs.set(stored.id, (p = renderOfferPdf(stored.offer)));
      return p;
    };
    await deliverInquiryItem(item, stored, pdf, {
      storage,
      catalog: this.o.catalog,
      send: (mail) => this.wire.sendMail(mail),
      webhook: (event, body) => this.wire.postWebhook(event, body, item.id),
      providerAddress: (s) => this.providerAddress(s),
      from: (s) => this.o.mailFrom ?? this.providerAddress(s),
      providerLocale: this.o.providerLocale ?? 'da',
    });
    await storage.markSent(item.id);
    return 'sent';
  }

  /** Delivers an item of an offer revision (see `deliverOfferItem`); throws to retry. */
  private async deliverOffer(item: OutboxItem): Promise<'sent' | 'failed'> {
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
      send: (mail) => this.wire.sendMail(mail),
      webhook: (event, body) => this.wire.postWebhook(event, JSON.stringify(body), item.id),
      providerAddress: (offer) => this.o.notifyEmail ?? offer.provider.email,
      from: (offer) => this.o.mailFrom ?? this.o.notifyEmail ?? offer.provider.email,
      secret: () => (this.secret ??= resolveOfferSecret(storage, this.o.offerSecret)),
      providerLocale: this.o.providerLocale ?? 'da',
    });
    await storage.markSent(item.id);
    return 'sent';
  }

  /** Exponential backoff with jitter: half the delay fixed, half random. */
  private delay(attempts: number): number {
    const base = this.o.baseDelayMs ?? 30_000;
    const max = this.o.maxDelayMs ?? 6 * 60 * 60 * 1000;
    const full = Math.min(max, base * 2 ** Math.min(attempts - 1, 30));
    return Math.round(full / 2 + (full / 2) * this.random());
  }

  /**
   * The provider's inbox: the setting, else the provider of the catalog the offer was priced
   * with (its snapshot), so a catalog version switched in the console is followed.
   */
  private providerAddress(stored: StoredInquiry): string {
    return this.o.notifyEmail ?? stored.offer.provider.email;
  }
}
