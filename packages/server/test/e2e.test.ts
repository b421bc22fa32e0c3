/**
 * End to end, in a real Chromium: the server started as `pnpm start` starts it (the built CLI,
 * the example catalog, the demo front page, a temporary SQLite database, an admin token and a
 * loopback SMTP server), the visitor shapes a day on the demo page, checks the price against
 * the core's, downloads the offer PDF, sends an inquiry; the provider finds it through the admin
 * API and in the mailbox with the PDF attached. Then the same through the iframe embed page on
 * another site. Needs `pnpm build` first (the CLI's dist and the widget's dist/cdn), Chromium
 * (CHROME_PATH or /usr/bin/chromium) and poppler's `pdftotext`.
 */
import { randomBytes } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { markAnsweredInConsole, reviseSendAccept } from './e2e-console.js';
import {
  formatMoney,
  loadCatalog,
  localize,
  priceSelection,
  type Inquiry,
  type Offer,
  type Price,
} from '@temadag/core';
import type { InquirySummary, StoredInquiry } from '../src/storage/types.js';
import { launchChromium } from './chromium.support.js';
import { flat, pdfText, startCli, startHostPage, type CliServer } from './e2e.support.js';
import { decodeHeader, parseMail, startSmtp, type Mail } from './mail.support.js';

const root = fileURLToPath(new URL('../../../', import.meta.url));
const CATALOG_FILE = join(root, 'examples/catalog/catalog.json');
const DEMO_DIR = join(root, 'examples/demo');
const CLI_BIN = join(root, 'packages/cli/dist/bin.js');
const WIDGET_CDN = join(root, 'packages/widget/dist/cdn/temadag.js');

const OFFERING_ID = 'dialog-i-udsatte-boligomraader';
const FORMAT_LABEL = 'Hel temadag';
const PARTICIPANTS = 30;
const ADDON_ID = 'interviews-lokale-aktoerer';
const TOKEN = `e2e-${randomBytes(24).toString('hex')}`;
/** Waits for what the page shows (vitest's default of 1 s is short on a busy machine). */
const POLL = { timeout: 15_000, interval: 100 };
/** How long the outbox worker may take to deliver the email (it runs every 2 s). */
const DELIVERY_MS = 20_000;

const catalog = loadCatalog(JSON.parse(readFileSync(CATALOG_FILE, 'utf8')));
const offering = catalog.offerings.find((o) => o.id === OFFERING_ID)!;
const TITLE = localize(offering.title, 'da');
const FORMAT = offering.formats.find((f) => localize(f.label, 'da') === FORMAT_LABEL)!;
const ADDON = offering.modules.find((m) => m.id === ADDON_ID)!;
const ADDON_LABEL = localize(ADDON.title, 'da');
/** What the widget must show for the design the test makes: the core's own price. */
const PRICE: Price = priceSelection(
  catalog,
  { offering: OFFERING_ID, format: FORMAT.id, participants: PARTICIPANTS, modules: [ADDON_ID] },
  { locale: 'da' },
);
const money = (minor: number) => formatMoney(minor, 'da', { currency: catalog.currency });

let temp: string;
let smtp: Awaited<ReturnType<typeof startSmtp>>;
let server: CliServer;
let browser: Browser;
const closers: (() => Promise<unknown>)[] = [];

beforeAll(async () => {
  for (const [file, hint] of [
    [CLI_BIN, 'run `pnpm build` first'],
    [WIDGET_CDN, 'run `pnpm build` first'],
  ] as const) {
    if (!existsSync(file)) throw new Error(`${file} is missing: ${hint}.`);
  }
  temp = mkdtempSync(join(tmpdir(), 'temadag-e2e-'));
  smtp = await startSmtp();
  closers.push(() => smtp.close());
  // As `pnpm start` (scripts/start.mjs) runs it: `node packages/cli/dist/bin.js serve` in the
  // repository with the example catalog and the demo page, here with a fresh database, a free
  // port on loopback, an admin token and the loopback SMTP server.
  server = await startCli({
    cwd: root,
    bin: CLI_BIN,
    args: [],
    env: {
      TEMADAG_CATALOG: 'examples/catalog/catalog.json',
      TEMADAG_PUBLIC_DIR: 'examples/demo',
      TEMADAG_DB: join(temp, 'temadag.sqlite'),
      TEMADAG_ALLOWED_ORIGINS: 'http://localhost:8080',
      PORT: '0',
      HOST: '127.0.0.1',
      TEMADAG_ADMIN_TOKEN: TOKEN,
      SMTP_URL: `smtp://127.0.0.1:${smtp.port}`,
    },
  });
  closers.push(() => server.stop());
  browser = await launchChromium();
  closers.push(() => browser.close());
}, 90_000);

