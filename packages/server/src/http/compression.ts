import type { MiddlewareHandler } from 'hono';
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';
import type { AppDeps, Env } from './context.js';
import { etagMatches } from './request.js';
import { isComplete } from './responses.js';

/** A content coding the server sends: brotli or gzip. */
export type Coding = 'br' | 'gzip';

/** The suffix a coding adds inside an ETag's quotes: `"abc"` → `"abc-br"`. */
const SUFFIX: Record<Coding, string> = { br: '-br', gzip: '-gz' };

/** Bodies below this many bytes go as they are: the headers would outweigh the saving. */
export const COMPRESS_THRESHOLD = 1024;

/** The types compressed on the fly. Scripts come precompressed; PDFs and images already are. */
const COMPRESSIBLE = /^(?:application\/(?:[\w.+-]+\+)?json|text\/html)\s*(?:;|$)/i;
const NO_TRANSFORM = /(?:^|,)\s*no-transform\s*(?:,|$)/i;
const VARY_ENCODING = /(?:^|,)\s*(?:accept-encoding|\*)\s*(?:,|$)/i;

/**
 * The coding to answer with, by `Accept-Encoding`: the highest quality of those available,
 * brotli before gzip when equal; `*` stands for any coding not named; `q=0` refuses.
 *
 * @param header - the request's `Accept-Encoding`
 * @param available - the codings there are, e.g. only those with a precompressed file
 * @returns the coding, or undefined for identity (no header, nothing acceptable)
 * @example
 * ```ts
 * acceptEncoding('gzip, deflate, br'); // 'br'
 * acceptEncoding('br;q=0, gzip;q=0.5'); // 'gzip'
 * acceptEncoding('*;q=0'); // undefined
 * ```
 */
export function acceptEncoding(
  header: string | undefined,
  available: readonly Coding[] = ['br', 'gzip'],
): Coding | undefined {
  if (!header) return undefined;
  const q: Record<string, number> = {};
  for (const part of header.split(',', 20)) {
    const [name = '', ...params] = part.split(';');
    const coding = name.trim().toLowerCase();
    if (coding === '') continue;
    const value = params.map((p) => /^\s*q\s*=\s*([\d.]+)\s*$/i.exec(p)?.[1]).find(Boolean);
    const quality = value === undefined ? 1 : Number(value);
    q[coding === 'x-gzip' ? 'gzip' : coding] = Number.isFinite(quality) ? quality : 0;
  }
  let best: Coding | undefined;
  let bestQ = 0;
  // Brotli first, so that it wins a tie.
  for (const coding of (['br', 'gzip'] as const).filter((c) => available.includes(c))) {
    const quality = q[coding] ?? q['*'] ?? 0;
    if (quality > bestQ) {
      best = coding;
      bestQ = quality;
    }
  }
  return best;
}

/**
 * The ETag of a coded representation: the identity ETag with `-br` or `-gz` inside the quotes
 * (weakness kept), so a cache never takes one coding's bytes for another's.
 *
 * @param etag - the identity ETag, e.g. `"abc"` or `W/"abc"`
 * @param coding - the coding
 * @returns e.g. `"abc-br"`
 * @example
 * ```ts
 * codedEtag('"abc"', 'gzip'); // '"abc-gz"'
 * ```
 */
