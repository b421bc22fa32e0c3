import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { createOffer, inquirySelection, parseInquiry, type Offer } from '@temadag/core';
import { createApp, type AppOptions } from '../src/app.js';
import { INQUIRY_CSV_COLUMNS } from '../src/csv.js';
import type { LogEntry } from '../src/log.js';
import type { Storage } from '../src/storage/types.js';
import {
  OFFERING,
  PERSON,
  TOKEN,
  catalog,
  inquiryBody,
  parseCsv,
  sqlitePerTest,
} from './helpers.js';

const NOW = new Date('2026-11-27T10:00:15Z');
const UUID_V7 = /^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

const db = sqlitePerTest();
let logs: LogEntry[];

beforeEach(() => {
  logs = [];
});

function app(options: Partial<AppOptions> = {}) {
  return createApp({
    catalog,
    storage: db.storage,
    adminToken: TOKEN,
    channels: ['email', 'webhook'],
    widgetDir: null,
    rateLimit: { inquiries: 1000, pdf: 1000 },
    log: (entry) => logs.push(entry),
    now: () => NOW,
    ...options,
  });
}

type App = ReturnType<typeof app>;

function post(
  a: App,
  body: unknown,
  headers: Record<string, string> = {},
  path = '/api/inquiries',
): Promise<Response> {
  return Promise.resolve(
    a.request(path, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
      body: typeof body === 'string' || body instanceof Uint8Array ? body : JSON.stringify(body),
    }),
  );
}

const admin = { authorization: `Bearer ${TOKEN}` };

interface ErrorBody {
  type: string;
  title: string;
  status: number;
  detail: string;
  instance: string;
  errors: { path: string; message: string; code?: string }[];
}

/** Text as hono/html writes it into a page: `&`, `<`, `>`, `"` and `'` escaped. */
function escapeHtml(text: string): string {
  return text
    .replaceAll('&', '&amp;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;')
    .replaceAll('"', '&quot;')
    .replaceAll("'", '&#39;');
}

