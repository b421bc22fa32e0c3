/**
 * Reliability: the server in a child process, killed and restarted under load; one key sent
 * twenty times at once; five thousand hostile requests. Loopback only, every loop bounded.
 */
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createOffer, inquirySelection, parseInquiry } from '@temadag/core';
import { openStorage } from '../src/storage/index.js';
import type { StoredInquiry } from '../src/storage/types.js';
import { freePort, killAll, spawnServer, type ChildServer } from './fixtures/child.js';
import { OFFERING, TOKEN, catalog, catalogPath, inquiryBody, tempDir } from './helpers.js';

const temp = tempDir('temadag-reliability-');
afterAll(() => {
  killAll();
  temp.remove();
});

function env(db: string, port: number): Record<string, string> {
  return {
    PORT: String(port),
    TEMADAG_CATALOG: catalogPath,
    TEMADAG_DB: db,
    TEMADAG_ADMIN_TOKEN: TOKEN,
    TEMADAG_RATE_LIMIT: '1000000000',
    TEMADAG_PDF_RATE_LIMIT: '1000000000',
  };
}

async function storedInquiries(db: string): Promise<StoredInquiry[]> {
  const storage = await openStorage({ sqlitePath: db });
  try {
    const all: StoredInquiry[] = [];
    for await (const stored of storage.exportInquiries()) all.push(stored);
    return all;
  } finally {
    await storage.close();
  }
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('crash: SIGKILL and restart while a client sends 300 inquiries', () => {
  it('stores exactly 300 inquiries, none twice', { timeout: 240_000 }, async () => {
    const db = join(temp.dir, 'crash.sqlite');
    const port = await freePort();
    let server: ChildServer = await spawnServer(env(db, port));
    const url = server.url;
    const TOTAL = 300;
    const ids = new Map<number, string>();
    let retries = 0;
    let finished = false;

    const send = async (i: number): Promise<void> => {
      const body = JSON.stringify(
        inquiryBody({
          contact: { name: `Kunde ${i}`, email: `kunde${i}@kommune.dk`, organisation: 'K' },
        }),
      );
      for (let attempt = 0; attempt < 600; attempt++) {
        try {
          const res = await fetch(`${url}/api/inquiries`, {
            method: 'POST',
            headers: { 'content-type': 'application/json', 'idempotency-key': `crash-${i}` },
            body,
            signal: AbortSignal.timeout(10_000),
          });
          const text = await res.text();
          if (res.status === 201) {
            ids.set(i, (JSON.parse(text) as { id: string }).id);
            return;
          }
          if (res.status < 500) throw new Error(`Inquiry ${i}: ${res.status} ${text}`);
        } catch (error) {
          if (error instanceof Error && error.message.startsWith(`Inquiry ${i}:`)) throw error;
          // A network error while the server is down: retry.
        }
        retries++;
        await sleep(25);
      }
      throw new Error(`Inquiry ${i} was not accepted after 600 attempts`);
    };

    let next = 0;
    const client = async () => {
      while (next < TOTAL) await send(next++);
    };
    const kills: number[] = [];
    const killer = async () => {
      for (const threshold of [50, 120, 190, 250]) {
        for (let i = 0; i < 4000 && ids.size < threshold && !finished; i++) await sleep(5);
        if (finished) return;
        kills.push(ids.size);
        await server.stop('SIGKILL');
        await sleep(100);
        server = await spawnServer(env(db, port));
      }
    };
    const clients = Promise.all(Array.from({ length: 8 }, client)).finally(() => {
      finished = true;
    });
    await Promise.all([clients, killer()]);
    await server.stop('SIGTERM');

    expect(kills.length).toBeGreaterThanOrEqual(3);
    expect(retries).toBeGreaterThan(0);
    expect(ids.size).toBe(TOTAL);
    expect(new Set(ids.values()).size).toBe(TOTAL);
    const stored = await storedInquiries(db);
    expect(stored).toHaveLength(TOTAL);
    const names = new Set(stored.map((s) => s.inquiry.contact.name));
    expect(names.size).toBe(TOTAL);
    for (let i = 0; i < TOTAL; i++) expect(names.has(`Kunde ${i}`)).toBe(true);
    const storedIds = new Set(stored.map((s) => s.id));
    for (const id of ids.values()) expect(storedIds.has(id)).toBe(true);
    expect(new Set(stored.map((s) => s.reference)).size).toBe(TOTAL);
  });
});

describe('against a running server', () => {
  const db = join(temp.dir, 'running.sqlite');
  let server: ChildServer;

  beforeAll(async () => {
    server = await spawnServer(env(db, await freePort()));
  }, 90_000);

  afterAll(async () => {
    await server?.stop('SIGTERM');
  });

  it('stores one inquiry for 20 simultaneous requests with one key', async () => {
    const body = JSON.stringify(
      inquiryBody({
        contact: { name: 'Samtidig', email: 'samtidig@kommune.dk', organisation: 'S' },
      }),
    );
    const responses = await Promise.all(
      Array.from({ length: 20 }, () =>
        fetch(`${server.url}/api/inquiries`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', 'idempotency-key': 'twenty-at-once' },
          body,
        }),
      ),
    );
    expect(responses.map((r) => r.status)).toEqual(Array(20).fill(201));
    const ids = await Promise.all(
      responses.map(async (r) => ((await r.json()) as { id: string }).id),
    );
    expect(new Set(ids).size).toBe(1);
    expect(responses.filter((r) => r.headers.get('idempotent-replayed') === 'true')).toHaveLength(
      19,
    );
    const res = await fetch(`${server.url}/api/admin/inquiries?limit=1000`, {
      headers: { authorization: `Bearer ${TOKEN}` },
    });
    const { inquiries } = (await res.json()) as { inquiries: { organisation: string }[] };
    expect(inquiries.filter((i) => i.organisation === 'S')).toHaveLength(1);
  });

  it(
    'survives 5,000 malformed and hostile requests: no 5xx, still up, no invalid row',
    { timeout: 120_000 },
    async () => {
      const rng = mulberry32(20261127);
      const requests = Array.from({ length: 5000 }, () => hostileRequest(rng));
      const statuses = new Map<number, number>();
      const accepted = new Set<string>();
      const fivexx: string[] = [];
      let skipped = 0;
      let index = 0;
      const worker = async () => {
        while (index < requests.length) {
          const r = requests[index++]!;
          let res: Response;
          try {
            res = await fetch(`${server.url}${r.path}`, {
              method: r.method,
              headers: r.headers,
              ...(r.body !== undefined ? { body: r.body } : {}),
              signal: AbortSignal.timeout(20_000),
            });
          } catch (error) {
            // fetch itself refuses a few things (e.g. GET with a body): not sent, not counted.
            if (error instanceof TypeError && !String(error.cause ?? '').includes('ECONN')) {
              skipped++;
              continue;
            }
            throw error;
          }
          const text = await res.text();
          statuses.set(res.status, (statuses.get(res.status) ?? 0) + 1);
          if (res.status >= 500)
            fivexx.push(`${r.method} ${r.path.slice(0, 80)} → ${res.status} ${text.slice(0, 200)}`);
          if (res.status === 201 && r.path === '/api/inquiries') {
            accepted.add((JSON.parse(text) as { id: string }).id);
          }
        }
      };
      await Promise.all(Array.from({ length: 16 }, worker));

      expect(fivexx).toEqual([]);
      expect(skipped).toBeLessThan(100);
      // The mix reached the interesting answers.
      for (const status of [201, 400, 404, 405, 413, 415, 422]) {
        expect(statuses.get(status) ?? 0, `status ${status}`).toBeGreaterThan(0);
      }
      expect(server.child.exitCode).toBeNull();
      const health = await fetch(`${server.url}/healthz`);
      expect(health.status).toBe(200);
      expect(server.stderr()).not.toContain('"unhandled"');

      // Every stored row is a valid inquiry with the server's own price, and was answered 201.
      const stored = await storedInquiries(db);
      for (const s of stored) {
        if (s.inquiry.contact.organisation === 'S') continue;
        expect(accepted.has(s.id), s.id).toBe(true);
        const offering = catalog.offerings.find((o) => o.id === s.offering);
        expect(offering).toBeDefined();
        const again = parseInquiry(s.inquiry, { offering: offering! });
        expect(again.ok).toBe(true);
        const offer = createOffer(catalog, inquirySelection(s.inquiry), {
          now: new Date(s.createdAt),
          locale: s.locale,
        });
        expect(s.offer.total).toBe(offer.total);
        expect(s.offer.lines).toEqual(JSON.parse(JSON.stringify(offer.lines)));
      }
    },
  );
});

