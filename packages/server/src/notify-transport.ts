import nodemailer, { type SendMailOptions, type Transporter } from 'nodemailer';
import { signWebhook } from './webhook-signature.js';

/** What {@link NotifyTransport} needs: where to send, and how long to wait. */
export interface NotifyTransportOptions {
  /** SMTP server; sending an email throws without it. */
  smtpUrl?: string;
  /** Where to POST webhook events. */
  webhookUrl?: string;
  /** Key of the `Temadag-Signature` HMAC. */
  webhookSecret?: string;
  /** Timeout of one email or webhook delivery (20 s). */
  timeoutMs?: number;
  /** The clock of the signature's timestamp. */
  now: () => Date;
}

/**
 * The wire of the notifications: one SMTP connection (opened on first use, closed with
 * {@link NotifyTransport.close}) and signed webhook POSTs. Both throw on failure, so the outbox
 * worker can retry.
 */
export class NotifyTransport {
  private readonly o: NotifyTransportOptions;
  private transport: Transporter | undefined;

  constructor(options: NotifyTransportOptions) {
    this.o = options;
  }

  /**
   * Sends one email.
   *
   * @param mail - the message (nodemailer's options)
   * @returns nodemailer's answer
   */
  async sendMail(mail: SendMailOptions): Promise<unknown> {
    return this.mailer().sendMail(mail);
  }

  /**
   * Posts one event, signed (`Temadag-Signature`), named (`Temadag-Event`) and numbered
   * (`Temadag-Delivery`).
   *
   * @param event - the event's type, e.g. `inquiry.created`
   * @param body - the JSON text
   * @param deliveryId - the outbox item's id, for the receiver's deduplication
   */
  async postWebhook(event: string, body: string, deliveryId: number | string): Promise<void> {
    const { webhookUrl, webhookSecret } = this.o;
    if (!webhookUrl || !webhookSecret) throw new Error('The webhook is not configured');
    const response = await fetch(webhookUrl, {
      method: 'POST',
      headers: {
        'Content-Type': 'application/json',
        'User-Agent': 'temadag-server',
        'Temadag-Event': event,
        'Temadag-Delivery': String(deliveryId),
        'Temadag-Signature': signWebhook(body, webhookSecret, this.o.now()),
      },
      body,
      redirect: 'error',
      signal: AbortSignal.timeout(this.o.timeoutMs ?? 20_000),
    });
    await response.body?.cancel().catch(() => undefined);
    if (!response.ok) throw new Error(`The webhook answered ${response.status}`);
  }

  /** Closes the SMTP connection, if one was opened; the next email opens a new one. */
  close(): void {
    this.transport?.close();
    this.transport = undefined;
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
}