/** The `errors` of an error answer, after checking that it is RFC 9457 problem details. */
async function errorsOf(res: Response): Promise<ErrorBody['errors']> {
  expect(res.headers.get('content-type')).toBe('application/problem+json');
  const body = (await res.json()) as ErrorBody;
  expect(body.type).toBe('about:blank');
  expect(body.status).toBe(res.status);
  expect(body.title.length).toBeGreaterThan(0);
  expect(body.detail.length).toBeGreaterThan(0);
  expect(body.instance).toMatch(/^\//);
  expect(Array.isArray(body.errors)).toBe(true);
  for (const e of body.errors) {
    expect(typeof e.path).toBe('string');
    expect(typeof e.message).toBe('string');
    expect(e.message.length).toBeGreaterThan(0);
  }
  return body.errors;
}

async function count(): Promise<number> {
  return (await db.storage.listInquiries({ limit: 1000 })).length;
}

describe('GET /api/catalog', () => {
  it('serves the catalog with an ETag and cache headers, and 304 on If-None-Match', async () => {
    const a = app();
    const res = await a.request('/api/catalog');
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual(JSON.parse(JSON.stringify(catalog)));
    const etag = res.headers.get('etag')!;
    expect(etag).toMatch(/^"[A-Za-z0-9_-]{20,}"$/);
    expect(res.headers.get('cache-control')).toMatch(/max-age=\d+/);

    const again = await a.request('/api/catalog', { headers: { 'if-none-match': etag } });
    expect(again.status).toBe(304);
    expect(await again.text()).toBe('');
    expect(again.headers.get('etag')).toBe(etag);

    const weak = await a.request('/api/catalog', { headers: { 'if-none-match': `W/${etag}` } });
    expect(weak.status).toBe(304);
    const other = await a.request('/api/catalog', { headers: { 'if-none-match': '"other"' } });
    expect(other.status).toBe(200);
  });

  it('answers HEAD without a body', async () => {
    const res = await app().request('/api/catalog', { method: 'HEAD' });
    expect(res.status).toBe(200);
    expect(await res.text()).toBe('');
  });
});

describe('POST /api/inquiries', () => {
  it('stores the inquiry with an offer the server computes itself, and answers 201', async () => {
    const res = await post(app(), inquiryBody(), { 'idempotency-key': 'first-key' });
    expect(res.status).toBe(201);
    expect(res.headers.get('cache-control')).toBe('no-store');
    const body = (await res.json()) as { id: string; reference: string; offer: Offer };
    expect(body.id).toMatch(/^[0-9a-f-]{36}$/);
    // One number: the reference the visitor sees is the offer's number.
    expect(body.reference).toBe('T-2026-0001');

    const inquiry = parseInquiry(inquiryBody());
    if (!inquiry.ok) throw new Error('fixture');
    const expected = createOffer(catalog, inquirySelection(inquiry.inquiry), {
      now: NOW,
      sequence: 1,
      customer: {
        organisation: PERSON.organisation,
        contact: PERSON.name,
        email: PERSON.email,
      },
    });
    expect(body.offer).toEqual(JSON.parse(JSON.stringify(expected)));
    expect(body.offer.number).toBe('T-2026-0001');

    const stored = await db.storage.getInquiry(body.id);
    expect(stored?.reference).toBe(body.reference);
    expect(stored?.offer.total).toBe(expected.total);
    expect(stored?.inquiry.contact.email).toBe(PERSON.email);
    const [summary] = await db.storage.listInquiries();
    expect(summary?.deliveries.map((d) => d.channel).sort()).toEqual(['email', 'webhook']);
  });

  it('numbers inquiries in order', async () => {
    const a = app();
    const refs: string[] = [];
    for (let i = 0; i < 3; i++) {
      const res = await post(a, inquiryBody());
      refs.push(((await res.json()) as { reference: string }).reference);
    }
    expect(refs).toEqual(['T-2026-0001', 'T-2026-0002', 'T-2026-0003']);
  });

  it('prices the travel the visitor gave, with the same rule as the widget', async () => {
    const res = await post(app(), inquiryBody({ travel: { km: 40 } }));
    expect(res.status).toBe(201);
    const body = (await res.json()) as { offer: Offer };
    const travel = body.offer.lines.find((l) => l.kind === 'travel');
    // 40 km one way, round trip: 80 km × 3,80 kr.
    expect(travel).toMatchObject({ quantity: 80, unitAmount: 380, amount: 30_400 });
  });

  it('refuses prices sent by the client: unknown fields are 422', async () => {
    const res = await post(app(), inquiryBody({ total: 1, offer: { total: 1 } }));
    expect(res.status).toBe(422);
    const [problem] = await errorsOf(res);
    expect(problem!.path).toBe('');
    expect(problem!.message).toMatch(/total/);
    expect(problem!.message).toMatch(/offer/);
    expect(await count()).toBe(0);
  });

  it.each([
    ['text/plain', 'text/plain'],
    ['form', 'application/x-www-form-urlencoded'],
    ['latin-1 JSON', 'application/json; charset=iso-8859-1'],
  ])('answers 415 to %s', async (_, type) => {
    const res = await post(app(), inquiryBody(), { 'content-type': type });
    expect(res.status).toBe(415);
    expect((await errorsOf(res))[0]!.message).toContain('application/json');
  });

  it('answers 415 without a content type', async () => {
    const res = await app().request('/api/inquiries', {
      method: 'POST',
      body: new TextEncoder().encode(JSON.stringify(inquiryBody())),
    });
    expect(res.status).toBe(415);
  });

  it('accepts application/json with charset=utf-8', async () => {
    const res = await post(app(), inquiryBody(), {
      'content-type': 'application/json; charset=UTF-8',
    });
    expect(res.status).toBe(201);
  });

  it('answers 413 when Content-Length is over 32 kB', async () => {
    const big = JSON.stringify(inquiryBody({ message: 'x'.repeat(40_000) }));
    const res = await post(app(), big, { 'content-length': String(big.length) });
    expect(res.status).toBe(413);
    expect((await errorsOf(res))[0]!.message).toContain('32 kB');
  });

  it('answers 413 on a streamed body over 32 kB without Content-Length', async () => {
    let sent = 0;
    const chunk = new TextEncoder().encode(`"${'x'.repeat(1022)}",`);
    const stream = new ReadableStream<Uint8Array>({
      pull(controller) {
        if (sent === 0) controller.enqueue(new TextEncoder().encode('['));
        if (sent > 200) {
          controller.close();
          return;
        }
        sent++;
        controller.enqueue(chunk);
      },
    });
    const res = await app().request('/api/inquiries', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: stream,
      duplex: 'half',
    } as RequestInit);
    expect(res.status).toBe(413);
    // It stopped reading soon after the limit, not at the end of the stream.
    expect(sent).toBeLessThan(60);
  });

  it('accepts a body of exactly 32 kB and refuses one byte more', async () => {
    const base = JSON.stringify(inquiryBody({ message: '' }));
    const pad = (n: number) => base.replace('"message":""', `"message":"${' '.repeat(n)}"`);
    const exact = pad(32 * 1024 - base.length);
    expect(new TextEncoder().encode(exact).length).toBe(32 * 1024);
    const ok = await post(app(), exact);
    expect(ok.status).toBe(201);
    const over = await post(app(), pad(32 * 1024 - base.length + 1));
    expect(over.status).toBe(413);
  });

  it('answers 400 to bad JSON and to bytes that are not UTF-8', async () => {
    const a = app();
    const bad = await post(a, '{"offering": ');
    expect(bad.status).toBe(400);
    expect((await errorsOf(bad))[0]!.message).toBe('Henvendelsen er ikke gyldig JSON.');
    const bytes = new Uint8Array([0x7b, 0x22, 0x61, 0x22, 0x3a, 0x22, 0xff, 0xfe, 0x22, 0x7d]);
    const latin = await post(a, bytes);
    expect(latin.status).toBe(400);
    expect((await errorsOf(latin))[0]!.message).toContain('UTF-8');
  });

  it('answers 422 with the problems in Danish by default', async () => {
    const body = inquiryBody({
      contact: { name: '', email: 'mette.kommune.dk', organisation: 'X' },
    });
    const res = await post(app(), body);
    expect(res.status).toBe(422);
    const errors = await errorsOf(res);
    expect(errors).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ path: 'contact.name', message: 'Indtast dit navn' }),
        expect.objectContaining({
          path: 'contact.email',
          message: expect.stringContaining('@') as string,
        }),
      ]),
    );
  });

  it('answers in the language of the body, else of Accept-Language', async () => {
    const body = inquiryBody({ contact: { name: '', email: 'a@b.dk', organisation: 'X' } });
    const en = await post(app(), { ...body, locale: 'en' }, { 'accept-language': 'da' });
    expect((await errorsOf(en))[0]!.message).toBe('Enter your name');
    const header = await post(app(), body, { 'accept-language': 'en-GB,en;q=0.9' });
    expect((await errorsOf(header))[0]!.message).toBe('Enter your name');
    const bad = await post(app(), '{', { 'accept-language': 'en' });
    expect((await errorsOf(bad))[0]!.message).toBe('The inquiry is not valid JSON.');
  });

  it.each([
    ['an unknown offering', { offering: 'ukendt' }, 'offering'],
    ['an unknown format', { format: 'kvart' }, 'format'],
    ['an unknown module', { modules: ['ukendt-modul'] }, 'modules[0]'],
    ['too many participants', { participants: 5000 }, 'participants'],
    ['a wrong type', { participants: '30' }, 'participants'],
    ['a JSON array', null, ''],
  ])('answers 422 to %s', async (_, more, path) => {
    const body = more === null ? [inquiryBody()] : inquiryBody(more);
    const res = await post(app(), body);
    expect(res.status).toBe(422);
    expect((await errorsOf(res)).map((e) => e.path)).toContain(path);
    expect(await count()).toBe(0);
  });

  it('refuses control characters and lone surrogates in any string', async () => {
    const nul = await post(
      app(),
      inquiryBody({ contact: { name: 'A\u0000B', email: 'a@b.dk', organisation: 'X' } }),
    );
    expect(nul.status).toBe(422);
    expect((await errorsOf(nul))[0]!.path).toBe('contact.name');
    const lone = await post(app(), JSON.stringify(inquiryBody()).replace('Testesen', '\\ud800'));
    expect(lone.status).toBe(422);
    expect(await count()).toBe(0);
  });

  it('keeps SQL and HTML in fields as plain text', async () => {
    const text = `Robert'); DROP TABLE inquiries;-- <script>alert(1)</script>`;
    const res = await post(app(), inquiryBody({ message: text, place: "' OR 1=1 --" }));
    expect(res.status).toBe(201);
    const { id } = (await res.json()) as { id: string };
    const stored = await db.storage.getInquiry(id);
    expect(stored?.inquiry.message).toBe(text);
    expect(stored?.inquiry.place).toBe("' OR 1=1 --");
  });
});

