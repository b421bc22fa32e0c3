// Compression: the widget's precompressed files by Accept-Encoding, and JSON/HTML compressed
// on the fly above 1 kB; one test per coding, ETags per coding, Vary, and what is left alone.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { brotliCompressSync, brotliDecompressSync, gunzipSync, gzipSync } from 'node:zlib';
import { Hono } from 'hono';
import { describe, expect, it } from 'vitest';
import { createApp, type AppOptions } from '../src/app.js';
import { acceptEncoding, codedEtag, compression } from '../src/http/compression.js';
import type { AppDeps, Env } from '../src/http/context.js';
import { catalog, inquiryBody, OFFERING, sqlitePerTest } from './helpers.js';

const db = sqlitePerTest();

function app(options: Partial<AppOptions> = {}) {
  return createApp({
    catalog,
    storage: db.storage,
    widgetDir: null,
    rateLimit: { inquiries: 1000, pdf: 1000 },
    log: () => {},
    ...options,
  });
}

/** A script big enough to compress well, as the build writes it: with .br and .gz beside. */
const SCRIPT = `export const words = ${JSON.stringify('temadag '.repeat(400))};\n`;

function widgetDir(): string {
  const dir = join(db.dir, 'cdn');
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'temadag.js'), SCRIPT);
  writeFileSync(join(dir, 'temadag.js.br'), brotliCompressSync(SCRIPT));
  writeFileSync(join(dir, 'temadag.js.gz'), gzipSync(SCRIPT));
  // A chunk the build did not compress: always sent as it is.
  writeFileSync(join(dir, 'temadag-pdf-4KQ2X7ZB.js'), SCRIPT);
  return dir;
}

async function bytes(res: Response): Promise<Buffer> {
  return Buffer.from(await res.arrayBuffer());
}

describe('acceptEncoding', () => {
  it('prefers brotli, then gzip, by quality; q=0 refuses; * stands for the rest', () => {
    expect(acceptEncoding('gzip, deflate, br, zstd')).toBe('br');
    expect(acceptEncoding('gzip')).toBe('gzip');
    expect(acceptEncoding('br;q=0.5, gzip;q=0.8')).toBe('gzip');
    expect(acceptEncoding('br;q=0, gzip')).toBe('gzip');
    expect(acceptEncoding('br;q=0, gzip;q=0')).toBeUndefined();
    expect(acceptEncoding('*')).toBe('br');
    expect(acceptEncoding('br;q=0, *')).toBe('gzip');
    expect(acceptEncoding('*;q=0')).toBeUndefined();
    expect(acceptEncoding('identity')).toBeUndefined();
    expect(acceptEncoding(undefined)).toBeUndefined();
    expect(acceptEncoding('gzip, br', ['gzip'])).toBe('gzip');
    expect(acceptEncoding('br', [])).toBeUndefined();
  });

  it('suffixes an ETag per coding, inside the quotes', () => {
    expect(codedEtag('"abc"', 'br')).toBe('"abc-br"');
    expect(codedEtag('W/"abc"', 'gzip')).toBe('W/"abc-gz"');
  });
});

