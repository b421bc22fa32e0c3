// `POST /api/offers/pdf` as the widget calls it: JSON from a page of another (allowed) origin,
// over HTTP on a real server (startServer), with the CORS preflight a browser sends first.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { copenhagenDate, priceSelection } from '@temadag/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../src/config.js';
import { startServer, type RunningServer } from '../src/node.js';
import { makeOfferPdf } from '../../widget/src/pdf/make-offer-pdf.js';
import { translations } from '../../widget/src/translations/index.js';
import { catalog, catalogPath, OFFERING, tempDir } from './helpers.js';

const PAGE = 'https://www.kommune.example';
const temp = tempDir('temadag-pdf-widget-');
const pdfDir = mkdtempSync(join(tmpdir(), 'temadag-pdf-text-'));
let server: RunningServer;

beforeAll(async () => {
  const config = loadConfig({
    env: {
      TEMADAG_CATALOG: catalogPath,
      TEMADAG_DB: join(temp.dir, 'db.sqlite'),
      TEMADAG_ALLOWED_ORIGINS: PAGE,
      PORT: '0',
      HOST: '127.0.0.1',
    },
  });
  server = await startServer(config, { log: () => {}, handleSignals: false });
});

afterAll(async () => {
  await server.close();
  temp.remove();
});

const selection = {
  offering: OFFERING,
  format: 'hel',
  participants: 30,
  modules: ['forsamtale'],
};
const customer = { organisation: 'Ærø Kommune', contact: 'Åse Ørum' };

/** What the widget sends: the selection, the language, the customer, the number text, the price. */
function widgetBody(more: Record<string, unknown> = {}) {
  const price = priceSelection(catalog, selection, { locale: 'da' });
  const { status, currency, subtotal, total } = price;
  return {
    ...selection,
    lang: 'da',
    customer,
    number: 'Vejledende, uden nr.',
    expect: { status, currency, subtotal, total },
    ...more,
  };
}

function post(body: unknown, origin = PAGE): Promise<Response> {
  return fetch(`${server.url}/api/offers/pdf`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', origin },
    body: JSON.stringify(body),
  });
}

/** `pdftotext -layout` of a file. */
function text(bytes: Uint8Array): string {
  const path = join(pdfDir, `${crypto.randomUUID()}.pdf`);
  writeFileSync(path, bytes);
  return execFileSync('pdftotext', ['-layout', '-enc', 'UTF-8', path, '-'], { encoding: 'utf8' });
}

describe('POST /api/offers/pdf for the widget', () => {
  it('answers the preflight of an allowed origin for a JSON POST', async () => {
    const res = await fetch(`${server.url}/api/offers/pdf`, {
      method: 'OPTIONS',
      headers: {
        origin: PAGE,
        'access-control-request-method': 'POST',
        'access-control-request-headers': 'content-type',
      },
    });
    expect(res.status).toBe(204);
    expect(res.headers.get('access-control-allow-origin')).toBe(PAGE);
    expect(res.headers.get('access-control-allow-methods')).toContain('POST');
    expect(res.headers.get('access-control-allow-headers')?.toLowerCase()).toContain(
      'content-type',
    );
  });

  it('refuses the preflight of another origin', async () => {
    const res = await fetch(`${server.url}/api/offers/pdf`, {
      method: 'OPTIONS',
      headers: { origin: 'https://evil.example', 'access-control-request-method': 'POST' },
    });
    expect(res.status).toBe(403);
    expect(res.headers.get('access-control-allow-origin')).toBe(null);
  });

  it('renders exactly what the widget renders in the browser, readable to the page', async () => {
    const before = copenhagenDate(new Date());
    const res = await post(widgetBody());
    const after = copenhagenDate(new Date());
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/pdf');
    expect(res.headers.get('access-control-allow-origin')).toBe(PAGE);
    // The page may read the file name and the length (for its progress bar).
    expect(res.headers.get('access-control-expose-headers')).toContain('Content-Disposition');
    // The name the widget gives its own draft (its translations), not the number text's.
    const names = [before, after].map(
      (date) => `attachment; filename="${translations.da.pdfDraftFileName(date)}"`,
    );
    expect(names).toContain(res.headers.get('content-disposition'));
    const bytes = new Uint8Array(await res.arrayBuffer());
    expect(Number(res.headers.get('content-length'))).toBe(bytes.length);
    const browser = await makeOfferPdf(catalog, selection, {
      locale: 'da',
      now: new Date(),
      customer,
      number: 'Vejledende, uden nr.',
    });
    const served = text(bytes);
    expect(served).toContain('Ærø Kommune');
    expect(served).toContain('Vejledende, uden nr.');
    expect(served).toBe(text(browser.bytes));
  });

  it('answers 409 price-differs, and no file, when the page shows another price', async () => {
    const body = widgetBody();
    const res = await post({ ...body, expect: { ...body.expect, total: body.expect.total + 100 } });
    expect(res.status).toBe(409);
    // Readable to the page, and never cached: the Node adapter once lost an error answer's
    // headers set after it was made (CORS, Cache-Control) when the compression read its body.
    expect(res.headers.get('access-control-allow-origin')).toBe(PAGE);
    expect(res.headers.get('cache-control')).toBe('no-store');
    const answer = (await res.json()) as { errors: { path: string; code: string }[] };
    expect(answer.errors).toEqual([
      expect.objectContaining({ path: 'expect', code: 'price-differs' }),
    ]);
  });

  it('leaves a customer the schema refuses out of the file, as the widget does', async () => {
    const res = await post(widgetBody({ customer: { ...customer, email: 'not an address' } }));
    expect(res.status).toBe(200);
    const served = text(new Uint8Array(await res.arrayBuffer()));
    expect(served).not.toContain('Ærø Kommune');
  });

  it('refuses a number text that is not one short line, naming the field', async () => {
    for (const number of ['', 'x'.repeat(61), 'a\nb', 42]) {
      const res = await post(widgetBody({ number }));
      expect(res.status, JSON.stringify(number)).toBe(422);
      expect(res.headers.get('access-control-allow-origin')).toBe(PAGE);
      const answer = (await res.json()) as { errors: { path: string }[] };
      expect(answer.errors.map((e) => e.path)).toEqual(['number']);
    }
    const res = await post(widgetBody({ expect: 5 }));
    expect(res.status).toBe(422);
  });

  it('answers a script of a refused origin with the readable origin-not-allowed 403', async () => {
    const res = await fetch(`${server.url}/api/offers/pdf`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        origin: 'https://evil.example',
        'sec-fetch-mode': 'cors',
        'sec-fetch-site': 'cross-site',
      },
      body: JSON.stringify(widgetBody()),
    });
    expect(res.status).toBe(403);
    const answer = (await res.json()) as { errors: { code: string }[] };
    expect(answer.errors[0]!.code).toBe('origin-not-allowed');
  });
});