describe('Idempotency-Key', () => {
  it('replays the first response with Idempotent-Replayed: true', async () => {
    const a = app();
    const first = await post(a, inquiryBody(), { 'idempotency-key': 'abc-123' });
    const second = await post(a, inquiryBody(), { 'idempotency-key': 'abc-123' });
    expect(first.status).toBe(201);
    expect(second.status).toBe(201);
    expect(first.headers.get('idempotent-replayed')).toBeNull();
    expect(second.headers.get('idempotent-replayed')).toBe('true');
    expect(await second.json()).toEqual(await first.json());
    expect(await count()).toBe(1);
  });

  it('answers a stored inquiry and its replay with every header of the API', async () => {
    const origin = 'https://www.kommune.dk';
    const a = app({ allowedOrigins: [origin] });
    const headers = { 'idempotency-key': 'all-headers', 'x-request-id': 'req-1' };
    const first = await post(a, inquiryBody(), headers);
    const second = await post(a, inquiryBody(), { ...headers, origin });
    const common = {
      'cache-control': 'no-store',
      'content-security-policy': "default-src 'none'; frame-ancestors 'none'; base-uri 'none'",
      'content-type': 'application/json',
      'referrer-policy': 'no-referrer',
      vary: 'Origin',
      'x-content-type-options': 'nosniff',
      'x-frame-options': 'DENY',
      'x-request-id': 'req-1',
    };
    expect(Object.fromEntries(first.headers)).toEqual(common);
    expect(Object.fromEntries(second.headers)).toEqual({
      ...common,
      'access-control-allow-origin': origin,
      'access-control-expose-headers':
        'Idempotent-Replayed, Retry-After, X-Request-Id, ETag, Content-Disposition',
      'idempotent-replayed': 'true',
    });
  });

  it('treats the same body with other key order and spacing as a replay', async () => {
    const a = app();
    const body = inquiryBody();
    await post(a, body, { 'idempotency-key': 'order' });
    const reordered = JSON.stringify(Object.fromEntries(Object.entries(body).reverse()), null, 2);
    const res = await post(a, reordered, { 'idempotency-key': 'order' });
    expect(res.status).toBe(201);
    expect(res.headers.get('idempotent-replayed')).toBe('true');
    expect(await count()).toBe(1);
  });

  it('answers 422 to the same key with a different body', async () => {
    const a = app();
    await post(a, inquiryBody(), { 'idempotency-key': 'same' });
    const res = await post(a, inquiryBody({ participants: 31 }), { 'idempotency-key': 'same' });
    expect(res.status).toBe(422);
    expect((await errorsOf(res))[0]!.path).toBe('Idempotency-Key');
    expect(await count()).toBe(1);
  });

  it('checks the key: 400 for odd characters or more than 200 characters', async () => {
    const a = app();
    expect((await post(a, inquiryBody(), { 'idempotency-key': 'has space' })).status).toBe(400);
    expect((await post(a, inquiryBody(), { 'idempotency-key': 'k'.repeat(201) })).status).toBe(400);
    expect((await post(a, inquiryBody(), { 'idempotency-key': 'k'.repeat(200) })).status).toBe(201);
    expect(await count()).toBe(1);
  });

  it('stores one inquiry for 20 simultaneous requests with one key', async () => {
    const a = app();
    const responses = await Promise.all(
      Array.from({ length: 20 }, () => post(a, inquiryBody(), { 'idempotency-key': 'burst' })),
    );
    expect(responses.map((r) => r.status)).toEqual(Array(20).fill(201));
    const ids = new Set(
      await Promise.all(responses.map(async (r) => ((await r.json()) as { id: string }).id)),
    );
    expect(ids.size).toBe(1);
    expect(responses.filter((r) => r.headers.get('idempotent-replayed') === 'true')).toHaveLength(
      19,
    );
    expect(await count()).toBe(1);
  });
});

describe('honeypot', () => {
  it('answers a filled honeypot like a stored inquiry, but stores and sends nothing', async () => {
    const res = await post(app(), inquiryBody({ website: 'https://spam.example' }));
    expect(res.status).toBe(201);
    const body = (await res.json()) as { id: string; reference: string; offer: Offer };
    expect(body.reference).toMatch(/^T-2026-\d{4}$/);
    expect(body.reference).toBe(body.offer.number);

    expect(body.offer.total).toBeGreaterThan(0);
    expect(await db.storage.getInquiry(body.id)).toBeUndefined();
    expect(await count()).toBe(0);
    expect(await db.storage.claimOutbox(new Date('2030-01-01'), 10, 1000)).toEqual([]);
    // Its id is of the same kind as a stored inquiry's (a UUID v7 of the same millisecond):
    // nothing in the answer tells the bot apart.
    const real = (await (await post(app(), inquiryBody())).json()) as { id: string };
    expect(body.id).toMatch(UUID_V7);
    expect(real.id).toMatch(UUID_V7);
    expect(body.id.slice(0, 13)).toBe(real.id.slice(0, 13));
  });

  it('stores an inquiry whose honeypot holds only blanks', async () => {
    const res = await post(app(), inquiryBody({ website: '  ' }));
    expect(res.status).toBe(201);
    expect(await count()).toBe(1);
  });
});