// --- the hostile request generator ----------------------------------------------------------

function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

interface HostileRequest {
  method: string;
  path: string;
  headers: Record<string, string>;
  body?: string | Uint8Array;
}

const SQL = [
  "'; DROP TABLE inquiries; --",
  "' OR '1'='1",
  '1; DELETE FROM outbox',
  "Robert'); DROP TABLE idempotency;--",
  'UNION SELECT * FROM sqlite_master',
  "$1'; SELECT pg_sleep(10); --",
];
const HTML = [
  '<script>alert(1)</script>',
  '<img src=x onerror=alert(1)>',
  '"><svg onload=alert(1)>',
  "javascript:alert('x')",
  '{{constructor.constructor("alert(1)")()}}',
  '=HYPERLINK("http://evil")',
];
const ODD = [
  '',
  ' ',
  '\u202Eevil\u202C',
  '😀'.repeat(50),
  'æøå ÆØÅ',
  '\u0000',
  '\uFEFF',
  'null',
  'undefined',
  '__proto__',
  '../../etc/passwd',
  '%00',
  '\\u0000',
];

function pick<T>(rng: () => number, items: readonly T[]): T {
  return items[Math.floor(rng() * items.length)]!;
}

function hostileValue(rng: () => number, depth = 0): unknown {
  const kind = Math.floor(rng() * 14);
  switch (kind) {
    case 0:
      return pick(rng, SQL);
    case 1:
      return pick(rng, HTML);
    case 2:
      return pick(rng, ODD);
    case 3:
      return 'x'.repeat(Math.floor(rng() * 5000));
    case 4:
      return pick(rng, [0, -1, 1.5, 1e308, -1e308, 2 ** 53 + 2, 2 ** 31, 100001]);
    case 5:
      return pick(rng, [true, false, null]);
    case 6:
      return depth > 3 ? [] : [hostileValue(rng, depth + 1), hostileValue(rng, depth + 1)];
    case 7:
      return depth > 3
        ? {}
        : {
            [pick(rng, ['a', '__proto__', 'constructor', 'toString'])]: hostileValue(
              rng,
              depth + 1,
            ),
          };
    case 8:
      return pick(rng, [
        '2026-02-30',
        '2026-13-01',
        '99999-01-01',
        'tomorrow',
        '2026-11-27T10:00:00Z',
      ]);
    case 9:
      return pick(rng, ['a@b', '@', 'a@b.c'.repeat(60), 'x@kommune.dk\r\nBcc: evil@example.com']);
    case 10:
      return `${pick(rng, SQL)} ${pick(rng, HTML)}`;
    case 11:
      return String.fromCharCode(...Array.from({ length: 8 }, () => Math.floor(rng() * 0xffff)));
    case 12:
      return pick(rng, ['dialog-i-udsatte-boligomraader', 'halv', 'hel', 'forsamtale']);
    default:
      return 'x'.repeat(Math.floor(rng() * 40_000));
  }
}

