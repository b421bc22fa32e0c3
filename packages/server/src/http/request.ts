import type { Locale } from '@temadag/core';
import { readLimitedBody } from '../body.js';
import { messagesOf, type AppContext, type AppDeps } from './context.js';
import { errors, one } from './responses.js';

const DA = /^da\b/;
const EN = /^en\b/;
const Q_PARAM = /^\s*q=([\d.]+)\s*$/;

/**
 * The language a request asks for: the first of `da` and `en` in `Accept-Language` by quality,
 * else Danish.
 *
 * @param header - the `Accept-Language` header
 * @returns `'da'` or `'en'`
 * @example
 * ```ts
 * acceptLocale('en-GB,en;q=0.9,da;q=0.8'); // 'en'
 * acceptLocale('de-DE'); // 'da'
 * ```
 */
export function acceptLocale(header: string | undefined): Locale {
  if (!header) return 'da';
  // Of the first 20 ranges, the `da` or `en` one with the highest quality above 0, the first of
  // equals; no sorting, and the quality read only for those two.
  let best: Locale = 'da';
  let bestQ = 0;
  for (const part of header.split(',', 20)) {
    const [range = '', ...params] = part.trim().split(';');
    const tag = range.trim().toLowerCase();
    const locale = DA.test(tag) ? 'da' : EN.test(tag) ? 'en' : undefined;
    if (locale === undefined) continue;
    let q = 1;
    for (const param of params) {
      const value = Q_PARAM.exec(param)?.[1];
      if (value !== undefined) {
        q = Number(value);
        break;
      }
    }
    if (q > bestQ) {
      best = locale;
      bestQ = q;
    }
  }
  return best;
}

/** The media type of a `Content-Type` header value, lower case. */
export function mediaType(contentType: string): string {
  return contentType.split(';')[0]!.trim().toLowerCase();
}

/** Whether a `Content-Type` header value names no charset, or UTF-8. */
export function charsetOk(contentType: string): boolean {
  const charset = /;\s*charset\s*=\s*"?([^";\s]+)/i.exec(contentType);
  return charset === null || /^utf-?8$/i.test(charset[1]!);
}

/**
 * The request body's bytes: undefined when over the limit, null when the client went away.
 *
 * @param deps - the app's dependencies (its fast body reader, when it has one)
 * @param c - the request context
 * @param limit - the largest body accepted, in bytes
 * @returns the bytes, undefined or null
 */
export async function bodyBytes(
  deps: AppDeps,
  c: AppContext,
  limit: number,
): Promise<Uint8Array | undefined | null> {
  try {
    const fast = deps.readBody?.(c, limit);
    return fast ? await fast : await readLimitedBody(c.req.raw, limit);
  } catch {
    return null;
  }
}

/**
 * The 413 answer to a body over `limit` bytes; it closes the connection, since the rest of
 * the body is not read.
 */
export function tooLarge(c: AppContext, limit: number): Response {
  return errors(c, 413, one('', messagesOf(c).tooLarge(String(limit / 1024))), {
    Connection: 'close',
  });
}

/** Whether an `If-None-Match` header matches an ETag. */
export function etagMatches(header: string, etag: string): boolean {
  if (header.trim() === '*') return true;
  return header.split(',').some((tag) => tag.trim().replace(/^W\//, '') === etag);
}