describe('rate limit', () => {
  it('answers 429 with Retry-After per client address', async () => {
    const a = app({ rateLimit: { inquiries: 2 }, trustProxy: 1 });
    const from = (address: string) => ({ 'x-forwarded-for': `203.0.113.9, ${address}` });
    expect((await post(a, inquiryBody(), from('198.51.100.1'))).status).toBe(201);
    expect((await post(a, inquiryBody(), from('198.51.100.1'))).status).toBe(201);
    const third = await post(a, inquiryBody(), from('198.51.100.1'));
    expect(third.status).toBe(429);
    // The window is the minute that holds NOW (10:00:15): 45 seconds are left.
    expect(third.headers.get('retry-after')).toBe('45');
    expect((await errorsOf(third))[0]!.message).toBe(
      'Der er sendt for mange henvendelser fra din adresse. Prøv igen om 45 sekunder.',
    );
    expect((await post(a, inquiryBody(), from('198.51.100.2'))).status).toBe(201);
    expect(await count()).toBe(3);
  });

  it('answers 429 before any other error once the budget is spent', async () => {
    const a = app({ rateLimit: { inquiries: 1 } });
    expect((await post(a, { offering: 'nope' })).status).toBe(422);
    const res = await post(a, { offering: 'nope' });
    expect(res.status).toBe(429);
    expect((await post(a, inquiryBody())).status).toBe(429);
    expect(await count()).toBe(0);
  });

  it('shares the count between app instances through the storage', async () => {
    const one = app({ rateLimit: { inquiries: 1 } });
    const two = app({ rateLimit: { inquiries: 1 } });
    expect((await post(one, inquiryBody())).status).toBe(201);
    expect((await post(two, inquiryBody())).status).toBe(429);
  });

  it('limits the public PDF too', async () => {
    const a = app({ rateLimit: { pdf: 1 } });
    const selection = { offering: OFFERING, format: 'halv', participants: 12 };
    expect((await post(a, selection, {}, '/api/offers/pdf')).status).toBe(200);
    const res = await post(a, selection, {}, '/api/offers/pdf');
    expect(res.status).toBe(429);
    expect(Number(res.headers.get('retry-after'))).toBeGreaterThan(0);
  });
});

describe('POST /api/offers/pdf', () => {
  it('renders a PDF for a JSON selection', async () => {
    const res = await post(
      app(),
      { offering: OFFERING, format: 'hel', participants: 30, modules: ['forsamtale'], lang: 'en' },
      {},
      '/api/offers/pdf',
    );
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/pdf');
    // Not stored, so not numbered: named as the widget names its draft, by language and date.
    expect(res.headers.get('content-disposition')).toBe(
      'attachment; filename="indicative-offer-2026-11-27.pdf"',
    );
    const bytes = new Uint8Array(await res.arrayBuffer());
    expect(new TextDecoder().decode(bytes.slice(0, 5))).toBe('%PDF-');
  });

  it('names the draft by its Copenhagen date whatever the number text, in Danish too', async () => {
    // 23:30 UTC on 31 December is already 1 January in Copenhagen.
    const late = app({ now: () => new Date('2026-12-31T23:30:00Z') });
    const body = { offering: OFFERING, format: 'hel', participants: 30, lang: 'da' };
    for (const number of [undefined, 'Vejledende, uden nr.', 'T-2026-0042']) {
      const res = await post(late, { ...body, number }, {}, '/api/offers/pdf');
      expect(res.status).toBe(200);
      expect(res.headers.get('content-disposition')).toBe(
        'attachment; filename="vejledende-tilbud-2027-01-01.pdf"',
      );
    }
  });

  it('renders a PDF for the plain form of the embed page', async () => {
    const form = new URLSearchParams({ offering: OFFERING, format: 'halv', participants: '12' });
    form.append('module', 'forsamtale');
    const res = await app().request('/api/offers/pdf', {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: form.toString(),
    });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-disposition')).toBe(
      'attachment; filename="vejledende-tilbud-2026-11-27.pdf"',
    );
    expect(new TextDecoder().decode(new Uint8Array(await res.arrayBuffer()).slice(0, 5))).toBe(
      '%PDF-',
    );
  });

  it('answers a form with problems with an HTML page, and JSON with JSON', async () => {
    const form = new URLSearchParams({ offering: OFFERING, format: 'halv', participants: '2' });
    const res = await app().request('/api/offers/pdf', {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: form.toString(),
    });
    expect(res.status).toBe(422);
    expect(res.headers.get('content-type')).toMatch(/^text\/html/);
    const page = await res.text();
    // A whole document: the problems inside the styled body, in the page's language.
    expect(page).toMatch(/^<!doctype html>\n<html lang="da">\n<head>\n/);
    expect(page).toContain('<title>Der er problemer</title>');
    expect(page).toMatch(
      /<\/head>\n<body class="temadag-embed">\n<div class="temadag-errors" role="alert">\n<h1>Der er problemer<\/h1>[^]*<\/div>\n<\/body>\n<\/html>\n$/,
    );
    const json = await post(
      app(),
      { offering: OFFERING, format: 'x', participants: 20 },
      {},
      '/api/offers/pdf',
    );
    expect(json.status).toBe(422);
    expect((await errorsOf(json)).map((e) => e.path)).toContain('format');
  });

  it('answers 415 to other content types', async () => {
    const res = await post(app(), 'x', { 'content-type': 'text/plain' }, '/api/offers/pdf');
    expect(res.status).toBe(415);
  });
});

