// The offer's life over HTTP: the console sends a revision, the customer's page accepts or
// declines it; emails through a real SMTP server on loopback, webhooks to a local receiver.
import { createHash } from 'node:crypto';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createServer, type IncomingHttpHeaders } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { OutboxWorker, verifyWebhookSignature } from '../src/notify.js';
import { call, signIn, world, type World } from './console.support.js';
import { pdfText } from './e2e.support.js';
import { startSmtp } from './mail.support.js';
import { inquiryBody } from './helpers.js';
import { onBothEngines, type Engine } from './storage-harness.js';

const WEBHOOK_SECRET = 'webhook-secret-0123456789abcdef';
const cleanup: (() => Promise<void> | void)[] = [];
afterEach(async () => {
  for (const fn of cleanup.splice(0).reverse()) await fn();
});

async function setup(engine: () => Engine, more: { channels?: ('email' | 'webhook')[] } = {}) {
  const w: World = await world({ engine });
  cleanup.push(() => w.close());
  const app = w.app({ channels: more.channels ?? [], publicUrl: 'https://tilbud.example.dk' });
  const res = await app.request('/api/inquiries', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(inquiryBody()),
  });
  const { id } = (await res.json()) as { id: string };
  const browser = await signIn(app);
  return { w, app, id, browser };
}
type Setup = Awaited<ReturnType<typeof setup>>;

async function send(s: Setup, change: (draft: Record<string, unknown>) => void = () => {}) {
  const draft = (await (
    await call(s.app, s.browser, `/admin/api/inquiries/${s.id}/offers/draft`)
  ).json()) as Record<string, unknown>;
  change(draft);
  const res = await call(s.app, s.browser, `/admin/api/inquiries/${s.id}/offers`, {
    method: 'POST',
    body: draft,
  });
  expect(res.status).toBe(201);
  const body = (await res.json()) as {
    offerUrl: string;
    revision: { revision: number; number: string; validUntil: string; state: string };
  };
  const token = new URL(body.offerUrl).pathname.split('/')[2]!;
  return { ...body, token, path: `/o/${token}` };
}

/** The page's CSRF value, read from its hidden field. */
async function csrfOf(s: Setup, path: string): Promise<string> {
  const html = await (await s.app.request(path)).text();
  return /name="csrf" value="([^"]+)"/.exec(html)![1]!;
}

function post(s: Setup, path: string, fields: Record<string, string>) {
  return Promise.resolve(
    s.app.request(path, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams(fields).toString(),
    }),
  );
}

const ACCEPT = { name: 'Mette Testesen', title: 'Afdelingsleder', authorised: 'on' };