export function codedEtag(etag: string, coding: Coding): string {
  return etag.replace(/"$/, `${SUFFIX[coding]}"`);
}

/**
 * Adds `Accept-Encoding` to a response's `Vary`, unless it is there (or `*`).
 *
 * @param headers - the response's headers, changed in place
 * @example
 * ```ts
 * varyOnEncoding(res.headers); // Vary: Origin, Accept-Encoding
 * ```
 */
export function varyOnEncoding(headers: Headers): void {
  const vary = headers.get('Vary');
  if (vary === null) headers.set('Vary', 'Accept-Encoding');
  else if (!VARY_ENCODING.test(vary)) headers.set('Vary', `${vary}, Accept-Encoding`);
}

const brotli = promisify(brotliCompress);
const gzipAsync = promisify(gzip);

/** Compresses fast rather than small: this runs per response (quality 5, level 6). */
function compress(body: Uint8Array, coding: Coding): Promise<Buffer> {
  return coding === 'br'
    ? brotli(body, {
        params: {
          [constants.BROTLI_PARAM_QUALITY]: 5,
          [constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT,
          [constants.BROTLI_PARAM_SIZE_HINT]: body.length,
        },
      })
    : gzipAsync(body, { level: 6 });
}

/** Compressed bodies of responses with a strong ETag (the catalog), by ETag and coding. */
const CACHE_SIZE = 32;

/**
 * On-the-fly compression of JSON and HTML responses of at least {@link COMPRESS_THRESHOLD}
 * bytes, brotli or gzip by `Accept-Encoding`, with `Vary: Accept-Encoding` (on the identity
 * answer too) and a coded ETag (see {@link codedEtag}) that `If-None-Match` matches. Leaves
 * alone: other types (event streams, PDFs, the widget's scripts, which come precompressed),
 * responses that have a `Content-Encoding` or `Cache-Control: no-transform`, and bodies below
 * the threshold. Bodies with a strong ETag are compressed once per coding and kept.
 *
 * The inquiry answers, which the server makes as fast as it can (`completeJson`), are not
 * looked at at all unless the request accepts a coding: they are `no-store`, so their `Vary`
 * is of no use to a cache.
 *
 * @param deps - the app's dependencies (the request header reader)
 * @returns the middleware
 * @example
 * ```ts
 * app.use('*', compression(deps));
 * ```
 */
export function compression(deps: AppDeps): MiddlewareHandler<Env> {
  const cache = new Map<string, Buffer>();
  return async (c, next) => {
    await next();
    const first = c.res;
    const complete = isComplete(first);
    // The inquiry answers' fast path: one header read, and no `Headers` built.
    let coding = complete ? acceptEncoding(deps.header(c, 'accept-encoding')) : undefined;
    if (complete && coding === undefined) return;
    const type = first.headers.get('Content-Type');
    if (type === null || !COMPRESSIBLE.test(type) || first.headers.has('Content-Encoding')) return;
    if (NO_TRANSFORM.test(first.headers.get('Cache-Control') ?? '')) return;
    const declared = first.headers.get('Content-Length');
    if (declared !== null && Number(declared) < COMPRESS_THRESHOLD) return;
    if (first.body === null) return;
    if (!complete) coding = acceptEncoding(deps.header(c, 'accept-encoding'));

    // The headers before the body: under the Node adapter a response whose headers were changed
    // after it was made (CORS, `errors`) loses those changes once its body is read.
    const headers = new Headers(first.headers);
    const body = new Uint8Array(await first.arrayBuffer());
    // The body is read: from here on every path answers with a new response. Unset first, so
    // Hono does not copy the old headers (Content-Length) onto it.
    const answer = (res: Response) => {
      c.res = undefined;
      c.res = res;
    };
    if (body.length < COMPRESS_THRESHOLD) {
      answer(new Response(body, { status: first.status, headers }));
      return;
    }
    // HEAD goes the same way as GET (Hono drops the body last), so its headers are GET's.
    varyOnEncoding(headers);
    if (coding === undefined) {
      answer(new Response(body, { status: first.status, headers }));
      return;
    }

    const etag = headers.get('ETag');
    const strong = etag !== null && !etag.startsWith('W/') && first.status === 200;
    const key = strong ? `${etag}|${coding}` : undefined;
    let coded = key !== undefined ? cache.get(key) : undefined;
    if (coded === undefined) {
      coded = await compress(body, coding);
      if (key !== undefined) {
        if (cache.size >= CACHE_SIZE) cache.delete(cache.keys().next().value!);
        cache.set(key, coded);
      }
    }
    headers.set('Content-Encoding', coding);
    headers.set('Content-Length', String(coded.length));
    if (etag === null) {
      answer(new Response(coded as Uint8Array<ArrayBuffer>, { status: first.status, headers }));
      return;
    }
    const tag = codedEtag(etag, coding);
    headers.set('ETag', tag);
    const match = deps.header(c, 'if-none-match');
    if (match !== undefined && first.status === 200 && etagMatches(match, tag)) {
      headers.delete('Content-Length');
      answer(new Response(null, { status: 304, headers }));
    } else {
      answer(new Response(coded as Uint8Array<ArrayBuffer>, { status: first.status, headers }));
    }
  };
}
