/**
 * The offer's PDF from the Temadag server (`POST <server>/api/offers/pdf`) instead of the
 * browser's PDF maker: a small chunk of its own, so a page with an endpoint never loads the
 * maker (pdf + fonts) unless the server cannot answer. Nothing here decides what the file shows:
 * the server makes the same offer of the same selection with core's `createOffer` and renders
 * it with the same `@temadag/pdf`.
 */
import type { CustomerInput, Locale, Price, SelectionInput } from '@temadag/core';
import { problemsOf, readJson } from '../utilities/problems.js';
import type { PdfFile } from './make-offer-pdf.js';

export { deliverPdf } from './deliver.js';

/** How long the server has for the whole answer, file included, before the browser makes it. */
export const SERVER_PDF_TIMEOUT_MS = 10_000;

/** Which maker makes the file: `auto` (the server, the browser when it cannot), or one of them. */
export type PdfMode = 'auto' | 'server' | 'browser';

/** What of `<temadag-offer>` the server's file follows. */
export interface PdfServerSettings {
  /** The element's `endpoint`: the inquiry URL, e.g. `https://tilbud.example.dk/api/inquiries`. */
  endpoint?: string | undefined;
  /** `server`: no browser render when the server fails (the job fails instead). */
  pdf?: PdfMode | undefined;
  /** The price on the screen: the server answers 409 rather than print another. */
  price?: Price | undefined;
}

/** What the server needs to make the file the browser would make. */
export interface ServerPdfInput {
  /** Endpoint, mode and the price on the screen (the element). */
  server: PdfServerSettings;
  selection: SelectionInput;
  locale: Locale;
  customer?: CustomerInput | undefined;
  /** The text of the number field. */
  number?: string | undefined;
  /** The download's name; the server's (`Content-Disposition`) when left out. */
  fileName?: string | undefined;
}

/** What tests replace in {@link serverPdf}. */
export interface ServerPdfOptions {
  fetch?: typeof fetch;
  timeoutMs?: number;
}

/**
 * The server's PDF URL beside the inquiry endpoint: `…/api/inquiries` → `…/api/offers/pdf`,
 * relative to the page. An endpoint that does not end in `/inquiries` is not a Temadag
 * server's (a proxy of the page's own, say), so it has none.
 *
 * @param endpoint - the element's `endpoint`
 * @param base - what a relative endpoint is relative to; the page's base URL by default
 * @returns the URL, or undefined
 * @example
 * ```ts
 * pdfEndpoint('https://tilbud.example.dk/api/inquiries'); // 'https://tilbud.example.dk/api/offers/pdf'
 * pdfEndpoint('/send-inquiry'); // undefined
 * ```
 */
export function pdfEndpoint(endpoint: string, base = document.baseURI): string | undefined {
  let url: URL;
  try {
    url = new URL(endpoint, base);
  } catch {
    return undefined;
  }
  if (!/^https?:$/.test(url.protocol) || !/\/inquiries\/?$/.test(url.pathname)) return undefined;
  url.pathname = url.pathname.replace(/inquiries\/?$/, 'offers/pdf');
  url.search = url.hash = '';
  return url.href;
}

/** Answers that mean the request itself is wrong: the browser would not do better. */
const BAD_INPUT = new Set([400, 413, 415, 422]);

/** The server refused the design as bad input; the browser's render is not tried. */
export class ServerPdfRefused extends Error {
  /**
   * @param status - the HTTP status
   * @param problems - the `path: message` lines of the answer's `errors`
   */
  constructor(
    readonly status: number,
    readonly problems: string[],
  ) {
    super(`The server refused the PDF (${status}): ${problems.join('; ') || 'no details'}`);
    this.name = 'ServerPdfRefused';
  }
}

