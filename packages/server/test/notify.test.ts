import { createServer, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { renderOfferText, type Offer } from '@temadag/core';
import { createApp } from '../src/app.js';
import type { LogEntry } from '../src/log.js';
import {
  OutboxWorker,
  notificationChannels,
  signWebhook,
  verifyWebhookSignature,
  type OutboxWorkerOptions,
} from '../src/notify.js';
import type { Channel } from '../src/storage/types.js';
import { inquiryTranslations } from '../../widget/src/translations/index.js';
import { serverMessages } from '../src/messages/index.js';
import { PERSON, catalog, inquiryBody, sqlitePerTest } from './helpers.js';
import { decodeHeader, parseMail, startSmtp } from './mail.support.js';

const SECRET = 'webhook-secret-0123456789abcdef';

// Registered first, so its afterEach runs last: after the cleanup below, as the storage closes.
const db = sqlitePerTest('temadag-notify-', 'notify.sqlite');
let logs: LogEntry[];
const cleanup: (() => Promise<void> | void)[] = [];

beforeEach(() => {
  logs = [];
});

afterEach(async () => {
  for (const fn of cleanup.splice(0).reverse()) await fn();
});

// --- SMTP on loopback (mail.support.ts) ----------------------------------------------------

/** A port on loopback that nothing listens on (for "SMTP is down"). */
async function freePort(): Promise<number> {
  const s = createServer();
  await new Promise<void>((resolve) => s.listen(0, '127.0.0.1', resolve));
  const { port } = s.address() as AddressInfo;
  await new Promise<void>((resolve) => s.close(() => resolve()));
  return port;
}

// --- helpers --------------------------------------------------------------------------------

let clock = new Date('2026-11-27T10:00:00Z');

function worker(options: Partial<OutboxWorkerOptions>): OutboxWorker {
  const w = new OutboxWorker({
    storage: db.storage,
    log: (entry) => logs.push(entry),
    now: () => clock,
    random: () => 0.5,
    timeoutMs: 5_000,
    ...options,
  });
  cleanup.push(() => w.stop());
  return w;
}

async function storeInquiry(
  channels: Channel[],
  more: Record<string, unknown> = {},
  priceWith: typeof catalog = catalog,
): Promise<{ id: string; reference: string; offer: Offer }> {
  const app = createApp({
    catalog: priceWith,
    storage: db.storage,
    channels,
    widgetDir: null,
    log: () => {},
    now: () => clock,
  });
  const res = await app.request('/api/inquiries', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(inquiryBody(more)),
  });
  expect(res.status).toBe(201);
  return (await res.json()) as { id: string; reference: string; offer: Offer };
}

async function deliveries() {
  const [summary] = await db.storage.listInquiries();
  return summary!.deliveries;
}

// --- tests ----------------------------------------------------------------------------------