const FIELDS = [
  'offering',
  'format',
  'participants',
  'modules',
  'preferredDates',
  'place',
  'message',
  'invoicing',
  'locale',
  'website',
  'utm',
  'contact',
  'contact.name',
  'contact.email',
  'contact.organisation',
  'contact.role',
  'contact.phone',
  'invoicing.ean',
  'invoicing.cvr',
  'invoicing.reference',
  'extra',
];

/** A valid inquiry with one to three fields replaced by hostile values. */
function mutatedInquiry(rng: () => number): Record<string, unknown> {
  const body = JSON.parse(
    JSON.stringify(
      inquiryBody({
        invoicing: { ean: '5798000000001', reference: 'PO-1' },
        message: 'Hej',
        place: 'Aarhus',
        preferredDates: ['2027-03-01'],
        utm: { utm_source: 'nyhedsbrev' },
        contact: {
          name: 'Fuzz',
          email: 'fuzz@kommune.dk',
          organisation: 'Fuzz',
          phone: '12345678',
        },
      }),
    ),
  ) as Record<string, Record<string, unknown>>;
  const changes = 1 + Math.floor(rng() * 3);
  for (let i = 0; i < changes; i++) {
    const [top, inner] = pick(rng, FIELDS).split('.') as [string, string | undefined];
    const value = hostileValue(rng);
    if (inner === undefined) (body as Record<string, unknown>)[top] = value;
    else if (typeof body[top] === 'object' && body[top] !== null) body[top]![inner] = value;
  }
  return body;
}

function invalidUtf8(rng: () => number): Uint8Array {
  const text = new TextEncoder().encode(JSON.stringify(mutatedInquiry(rng)));
  const bad = pick(rng, [
    [0xff],
    [0xc0, 0x80],
    [0xed, 0xa0, 0x80],
    [0xf8, 0x88, 0x80, 0x80, 0x80],
    [0xe2, 0x82],
    [0x80],
  ]);
  const at = Math.floor(rng() * text.length);
  const out = new Uint8Array(text.length + bad.length);
  out.set(text.subarray(0, at), 0);
  out.set(bad, at);
  out.set(text.subarray(at), at + bad.length);
  return out;
}