describe('admin', () => {
  async function seed(a: App, more: Record<string, unknown> = {}) {
    const res = await post(a, inquiryBody(more));
    expect(res.status).toBe(201);
    return (await res.json()) as { id: string; reference: string; offer: Offer };
  }

  it('has no admin routes at all without a token', async () => {
    const a = app({ adminToken: undefined });
    const { id } = await seed(a);
    for (const path of [
      '/api/admin/inquiries',
      `/api/admin/inquiries/${id}`,
      '/api/admin/inquiries/export',
      `/api/offers/${id}.pdf`,
    ]) {
      const res = await a.request(path, { headers: admin });
      expect(res.status, path).toBe(404);
    }
    const del = await a.request(`/api/admin/inquiries/${id}`, { method: 'DELETE', headers: admin });
    expect(del.status).toBe(404);
    expect(await count()).toBe(1);
  });

  it.each([
    ['no header', {}],
    ['a wrong token', { authorization: 'Bearer wrong-token-wrong-token-00' }],
    ['the token with another scheme', { authorization: `Basic ${TOKEN}` }],
    ['the token without a scheme', { authorization: TOKEN }],
    ['a prefix of the token', { authorization: `Bearer ${TOKEN.slice(0, -1)}` }],
    ['an empty bearer', { authorization: 'Bearer ' }],
  ])('answers 401 to %s', async (_, headers: Record<string, string>) => {
    const a = app();
    const { id } = await seed(a);
    for (const [method, path] of [
      ['GET', '/api/admin/inquiries'],
      ['GET', `/api/admin/inquiries/${id}`],
      ['GET', '/api/admin/inquiries/export?format=json'],
      ['DELETE', `/api/admin/inquiries/${id}`],
      ['POST', '/api/admin/inquiries/purge?olderThan=1'],
      ['GET', `/api/offers/${id}.pdf`],
    ] as const) {
      const res = await a.request(path, { method, headers });
      expect(res.status, `${method} ${path}`).toBe(401);
      expect(res.headers.get('www-authenticate')).toMatch(/^Bearer/);
      const text = await res.text();
      expect(text).not.toContain(PERSON.email);
    }
    expect(await count()).toBe(1);
  });

  it('lists and reads inquiries', async () => {
    const a = app();
    const { id, reference } = await seed(a);
    const list = await a.request('/api/admin/inquiries', { headers: admin });
    expect(list.status).toBe(200);
    expect(list.headers.get('cache-control')).toBe('no-store');
    const { inquiries } = (await list.json()) as {
      inquiries: { id: string; reference: string; deliveries: unknown[] }[];
    };
    expect(inquiries).toHaveLength(1);
    expect(inquiries[0]).toMatchObject({ id, reference, organisation: PERSON.organisation });
    expect(inquiries[0]!.deliveries).toHaveLength(2);

    const one = await a.request(`/api/admin/inquiries/${id}`, { headers: admin });
    expect(one.status).toBe(200);
    expect(await one.json()).toMatchObject({
      id,
      reference,
      inquiry: { contact: { name: PERSON.name } },
    });

    const missing = await a.request('/api/admin/inquiries/00000000-0000-4000-8000-000000000000', {
      headers: admin,
    });
    expect(missing.status).toBe(404);
    expect((await a.request('/api/admin/inquiries/not-a-uuid', { headers: admin })).status).toBe(
      404,
    );
    const badLimit = await a.request('/api/admin/inquiries?limit=0', { headers: admin });
    expect(badLimit.status).toBe(400);
  });

  it('serves the offer PDF of a stored inquiry', async () => {
    const a = app();
    const { id, offer } = await seed(a);
    const res = await a.request(`/api/offers/${id}.pdf`, { headers: admin });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/pdf');
    expect(res.headers.get('content-disposition')).toContain(`tilbud-${offer.number}.pdf`);
    expect(new TextDecoder().decode(new Uint8Array(await res.arrayBuffer()).slice(0, 5))).toBe(
      '%PDF-',
    );
    const none = await a.request('/api/offers/00000000-0000-4000-8000-000000000000.pdf', {
      headers: admin,
    });
    expect(none.status).toBe(404);
  });

  it('deletes one inquiry (right to erasure)', async () => {
    const a = app();
    const { id } = await seed(a);
    const other = await seed(a);
    const res = await a.request(`/api/admin/inquiries/${id}`, { method: 'DELETE', headers: admin });
    expect(res.status).toBe(204);
    expect(await db.storage.getInquiry(id)).toBeUndefined();
    expect(await db.storage.getInquiry(other.id)).toBeDefined();
    const again = await a.request(`/api/admin/inquiries/${id}`, {
      method: 'DELETE',
      headers: admin,
    });
    expect(again.status).toBe(404);
  });

  it('purges inquiries older than a period', async () => {
    let now = new Date('2026-01-01T10:00:00Z');
    const a = app({ now: () => now });
    const old = await seed(a);
    now = new Date('2026-06-01T10:00:00Z');
    const recent = await seed(a);
    now = new Date('2026-07-01T10:00:00Z');

    const bad = await a.request('/api/admin/inquiries/purge?olderThan=soon', {
      method: 'POST',
      headers: admin,
    });
    expect(bad.status).toBe(400);
    expect((await errorsOf(bad))[0]!.path).toBe('olderThan');
    const zero = await a.request('/api/admin/inquiries/purge?olderThan=P0D', {
      method: 'POST',
      headers: admin,
    });
    expect(zero.status).toBe(400);

    const res = await a.request('/api/admin/inquiries/purge?olderThan=P90D', {
      method: 'POST',
      headers: admin,
    });
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ deleted: 1, before: '2026-04-02T10:00:00.000Z' });
    expect(await db.storage.getInquiry(old.id)).toBeUndefined();
    expect(await db.storage.getInquiry(recent.id)).toBeDefined();

    const days = await a.request('/api/admin/inquiries/purge?olderThan=10', {
      method: 'POST',
      headers: admin,
    });
    expect(await days.json()).toMatchObject({ deleted: 1 });
    expect(await count()).toBe(0);
  });

  it('exports CSV (RFC 4180) that is safe to open in a spreadsheet', async () => {
    const a = app();
    const hostile = {
      contact: {
        name: '=HYPERLINK("https://evil.example","Klik")',
        email: 'anna@kommune.dk',
        organisation: '+45 Kommune, "Nord"',
        role: '@SUM(A1:A9)',
        phone: '+45 12 34 56 78',
      },
      message: '-2+3\r\nanden linje, med komma',
      place: 'Aarhus',
    };
    const { id, reference, offer } = await seed(a, hostile);
    await seed(a);
    const res = await a.request('/api/admin/inquiries/export?format=csv', { headers: admin });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^text\/csv/);
    expect(res.headers.get('content-disposition')).toMatch(/attachment; filename=".*\.csv"/);
    const text = await res.text();
    expect(text.endsWith('\r\n')).toBe(true);
    const rows = parseCsv(text);
    expect(rows[0]).toEqual([...INQUIRY_CSV_COLUMNS]);
    expect(rows).toHaveLength(3);
    for (const row of rows) expect(row).toHaveLength(INQUIRY_CSV_COLUMNS.length);
    const row = rows.find((r) => r[0] === id)!;
    const col = (name: (typeof INQUIRY_CSV_COLUMNS)[number]) =>
      row[INQUIRY_CSV_COLUMNS.indexOf(name)];
    expect(col('reference')).toBe(reference);
    expect(col('name')).toBe(`'=HYPERLINK("https://evil.example","Klik")`);
    expect(col('organisation')).toBe(`'+45 Kommune, "Nord"`);
    expect(col('role')).toBe(`'@SUM(A1:A9)`);
    expect(col('phone')).toBe(`'+45 12 34 56 78`);
    expect(col('message')).toBe(`'-2+3\r\nanden linje, med komma`);
    expect(col('total')).toBe((offer.total / 100).toFixed(2));
    expect(col('offer_number')).toBe(offer.number);
    // No field of any row starts with a formula character.
    for (const row of rows) for (const field of row) expect(field).not.toMatch(/^[=+\-@\t\r]/);
  });

  it('exports JSON, oldest first', async () => {
    let now = new Date('2026-03-01T10:00:00Z');
    const a = app({ now: () => now });
    const first = await seed(a);
    now = new Date('2026-02-01T10:00:00Z');
    const second = await seed(a, { participants: 12 });
    const res = await a.request('/api/admin/inquiries/export?format=json', { headers: admin });
    expect(res.status).toBe(200);
    const all = (await res.json()) as { id: string }[];
    expect(all.map((s) => s.id)).toEqual([second.id, first.id]);
    const empty = createApp({
      catalog,
      storage: db.storage,
      adminToken: TOKEN,
      widgetDir: null,
      log: () => {},
    });
    await db.storage.purgeBefore(new Date('2100-01-01'));
    const none = await empty.request('/api/admin/inquiries/export?format=json', { headers: admin });
    expect(await none.json()).toEqual([]);
    const bad = await a.request('/api/admin/inquiries/export?format=xml', { headers: admin });
    expect(bad.status).toBe(400);
  });
});