afterAll(async () => {
  for (const close of closers.splice(0).reverse()) {
    await close().catch((error: unknown) => console.error('e2e: closing failed:', error));
  }
  if (temp) rmSync(temp, { recursive: true, force: true });
}, 60_000);

// --- diagnostics ----------------------------------------------------------------------------

/** What the browser reported, printed with the server's output when a test fails. */
function watch(page: Page): string[] {
  const seen: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error' || message.type() === 'warning') {
      seen.push(`console.${message.type()}: ${message.text()}`);
    }
  });
  page.on('pageerror', (error) => seen.push(`pageerror: ${error.message}`));
  page.on('requestfailed', (request) =>
    seen.push(
      `requestfailed: ${request.method()} ${request.url()} ${request.failure()?.errorText}`,
    ),
  );
  page.on('response', (response) => {
    if (response.status() >= 400) {
      seen.push(`response: ${response.status()} ${response.request().method()} ${response.url()}`);
    }
  });
  return seen;
}

function report(title: string, seen: string[]): void {
  console.error(
    [
      `---- e2e "${title}" failed ----`,
      `browser (${seen.length}):`,
      ...seen.map((line) => `  ${line}`),
      `SMTP messages received: ${smtp.mails.length}`,
      `server output (last 8,000 characters):`,
      server.output().slice(-8_000),
      '---- end ----',
    ].join('\n'),
  );
}

async function newPage(): Promise<{ context: BrowserContext; page: Page; seen: string[] }> {
  const context = await browser.newContext({
    acceptDownloads: true,
    locale: 'da-DK',
    timezoneId: 'Europe/Copenhagen',
    viewport: { width: 1280, height: 900 },
  });
  context.setDefaultTimeout(30_000);
  closers.push(() => context.close());
  const page = await context.newPage();
  return { context, page, seen: watch(page) };
}

// --- the visitor's flow, the same on the demo page and in the iframe ------------------------

interface Visitor {
  name: string;
  email: string;
  organisation: string;
}

interface Sent {
  id: string;
  reference: string;
  offer: Offer;
}

/**
 * On a `<temadag-offer>`: choose the format, the participants and the add-on, check the price
 * shown, download and read the PDF, fill in and send the inquiry form. Everything is looked up
 * inside the element's shadow root (its `base` part), not in its light-DOM fallback (the embed
 * page's fallback has a no-JavaScript form with its own "Antal deltagere").
 */
async function designAndSend(page: Page, element: Locator, visitor: Visitor, tag: string) {
  const offer = element.locator('article[part~="base"]');
  await offer.getByRole('heading', { level: 2, name: TITLE, exact: true }).waitFor();
  // Shape the day (labels as the visitor reads them; the locators pierce the shadow roots).
  const format = offer.getByLabel(FORMAT_LABEL, { exact: true });
  await format.check();
  const participants = offer.getByLabel('Antal deltagere', { exact: true });
  await participants.fill(String(PARTICIPANTS));
  const addon = offer.getByLabel(ADDON_LABEL, { exact: true });
  await addon.check();

  // What is chosen now is exactly that design.
  expect(await format.isChecked()).toBe(true);
  expect(await participants.inputValue()).toBe(String(PARTICIPANTS));
  const boxes = offer.locator('fieldset.modules input[type="checkbox"]');
  const chosen: string[] = [];
  for (const box of await boxes.all()) {
    if (await box.isChecked()) chosen.push((await box.getAttribute('value')) ?? '?');
  }
  expect(chosen).toEqual([ADDON_ID]);

  // The price shown is the core's price of that design.
  expect(PRICE.status).not.toBe('on-request');
  const amount = offer.locator('[part~="price-amount"]');
  const total = offer.locator('[part~="price"] .total dd');
  await expect
    .poll(async () => flat((await amount.textContent()) ?? ''), POLL)
    .toBe(flat(money(PRICE.subtotal)));
  await expect
    .poll(async () => flat((await total.textContent()) ?? ''), POLL)
    .toBe(flat(money(PRICE.total)));

  // The offer as a PDF file, made in the browser.
  const button = offer.getByRole('button', { name: 'Hent tilbud som pdf-fil', exact: true });
  const downloading = page.waitForEvent('download', { timeout: 60_000 });
  await button.click();
  const download = await downloading;
  // Before an inquiry: indicative, without an offer number.
  expect(download.suggestedFilename()).toMatch(/^vejledende-tilbud-\d{4}-\d{2}-\d{2}\.pdf$/);
  const file = join(temp, `${tag}-${download.suggestedFilename()}`);
  await download.saveAs(file);
  expect(await download.failure()).toBeNull();
  expect(readFileSync(file).subarray(0, 5).toString('latin1')).toBe('%PDF-');
  const text = await pdfText(file);
  expect(text).toContain(TITLE);
  expect(text).toContain(flat(money(PRICE.total)));
  expect(text).toContain('Side 1 af');

  // The inquiry form (its script loads when the form comes near the viewport).
  await offer.locator('temadag-inquiry').scrollIntoViewIfNeeded();
  await offer.getByLabel('Navn', { exact: true }).fill(visitor.name);
  await offer.getByLabel('E-mailadresse', { exact: true }).fill(visitor.email);
  await offer.getByLabel('Organisation', { exact: true }).fill(visitor.organisation);
  const answered = page.waitForResponse(
    (r) => r.request().method() === 'POST' && new URL(r.url()).pathname === '/api/inquiries',
  );
  await offer.getByRole('button', { name: 'Send henvendelse', exact: true }).click();
  const response = await answered;
  expect(response.status()).toBe(201);
  const sent = (await response.json()) as Sent;
  // One number: the reference is the offer's number.
  expect(sent.reference).toMatch(/^T-\d{4}-\d{4}$/);
  expect(sent.reference).toBe(sent.offer.number);
  // The server priced the inquiry again from its own catalog: the same total.
  expect(sent.offer.total).toBe(PRICE.total);

  // The visitor sees the confirmation with the reference.
  const success = offer.locator('[part~="success"]');
  await expect
    .poll(async () => flat((await success.textContent().catch(() => null)) ?? ''), POLL)
    .toContain(`Henvendelsen er sendt`);
  expect(flat((await success.textContent()) ?? '')).toContain(`Referencenummer: ${sent.reference}`);
  expect(flat((await success.textContent()) ?? '')).toContain(
    'Du kan forvente svar inden for 2 hverdage.',
  );
  // And the numbered offer as a PDF file, from the server's answer.
  const numbered = page.waitForEvent('download', { timeout: 60_000 });
  await offer
    .getByRole('button', { name: `Hent tilbud ${sent.reference} som pdf-fil`, exact: true })
    .click();
  expect((await numbered).suggestedFilename()).toBe(`tilbud-${sent.reference}.pdf`);
  return sent;
}