onBothEngines('The offer routes', (engine) => {
  describe('sending a revision', () => {
    it('stores only the SHA-256 of a 256-bit token, numbered -2 replacing the inquiry offer', async () => {
      const s = await setup(engine);
      const sent = await send(s);
      expect(sent.token).toMatch(/^[A-Za-z0-9_-]{43}$/);
      expect(Buffer.from(sent.token, 'base64url')).toHaveLength(32);
      const detail = (await (
        await call(s.app, s.browser, `/admin/api/inquiries/${s.id}`)
      ).json()) as { offer: { number: string }; status: string };
      expect(sent.revision).toMatchObject({ revision: 2, number: `${detail.offer.number}-2` });
      expect(detail.status).toBe('besvaret');
      const stored = await s.w.storage.findOfferRevision(
        createHash('sha256').update(sent.token).digest('hex'),
      );
      expect(stored).toMatchObject({ revision: 2, replaces: detail.offer.number, state: 'sent' });
      expect(stored!.offer.status).toBe('binding');
      // Nowhere in the database is the token itself; its hash is (the search finds what is there).
      expect(await s.w.holds(sent.token)).toBe(false);
      expect(await s.w.holds(createHash('sha256').update(sent.token).digest('hex'))).toBe(true);
      const again = await send(s);
      expect(again.token).not.toBe(sent.token);
      expect(again.revision.number).toBe(`${detail.offer.number}-3`);
    });

    it('previews without storing, and names the fields of a bad draft', async () => {
      const s = await setup(engine);
      const draft = (await (
        await call(s.app, s.browser, `/admin/api/inquiries/${s.id}/offers/draft`)
      ).json()) as Record<string, unknown>;
      const preview = await call(s.app, s.browser, `/admin/api/inquiries/${s.id}/offers/preview`, {
        method: 'POST',
        body: {
          ...draft,
          lines: [
            { description: 'Ekstra materialer', quantity: 2, unitAmount: 50_000, vatRate: 2500 },
          ],
        },
      });
      expect(preview.status).toBe(200);
      const { offer } = (await preview.json()) as { offer: { lines: { kind: string }[] } };
      expect(offer.lines.some((l) => l.kind === 'manual')).toBe(true);
      expect(await s.w.storage.listOfferRevisions(s.id)).toEqual([]);
      const bad = await call(s.app, s.browser, `/admin/api/inquiries/${s.id}/offers/preview`, {
        method: 'POST',
        body: {
          ...draft,
          validUntil: '2020-01-01',
          selection: { ...(draft.selection as object), participants: 0 },
        },
      });
      expect(bad.status).toBe(400);
      const paths = ((await bad.json()) as { errors: { path: string }[] }).errors.map(
        (e) => e.path,
      );
      expect(paths).toContain('validUntil');
      const worse = await call(s.app, s.browser, `/admin/api/inquiries/${s.id}/offers/preview`, {
        method: 'POST',
        body: { ...draft, selection: { ...(draft.selection as object), participants: 0 } },
      });
      const worsePaths = ((await worse.json()) as { errors: { path: string }[] }).errors;
      expect(worsePaths.map((e) => e.path)).toContain('selection.participants');
    });
  });

  describe('the customer page', () => {
    it('is 404 for an unknown or malformed token, with noindex', async () => {
      const s = await setup(engine);
      await send(s);
      for (const path of [`/o/${'A'.repeat(43)}`, '/o/short']) {
        const res = await s.app.request(path);
        expect(res.status).toBe(404);
        expect(res.headers.get('x-robots-tag')).toMatch(/noindex/);
      }
    });

    it('accepts once: 303, the receipt, status aftalt; a second accept answers the first receipt', async () => {
      const s = await setup(engine);
      const sent = await send(s);
      const page = await s.app.request(sent.path);
      expect(page.status).toBe(200);
      expect(page.headers.get('content-security-policy')).toMatch(/default-src 'none'/);
      const csrf = await csrfOf(s, sent.path);
      const first = await post(s, `${sent.path}/accept`, { ...ACCEPT, csrf });
      expect(first.status).toBe(303);
      expect(first.headers.get('location')).toBe(sent.path);
      const second = await post(s, `${sent.path}/accept`, {
        ...ACCEPT,
        name: 'Anden Person',
        csrf,
      });
      expect(second.status).toBe(303);
      const list = (await (
        await call(s.app, s.browser, `/admin/api/inquiries/${s.id}/offers`)
      ).json()) as { items: { state: string; acceptance?: { name: string; pdfSha256: string } }[] };
      expect(list.items[0]).toMatchObject({ state: 'accepted', acceptance: { name: ACCEPT.name } });
      expect(list.items[0]!.acceptance!.pdfSha256).toMatch(/^[0-9a-f]{64}$/);
      const html = await (await s.app.request(sent.path)).text();
      expect(html).toContain(ACCEPT.name);
      expect(html).not.toContain('Anden Person');
      const detail = (await (
        await call(s.app, s.browser, `/admin/api/inquiries/${s.id}`)
      ).json()) as {
        status: string;
      };
      expect(detail.status).toBe('aftalt');
      const ubl = await call(s.app, s.browser, `/admin/api/inquiries/${s.id}/offers/2/ubl`);
      expect(ubl.status).toBe(200);
      // The customer's and the provider's PDF both carry the acceptance block from now on.
      const dir = mkdtempSync(join(tmpdir(), 'temadag-accepted-'));
      for (const [name, res] of [
        ['public', await s.app.request(`${sent.path}/pdf`)],
        ['admin', await call(s.app, s.browser, `/admin/api/inquiries/${s.id}/offers/2/pdf`)],
      ] as const) {
        expect(res.status).toBe(200);
        const file = join(dir, `${name}.pdf`);
        writeFileSync(file, new Uint8Array(await res.arrayBuffer()));
        const text = (await pdfText(file)).replace(/\s+/g, ' ');
        expect(text).toContain('Accepteret');
        expect(text).toContain(ACCEPT.name);
      }
    });

    it('records one acceptance under 20 concurrent posts', async () => {
      const s = await setup(engine);
      const sent = await send(s);
      const csrf = await csrfOf(s, sent.path);
      const answers = await Promise.all(
        Array.from({ length: 20 }, (_, i) =>
          post(s, `${sent.path}/accept`, { ...ACCEPT, name: `Person ${i}`, csrf }),
        ),
      );
      expect(answers.map((r) => r.status)).toEqual(Array(20).fill(303));
      const revision = (await s.w.storage.getOfferRevision(s.id, 2))!;
      const detail = (await s.w.storage.getInquiryDetail(s.id))!;
      expect(detail.statusHistory.filter((h) => h.status === 'aftalt')).toHaveLength(1);
      const html = await (await s.app.request(sent.path)).text();
      expect(html).toContain(revision.acceptance!.name);
    });

    it('refuses a post without the page CSRF value (403) and keeps the values after errors (422)', async () => {
      const s = await setup(engine);
      const sent = await send(s);
      const forged = await post(s, `${sent.path}/accept`, { ...ACCEPT, csrf: 'x'.repeat(43) });
      expect(forged.status).toBe(403);
      const none = await post(s, `${sent.path}/decline`, {});
      expect(none.status).toBe(403);
      const csrf = await csrfOf(s, sent.path);
      const invalid = await post(s, `${sent.path}/accept`, {
        name: 'Mette Testesen',
        title: '',
        orderReference: 'PO-77',
        csrf,
      });
      expect(invalid.status).toBe(422);
      const html = await invalid.text();
      expect(html).toContain('value="PO-77"');
      expect((await s.w.storage.getOfferRevision(s.id, 2))!.state).toBe('sent');
    });

    it('accepts at 23:59 Copenhagen on the last day, refuses at 00:00 the day after', async () => {
      for (const [time, status, state] of [
        ['T22:59:00Z', 303, 'accepted'],
        ['T23:00:00Z', 409, 'sent'],
      ] as const) {
        const s = await setup(engine);
        const sent = await send(s, (d) => (d.validUntil = '2026-12-10'));
        const csrf = await csrfOf(s, sent.path);
        // Copenhagen is UTC+1 in December: 22:59Z is 23:59 there, 23:00Z is midnight.
        s.w.clock.now = new Date(`2026-12-10${time}`);
        const res = await post(s, `${sent.path}/accept`, { ...ACCEPT, csrf });
        expect(res.status).toBe(status);
        expect((await s.w.storage.getOfferRevision(s.id, 2))!.state).toBe(state);
      }
    });

    it('refuses a superseded revision, and declines the newest with its reason', async () => {
      const s = await setup(engine);
      const old = await send(s);
      const csrfOld = await csrfOf(s, old.path);
      const current = await send(s);
      const refused = await post(s, `${old.path}/accept`, { ...ACCEPT, csrf: csrfOld });
      expect(refused.status).toBe(409);
      expect((await s.w.storage.getOfferRevision(s.id, 2))!.acceptance).toBeUndefined();
      const csrf = await csrfOf(s, current.path);
      const declined = await post(s, `${current.path}/decline`, {
        reason: 'Budgettet rakte ikke',
        csrf,
      });
      expect(declined.status).toBe(303);
      const revision = (await s.w.storage.getOfferRevision(s.id, 3))!;
      expect(revision).toMatchObject({ state: 'declined', declineReason: 'Budgettet rakte ikke' });
      expect((await s.w.storage.getInquiryDetail(s.id))!.status).toBe('afvist');
      const late = await post(s, `${current.path}/accept`, { ...ACCEPT, csrf });
      expect(late.status).toBe(409);
    });
  });

  describe('emails and webhooks', () => {
    async function smtpSink() {
      const smtp = await startSmtp();
      cleanup.push(smtp.close);
      return { url: `smtp://127.0.0.1:${smtp.port}`, mails: smtp.mails };
    }
    async function hookSink() {
      const received: { headers: IncomingHttpHeaders; body: string }[] = [];
      const server = createServer((req, res) => {
        const chunks: Buffer[] = [];
        req.on('data', (c: Buffer) => chunks.push(c));
        req.on('end', () => {
          received.push({ headers: req.headers, body: Buffer.concat(chunks).toString('utf8') });
          res.statusCode = 204;
          res.end();
        });
      });
      await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
      cleanup.push(() => new Promise<void>((resolve) => server.close(() => resolve())));
      return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/`, received };
    }
    /** Quoted-printable soft breaks and escapes undone, for reading a text part. */
    const unfold = (raw: string) =>
      raw
        .replace(/=\r\n/g, '')
        .replace(/=([0-9A-F]{2})/g, (_, h: string) => String.fromCharCode(parseInt(h, 16)));

    it('mails the customer the PDF and the link, the provider a copy; signs offer.sent and offer.accepted', async () => {
      const smtp = await smtpSink();
      const hook = await hookSink();
      const s = await setup(engine, { channels: ['email', 'webhook'] });
      const worker = new OutboxWorker({
        storage: s.w.storage,
        smtpUrl: smtp.url,
        webhookUrl: hook.url,
        webhookSecret: WEBHOOK_SECRET,
        log: () => {},
        now: () => s.w.clock.now,
      });
      cleanup.push(() => worker.stop());
      const sent = await send(s);
      while ((await worker.runOnce()).sent > 0);
      const toCustomer = smtp.mails.filter((m) =>
        m.to.includes('mette.testesen@eksempel-kommune.dk'),
      );
      const offerMail = toCustomer.find((m) => unfold(m.raw).includes(sent.revision.number))!;
      expect(unfold(offerMail.raw)).toContain(`https://tilbud.example.dk${sent.path}`);
      expect(offerMail.raw).toMatch(/Content-Type: application\/pdf/i);
      const copies = smtp.mails.filter((m) => !m.to.includes('mette.testesen@eksempel-kommune.dk'));
      expect(copies.some((m) => unfold(m.raw).includes(sent.revision.number))).toBe(true);
      expect(copies.every((m) => !unfold(m.raw).includes(sent.token))).toBe(true);
      // The sealed link left the outbox with the delivery.
      const detail = (await s.w.storage.getInquiryDetail(s.id))!;
      expect(detail.deliveries.filter((d) => d.channel === 'offer-email')).toHaveLength(1);

      const csrf = await csrfOf(s, sent.path);
      await post(s, `${sent.path}/accept`, { ...ACCEPT, orderReference: 'PO-77', csrf });
      while ((await worker.runOnce()).sent > 0);
      const events = hook.received.map((r) => r.headers['temadag-event']);
      expect(events).toEqual(expect.arrayContaining(['offer.sent', 'offer.accepted']));
      for (const r of hook.received) {
        expect(
          verifyWebhookSignature(r.headers['temadag-signature'] as string, r.body, WEBHOOK_SECRET, {
            now: s.w.clock.now,
          }),
        ).toBe(true);
      }
      const accepted = JSON.parse(
        hook.received.find((r) => r.headers['temadag-event'] === 'offer.accepted')!.body,
      ) as {
        acceptance: { name: string; orderReference: string };
      };
      expect(accepted.acceptance).toMatchObject({ name: ACCEPT.name, orderReference: 'PO-77' });
      const confirmation = smtp.mails.filter((m) =>
        m.to.includes('mette.testesen@eksempel-kommune.dk'),
      );
      expect(confirmation.length).toBe(2);
      expect(confirmation[1]!.raw).toMatch(/Content-Type: application\/pdf/i);
    });
  });
});