describe('CORS', () => {
  const ORIGIN = 'https://www.kommune.dk';

  it('allows a configured origin, on requests and preflights', async () => {
    const a = app({ allowedOrigins: [ORIGIN] });
    const res = await post(a, inquiryBody(), { origin: ORIGIN });
    expect(res.status).toBe(201);
    expect(res.headers.get('access-control-allow-origin')).toBe(ORIGIN);
    expect(res.headers.get('vary')).toContain('Origin');
    expect(res.headers.get('access-control-expose-headers')).toContain('Idempotent-Replayed');

    const pre = await a.request('/api/inquiries', {
      method: 'OPTIONS',
      headers: {
        origin: ORIGIN,
        'access-control-request-method': 'POST',
        'access-control-request-headers': 'content-type, idempotency-key',
      },
    });
    expect(pre.status).toBe(204);
    expect(pre.headers.get('access-control-allow-origin')).toBe(ORIGIN);
    expect(pre.headers.get('access-control-allow-methods')).toContain('POST');
    expect(pre.headers.get('access-control-allow-headers')).toContain('Idempotency-Key');
  });

  it('refuses other origins: no CORS headers, preflight 403', async () => {
    const a = app({ allowedOrigins: [ORIGIN] });
    const other = 'https://evil.example';
    const pre = await a.request('/api/inquiries', {
      method: 'OPTIONS',
      headers: { origin: other, 'access-control-request-method': 'POST' },
    });
    expect(pre.status).toBe(403);
    expect(pre.headers.get('access-control-allow-origin')).toBeNull();
    expect(pre.headers.get('access-control-allow-methods')).toBeNull();
    const res = await a.request('/api/catalog', { headers: { origin: other } });
    expect(res.status).toBe(200);
    expect(res.headers.get('access-control-allow-origin')).toBeNull();
  });

  it('tells a script on a page of an origin not allowed so, in an answer it may read', async () => {
    const a = app({ allowedOrigins: [ORIGIN] });
    const other = 'https://www.other-kommune.dk';
    const fetchMeta = { 'sec-fetch-mode': 'cors', 'sec-fetch-site': 'cross-site' };
    const res = await a.request('/api/catalog', { headers: { origin: other, ...fetchMeta } });
    expect(res.status).toBe(403);
    expect(res.headers.get('access-control-allow-origin')).toBe(other);
    expect(res.headers.get('vary')).toContain('Origin');
    const body = (await res.json()) as { errors: { code: string }[] };
    expect(body.errors[0]!.code).toBe('origin-not-allowed');
    // Nothing is run for it.
    const sent = await post(a, inquiryBody(), { origin: other, ...fetchMeta });
    expect(sent.status).toBe(403);
    // An allowed origin, the server's own pages and requests without Fetch metadata as before.
    const allowed = await a.request('/api/catalog', { headers: { origin: ORIGIN, ...fetchMeta } });
    expect(allowed.status).toBe(200);
    const own = await a.request('/api/catalog', {
      headers: { origin: other, 'sec-fetch-mode': 'cors', 'sec-fetch-site': 'same-origin' },
    });
    expect(own.status).toBe(200);
    const navigation = await a.request('/api/catalog', {
      headers: { origin: other, 'sec-fetch-mode': 'navigate', 'sec-fetch-site': 'cross-site' },
    });
    expect(navigation.status).toBe(200);
    // Admin routes never answer other origins in a readable way.
    const adminRes = await a.request('/api/admin/inquiries', {
      headers: { ...admin, origin: other, ...fetchMeta },
    });
    expect(adminRes.headers.get('access-control-allow-origin')).toBeNull();
  });

  it('allows no origin by default, and any with *', async () => {
    const none = await app().request('/api/catalog', { headers: { origin: ORIGIN } });
    expect(none.headers.get('access-control-allow-origin')).toBeNull();
    const any = await app({ allowedOrigins: ['*'] }).request('/api/catalog', {
      headers: { origin: ORIGIN },
    });
    expect(any.headers.get('access-control-allow-origin')).toBe('*');
  });

  it('never opens admin routes to other origins', async () => {
    const a = app({ allowedOrigins: [ORIGIN] });
    const res = await a.request('/api/admin/inquiries', { headers: { ...admin, origin: ORIGIN } });
    expect(res.status).toBe(200);
    expect(res.headers.get('access-control-allow-origin')).toBeNull();
    const pre = await a.request('/api/admin/inquiries', {
      method: 'OPTIONS',
      headers: { origin: ORIGIN, 'access-control-request-method': 'GET' },
    });
    expect(pre.status).toBe(403);
  });
});