function hostileRequest(rng: () => number): HostileRequest {
  const json = { 'content-type': 'application/json' };
  const roll = rng();
  if (roll < 0.55) {
    const headers: Record<string, string> = { ...json };
    if (rng() < 0.5) headers['idempotency-key'] = `fuzz-${Math.floor(rng() * 1e9)}`;
    if (rng() < 0.1)
      headers['accept-language'] = pick(rng, ['en', 'xx;q=abc', ',,,', 'da-DK;q=0.1, en;q=2']);
    return {
      method: 'POST',
      path: '/api/inquiries',
      headers,
      body: JSON.stringify(mutatedInquiry(rng)),
    };
  }
  if (roll < 0.62) {
    const n = 1 + Math.floor(rng() * 15_000);
    const open = rng() < 0.5 ? '['.repeat(n) : '{"a":'.repeat(Math.min(n, 6000));
    const close = open.startsWith('[') ? ']'.repeat(n) : '}'.repeat(Math.min(n, 6000));
    return { method: 'POST', path: '/api/inquiries', headers: json, body: open + '1' + close };
  }
  if (roll < 0.7)
    return { method: 'POST', path: '/api/inquiries', headers: json, body: invalidUtf8(rng) };
  if (roll < 0.74) {
    const bytes = new Uint8Array(Math.floor(rng() * 2000));
    for (let i = 0; i < bytes.length; i++) bytes[i] = Math.floor(rng() * 256);
    return {
      method: 'POST',
      path: pick(rng, ['/api/inquiries', '/api/offers/pdf']),
      headers: json,
      body: bytes,
    };
  }
  if (roll < 0.8) {
    return {
      method: 'POST',
      path: '/api/inquiries',
      headers: {
        'content-type': pick(rng, [
          'text/plain',
          'multipart/form-data; boundary=x',
          'application/json; charset=utf-16',
          'application/x-www-form-urlencoded',
          'application/jsonp',
          'application/json-patch+json',
        ]),
      },
      body: JSON.stringify(inquiryBody()),
    };
  }
  if (roll < 0.86) {
    return {
      method: pick(rng, ['PUT', 'DELETE', 'PATCH', 'GET', 'HEAD', 'OPTIONS']),
      path: pick(rng, [
        '/api/inquiries',
        '/api/catalog',
        '/healthz',
        '/api/offers/pdf',
        `/embed/${OFFERING}`,
      ]),
      headers: {},
    };
  }
  if (roll < 0.92) {
    return {
      method: 'GET',
      path: pick(rng, [
        '/../../etc/passwd',
        '/widget/..%2f..%2fpackage.json',
        '/embed/%00',
        `/embed/${'a'.repeat(4000)}`,
        '/api/admin/inquiries',
        '/api/admin/inquiries/export?format=csv',
        "/api/admin/inquiries/1' OR '1'='1",
        '/api/offers/..%2f.pdf',
        `/embed/${encodeURIComponent('<script>')}`,
        '/%F0%9F%98%80',
        '/widget.js?x=<script>',
        '/api/catalog?' + 'a=1&'.repeat(500),
      ]),
      headers:
        rng() < 0.5
          ? {
              authorization: pick(rng, [
                'Bearer x',
                `Bearer ${'x'.repeat(5000)}`,
                'Basic Og==',
                'Bearer',
              ]),
            }
          : {},
    };
  }
  if (roll < 0.95) {
    const hostile = {
      offering: hostileValue(rng),
      format: hostileValue(rng),
      participants: hostileValue(rng),
      modules: hostileValue(rng),
    };
    const useForm = rng() < 0.5;
    return {
      method: 'POST',
      path: '/api/offers/pdf',
      headers: {
        'content-type': useForm ? 'application/x-www-form-urlencoded' : 'application/json',
      },
      body: useForm
        ? new URLSearchParams(
            Object.entries(hostile).map(([k, v]): [string, string] => [
              k,
              typeof v === 'string' ? v : JSON.stringify(v),
            ]),
          ).toString()
        : JSON.stringify(hostile),
    };
  }
  return {
    method: 'POST',
    path: '/api/inquiries',
    headers: { ...json, 'idempotency-key': pick(rng, ['k'.repeat(201), 'a b', 'ø', '../', '']) },
    body: JSON.stringify(inquiryBody()),
  };
}
