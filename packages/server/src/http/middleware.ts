import { randomUUID } from 'node:crypto';
import type { MiddlewareHandler } from 'hono';
import { messagesOf, type AppDeps, type Env } from './context.js';
import { acceptLocale } from './request.js';
import { RESPONSE_HEADERS, addResponseHeaders, errors, isComplete, one } from './responses.js';

const REQUEST_ID = /^[A-Za-z0-9_.:-]{1,100}$/;

/**
 * The outermost middleware: the request id and locale, the headers of every response (from
 * the table in `responses.ts`), and the request log line.
 *
 * @param deps - the app's dependencies
 * @returns the middleware
 */
export function responseFrame(deps: AppDeps): MiddlewareHandler<Env> {
  return async (c, next) => {
    const started = performance.now();
    const given = deps.header(c, 'x-request-id');
    const requestId = given !== undefined && REQUEST_ID.test(given) ? given : randomUUID();
    c.set('requestId', requestId);
    c.set('locale', acceptLocale(deps.header(c, 'accept-language')));
    await next();
    const res = c.res;
    if (!isComplete(res)) addResponseHeaders(res.headers, requestId);
    const path = c.req.path;
    deps.log({
      msg: 'request',
      method: c.req.method.slice(0, 10),
      path: path.length > 200 ? `${path.slice(0, 200)}…` : path,
      status: res.status,
      ms: Math.round((performance.now() - started) * 10) / 10,
      requestId,
    });
  };
}

/** Whether a request comes from a script on a page of another origin (Fetch metadata). */
function refusedScript(deps: AppDeps, c: Parameters<MiddlewareHandler<Env>>[0]): boolean {
  const site = deps.header(c, 'sec-fetch-site');
  return (
    deps.header(c, 'sec-fetch-mode') === 'cors' && (site === 'cross-site' || site === 'same-site')
  );
}

/** Settings of {@link apiCors}. */
export interface CorsSettings {
  /** Origins whose pages may call the API, lower case; `*` allows any. */
  allowedOrigins: ReadonlySet<string>;
  /** Paths that are never open to other origins (the admin routes). */
  isPrivate: (path: string) => boolean;
}

/** The code of the answer to a script on a page whose origin is not allowed. */
export const ORIGIN_NOT_ALLOWED = 'origin-not-allowed';

/**
 * CORS for `/api/*`: answers every OPTIONS request (a preflight from an allowed origin, 403 from
 * another, 204 with `Allow` without one), and marks the answers of allowed origins. Private
 * paths are never opened to other origins. A script's request from another site whose origin
 * is not allowed (`Sec-Fetch-Mode: cors`, `Sec-Fetch-Site` other than `same-origin`) gets a 403
 * with the code `origin-not-allowed` that the page may read, so the widget can tell its
 * developer which setting to change instead of failing like a network error; nothing else of
 * the API is read or run for it. Requests without those headers (servers, old browsers, the
 * server's own pages) are answered as before.
 *
 * @param deps - the app's dependencies
 * @param settings - who may call, and what is private
 * @returns the middleware
 */
export function apiCors(deps: AppDeps, settings: CorsSettings): MiddlewareHandler<Env> {
  const allowed = settings.allowedOrigins;
  const originAllowed = (origin: string | undefined): origin is string =>
    origin !== undefined && (allowed.has('*') || allowed.has(origin.toLowerCase()));
  return async (c, next) => {
    const origin = deps.header(c, 'origin');
    const ok = !settings.isPrivate(c.req.path) && originAllowed(origin);
    const allowOrigin = allowed.has('*') ? '*' : (origin ?? '');
    if (c.req.method === 'OPTIONS') {
      if (origin === undefined || deps.header(c, 'access-control-request-method') === undefined) {
        return c.body(null, 204, { Allow: 'GET, HEAD, POST, DELETE, OPTIONS' });
      }
      if (!ok) return errors(c, 403, one('', messagesOf(c).originRefused), { Vary: 'Origin' });
      return c.body(null, 204, {
        'Access-Control-Allow-Origin': allowOrigin,
        'Access-Control-Allow-Methods': 'GET, HEAD, POST',
        'Access-Control-Allow-Headers': 'Content-Type, Idempotency-Key, Accept-Language',
        'Access-Control-Max-Age': '600',
        Vary: 'Origin',
      });
    }
    if (!ok && origin !== undefined && refusedScript(deps, c) && !settings.isPrivate(c.req.path)) {
      const items = [{ path: '', code: ORIGIN_NOT_ALLOWED, message: messagesOf(c).originRefused }];
      return errors(c, 403, items, {
        'Access-Control-Allow-Origin': origin,
        Vary: 'Origin',
      });
    }
    if (ok) c.set('allowOrigin', allowOrigin);
    await next();
    if (isComplete(c.res)) return;
    for (const [name, value] of Object.entries(RESPONSE_HEADERS.api)) {
      c.res.headers.append(name, value);
    }
    if (ok) {
      c.res.headers.set('Access-Control-Allow-Origin', allowOrigin);
      for (const [name, value] of Object.entries(RESPONSE_HEADERS.cors)) {
        c.res.headers.set(name, value);
      }
    }
  };
}