describe('embed page', () => {
  it('holds only the widget, with lang, a strict CSP and no inline script', async () => {
    const a = app({ frameAncestors: ['https://www.kommune.dk', "'self'"] });
    const res = await a.request(`/embed/${OFFERING}?lang=en`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^text\/html/);
    const csp = res.headers.get('content-security-policy')!;
    expect(csp).toContain("script-src 'self'");
    expect(csp).toContain("default-src 'none'");
    expect(csp).toContain("frame-ancestors https://www.kommune.dk 'self'");
    expect(csp).not.toContain('nonce');
    expect(csp).not.toContain('unsafe-inline');
    expect(res.headers.get('x-frame-options')).toBeNull();
    const html = await res.text();
    expect(html).toContain('<html lang="en">');
    expect(html).toMatch(
      new RegExp(
        `<temadag-offer src="/api/catalog" offering="${OFFERING}" endpoint="/api/inquiries" lang="en">`,
      ),
    );
    const scripts = [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)];
    expect(scripts.map((s) => /src="([^"]+)"/.exec(s[1]!)?.[1])).toEqual([
      '/widget.js',
      '/embed/resize.js',
    ]);
    for (const s of scripts) expect(s[2]).toBe('');
    expect(html).not.toMatch(/\sstyle=|<style/);
    expect(html).not.toMatch(/\son[a-z]+=/);
  });

  it('shows the terms collapsible in the fallback, as the PDF has them', async () => {
    const offering = catalog.offerings.find((o) => o.id === OFFERING)!;
    for (const locale of ['da', 'en'] as const) {
      const html = await (await app().request(`/embed/${OFFERING}?lang=${locale}`)).text();
      const terms = /<details class="temadag-terms">([\s\S]*?)<\/details>/.exec(html)?.[1];
      expect(terms).toBeDefined();
      const words =
        locale === 'da'
          ? ['Betingelser', 'Betaling', 'Aflysning']
          : ['Terms', 'Payment', 'Cancellation'];
      for (const word of words) expect(terms).toContain(word);
      const text = (t: { da: string; en?: string | undefined } | string) =>
        typeof t === 'string' ? t : (t[locale] ?? t.da);
      expect(terms).toContain(escapeHtml(text(offering.terms.payment)));
      expect(terms).toContain(escapeHtml(text(offering.terms.cancellation)));
      for (const item of [...offering.terms.included, ...offering.terms.excluded]) {
        expect(terms).toContain(`<li>${escapeHtml(text(item))}</li>`);
      }
    }
  });

  it('defaults to Danish, whatever the browser asks, and lets any site frame it', async () => {
    const res = await app().request(`/embed/${OFFERING}`, {
      headers: { 'accept-language': 'en-US,en;q=0.9' },
    });
    expect(await res.text()).toContain('<html lang="da">');
    expect(res.headers.get('content-security-policy')).toContain('frame-ancestors *');
  });

  it('puts the widget in a <main> landmark and links an icon the server serves', async () => {
    const a = app();
    const html = await (await a.request(`/embed/${OFFERING}`)).text();
    expect(html).toMatch(
      /<main>\n<p class="temadag-frame-note"[^\n]*\n<temadag-offer [^>]*>[\s\S]*<\/temadag-offer>\n<\/main>/,
    );
    expect(html).toContain('<link rel="icon" href="/embed/favicon.svg" type="image/svg+xml">');
    const icon = await a.request('/embed/favicon.svg');
    expect(icon.status).toBe(200);
    expect(icon.headers.get('content-type')).toBe('image/svg+xml');
    expect(await icon.text()).toMatch(/^<svg xmlns="http:\/\/www.w3.org\/2000\/svg"/);
  });

  it('serves the resize script that posts the height to the parent', async () => {
    const res = await app().request('/embed/resize.js');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^text\/javascript/);
    const js = await res.text();
    expect(js).toContain('postMessage');
    expect(js).toContain("type: 'temadag:resize'");
  });

  it('answers 404 for an unknown offering', async () => {
    expect((await app().request('/embed/ukendt')).status).toBe(404);
  });
});