describe('precompressed widget files', () => {
  it('sends the .br file to a browser that accepts brotli', async () => {
    const res = await app({ widgetDir: widgetDir() }).request('/widget.js', {
      headers: { 'accept-encoding': 'gzip, deflate, br' },
    });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-encoding')).toBe('br');
    expect(res.headers.get('vary')).toBe('Accept-Encoding');
    const body = await bytes(res);
    expect(res.headers.get('content-length')).toBe(String(body.length));
    expect(brotliDecompressSync(body).toString()).toBe(SCRIPT);
    expect(res.headers.get('etag')).toMatch(/^"[\w-]+-br"$/);
  });

  it('sends the .gz file when gzip is all there is', async () => {
    const res = await app({ widgetDir: widgetDir() }).request('/widget/temadag.js', {
      headers: { 'accept-encoding': 'gzip' },
    });
    expect(res.headers.get('content-encoding')).toBe('gzip');
    expect(res.headers.get('vary')).toBe('Accept-Encoding');
    const body = await bytes(res);
    expect(res.headers.get('content-length')).toBe(String(body.length));
    expect(gunzipSync(body).toString()).toBe(SCRIPT);
    expect(res.headers.get('etag')).toMatch(/^"[\w-]+-gz"$/);
  });

  it('sends the file as it is without Accept-Encoding, still with Vary', async () => {
    const res = await app({ widgetDir: widgetDir() }).request('/temadag.js');
    expect(res.headers.get('content-encoding')).toBeNull();
    expect(res.headers.get('vary')).toBe('Accept-Encoding');
    expect(res.headers.get('content-length')).toBe(String(Buffer.byteLength(SCRIPT)));
    expect(await res.text()).toBe(SCRIPT);
    expect(res.headers.get('etag')).toMatch(/^"[\w-]+"$/);
    expect(res.headers.get('etag')).not.toMatch(/-(?:br|gz)"$/);
  });

  it('honours q=0: a refused coding is never sent', async () => {
    const a = app({ widgetDir: widgetDir() });
    const noBr = await a.request('/widget.js', { headers: { 'accept-encoding': 'br;q=0, gzip' } });
    expect(noBr.headers.get('content-encoding')).toBe('gzip');
    const none = await a.request('/widget.js', { headers: { 'accept-encoding': '*;q=0' } });
    expect(none.headers.get('content-encoding')).toBeNull();
    expect(await none.text()).toBe(SCRIPT);
  });

  it('answers HEAD with the headers of the coded GET and no body', async () => {
    const a = app({ widgetDir: widgetDir() });
    const headers = { 'accept-encoding': 'br' };
    const get = await a.request('/widget.js', { headers });
    const head = await a.request('/widget.js', { method: 'HEAD', headers });
    expect(head.status).toBe(200);
    for (const name of ['content-encoding', 'content-length', 'etag', 'vary']) {
      expect(head.headers.get(name), name).toBe(get.headers.get(name));
    }
    expect((await bytes(head)).length).toBe(0);
  });

  it('answers 304 per coding: an ETag matches only its own coding', async () => {
    const a = app({ widgetDir: widgetDir() });
    const etags: Record<string, string> = {};
    for (const coding of ['br', 'gzip', 'identity']) {
      const res = await a.request('/widget.js', { headers: { 'accept-encoding': coding } });
      etags[coding] = res.headers.get('etag')!;
    }
    expect(new Set(Object.values(etags)).size).toBe(3);
    for (const [coding, etag] of Object.entries(etags)) {
      const headers = { 'accept-encoding': coding, 'if-none-match': etag };
      const same = await a.request('/widget.js', { headers });
      expect(same.status, coding).toBe(304);
      expect(same.headers.get('etag')).toBe(etag);
      expect(same.headers.get('vary')).toBe('Accept-Encoding');
      for (const other of Object.keys(etags).filter((o) => o !== coding)) {
        const res = await a.request('/widget.js', {
          headers: { 'accept-encoding': other, 'if-none-match': etag },
        });
        expect(res.status, `${coding} ETag, ${other} asked`).toBe(200);
      }
    }
  });

  it('sends a file without precompressed copies as it is, and serves no copy by name', async () => {
    const a = app({ widgetDir: widgetDir() });
    const res = await a.request('/temadag-pdf-4KQ2X7ZB.js', {
      headers: { 'accept-encoding': 'br' },
    });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-encoding')).toBeNull();
    expect(res.headers.get('vary')).toBeNull();
    expect(await res.text()).toBe(SCRIPT);
    expect((await a.request('/widget/temadag.js.br')).status).toBe(404);
  });
});

describe('compression on the fly', () => {
  const catalogJson = JSON.stringify(catalog);

  it('compresses the catalog (above 1 kB) with brotli, and matches its ETag per coding', async () => {
    const a = app();
    const res = await a.request('/api/catalog', { headers: { 'accept-encoding': 'br, gzip' } });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-encoding')).toBe('br');
    expect(res.headers.get('vary')).toMatch(/\bAccept-Encoding\b/);
    expect(res.headers.get('vary')).toMatch(/\bOrigin\b/);
    const body = await bytes(res);
    expect(body.length).toBeLessThan(catalogJson.length / 3);
    expect(res.headers.get('content-length')).toBe(String(body.length));
    expect(brotliDecompressSync(body).toString()).toBe(catalogJson);
    const etag = res.headers.get('etag')!;
    expect(etag).toMatch(/-br"$/);
    const again = await a.request('/api/catalog', {
      headers: { 'accept-encoding': 'br', 'if-none-match': etag },
    });
    expect(again.status).toBe(304);
    expect(again.headers.get('etag')).toBe(etag);
    const other = await a.request('/api/catalog', {
      headers: { 'accept-encoding': 'gzip', 'if-none-match': etag },
    });
    expect(other.status).toBe(200);
  });

  it('compresses with gzip when that is what the client takes', async () => {
    const res = await app().request('/api/catalog', { headers: { 'accept-encoding': 'gzip' } });
    expect(res.headers.get('content-encoding')).toBe('gzip');
    expect(gunzipSync(await bytes(res)).toString()).toBe(catalogJson);
    expect(res.headers.get('etag')).toMatch(/-gz"$/);
  });

  it('sends identity with Vary and the plain ETag when no coding is accepted', async () => {
    const a = app();
    const res = await a.request('/api/catalog', { headers: { 'accept-encoding': 'br;q=0' } });
    expect(res.headers.get('content-encoding')).toBeNull();
    expect(res.headers.get('vary')).toMatch(/\bAccept-Encoding\b/);
    expect(await res.text()).toBe(catalogJson);
    const etag = res.headers.get('etag')!;
    expect(etag).not.toMatch(/-(?:br|gz)"$/);
    const cached = await a.request('/api/catalog', { headers: { 'if-none-match': etag } });
    expect(cached.status).toBe(304);
  });

  it('answers HEAD for the catalog with the coded headers', async () => {
    const a = app();
    const headers = { 'accept-encoding': 'gzip' };
    const get = await a.request('/api/catalog', { headers });
    const head = await a.request('/api/catalog', { method: 'HEAD', headers });
    expect(head.headers.get('content-encoding')).toBe('gzip');
    expect(head.headers.get('etag')).toBe(get.headers.get('etag'));
    expect((await bytes(head)).length).toBe(0);
  });

  it('compresses HTML pages above 1 kB', async () => {
    const res = await app().request(`/embed/${OFFERING}`, { headers: { 'accept-encoding': 'br' } });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-encoding')).toBe('br');
    expect(brotliDecompressSync(await bytes(res)).toString()).toMatch(/^<!doctype html>/i);
  });

  it('leaves JSON below 1 kB alone: no coding, no Vary on its account', async () => {
    const res = await app().request('/healthz', { headers: { 'accept-encoding': 'br, gzip' } });
    expect(res.status).toBe(200);
    const text = await res.text();
    expect(text.length).toBeLessThan(1024);
    expect(res.headers.get('content-encoding')).toBeNull();
    expect(res.headers.get('vary') ?? '').not.toMatch(/Accept-Encoding/);
    expect(JSON.parse(text)).toMatchObject({ status: 'ok' });
  });

  it('compresses an inquiry answer only for a client that accepts a coding', async () => {
    const a = app();
    const send = (headers: Record<string, string>) =>
      a.request('/api/inquiries', {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...headers },
        body: JSON.stringify(inquiryBody()),
      });
    const plain = await send({});
    expect(plain.status).toBe(201);
    expect(plain.headers.get('content-encoding')).toBeNull();
    const text = await plain.text();
    const coded = await send({ 'accept-encoding': 'gzip' });
    expect(coded.status).toBe(201);
    const body = await bytes(coded);
    // The answer holds the priced offer: above the threshold.
    expect(text.length).toBeGreaterThan(1024);
    expect(coded.headers.get('content-encoding')).toBe('gzip');
    expect(coded.headers.get('content-length')).toBe(String(body.length));
    expect(JSON.parse(gunzipSync(body).toString())).toHaveProperty('offer');
    expect(coded.headers.get('x-request-id')).toBeTruthy();
    expect(coded.headers.get('cache-control')).toBe('no-store');
  });

  function bare(route: (c: import('hono').Context<Env>) => Response): Hono<Env> {
    const deps = { header: (c, name) => c.req.header(name) } as AppDeps;
    return new Hono<Env>().use('*', compression(deps)).get('/', route);
  }
  const big = 'data: temadag\n\n'.repeat(200);

  it('never touches an event stream', async () => {
    const res = await bare((c) =>
      c.body(big, 200, { 'Content-Type': 'text/event-stream' }),
    ).request('/', { headers: { 'accept-encoding': 'br, gzip' } });
    expect(res.headers.get('content-encoding')).toBeNull();
    expect(res.headers.get('vary')).toBeNull();
    expect(await res.text()).toBe(big);
  });

  it('never codes twice, nor against Cache-Control: no-transform, nor a PDF', async () => {
    const json = JSON.stringify({ text: big });
    const cases: Record<string, string>[] = [
      { 'Content-Type': 'application/json', 'Content-Encoding': 'identity' },
      { 'Content-Type': 'application/json', 'Cache-Control': 'no-transform' },
      { 'Content-Type': 'application/pdf' },
    ];
    for (const headers of cases) {
      const res = await bare((c) => c.body(json, 200, headers)).request('/', {
        headers: { 'accept-encoding': 'br, gzip' },
      });
      expect(res.headers.get('content-encoding'), JSON.stringify(headers)).toBe(
        headers['Content-Encoding'] ?? null,
      );
      expect(await res.text()).toBe(json);
    }
  });

  it('compresses problem+json and JSON without an ETag, with a right Content-Length', async () => {
    const json = JSON.stringify({ text: big });
    const res = await bare((c) =>
      c.body(json, 422, { 'Content-Type': 'application/problem+json' }),
    ).request('/', { headers: { 'accept-encoding': 'gzip' } });
    expect(res.status).toBe(422);
    expect(res.headers.get('content-encoding')).toBe('gzip');
    const body = await bytes(res);
    expect(res.headers.get('content-length')).toBe(String(body.length));
    expect(gunzipSync(body).toString()).toBe(json);
    expect(res.headers.get('etag')).toBeNull();
  });
});
