import type { Channel } from './storage/types.js';

// One file, one job: the settings and the channels they ask for live here; the outbox loop in
// notify-worker.ts, the inquiry's emails and webhook in notify-inquiry.ts, SMTP and the signed
// POST in notify-transport.ts, the signature's two sides in webhook-signature.ts. This module
// keeps exporting them all.
export { OutboxWorker, type OutboxWorkerOptions, type OutboxRound } from './notify-worker.js';
export { providerEmailText } from './notify-inquiry.js';
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