describe('widget files', () => {
  function widgetDir() {
    const dir = join(db.dir, 'cdn');
    mkdirSync(join(dir, 'chunks'), { recursive: true });
    writeFileSync(join(dir, 'temadag.js'), 'import("./pdf-4KQ2X7ZB.js");');
    writeFileSync(join(dir, 'pdf-4KQ2X7ZB.js'), 'export const pdf = 1;');
    writeFileSync(join(dir, 'chunks', 'lit-ab12cd34.js'), 'export const lit = 1;');
    writeFileSync(join(db.dir, 'secret.js'), 'secret');
    return dir;
  }

  it('serves widget.js with short caching and hashed chunks as immutable', async () => {
    const a = app({ widgetDir: widgetDir() });
    const main = await a.request('/widget.js');
    expect(main.status).toBe(200);
    expect(main.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(main.headers.get('cache-control')).toBe('public, max-age=300, must-revalidate');
    expect(main.headers.get('access-control-allow-origin')).toBe('*');
    expect(await main.text()).toBe('import("./pdf-4KQ2X7ZB.js");');

    for (const path of [
      '/pdf-4KQ2X7ZB.js',
      '/widget/pdf-4KQ2X7ZB.js',
      '/widget/chunks/lit-ab12cd34.js',
    ]) {
      const res = await a.request(path);
      expect(res.status, path).toBe(200);
      expect(res.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    }
    const etag = main.headers.get('etag')!;
    const cached = await a.request('/widget.js', { headers: { 'if-none-match': etag } });
    expect(cached.status).toBe(304);
  });

  it('serves nothing outside the folder, and nothing without one', async () => {
    const a = app({ widgetDir: widgetDir() });
    for (const path of [
      '/widget/../secret.js',
      '/widget/%2e%2e/secret.js',
      '/secret.js',
      '/widget/nope.js',
    ]) {
      expect((await a.request(path)).status, path).toBe(404);
    }
    expect((await app({ widgetDir: null }).request('/widget.js')).status).toBe(404);
  });
});

describe('health, errors and headers', () => {
  it('reports health from the storage', async () => {
    const a = app();
    const ok = await a.request('/healthz');
    expect(ok.status).toBe(200);
    expect(await ok.json()).toEqual({ status: 'ok', storage: 'sqlite' });
    await db.storage.close();
    const down = await a.request('/healthz');
    expect(down.status).toBe(503);
    expect(await down.json()).toMatchObject({ status: 'unavailable' });
  });

  it('answers errors as RFC 9457 problem details with the errors list kept', async () => {
    const a = app();
    const missing = await a.request('/nothing/here', { headers: { 'accept-language': 'en' } });
    expect(missing.headers.get('content-type')).toBe('application/problem+json');
    expect(missing.headers.get('cache-control')).toBe('no-store');
    expect(await missing.json()).toEqual({
      type: 'about:blank',
      title: 'Not Found',
      status: 404,
      detail: 'Not found.',
      instance: '/nothing/here',
      errors: [{ path: '', message: 'Not found.' }],
    });
    const body = inquiryBody({
      contact: { name: '', email: 'mette.kommune.dk', organisation: 'X' },
    });
    const invalid = await post(a, body);
    const problem = (await invalid.json()) as ErrorBody;
    expect(problem).toMatchObject({
      type: 'about:blank',
      title: 'Indholdet kan ikke bruges',
      status: 422,
      instance: '/api/inquiries',
    });
    expect(problem.errors.length).toBe(2);
    expect(problem.detail).toBe('Forespørgslen har 2 problemer. Se listen i errors.');
  });

  it('answers 405 with Allow to wrong methods on known paths, 404 elsewhere', async () => {
    const a = app();
    const get = await a.request('/api/inquiries');
    expect(get.status).toBe(405);
    expect(get.headers.get('allow')).toContain('POST');
    const put = await a.request('/api/catalog', { method: 'PUT' });
    expect(put.status).toBe(405);
    expect(put.headers.get('allow')).toContain('GET');
    const nothing = await a.request('/nothing/here');
    expect(nothing.status).toBe(404);
    await errorsOf(nothing);
  });

  it('answers 405 with the Allow of the registered routes, in every area', async () => {
    const a = app();
    const id = '0190d1a2-3b4c-7d5e-8f60-123456789abc';
    const cases: [area: string, method: string, path: string, allow: string][] = [
      ['catalog', 'PUT', '/api/catalog', 'GET, HEAD, OPTIONS'],
      ['inquiries', 'GET', '/api/inquiries', 'POST, OPTIONS'],
      ['offer PDF', 'DELETE', '/api/offers/pdf', 'POST, OPTIONS'],
      ['stored offer PDF', 'POST', `/api/offers/${id}.pdf`, 'GET, HEAD, OPTIONS'],
      ['health', 'POST', '/healthz', 'GET, HEAD'],
      ['admin list', 'DELETE', '/api/admin/inquiries', 'GET, HEAD, OPTIONS'],
      ['admin export', 'POST', '/api/admin/inquiries/export', 'GET, HEAD, DELETE, PATCH, OPTIONS'],
      ['admin inquiry', 'PUT', `/api/admin/inquiries/${id}`, 'DELETE, GET, HEAD, PATCH, OPTIONS'],
      ['embed page', 'POST', `/embed/${OFFERING}`, 'GET, HEAD'],
      ['embed script', 'PUT', '/embed/resize.js', 'GET, HEAD'],
      ['widget', 'POST', '/widget.js', 'GET, HEAD'],
      ['widget files', 'DELETE', '/widget/chunks/x.js', 'GET, HEAD'],
      ['front page', 'POST', '/', 'GET, HEAD'],
    ];
    for (const [area, method, path, allow] of cases) {
      const res = await a.request(path, { method, headers: admin });
      expect(res.status, area).toBe(405);
      expect(res.headers.get('allow'), area).toBe(allow);
      expect((await errorsOf(res))[0]!.message, area).toContain(allow);
    }
    // Every registered route, not only the ones above: a method none of them has (PUT) is a
    // 405 naming the route's own method.
    // (The console's API answers 401 before anything else without a session: its routes are
    // checked signed in, in console-api.test.ts.)
    const routes = a.routes.filter((r) => r.method !== 'ALL' && !r.path.startsWith('/admin/api'));
    expect(routes.length).toBeGreaterThanOrEqual(cases.length);
    for (const route of routes) {
      const path = route.path
        .replace(/:file\{[^}]*\}/, `${id}.pdf`)
        .replace(':id', id)
        .replace(':offering', OFFERING)
        .replace('*', 'temadag.js');
      const res = await a.request(path, { method: 'PUT', headers: admin });
      expect(res.status, `PUT ${path}`).toBe(405);
      expect(res.headers.get('allow')?.split(', '), path).toContain(route.method);
    }
    // Without an admin token there are no admin routes: their paths are unknown.
    const closed = app({ adminToken: undefined });
    expect((await closed.request('/api/admin/inquiries', { method: 'DELETE' })).status).toBe(404);
    expect((await closed.request(`/api/offers/${id}.pdf`, { method: 'POST' })).status).toBe(404);
  });

  it('answers 500 as JSON when storage fails, without details', async () => {
    const broken: Storage = {
      ...db.storage,
      engine: 'sqlite',
      hit: async () => 1,
      createInquiry: async () => {
        throw new Error('disk I/O error at /secret/path');
      },
    } as Storage;
    const res = await post(app({ storage: broken }), inquiryBody());
    expect(res.status).toBe(500);
    const errors = await errorsOf(res);
    expect(JSON.stringify(errors)).not.toContain('/secret/path');
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(logs.some((l) => l.level === 'error' && l.msg === 'unhandled')).toBe(true);
  });

  it('sets security headers on every response', async () => {
    const a = app();
    const responses = await Promise.all([
      a.request('/api/catalog'),
      a.request('/healthz'),
      a.request(`/embed/${OFFERING}`),
      a.request('/'),
      a.request('/nothing'),
      post(a, inquiryBody()),
      post(a, '{'),
      a.request('/api/admin/inquiries'),
      post(a, { offering: OFFERING, format: 'hel', participants: 20 }, {}, '/api/offers/pdf'),
    ]);
    for (const res of responses) {
      expect(res.headers.get('x-content-type-options')).toBe('nosniff');
      expect(res.headers.get('referrer-policy')).toBe('no-referrer');
      expect(res.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
      if (!res.headers.get('content-type')?.startsWith('application/pdf')) {
        expect(res.headers.get('content-security-policy')).toContain("default-src 'none'");
      }
    }
    const home = responses[3]!;
    expect(home.headers.get('content-security-policy')).toContain("frame-ancestors 'none'");
    expect(home.headers.get('x-frame-options')).toBe('DENY');
  });

  it('writes structured logs without personal data or query strings', async () => {
    const a = app();
    await post(
      a,
      inquiryBody({
        message: PERSON.message,
        contact: { ...inquiryBody().contact, phone: PERSON.phone },
      }),
      {
        'x-request-id': 'req-42',
      },
    );
    await a.request(`/embed/${OFFERING}?lang=en&email=${encodeURIComponent(PERSON.email)}`);
    await post(a, inquiryBody({ contact: { name: PERSON.name, email: 'bad', organisation: 'X' } }));
    const text = JSON.stringify(logs);
    for (const value of Object.values(PERSON)) expect(text).not.toContain(value);
    expect(text).not.toContain('lang=en');
    const first = logs.find((l) => l.msg === 'request')!;
    expect(first).toMatchObject({
      msg: 'request',
      method: 'POST',
      path: '/api/inquiries',
      status: 201,
      requestId: 'req-42',
    });
    expect(typeof first.ms).toBe('number');
    expect(logs.find((l) => l.path === `/embed/${OFFERING}`)).toBeDefined();
  });
});