// --- what the provider sees -----------------------------------------------------------------

async function admin<T>(path: string): Promise<T> {
  const res = await fetch(`${server.url}${path}`, {
    headers: { authorization: `Bearer ${TOKEN}` },
  });
  const body = await res.text();
  if (res.status !== 200) throw new Error(`GET ${path}: ${res.status} ${body}`);
  return JSON.parse(body) as T;
}

/** Waits (bounded) for `find` to return something; fails with `what` otherwise. */
async function waitFor<T>(what: string, find: () => Promise<T | undefined> | T | undefined) {
  const deadline = Date.now() + DELIVERY_MS;
  for (;;) {
    const found = await find();
    if (found !== undefined) return found;
    if (Date.now() > deadline) throw new Error(`Not within ${DELIVERY_MS} ms: ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

async function checkProviderSide(sent: Sent, visitor: Visitor, tag: string): Promise<void> {
  // The admin API lists it, and holds the inquiry as sent with the server's offer.
  const { inquiries } = await admin<{ inquiries: InquirySummary[] }>(
    '/api/admin/inquiries?limit=100',
  );
  const row = inquiries.find((i) => i.reference === sent.reference);
  expect(row, `${sent.reference} in GET /api/admin/inquiries`).toBeDefined();
  expect(row).toMatchObject({
    id: sent.id,
    offering: OFFERING_ID,
    organisation: visitor.organisation,
    participants: PARTICIPANTS,
    total: PRICE.total,
  });
  const stored = await admin<StoredInquiry>(`/api/admin/inquiries/${sent.id}`);
  const inquiry: Inquiry = stored.inquiry;
  expect(inquiry).toMatchObject({
    offering: OFFERING_ID,
    format: FORMAT.id,
    participants: PARTICIPANTS,
    modules: [ADDON_ID],
    contact: { name: visitor.name, email: visitor.email, organisation: visitor.organisation },
  });
  expect(stored.offer.number).toBe(sent.offer.number);
  expect(stored.offer.total).toBe(PRICE.total);

  // The email reaches the provider's inbox with the offer PDF attached.
  const subject = `Ny henvendelse ${sent.reference} fra ${visitor.organisation}`;
  const mail: Mail = await waitFor(`an email "${subject}" in the SMTP server`, () =>
    smtp.mails.find((m) => decodeHeader(parseMail(m.raw).headers.subject ?? '') === subject),
  );
  expect(mail.to).toEqual([catalog.provider.email]);
  const { headers, parts } = parseMail(mail.raw);
  expect(headers.to).toContain(catalog.provider.email);
  expect(headers['reply-to']).toContain(visitor.email);
  const pdf = parts.find((p) => /^application\/pdf\b/i.test(p.headers['content-type'] ?? ''));
  expect(pdf, 'an application/pdf part in the email').toBeDefined();
  expect(pdf!.headers['content-disposition'] ?? pdf!.headers['content-type']).toContain(
    `tilbud-${sent.offer.number}.pdf`,
  );
  expect(pdf!.body.subarray(0, 5).toString('latin1')).toBe('%PDF-');
  const attached = join(temp, `${tag}-attachment.pdf`);
  writeFileSync(attached, pdf!.body);
  const text = await pdfText(attached);
  expect(text).toContain(TITLE);
  expect(text).toContain(sent.offer.number);
  expect(text).toContain(flat(money(PRICE.total)));
  expect(text).toContain('Side 1 af');
  const plain = parts.find((p) => /^text\/plain\b/i.test(p.headers['content-type'] ?? ''));
  expect(plain?.body.toString('utf8')).toContain(sent.reference);

  // And the admin API shows the email as sent.
  const delivered = await waitFor('the email delivery marked sent in the admin list', async () => {
    const list = await admin<{ inquiries: InquirySummary[] }>('/api/admin/inquiries?limit=100');
    const email = list.inquiries
      .find((i) => i.id === sent.id)
      ?.deliveries.find((d) => d.channel === 'email');
    return email?.status === 'sent' ? email : undefined;
  });
  expect(delivered.attempts).toBe(1);
}

// --- the tests ------------------------------------------------------------------------------

describe('end to end in Chromium, server as `pnpm start` runs it', () => {
  it(
    'demo front page (script tag): price, PDF, inquiry, admin API, email, console, offer accepted',
    { timeout: 120_000 },
    async ({ onTestFailed }) => {
      const { page, seen } = await newPage();
      onTestFailed(() => report('demo page', seen));
      expect(existsSync(join(DEMO_DIR, 'index.html')), 'examples/demo/index.html').toBe(true);

      await page.goto(`${server.url}/`);
      const offer = page.locator(`temadag-offer[offering="${OFFERING_ID}"]`);
      await expect.poll(() => offer.count(), POLL).toBe(1);

      const visitor: Visitor = {
        name: 'Testa Testesen',
        email: 'e2e.demo@example.com',
        organisation: 'Testkøbing Kommune (e2e demo)',
      };
      const sent = await designAndSend(page, offer, visitor, 'demo');
      await checkProviderSide(sent, visitor, 'demo');
      await markAnsweredInConsole({
        page,
        url: server.url,
        cliBin: CLI_BIN,
        db: join(temp, 'temadag.sqlite'),
        sent,
        organisation: visitor.organisation,
        admin,
      });
      await reviseSendAccept({
        page,
        url: server.url,
        cliBin: CLI_BIN,
        db: join(temp, 'temadag.sqlite'),
        sent,
        organisation: visitor.organisation,
        admin,
        customerEmail: visitor.email,
        mails: () => smtp.mails.map((m) => m.raw),
      });
    },
  );

  it(
    'iframe embed page on another site: price, PDF, inquiry, admin API, email',
    { timeout: 120_000 },
    async ({ onTestFailed }) => {
      const { page, seen } = await newPage();
      onTestFailed(() => report('iframe embed', seen));
      const origin = new URL(server.url).origin;
      const host = await startHostPage({
        frameSrc: `${origin}/embed/${OFFERING_ID}`,
        frameOrigin: origin,
        title: `Tilbud: ${TITLE}`,
      });
      closers.push(() => host.close());
      expect(new URL(host.url).origin).not.toBe(origin);

      await page.goto(host.url);
      const frame = page.frameLocator('#temadag-dialog');
      const offer = frame.locator(`temadag-offer[offering="${OFFERING_ID}"]`);
      await offer.locator('article[part~="base"]').waitFor();
      // The embed page's resize script sizes the iframe to its content (with the README's lines
      // on the host page): the iframe's height follows the embedded page's body.
      const iframe = page.locator('#temadag-dialog');
      const heights = async () => {
        const style = (await iframe.getAttribute('style')) ?? '';
        const body = await frame.locator('body').boundingBox();
        return {
          iframe: Number(/height:\s*(\d+)px/.exec(style)?.[1]),
          body: body ? Math.ceil(body.height) : NaN,
        };
      };
      await expect
        .poll(async () => {
          const { iframe, body } = await heights();
          return iframe !== 900 && Math.abs(iframe - body) <= 1;
        }, POLL)
        .toBe(true);

      const visitor: Visitor = {
        name: 'Testo Testesen',
        email: 'e2e.iframe@example.com',
        organisation: 'Testkøbing Kommune (e2e iframe)',
      };
      const sent = await designAndSend(page, offer, visitor, 'iframe');
      await checkProviderSide(sent, visitor, 'iframe');
    },
  );
});