/**
 * Asks the server for the offer's PDF, within {@link SERVER_PDF_TIMEOUT_MS} for the whole
 * answer, reporting the download's progress when the server says the length.
 *
 * - 200 with a PDF: the file, under `fileName` (the browser's render names it the same), else
 *   the server's name.
 * - 400, 413, 415, 422 (the design or the request is wrong): throws {@link ServerPdfRefused};
 *   the browser, with the same design, would only make a file the server calls wrong.
 * - no PDF URL beside the endpoint (see {@link pdfEndpoint}), a network error, the timeout, a refused origin (403, or a CORS failure, which looks like a
 *   network error), 409 (the server's catalog prices the design otherwise than the page: the
 *   page's price, on the screen, wins), 429, 5xx and any other answer: undefined, so the
 *   browser makes the file; with `pdf: 'server'` these throw too.
 *
 * With `pdf: 'browser'` it asks nothing and answers undefined at once (the PDF job does not
 * even load this module then).
 *
 * @param input - the design, the endpoint and the file name
 * @param onProgress - called with the share of the file received, once its length is known
 * @param stale - whether the job was abandoned: asked every 100 ms, and the request is
 *   cancelled when it says so (the job's controller lives in temadag.js, where an
 *   `AbortController` costs bytes)
 * @param options - the replaceable fetch and timeout (tests)
 * @returns the file, or undefined for the browser to make it
 * @throws {@link ServerPdfRefused} on bad input; `AbortError` once `stale` says so
 * @example
 * ```ts
 * const file = await serverPdf({ server: { endpoint: '/api/inquiries' }, selection, locale: 'da' });
 * ```
 */
export async function serverPdf(
  input: ServerPdfInput,
  onProgress?: (fraction: number) => void,
  stale?: () => boolean,
  options: ServerPdfOptions = {},
): Promise<PdfFile | undefined> {
  const { endpoint = '', pdf, price } = input.server;
  if (pdf === 'browser') return undefined;
  const url = pdfEndpoint(endpoint);
  const strict = pdf === 'server';
  const fail = (why: string): undefined => {
    if (strict) throw new Error(`The server's PDF failed: ${why}`);
    console.warn(`Temadag: the server's PDF failed (${why}); the browser makes it.`);
    return undefined;
  };
  if (!url) return fail(`no PDF URL beside the endpoint ${endpoint}`);
  const stop = new AbortController();
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    stop.abort();
  }, options.timeoutMs ?? SERVER_PDF_TIMEOUT_MS);
  const watch = setInterval(() => stale?.() && stop.abort(), 100);
  try {
    const response = await (options.fetch ?? fetch)(url, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Accept: 'application/pdf' },
      body: JSON.stringify({
        ...input.selection,
        lang: input.locale,
        customer: input.customer,
        number: input.number,
        expect: price && {
          status: price.status,
          currency: price.currency,
          subtotal: price.subtotal,
          total: price.total,
        },
      }),
      credentials: 'omit',
      cache: 'no-store',
      signal: stop.signal,
    });
    const { status } = response;
    if (BAD_INPUT.has(status)) {
      const problems = problemsOf(await readJson(response));
      throw new ServerPdfRefused(
        status,
        problems.map((p) => `${p.path}: ${p.message}`),
      );
    }
    if (!response.ok || !/^application\/pdf/.test(response.headers.get('Content-Type') ?? '')) {
      return fail(`HTTP ${status}`);
    }
    const bytes = await readAll(response, onProgress);
    const named = /filename="([^"]+)"/.exec(response.headers.get('Content-Disposition') ?? '');
    return { bytes, fileName: input.fileName ?? named?.[1] ?? 'offer.pdf' };
  } catch (error) {
    if (error instanceof ServerPdfRefused || (stop.signal.aborted && !timedOut)) throw error;
    return fail(timedOut ? 'timeout' : String(error));
  } finally {
    clearTimeout(timer);
    clearInterval(watch);
  }
}

/** The body, reporting the share received when `Content-Length` gives the whole. */
async function readAll(
  response: Response,
  onProgress: ((fraction: number) => void) | undefined,
): Promise<Uint8Array> {
  const length = Number(response.headers.get('Content-Length'));
  if (!response.body || !onProgress || !(length > 0)) {
    return new Uint8Array(await response.arrayBuffer());
  }
  const reader = response.body.getReader();
  const parts: Uint8Array<ArrayBuffer>[] = [];
  let received = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    parts.push(value);
    received += value.length;
    onProgress(Math.min(1, received / length));
  }
  return new Uint8Array(await new Blob(parts).arrayBuffer());
}