describe('email by SMTP', () => {
  it('sends the provider a text summary with the contact details and the offer PDF', async () => {
    clock = new Date('2026-11-27T10:00:00Z');
    const smtp = await startSmtp();
    cleanup.push(smtp.close);
    const { id, reference, offer } = await storeInquiry(['email'], {
      message: PERSON.message,
      contact: {
        name: PERSON.name,
        email: PERSON.email,
        organisation: PERSON.organisation,
        phone: PERSON.phone,
      },
      preferredDates: ['2027-02-03'],
      invoicing: { ean: '5798000000001' },
    });
    const w = worker({ smtpUrl: `smtp://127.0.0.1:${smtp.port}`, notifyEmail: 'kim@example.dk' });
    expect(await w.runOnce()).toEqual({ sent: 1, retried: 0, failed: 0 });

    expect(smtp.mails).toHaveLength(1);
    const mail = smtp.mails[0]!;
    expect(mail.to).toEqual(['kim@example.dk']);
    const { headers, parts } = parseMail(mail.raw);
    expect(decodeHeader(headers.subject!)).toBe(
      `Ny henvendelse ${reference} fra ${PERSON.organisation}`,
    );
    expect(headers['reply-to']).toContain(PERSON.email);

    const textPart = parts.find((p) => p.headers['content-type']?.startsWith('text/plain'))!;
    const text = textPart.body.toString('utf8').replace(/\r\n/g, '\n');
    expect(text).toContain(`Navn: ${PERSON.name}`);
    expect(text).toContain(`E-mail: ${PERSON.email}`);
    expect(text).toContain(`Organisation: ${PERSON.organisation}`);
    expect(text).toContain(`Telefon: ${PERSON.phone}`);
    // One wished-for date: the label is singular (core's inquiryToText words it for the count).
    expect(text).toContain('Ønsket dato: 3. februar 2027');
    expect(text).toContain(PERSON.message);
    expect(text).toContain('EAN-nummer: 5798000000001');
    expect(text).toContain(`Henvendelsens id: ${id}`);
    expect(text).toContain(renderOfferText(offer).trimEnd());

    const pdf = parts.find((p) => p.headers['content-type']?.startsWith('application/pdf'))!;
    expect(pdf.headers['content-disposition']).toContain(`filename=tilbud-${offer.number}.pdf`);
    expect(pdf.body.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(pdf.body.length).toBeGreaterThan(1000);
    expect((await deliveries())[0]).toMatchObject({
      channel: 'email',
      status: 'sent',
      attempts: 1,
    });

    // Nothing personal in the worker's log.
    const logged = JSON.stringify(logs);
    for (const value of Object.values(PERSON)) expect(logged).not.toContain(value);
  });

  it('sends the optional receipt to the inquirer without the provider-only details', async () => {
    clock = new Date('2026-11-27T10:00:00Z');
    const smtp = await startSmtp();
    cleanup.push(smtp.close);
    const { id, reference } = await storeInquiry(['email', 'receipt'], {
      message: PERSON.message,
      locale: 'en',
    });
    const w = worker({ smtpUrl: `smtp://127.0.0.1:${smtp.port}`, sendReceipt: true, catalog });
    expect(await w.runOnce()).toEqual({ sent: 2, retried: 0, failed: 0 });
    const receipt = smtp.mails.find((m) => m.to.includes(PERSON.email))!;
    const provider = smtp.mails.find((m) => m.to.includes(catalog.provider.email))!;
    expect(provider).toBeDefined();
    const { headers, parts } = parseMail(receipt.raw);
    expect(decodeHeader(headers.subject!)).toBe(`Thank you for your inquiry (${reference})`);
    const text = parts
      .find((p) => p.headers['content-type']?.startsWith('text/plain'))!
      .body.toString('utf8');
    expect(text).toContain(`Dear ${PERSON.name}`);
    expect(text).toContain(reference);
    // The widget's sentence after sending, from the catalog's provider.responseTime.
    expect(text.replace(/\r\n/g, '\n')).toContain(
      `The indicative offer is attached.\nYou can expect an answer within 2 working days.\nThe inquiry is not binding.`,
    );
    expect(text).not.toContain(PERSON.message);
    expect(text).not.toContain(id);
    const pdf = parts.find((p) => p.headers['content-type']?.startsWith('application/pdf'))!;
    expect(pdf.body.subarray(0, 5).toString('latin1')).toBe('%PDF-');
  });

  /** Delivers the one queued receipt through a real SMTP server on loopback; its text. */
  async function deliveredReceipt(fileCatalog: typeof catalog): Promise<string> {
    const smtp = await startSmtp();
    cleanup.push(smtp.close);
    const w = worker({
      smtpUrl: `smtp://127.0.0.1:${smtp.port}`,
      sendReceipt: true,
      catalog: fileCatalog,
    });
    expect(await w.runOnce()).toEqual({ sent: 1, retried: 0, failed: 0 });
    const mail = smtp.mails.find((m) => m.to.includes(PERSON.email))!;
    return parseMail(mail.raw)
      .parts.find((p) => p.headers['content-type']?.startsWith('text/plain'))!
      .body.toString('utf8')
      .replace(/\r\n/g, '\n');
  }

  it("tells the visitor when to expect an answer in the widget's words, in Danish", async () => {
    for (const locale of ['da', 'en'] as const) {
      expect(serverMessages[locale].receipt.when('inden for 2 hverdage')).toBe(
        inquiryTranslations[locale].successWhen('inden for 2 hverdage'),
      );
    }
    clock = new Date('2026-11-27T10:00:00Z');
    await storeInquiry(['receipt']);
    const text = await deliveredReceipt(catalog);
    expect(text).toContain(
      'Det vejledende tilbud er vedhæftet.\nDu kan forvente svar inden for 2 hverdage.\n',
    );
  });

  it('takes the sentence from the catalog version the inquiry was priced with', async () => {
    clock = new Date('2026-11-27T10:00:00Z');
    const version = JSON.parse(JSON.stringify(catalog)) as typeof catalog;
    version.provider.responseTime = { da: 'inden for en uge', en: 'within a week' };
    const number = await db.storage.addCatalogVersion(JSON.stringify(version), clock);
    await db.storage.setActiveCatalogVersion(number, clock);
    const { id } = await storeInquiry(['receipt'], { locale: 'en' });
    expect((await db.storage.getInquiryDetail(id))!.catalogVersion).toBe(number);
    const text = await deliveredReceipt(catalog);
    expect(text).toContain('You can expect an answer within a week.');
    expect(text).not.toContain('working days');
  });

  it('leaves the sentence out when the catalog gives no response time', async () => {
    clock = new Date('2026-11-27T10:00:00Z');
    const silent = { ...catalog, provider: { ...catalog.provider } };
    delete silent.provider.responseTime;
    await storeInquiry(['receipt'], {}, silent);
    const text = await deliveredReceipt(silent);
    expect(text).toContain('Det vejledende tilbud er vedhæftet.\nHenvendelsen er ikke bindende.');
    expect(text).not.toContain('Du kan forvente svar');
  });

  it('addresses the provider of the catalog the offer was priced with', async () => {
    // A catalog version switched in the console may name another provider; the worker reads
    // the offer's snapshot, not the catalog the server started with.
    clock = new Date('2026-11-27T10:00:00Z');
    const smtp = await startSmtp();
    cleanup.push(smtp.close);
    const switched = {
      ...catalog,
      provider: { ...catalog.provider, name: 'Ny Udbyder ApS', email: 'ny@udbyder.example' },
    };
    const { reference } = await storeInquiry(['email', 'receipt'], {}, switched);
    const w = worker({ smtpUrl: `smtp://127.0.0.1:${smtp.port}`, sendReceipt: true });
    expect(await w.runOnce()).toEqual({ sent: 2, retried: 0, failed: 0 });
    expect(smtp.mails.some((m) => m.to.includes('ny@udbyder.example'))).toBe(true);
    expect(smtp.mails.some((m) => m.to.includes(catalog.provider.email))).toBe(false);
    const receipt = smtp.mails.find((m) => m.to.includes(PERSON.email))!;
    const text = parseMail(receipt.raw)
      .parts.find((p) => p.headers['content-type']?.startsWith('text/plain'))!
      .body.toString('utf8');
    expect(text).toContain('Ny Udbyder ApS');
    expect(text).toContain(reference);
  });

  it('retries with backoff while SMTP is down, and delivers once it is up', async () => {
    clock = new Date('2026-11-27T10:00:00Z');
    const port = await freePort();
    await storeInquiry(['email']);
    const w = worker({ smtpUrl: `smtp://127.0.0.1:${port}`, baseDelayMs: 60_000 });

    expect(await w.runOnce()).toEqual({ sent: 0, retried: 1, failed: 0 });
    const [first] = await deliveries();
    expect(first).toMatchObject({ status: 'pending', attempts: 1 });
    expect(first!.lastError).toMatch(/ECONNREFUSED/);
    // random 0.5: 45 s of the 60 s; not due yet after 30 s.
    clock = new Date(clock.getTime() + 30_000);
    expect(await w.runOnce()).toEqual({ sent: 0, retried: 0, failed: 0 });
    clock = new Date(clock.getTime() + 20_000);
    expect(await w.runOnce()).toEqual({ sent: 0, retried: 1, failed: 0 });
    // The second delay doubles: 90 s.
    const smtp = await startSmtp(port);
    cleanup.push(smtp.close);
    clock = new Date(clock.getTime() + 80_000);
    expect(await w.runOnce()).toEqual({ sent: 0, retried: 0, failed: 0 });
    clock = new Date(clock.getTime() + 20_000);
    expect(await w.runOnce()).toEqual({ sent: 1, retried: 0, failed: 0 });
    expect(smtp.mails).toHaveLength(1);
    expect((await deliveries())[0]).toMatchObject({ status: 'sent', attempts: 3 });
    expect(logs.filter((l) => l.msg === 'delivery-retry')).toHaveLength(2);
  });

  it('marks an item failed after the last attempt and keeps the inquiry', async () => {
    clock = new Date('2026-11-27T10:00:00Z');
    const port = await freePort();
    const { id } = await storeInquiry(['email']);
    const w = worker({ smtpUrl: `smtp://127.0.0.1:${port}`, maxAttempts: 2, baseDelayMs: 1000 });
    expect(await w.runOnce()).toMatchObject({ retried: 1 });
    clock = new Date(clock.getTime() + 10_000);
    expect(await w.runOnce()).toMatchObject({ failed: 1 });
    clock = new Date(clock.getTime() + 86_400_000);
    expect(await w.runOnce()).toEqual({ sent: 0, retried: 0, failed: 0 });
    expect((await deliveries())[0]).toMatchObject({ status: 'failed', attempts: 2 });
    expect(await db.storage.getInquiry(id)).toBeDefined();
    expect(logs.some((l) => l.msg === 'delivery-failed' && l.level === 'error')).toBe(true);
  });

  it('runs in the background and delivers when woken', async () => {
    clock = new Date('2026-11-27T10:00:00Z');
    const smtp = await startSmtp();
    cleanup.push(smtp.close);
    const w = worker({ smtpUrl: `smtp://127.0.0.1:${smtp.port}`, intervalMs: 60_000 });
    w.start();
    await storeInquiry(['email']);
    w.wake();
    for (let i = 0; i < 200 && smtp.mails.length === 0; i++) {
      await new Promise((r) => setTimeout(r, 25));
    }
    expect(smtp.mails).toHaveLength(1);
    await w.stop();
  });
});

describe('webhook', () => {
  interface Received {
    headers: IncomingMessage['headers'];
    body: string;
  }

  async function hookServer(statuses: number[]) {
    const received: Received[] = [];
    const server = createServer((req, res) => {
      const chunks: Buffer[] = [];
      req.on('data', (c: Buffer) => chunks.push(c));
      req.on('end', () => {
        received.push({ headers: req.headers, body: Buffer.concat(chunks).toString('utf8') });
        res.statusCode = statuses.shift() ?? 204;
        res.end();
      });
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    cleanup.push(() => new Promise<void>((resolve) => server.close(() => resolve())));
    return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/hook`, received };
  }

  it('POSTs the inquiry as JSON with a verifiable signature', async () => {
    clock = new Date('2026-11-27T10:00:00Z');
    const hook = await hookServer([]);
    const { id, reference, offer } = await storeInquiry(['webhook'], { website: '' });
    const w = worker({ webhookUrl: hook.url, webhookSecret: SECRET });
    expect(await w.runOnce()).toEqual({ sent: 1, retried: 0, failed: 0 });

    expect(hook.received).toHaveLength(1);
    const { headers, body } = hook.received[0]!;
    expect(headers['content-type']).toBe('application/json');
    expect(headers['temadag-event']).toBe('inquiry.created');
    expect(headers['temadag-delivery']).toMatch(/^\d+$/);
    const signature = headers['temadag-signature'] as string;
    expect(signature).toMatch(/^t=\d+,v1=[0-9a-f]{64}$/);
    expect(signature.startsWith(`t=${Math.floor(clock.getTime() / 1000)},`)).toBe(true);
    expect(verifyWebhookSignature(signature, body, SECRET, { now: clock })).toBe(true);
    expect(verifyWebhookSignature(signature, `${body} `, SECRET, { now: clock })).toBe(false);
    expect(verifyWebhookSignature(signature, body, 'another-secret-0123456', { now: clock })).toBe(
      false,
    );
    const late = new Date(clock.getTime() + 600_000);
    expect(verifyWebhookSignature(signature, body, SECRET, { now: late })).toBe(false);

    const payload = JSON.parse(body) as Record<string, unknown>;
    expect(payload).toMatchObject({ type: 'inquiry.created', id, reference });
    expect((payload.offer as Offer).total).toBe(offer.total);
    expect(payload.inquiry).toMatchObject({ contact: { email: PERSON.email } });
    expect(payload.inquiry).not.toHaveProperty('website');
  });

  it('retries when the receiver answers 5xx', async () => {
    clock = new Date('2026-11-27T10:00:00Z');
    const hook = await hookServer([503]);
    await storeInquiry(['webhook']);
    const w = worker({ webhookUrl: hook.url, webhookSecret: SECRET, baseDelayMs: 1000 });
    expect(await w.runOnce()).toMatchObject({ retried: 1 });
    expect((await deliveries())[0]!.lastError).toContain('503');
    clock = new Date(clock.getTime() + 5_000);
    expect(await w.runOnce()).toMatchObject({ sent: 1 });
    expect(hook.received).toHaveLength(2);
    // The same delivery id both times, so the receiver can deduplicate.
    expect(hook.received[0]!.headers['temadag-delivery']).toBe(
      hook.received[1]!.headers['temadag-delivery'],
    );
  });
});

describe('signatures and channels', () => {
  it('signs "t.body" with HMAC-SHA256', async () => {
    const { createHmac } = await import('node:crypto');
    const at = new Date(1_790_000_000_000);
    const header = signWebhook('{"a":1}', SECRET, at);
    const expected = createHmac('sha256', SECRET).update('1790000000.{"a":1}').digest('hex');
    expect(header).toBe(`t=1790000000,v1=${expected}`);
    expect(verifyWebhookSignature(header, '{"a":1}', SECRET, { now: at })).toBe(true);
    expect(verifyWebhookSignature(undefined, '{"a":1}', SECRET, { now: at })).toBe(false);
    expect(verifyWebhookSignature('t=1790000000', '{"a":1}', SECRET, { now: at })).toBe(false);
  });

  it('queues the channels the configuration asks for', () => {
    expect(notificationChannels({})).toEqual([]);
    expect(notificationChannels({ smtpUrl: 'smtp://x' })).toEqual(['email']);
    expect(notificationChannels({ smtpUrl: 'smtp://x', sendReceipt: true })).toEqual([
      'email',
      'receipt',
    ]);
    expect(notificationChannels({ webhookUrl: 'https://x', webhookSecret: SECRET })).toEqual([
      'webhook',
    ]);
  });
});
